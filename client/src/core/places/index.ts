/** The Map panel's places: where they are drawn, how big, which are named. DOM-free. */
export * from './types';
export * from './utils';
