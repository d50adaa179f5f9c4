/** The timeline: who said what, when, for the claims in view. DOM-free. */
export * from './types';
export * from './utils';
