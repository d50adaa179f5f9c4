/** Linking new sources: preview → review → commit, and entity merges. DOM-free. */
export * from './types';
export * from './utils';
export * from './restore';
export * from './added-claims';
export * from './find-words';
export * from './agreements';
export * from './figures';
