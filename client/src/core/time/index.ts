/** Time axes: calendar ticks in UTC and the ranges a zoomed chart shows. DOM-free. */
export * from './types';
export * from './utils';
