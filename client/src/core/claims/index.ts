/** Who-said-what: claims, their provenance and where sources disagree. DOM-free. */
export * from './types';
export * from './utils';
export * from './agreements';
export * from './dispute-ledger';
export * from './figure-walk';
