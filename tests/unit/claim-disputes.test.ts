import fc from 'fast-check';
import { disputesOf, indexFigures } from '../../server/domain/claim-disputes';
import { findDisagreements, type ComparedPoint } from '../../server/domain/figures';
import { claimIds, figureGraph as graph } from '../support/figure-graphs';

describe("a claim's disputes", () => {
  it('are the pairs of /api/figures that name it, widest apart first, each named alike', () => {
    fc.assert(
      fc.property(graph, (points) => {
        const pairs = findDisagreements(points.map((p) => ({ ...p })));
        const found = disputesOf(indexFigures(points), claimIds(points), 1000);
        for (const id of claimIds(points)) {
          const expected = pairs.filter((d) => d.claims.includes(id));
          const got = found.find((f) => f.claim === id);
          if (!expected.length) {
            expect(got).toBeUndefined();
            continue;
          }
          expect(got!.total).toBe(expected.length);
          const key = (d: { reason: string; factor: number | null; claims: string[] }) =>
            `${d.claims.join('|')} ${d.reason} ${d.factor}`;
          expect(got!.disputes.map(key).sort()).toEqual(expected.map(key).sort());
          const factors = got!.disputes.map((d) => d.factor ?? Infinity);
          expect(factors).toEqual([...factors].sort((a, b) => b - a));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are counted in full and listed up to `shown`, the widest kept', () => {
    const speaker = (n: number) => ({ id: `s${n}`, name: `S${n}` });
    const at = (claimId: string, n: number, value: number): ComparedPoint => ({
      claimId,
      speaker: speaker(n),
      date: '2024-11-01',
      asOf: null,
      measure: 'nk_troops_deployed',
      unit: 'persons',
      value,
      disagrees: false,
    });
    const points = [
      at('blinken', 0, 8000),
      at('ft', 1, 3000),
      at('isw', 2, 1000),
      at('nis', 3, 11000),
      at('again', 0, 100), // Blinken's own: never his dispute
    ];
    const [found] = disputesOf(indexFigures(points), ['blinken', 'unknown', 'blinken'], 2);
    expect(found!.claim).toBe('blinken');
    expect(found!.total).toBe(3);
    expect(found!.disputes.map((d) => d.reason)).toEqual([
      'S0: 8,000 (2024-11-01) vs S2: 1,000 (2024-11-01)',
      'S0: 8,000 (2024-11-01) vs S1: 3,000 (2024-11-01)',
    ]);
    expect(found!.disputes[0]!.factor).toBe(8);
    // Asked once, answered once; an id of no claim is left out.
    expect(disputesOf(indexFigures(points), ['unknown'], 2)).toEqual([]);
    // Named as /api/figures names the pair: the claim earlier in the graph first.
    const [isw] = disputesOf(indexFigures(points), ['isw'], 5);
    expect(isw!.disputes.map((d) => d.claims)).toEqual([
      ['isw', 'nis'], // 11× apart
      ['isw', 'again'], // 10×
      ['blinken', 'isw'], // 8×
      ['ft', 'isw'], // 3×
    ]);
  });
});
