/** Date ranges of partial ISO dates, and filter bookkeeping. DOM-free. */
import { dateSpan } from '../../../../seed/model';
import type { Filters } from './types';
import { DEFAULT_FILTERS } from './types';

// Partial dates are the model's (seed/model.ts): the server compares figures with the same spans.
export { datePrecision, dateSpan, type DatePrecision } from '../../../../seed/model';

/** Whether `s` is a real YYYY, YYYY-MM or YYYY-MM-DD date. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

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
