import { formatDate } from '../claims/utils';
import { formatCount, plural } from '../format';
import type { CalendarTicks, CalendarUnit, DayRange, Dated } from './types';

export const DAY_MS = 86_400_000;

/** The steps tried, finest first; each is about `approxDays` long. */
const STEPS: { unit: CalendarUnit; step: number; approxDays: number }[] = [
  { unit: 'day', step: 1, approxDays: 1 },
  { unit: 'day', step: 2, approxDays: 2 },
  { unit: 'day', step: 7, approxDays: 7 },
  { unit: 'day', step: 14, approxDays: 14 },
  { unit: 'month', step: 1, approxDays: 30.4 },
  { unit: 'month', step: 2, approxDays: 60.9 },
  { unit: 'month', step: 3, approxDays: 91.3 },
  { unit: 'month', step: 6, approxDays: 182.6 },
  { unit: 'year', step: 1, approxDays: 365.2 },
  { unit: 'year', step: 2, approxDays: 730.5 },
  { unit: 'year', step: 5, approxDays: 1826 },
  { unit: 'year', step: 10, approxDays: 3652 },
  { unit: 'year', step: 25, approxDays: 9131 },
  { unit: 'year', step: 50, approxDays: 18262 },
  { unit: 'year', step: 100, approxDays: 36525 },
];

/**
 * The boundaries of one step between `min` and `max`: days counted from the
 * 1st of each month (1, 8, 15, 22 for weeks), months from January (quarters
 * start in January, April, July, October), years at multiples of the step.
 * All in UTC: the claims' dates are calendar days, not moments.
 */
function boundaries(min: number, max: number, unit: CalendarUnit, step: number): number[] {
  const out: number[] = [];
  const start = new Date(min);
  let y = start.getUTCFullYear();
  if (unit === 'year') {
    for (let year = Math.floor(y / step) * step; ; year += step) {
      const t = Date.UTC(year, 0, 1);
      if (t > max) break;
      if (t >= min) out.push(t);
    }
    return out;
  }
  let m = start.getUTCMonth();
  if (unit === 'month') {
    for (let month = Math.floor(m / step) * step; ; month += step) {
      const t = Date.UTC(y, month, 1);
      if (t > max) break;
      if (t >= min) out.push(t);
    }
    return out;
  }
  // Days restart at the 1st of each month, so that ticks read alike month to month.
  for (; ; m += 1) {
    const first = Date.UTC(y, m, 1);
    if (first > max) break;
    const next = Date.UTC(y, m + 1, 1);
    for (let day = 1; ; day += step) {
      const t = first + (day - 1) * DAY_MS;
      // The last few days of a month are not a step long: they start no tick.
      if (t >= next || (step > 1 && next - t < step * DAY_MS)) break;
      if (t > max) return out;
      if (t >= min) out.push(t);
    }
    if (m === 11) {
      y += 1;
      m = -1;
    }
  }
  return out;
}

/** Room a tick's label needs on the axis, in pixels: "2025", "Jan 2025", "12 Jan 2025". */
export const LABEL_PX: Record<CalendarUnit, number> = { year: 48, month: 78, day: 96 };

/** More ticks than this say nothing more, however wide the axis. */
const MAX_TICKS = 12;

/**
 * Ticks for a time axis from `min` to `max` (UTC ms), `widthPx` wide: the
 * finest calendar step whose labels fit (LABEL_PX each), so that an axis over
 * four years reads "2022, 2023…", over a few months "Oct 2024, Nov 2024…",
 * over a fortnight days. Chart.js's linear axis would put them at round
 * numbers of milliseconds.
 */
export function calendarTicks(min: number, max: number, widthPx: number): CalendarTicks {
  const spanDays = Math.max(0, max - min) / DAY_MS;
  for (const s of STEPS) {
    const most = Math.max(2, Math.min(MAX_TICKS, Math.floor(widthPx / LABEL_PX[s.unit])));
    // Counting first keeps a long axis from listing its days.
    if (spanDays / s.approxDays > most + 1) continue;
    const values = boundaries(min, max, s.unit, s.step);
    if (values.length <= most) return { unit: s.unit, step: s.step, values };
  }
  const last = STEPS[STEPS.length - 1]!;
  return { unit: last.unit, step: last.step, values: boundaries(min, max, 'year', last.step) };
}

/** A tick's label in its unit: "2025", "Jan 2025" or "12 Jan 2025". */
export function calendarTickLabel(ms: number, unit: CalendarUnit): string {
  const iso = new Date(ms).toISOString();
  return formatDate(
    unit === 'year' ? iso.slice(0, 4) : unit === 'month' ? iso.slice(0, 7) : iso.slice(0, 10),
  );
}

/** The day (YYYY-MM-DD, UTC) a moment falls on. */
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "3 Oct 2024 – 15 Jan 2025": the days a zoomed axis shows. */
export function rangeLabel(min: number, max: number): string {
  return `${formatDate(isoDay(min))} – ${formatDate(isoDay(max))}`;
}

/** Whether a date's span (from, to) shows on an axis from `min` to `max`. */
export function overlaps(span: { from: number; to: number }, min: number, max: number): boolean {
  return span.to >= min && span.from <= max;
}

/**
 * The rows a zoomed period shows (claims or figures, with their dates): those
 * any day of whose date falls in it. An undated row belongs to no period.
 */
export function inPeriod<R extends Dated>(
  rows: readonly R[],
  period: { min: number; max: number },
): R[] {
  return rows.filter((r) => r.when !== null && overlaps(r.when, period.min, period.max));
}

/** "31 of 40 claims: those of 24 Oct 2022 – 1 Mar 2025": what a table of a zoomed period holds. */
export function inPeriodLabel(
  shown: number,
  total: number,
  noun: string,
  period: { min: number; max: number },
): string {
  return `${formatCount(shown)} of ${plural(total, noun)}: those of ${rangeLabel(period.min, period.max)}`;
}

/**
 * An axis around `extent` with a margin of `padFraction` of it on each side
 * (at least a day), so that points at the ends are not cut in half; a single
 * day gets a week either way.
 */
export function paddedRange(extent: [number, number], padFraction: number): [number, number] {
  const span = extent[1] - extent[0];
  const pad = span < DAY_MS ? 7 * DAY_MS : Math.max(DAY_MS, span * padFraction);
  return [extent[0] - pad, extent[1] + pad];
}

/** The days a range of time (UTC ms) touches: what a link keeps of a zoomed period. */
export function dayRangeOf(range: { min: number; max: number }): DayRange {
  return { from: isoDay(range.min), to: isoDay(range.max) };
}

/** The same days, or both none: a period a link need not be rewritten for. */
export function sameDayRange(a: DayRange | null, b: DayRange | null): boolean {
  return a?.from === b?.from && a?.to === b?.to;
}

/** The time from the start of `from` to the end of `to`. */
export function rangeOfDays(days: DayRange): { min: number; max: number } {
  return { min: Date.parse(days.from), max: Date.parse(days.to) + DAY_MS - 1 };
}

/** "2024-10-01..2025-01-31", as the link writes a period. */
export function formatDayRange(days: DayRange): string {
  return `${days.from}..${days.to}`;
}

/** A period from a link; null unless two real days, the first not after the second. */
export function parseDayRange(s: string | null | undefined): DayRange | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(s ?? '');
  if (!m) return null;
  const [from, to] = [m[1]!, m[2]!];
  // Date.parse takes "2025-02-30" as 2 March: a real day reads back the same.
  const real = (d: string) => !Number.isNaN(Date.parse(d)) && isoDay(Date.parse(d)) === d;
  return real(from) && real(to) && from <= to ? { from, to } : null;
}
