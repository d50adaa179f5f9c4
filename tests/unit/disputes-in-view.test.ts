import fc from 'fast-check';
import { indexFigures } from '../../server/domain/claim-disputes';
import { figureDisputesInView } from '../../server/domain/disputes-in-view';
import { findDisagreements, type ComparedPoint } from '../../server/domain/figures';
import { claimIds, figureGraph } from '../support/figure-graphs';

const key = (d: { reason: string; factor: number | null; claims: string[] }) =>
  `${d.claims.join('|')} ${d.reason} ${d.factor}`;
const apart = (d: { factor: number | null }) => d.factor ?? Infinity;

describe('the figure disputes of the claims in view', () => {
  it("are /api/figures' pairs with a claim in view, each counted once, the widest of each measure listed", () => {
    const graphAndView = figureGraph.chain((points) =>
      fc.tuple(fc.constant(points), fc.subarray(claimIds(points)), fc.integer({ min: 1, max: 4 })),
    );
    fc.assert(
      fc.property(graphAndView, ([points, view, widest]) => {
        const inView = new Set(view);
        const expected = findDisagreements(points.map((p) => ({ ...p }))).filter((d) =>
          d.claims.some((c) => inView.has(c)),
        );
        // Asked twice and in another order: the same answer.
        const got = figureDisputesInView(
          indexFigures(points),
          [...view].reverse().concat(view),
          widest,
        );
        expect(got.disagreementsTotal).toBe(expected.length);
        const byMeasure: Record<string, number> = {};
        for (const d of expected) byMeasure[d.measure] = (byMeasure[d.measure] ?? 0) + 1;
        expect(got.disagreementsByMeasure).toEqual(byMeasure);
        expect(Object.keys(got.widestByMeasure).sort()).toEqual(Object.keys(byMeasure).sort());
        for (const [measure, listed] of Object.entries(got.widestByMeasure)) {
          const all = expected.filter((d) => d.measure === measure);
          expect(listed).toHaveLength(Math.min(widest, all.length));
          // Each listed is one of the pairs, named alike, and none left out is wider.
          const names = new Set(all.map(key));
          for (const d of listed) expect(names.has(key(d))).toBe(true);
          expect(new Set(listed.map(key)).size).toBe(listed.length);
          const factors = listed.map(apart);
          expect(factors).toEqual([...factors].sort((a, b) => b - a));
          const widestLeft = all.map(apart).sort((a, b) => b - a)[listed.length];
          if (widestLeft !== undefined) expect(factors.at(-1)!).toBeGreaterThanOrEqual(widestLeft);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts the figures in view by measure, and nothing for claims of no figure', () => {
    const at = (claimId: string, speaker: string, value: number, measure = 'nk_troops_deployed') =>
      ({
        claimId,
        speaker: { id: speaker, name: speaker },
        date: '2024-11-01',
        asOf: null,
        measure,
        unit: 'persons',
        value,
        disagrees: false,
      }) satisfies ComparedPoint;
    const points = [
      at('blinken', 'Blinken', 8000),
      at('ft', 'FT', 3000),
      at('isw', 'ISW', 1000),
      at('zelensky', 'Zelensky', 3800, 'nk_casualties'),
    ];
    const indexed = indexFigures(points);
    // Blinken's pairs with FT and ISW; FT's with ISW is out of view.
    const got = figureDisputesInView(indexed, ['blinken', 'zelensky', 'unknown'], 1);
    expect(got.disagreementsTotal).toBe(2);
    expect(got.disagreementsByMeasure).toEqual({ nk_troops_deployed: 2 });
    expect(got.widestByMeasure.nk_troops_deployed!.map((d) => d.reason)).toEqual([
      'Blinken: 8,000 (2024-11-01) vs ISW: 1,000 (2024-11-01)',
    ]);
    expect(got.measures).toEqual([
      { measure: 'nk_casualties', count: 1 },
      { measure: 'nk_troops_deployed', count: 1 },
    ]);
    // All three in view: the three pairs, none twice.
    expect(figureDisputesInView(indexed, ['isw', 'ft', 'blinken'], 3).disagreementsTotal).toBe(3);
    expect(figureDisputesInView(indexed, ['unknown'], 3)).toEqual({
      disagreementsTotal: 0,
      disagreementsByMeasure: {},
      widestByMeasure: {},
      measures: [],
    });
  });
});
