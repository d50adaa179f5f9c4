/** Date ranges of partial ISO dates, and filter bookkeeping. DOM-free. */
import { dateSpan } from '../../../../seed/model';
import type { Filters } from './types';
import { DEFAULT_FILTERS } from './types';

// Partial dates are the model's (seed/model.ts): the server compares figures with the same spans.
export { datePrecision, dateSpan, isIsoDate, type DatePrecision } from '../../../../seed/model';

/**
 * Whether a (possibly partial) date falls in [from, to]: a partial date is in
 * when its span overlaps the range.
 */
export function dateInRange(
  iso: string | null | undefined,
  from: string | null,
  to: string | null,
  undated: boolean,
): boolean {
  if (!from && !to) return true;
  const span = dateSpan(iso);
  if (!span) return undated;
  const lo = from ? (dateSpan(from)?.[0] ?? -Infinity) : -Infinity;
  const hi = to ? (dateSpan(to)?.[1] ?? Infinity) : Infinity;
  return span[1] >= lo && span[0] <= hi;
}

export function isDefaultFilters(f: Filters): boolean {
  return (
    f.hiddenKinds.length === 0 &&
    f.hiddenRels.length === 0 &&
    f.sources.length === 0 &&
    !f.from &&
    !f.to &&
    f.undated === DEFAULT_FILTERS.undated
  );
}

export function activeFilterCount(f: Filters): number {
  return (
    (f.hiddenKinds.length ? 1 : 0) +
    (f.hiddenRels.length ? 1 : 0) +
    (f.sources.length ? 1 : 0) +
    (f.from || f.to ? 1 : 0)
  );
}

export function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  const without = list.filter((x) => x !== item);
  return on ? [...without, item] : without;
}
