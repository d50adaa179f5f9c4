import fc from 'fast-check';
import { indexFigures } from '../../server/domain/claim-disputes';
import type { SourceRef } from '../../server/domain/claims';
import { findDisagreementsCooperatively, runCooperatively } from '../../server/domain/cooperative';
import { findDisagreementsCapped, type ComparedPoint } from '../../server/domain/figures';
import { sourceDisputes, sourceDisputesInSteps } from '../../server/domain/source-disputes';
import { turnsDuring } from '../support/event-loop';
import { figureGraph } from '../support/figure-graphs';

const copy = (points: ComparedPoint[]) => points.map((p) => ({ ...p, disagrees: false }));

/** `claims` claims of one measure within a month, by 40 speakers: ~n²/2 pairs to compare. */
const crowded = (claims: number): ComparedPoint[] =>
  Array.from({ length: claims }, (_, i) => ({
    claimId: `claim-${i}`,
    speaker: { id: `speaker-${i % 40}`, name: `Speaker ${i % 40}` },
    asOf: null,
    disagrees: false,
    measure: 'nk_troops_deployed',
    unit: 'persons',
    value: [1000, 3000, 8000, 12000][i % 4]! + (i % 7),
    date: `2024-11-${String(1 + (i % 28)).padStart(2, '0')}`,
  }));

describe('findDisagreementsCooperatively', () => {
  it('finds what findDisagreementsCapped finds, flags included', async () => {
    await fc.assert(
      fc.asyncProperty(
        figureGraph,
        fc.constantFrom('first' as const, 'widest' as const),
        fc.integer({ min: 0, max: 12 }),
        async (points, order, limit) => {
          const [a, b] = [copy(points), copy(points)];
          const found = await findDisagreementsCooperatively(a, limit, { order });
          expect(found).toEqual(findDisagreementsCapped(b, limit, { order }));
          expect(a.map((p) => p.disagrees)).toEqual(b.map((p) => p.disagrees));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('lets the event loop turn while it compares millions of pairs, and finds the same', async () => {
    const points = crowded(1600);
    const { turns, result: found } = await turnsDuring(() =>
      findDisagreementsCooperatively(copy(points), 50, { order: 'widest' }),
    );
    // About 1.3 million pairs are compared: a turn every 200,000, at least.
    expect(turns).toBeGreaterThanOrEqual(5);
    expect(found.total).toBeGreaterThan(100_000);
    expect(found).toEqual(findDisagreementsCapped(copy(points), 50, { order: 'widest' }));
  });
});

describe("a source's disputes, run cooperatively", () => {
  it('let the event loop turn while some 100,000 pairs are met, and find the same', async () => {
    const points = crowded(1000);
    const indexed = indexFigures(points);
    // Ten sources of 100 claims each; the first one's disputes.
    const source = (n: number): SourceRef => ({ id: `src-${n}`, title: `S${n}`, outlet: null });
    const reportedIn = new Map(points.map((p, i) => [p.claimId, source(i % 10)]));
    const accountOf = { relayedFrom: new Map(), reportedIn };
    const ids = points.filter((_, i) => i % 10 === 0).map((p) => p.claimId);
    const { turns, result } = await turnsDuring(() =>
      runCooperatively(sourceDisputesInSteps(indexed, ids, [], accountOf, 50)),
    );
    expect(result.figurePairsTotal).toBeGreaterThan(40_000);
    // A pause every 20,000 pairs at least.
    expect(turns).toBeGreaterThanOrEqual(2);
    expect(result).toEqual(sourceDisputes(indexed, ids, [], accountOf, 50));
    expect(result.total).toBe(9);
  });
});
