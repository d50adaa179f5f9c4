import fc from 'fast-check';
import { figuresAgreeing, figuresAgreeingIndexed } from '../../server/domain/agreements';
import { indexFigures } from '../../server/domain/claim-disputes';
import { describePoint, type ComparedPoint } from '../../server/domain/figures';
import {
  AGREEMENTS_SHOWN,
  sourceAgreeingPairsInSteps,
  sourceAgreements,
} from '../../server/domain/source-agreements';
import { runToEnd } from '../../server/domain/steps';
import { figureGraphWithAccounts } from '../support/figure-graphs';

describe("a source's agreeing sources", () => {
  it("count each of its figures' agreeing claims of other speakers, as a claim's agreements list them, by the other claim's account", () => {
    fc.assert(
      fc.property(figureGraphWithAccounts, ({ points, accountOf, accounts, ids }) => {
        const { reportedIn } = accounts;
        const indexed = indexFigures(points);
        const got = sourceAgreements(indexed, ids, accounts, 500);

        // The oracle: each own figure's agreeing claims, as GET /api/claims/:id/agreements lists them.
        const own = new Set(ids);
        const rows = new Map<
          string,
          {
            theirs: Set<string>;
            ours: Set<string>;
            pairs: { reason: string; apart: number }[];
            relayedIn: Set<string>;
          }
        >();
        for (const claim of ids) {
          for (const point of indexed.byClaim.get(claim) ?? []) {
            // Each other claim agreeing with it (a claim's agreements list them) ...
            for (const a of figuresAgreeingIndexed(point, indexed.index).closest) {
              if (a.sameSpeaker || own.has(a.point.claimId)) continue;
              const theirs = a.point.claimId;
              // ... named by its closest figure, ties to the first in the graph's order:
              // each of its figures compared with the point alone.
              let best: { figure: ComparedPoint; apart: number } | null = null;
              for (const figure of indexed.byClaim.get(theirs)!) {
                const [one] = figuresAgreeing(point, [figure]).closest;
                if (!one) continue;
                const apart = one.match === 'same' ? 0 : one.factor;
                if (!best || apart < best.apart) best = { figure, apart };
              }
              const id = accountOf.get(theirs)!.id;
              const row = rows.get(id) ?? {
                theirs: new Set(),
                ours: new Set(),
                pairs: [],
                relayedIn: new Set(),
              };
              const article = reportedIn.get(theirs)!.id;
              if (article !== id) row.relayedIn.add(article);
              row.theirs.add(theirs);
              row.ours.add(claim);
              row.pairs.push({
                reason: `${describePoint(best!.figure)} agrees with ${describePoint(point)}`,
                apart: best!.apart,
              });
              rows.set(id, row);
            }
          }
        }
        const pairs = [...rows.values()].reduce((n, r) => n + r.pairs.length, 0);
        expect(got.figurePairsTotal).toBe(pairs);
        // Its table: every pair, closest first.
        const table = runToEnd(sourceAgreeingPairsInSteps(indexed, ids, 1_000));
        expect(table.total).toBe(pairs);
        expect(table.pairs.map((p) => p.apart)).toEqual(
          [...rows.values()].flatMap((r) => r.pairs.map((p) => p.apart)).sort((a, b) => a - b),
        );
        for (const p of table.pairs) expect(own.has(p.own.claimId)).toBe(true);
        expect(got.total).toBe(rows.size);
        const theirsCounts = got.sources.map((r) => r.theirs);
        expect(theirsCounts).toEqual([...theirsCounts].sort((a, b) => b - a));
        for (const r of got.sources) {
          const e = rows.get(r.source.id)!;
          expect([r.theirs, r.ours, r.figurePairs]).toEqual([
            e.theirs.size,
            e.ours.size,
            e.pairs.length,
          ]);
          expect(r.relayedInTotal).toBe(e.relayedIn.size);
          expect(r.relayedIn.map((s) => s.id)).toEqual([...e.relayedIn].sort().slice(0, 3));
          // The closest pairs name the row, closest first.
          const closest = e.pairs
            .map((p) => p.apart)
            .sort((a, b) => a - b)
            .slice(0, AGREEMENTS_SHOWN);
          const named = r.reasons.map((reason) => {
            const pair = e.pairs.find((p) => reason.startsWith(p.reason));
            expect(pair).toBeDefined();
            // Agreeing by the hedges only, it says so, and how far apart.
            expect(reason.endsWith('within the hedge')).toBe(pair!.apart > 1);
            return pair!.apart;
          });
          expect(named).toEqual(closest);
        }
      }),
      { numRuns: 300 },
    );
  });
});
