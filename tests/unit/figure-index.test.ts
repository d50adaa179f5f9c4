import fc from 'fast-check';
import { FigureGroup, probe } from '../../server/domain/figure-index';
import type { ComparedPoint } from '../../server/domain/figures';

/** A date to the day, the month or the year, or none, between 2023 and 2026. */
const date = fc.oneof(
  fc.constant(null),
  fc
    .date({ min: new Date('2023-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
    .chain((d) =>
      fc.constantFrom(
        d.toISOString().slice(0, 10),
        d.toISOString().slice(0, 7),
        d.toISOString().slice(0, 4),
      ),
    ),
);
const figure = (d: string | null, i: number): ComparedPoint => ({
  claimId: `c${i}`,
  speaker: { id: `s${i}`, name: `S${i}` },
  date: d,
  asOf: null,
  measure: 'nk_troops_deployed',
  unit: 'persons',
  value: 1000,
  disagrees: false,
});

describe('a group of figures, near a date', () => {
  it("visits every figure whose date may lie within the window of the date's", () => {
    fc.assert(
      fc.property(fc.array(date, { maxLength: 60 }), date, (dates, at) => {
        const group = new FigureGroup(dates.map(figure));
        const span = probe(figure(at, -1)).span;
        const visited = new Set<number>();
        group.forEachNear(span, (i) => visited.add(i));
        const within = dates.map((_d, i) => i).filter((i) => group.withinWindow(i, span));
        expect(within.filter((i) => !visited.has(i))).toEqual([]);
        // Each at most once.
        let count = 0;
        group.forEachNear(span, () => (count += 1));
        expect(count).toBe(visited.size);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out the figures dated far from it', () => {
    const dates = ['2023-01-05', '2024-06-01', '2024-06-20', '2024-06', '2025-12-30', null];
    const group = new FigureGroup(dates.map(figure));
    const visited: number[] = [];
    group.forEachNear(probe(figure('2024-06-10', -1)).span, (i) => visited.push(i));
    expect(visited.sort()).toEqual([1, 2, 3, 5]);
  });
});
