export * from './types';
export * from './utils';
export * from './trail';
export * from './narrowing';
