export * from './types';
export * from './utils';
export * from './trail';
