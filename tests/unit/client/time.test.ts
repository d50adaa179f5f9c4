import fc from 'fast-check';
import {
  calendarTickLabel,
  calendarTicks,
  DAY_MS,
  dayRangeOf,
  formatDayRange,
  inPeriodLabel,
  LABEL_PX,
  overlaps,
  paddedRange,
  parseDayRange,
  sameDayRange,
  rangeLabel,
  rangeOfDays,
} from '../../../client/src/core/time';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('calendar ticks for a time axis', () => {
  test('years over a span of years, months over months, days over days', () => {
    // The seed's timeline: a 2021 claim to the end of 2025, on a ~570 px axis.
    const years = calendarTicks(utc(2020, 11, 7), utc(2026, 2, 23), 570);
    expect(years.unit).toBe('year');
    expect(years.values.map(iso)).toEqual([
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
      '2026-01-01',
    ]);
    const months = calendarTicks(utc(2024, 10, 6), utc(2025, 1, 20), 400);
    expect(months).toMatchObject({ unit: 'month', step: 1 });
    expect(months.values.map(iso)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01']);
    const days = calendarTicks(utc(2025, 1, 9), utc(2025, 1, 13), 600);
    expect(days).toMatchObject({ unit: 'day', step: 1 });
    expect(days.values.map(iso)).toEqual([
      '2025-01-09',
      '2025-01-10',
      '2025-01-11',
      '2025-01-12',
      '2025-01-13',
    ]);
  });

  test('a narrower axis takes longer steps: two years, quarters, weeks', () => {
    const years = calendarTicks(utc(2020, 11, 7), utc(2026, 2, 23), 200);
    expect(years).toMatchObject({ unit: 'year', step: 2 });
    expect(years.values.map(iso)).toEqual(['2022-01-01', '2024-01-01', '2026-01-01']);
    const quarters = calendarTicks(utc(2024, 1, 30), utc(2024, 12, 24), 380);
    expect(quarters).toMatchObject({ unit: 'month', step: 3 });
    expect(quarters.values.map(iso)).toEqual(['2024-04-01', '2024-07-01', '2024-10-01']);
    const weeks = calendarTicks(utc(2025, 1, 2), utc(2025, 1, 31), 400);
    expect(weeks).toMatchObject({ unit: 'day', step: 7 });
    // Weeks restart at each month's first: no tick on the 29th, two days before the 1st.
    expect(weeks.values.map(iso)).toEqual(['2025-01-08', '2025-01-15', '2025-01-22']);
  });

  test('ticks fall on boundaries of their unit, inside the axis, and fit its width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc(1990, 1, 1), max: utc(2030, 1, 1) }),
        fc.integer({ min: 0, max: 80 * 365 * DAY_MS }),
        fc.integer({ min: 60, max: 2000 }),
        (min, span, width) => {
          const max = min + span;
          const { unit, step, values } = calendarTicks(min, max, width);
          const most = Math.max(2, Math.min(12, Math.floor(width / LABEL_PX[unit])));
          expect(values.length).toBeLessThanOrEqual(most);
          values.forEach((v, i) => {
            expect(v).toBeGreaterThanOrEqual(min);
            expect(v).toBeLessThanOrEqual(max);
            if (i > 0) expect(v).toBeGreaterThan(values[i - 1]!);
            const d = new Date(v);
            expect(v % DAY_MS).toBe(0);
            if (unit === 'year') {
              expect([d.getUTCMonth(), d.getUTCDate()]).toEqual([0, 1]);
              expect(d.getUTCFullYear() % step).toBe(0);
            } else if (unit === 'month') {
              expect(d.getUTCDate()).toBe(1);
              expect(d.getUTCMonth() % step).toBe(0);
            } else {
              expect((d.getUTCDate() - 1) % step).toBe(0);
            }
          });
        },
      ),
    );
  });

  test('a span of a century is not counted out day by day', () => {
    const t0 = performance.now();
    const { unit, values } = calendarTicks(utc(1900, 1, 1), utc(2000, 1, 1), 500);
    expect(unit).toBe('year');
    expect(values.map(iso)).toEqual([
      '1900-01-01',
      '1925-01-01',
      '1950-01-01',
      '1975-01-01',
      '2000-01-01',
    ]);
    // Loose: a loop over 36,500 days would still pass, one over 10^9 would not.
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  test('labels in the unit of the ticks', () => {
    const jan12 = utc(2025, 1, 12);
    expect(calendarTickLabel(utc(2025, 1, 1), 'year')).toBe('2025');
    expect(calendarTickLabel(utc(2025, 1, 1), 'month')).toBe('Jan 2025');
    expect(calendarTickLabel(jan12, 'day')).toBe('12 Jan 2025');
  });
});

describe('the range a time chart shows', () => {
  test('a margin on each side, at least a day; a single day gets a week either way', () => {
    const from = utc(2024, 1, 1);
    const to = utc(2025, 1, 1);
    const [a, b] = paddedRange([from, to], 0.05);
    expect(from - a).toBeCloseTo((to - from) * 0.05);
    expect(b - to).toBeCloseTo((to - from) * 0.05);
    expect(paddedRange([from, from + 3 * DAY_MS], 0.01)).toEqual([
      from - DAY_MS,
      from + 4 * DAY_MS,
    ]);
    expect(paddedRange([from, from], 0.05)).toEqual([from - 7 * DAY_MS, from + 7 * DAY_MS]);
  });

  test('a date shows when any day of its span is in the range', () => {
    const year2025 = { from: utc(2025, 1, 1), to: utc(2025, 12, 31) };
    expect(overlaps(year2025, utc(2025, 6, 1), utc(2025, 6, 30))).toBe(true);
    expect(overlaps(year2025, utc(2024, 12, 1), utc(2025, 1, 1))).toBe(true);
    expect(overlaps(year2025, utc(2024, 1, 1), utc(2024, 12, 31))).toBe(false);
    expect(rangeLabel(utc(2024, 10, 3), utc(2025, 1, 15) + 5 * 3600_000)).toBe(
      '3 Oct 2024 – 15 Jan 2025',
    );
    expect(inPeriodLabel(1, 1200, 'figure', { min: utc(2024, 10, 3), max: utc(2025, 1, 15) })).toBe(
      '1 of 1,200 figures: those of 3 Oct 2024 – 15 Jan 2025',
    );
  });
});

describe('a zoomed period in a link', () => {
  test('keeps the days it touches, and reads back from the start of the first to the end of the last', () => {
    const range = { min: utc(2024, 10, 3) + 13 * 3600_000, max: utc(2025, 1, 15) + 2 * 3600_000 };
    const days = dayRangeOf(range);
    expect(days).toEqual({ from: '2024-10-03', to: '2025-01-15' });
    expect(formatDayRange(days)).toBe('2024-10-03..2025-01-15');
    expect(parseDayRange('2024-10-03..2025-01-15')).toEqual(days);
    const back = rangeOfDays(days);
    expect(back).toEqual({ min: utc(2024, 10, 3), max: utc(2025, 1, 16) - 1 });
    // Read back, it names the same days.
    expect(dayRangeOf(back)).toEqual(days);
    expect(parseDayRange('2024-02-29..2024-03-01')).not.toBeNull();
    expect(parseDayRange('2023-02-29..2023-03-01')).toBeNull();
    expect(parseDayRange(null)).toBeNull();
  });

  test('tells when a period names the same days as the link holds', () => {
    const days = { from: '2024-10-03', to: '2025-01-15' };
    expect(sameDayRange(days, { ...days })).toBe(true);
    expect(sameDayRange(null, null)).toBe(true);
    expect(sameDayRange(days, null)).toBe(false);
    expect(sameDayRange(null, days)).toBe(false);
    expect(sameDayRange(days, { ...days, to: '2025-01-16' })).toBe(false);
    expect(sameDayRange(days, { ...days, from: '2024-10-02' })).toBe(false);
  });
});
