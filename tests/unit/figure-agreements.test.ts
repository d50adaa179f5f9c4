import fc from 'fast-check';
import { figuresAgreeing } from '../../server/domain/agreements';
import { indexFigures } from '../../server/domain/claim-disputes';
import {
  agreedClaims,
  closestAgreeingPairsInSteps,
  figureAgreementsInSteps,
} from '../../server/domain/figure-agreements';
import { describePoint, type ComparedPoint } from '../../server/domain/figures';
import { runToEnd } from '../../server/domain/steps';
import { claimIds, figureGraph } from '../support/figure-graphs';

/** How close two figures are when they agree, as a claim's agreements say; null when they do not. */
function apartOf(p: ComparedPoint, q: ComparedPoint): number | null {
  const [one] = figuresAgreeing(p, [q]).closest;
  if (!one || one.sameSpeaker) return null;
  return one.match === 'same' ? 0 : one.factor;
}

describe('figures that agree, of the claims in view or of the graph', () => {
  it('count each agreeing pair with a claim asked on a side once, by measure, and name the closest', () => {
    fc.assert(
      fc.property(
        figureGraph,
        fc.array(fc.integer({ min: 0, max: 13 }), { maxLength: 8 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        (points, picks, wholeGraph, closest) => {
          const indexed = indexFigures(points);
          const claims = claimIds(points);
          const ids = wholeGraph ? null : picks.map((i) => claims[i % claims.length]!);
          const got = runToEnd(figureAgreementsInSteps(indexed, ids, closest));
          // Whatever the order the claims are asked in, the same answer.
          if (ids)
            expect(runToEnd(figureAgreementsInSteps(indexed, [...ids].reverse(), closest))).toEqual(
              got,
            );

          // The oracle: every pair of compared figures of two claims, one of them asked.
          const asked = new Set(ids ?? claims);
          const figures = [...indexed.byClaim.values()].flat();
          const byMeasure: Record<string, number> = {};
          const aparts = new Map<string, number[]>();
          for (let x = 0; x < figures.length; x++) {
            for (let y = x + 1; y < figures.length; y++) {
              const [p, q] = [figures[x]!, figures[y]!];
              if (p.claimId === q.claimId || p.speaker.id === q.speaker.id) continue;
              if (!asked.has(p.claimId) && !asked.has(q.claimId)) continue;
              const apart = asked.has(p.claimId) ? apartOf(p, q) : apartOf(q, p);
              if (apart === null) continue;
              byMeasure[p.measure] = (byMeasure[p.measure] ?? 0) + 1;
              aparts.set(p.measure, [...(aparts.get(p.measure) ?? []), apart]);
            }
          }
          const total = Object.values(byMeasure).reduce((n, c) => n + c, 0);
          expect(got.agreementsTotal).toBe(total);
          expect(got.agreementsByMeasure).toEqual(byMeasure);
          // The closest of each measure, closest first, each with an asked claim on a side.
          for (const [measure, list] of aparts) {
            const named = got.closestByMeasure[measure]!;
            expect(named.map((a) => a.apart)).toEqual(
              // As JSON says them: one of them 0 ("up to 8,000" against 0) is null.
              [...list]
                .sort((a, b) => a - b)
                .slice(0, closest)
                .map((a) => (Number.isFinite(a) ? a : null)),
            );
            for (const a of named) {
              expect(a.claims.some((c) => asked.has(c))).toBe(true);
              expect(a.reason.startsWith(`${a.sides[0]} agrees with ${a.sides[1]}`)).toBe(true);
            }
          }
          expect(Object.keys(got.closestByMeasure).sort()).toEqual([...aparts.keys()].sort());
          // The table of them: every pair counted, the `limit` closest kept, closest first.
          const all = [...aparts.values()].flat().sort((a, b) => a - b);
          const limit = closest * 2;
          const table = runToEnd(closestAgreeingPairsInSteps(indexed, ids, limit));
          expect(table.total).toBe(total);
          expect(table.pairs.map((p) => p.apart)).toEqual(all.slice(0, limit));
          for (const p of table.pairs) expect(asked.has(p.own.claimId)).toBe(true);
          const whole = runToEnd(closestAgreeingPairsInSteps(indexed, ids, total + 1)).pairs;
          expect(whole.map((p) => p.apart)).toEqual(all);
          // The figures compared of the claims asked, by measure.
          const counted = new Map<string, number>();
          for (const c of asked)
            for (const p of indexed.byClaim.get(c) ?? [])
              counted.set(p.measure, (counted.get(p.measure) ?? 0) + 1);
          expect(got.measures).toEqual(
            [...counted]
              .map(([measure, count]) => ({ measure, count }))
              .sort((a, b) => a.measure.localeCompare(b.measure)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("find the claims whose figures another speaker's agree with, stopping at the first", () => {
    fc.assert(
      fc.property(figureGraph, (points) => {
        const indexed = indexFigures(points);
        const figures = [...indexed.byClaim.values()].flat();
        const agreeing = new Set<string>();
        for (const p of figures)
          for (const q of figures)
            if (p.claimId !== q.claimId && p.speaker.id !== q.speaker.id && apartOf(p, q) !== null)
              agreeing.add(p.claimId);
        expect(agreedClaims(indexed)).toEqual(
          [...indexed.byClaim.keys()].filter((c) => agreeing.has(c)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('names a pair by its figures, and says when only the hedges join them', () => {
    const point = (claim: string, speaker: string, f: Partial<ComparedPoint>): ComparedPoint => ({
      claimId: claim,
      speaker: { id: speaker, name: speaker },
      measure: 'nk_casualties',
      unit: 'persons',
      date: '2025-01-12',
      asOf: null,
      disagrees: false,
      ...f,
    });
    const zelensky = point('c1', 'Zelensky', { value: 3800 });
    const reports = point('c2', 'Reports', { value: 4000, qualifier: 'approximately' });
    const got = runToEnd(figureAgreementsInSteps(indexFigures([zelensky, reports]), null, 3));
    expect(got.agreementsTotal).toBe(1);
    const [pair] = got.closestByMeasure.nk_casualties!;
    expect(pair!.claims).toEqual(['c1', 'c2']);
    expect(pair!.apart).toBeCloseTo(4000 / 3800);
    expect(pair!.reason).toBe(
      `${describePoint(zelensky)} agrees with ${describePoint(reports)} · 1.05× apart, within the hedge`,
    );
  });
});
