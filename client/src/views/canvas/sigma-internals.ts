/**
 * sigma 3's private state, for the fast paths that redraw without a full
 * process (reposition.ts, regrid-labels.ts). Each names the fields it relies
 * on; they are checked at run time, so that a sigma whose internals differ
 * makes the fast path decline (the caller then refreshes in full) instead of
 * failing.
 */
import type Sigma from 'sigma';

/**
 * `sigma` as `T` when it has a boolean `needToProcess`, every field in
 * `objects` as a non-null object and every field in `functions` as a function;
 * else null.
 */
export function sigmaInternals<T>(
  sigma: Sigma,
  objects: readonly string[],
  functions: readonly string[] = [],
): T | null {
  const s = sigma as unknown as Partial<Record<string, unknown>>;
  if (typeof s.needToProcess !== 'boolean') return null;
  if (objects.some((field) => typeof s[field] !== 'object' || s[field] === null)) return null;
  if (functions.some((field) => typeof s[field] !== 'function')) return null;
  return sigma as unknown as T;
}
