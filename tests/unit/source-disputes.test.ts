import fc from 'fast-check';
import { indexFigures } from '../../server/domain/claim-disputes';
import type { SourceRef } from '../../server/domain/claims';
import { findDisagreements } from '../../server/domain/figures';
import { REASONS_SHOWN, sourceDisputes } from '../../server/domain/source-disputes';
import { claimIds, figureGraph } from '../support/figure-graphs';

const account = (n: number): SourceRef => ({ id: `src-${n}`, title: `Source ${n}`, outlet: null });

describe("a source's disputing sources", () => {
  it("count every figure pair of /api/figures with one of its claims on a side, by the other claim's account", () => {
    fc.assert(
      fc.property(
        figureGraph,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 14, maxLength: 14 }),
        // The article each claim is reported in: its account unless it is relayed (4-5).
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 14, maxLength: 14 }),
        (points, accounts, articles) => {
          const claims = claimIds(points);
          const accountOf = new Map(claims.map((c, i) => [c, account(accounts[i]!)]));
          const reportedIn = new Map(
            claims.map((c, i) => [
              c,
              articles[i]! >= 4 ? account(articles[i]!) : accountOf.get(c)!,
            ]),
          );
          // A claim reported elsewhere than its account is relayed from it.
          const relayedFrom = new Map(
            claims.filter((_, i) => articles[i]! >= 4).map((c) => [c, accountOf.get(c)!]),
          );
          // Source 0's claims: reported there or relayed from it, as the route gathers them.
          const ids = claims.filter((c) => accountOf.get(c)!.id === 'src-0');
          const pairs = findDisagreements(points.map((p) => ({ ...p })));
          const got = sourceDisputes(
            indexFigures(points),
            ids,
            [],
            { relayedFrom, reportedIn },
            500,
          );

          const own = new Set(ids);
          const touching = pairs.filter((d) => d.claims.some((c) => own.has(c)));
          const rows = new Map<
            string,
            { theirs: Set<string>; ours: Set<string>; factors: number[]; relayedIn: Set<string> }
          >();
          for (const d of touching) {
            const theirs = d.claims.find((c) => !own.has(c));
            if (!theirs) continue;
            const id = accountOf.get(theirs)!.id;
            const row = rows.get(id) ?? {
              theirs: new Set(),
              ours: new Set(),
              factors: [],
              relayedIn: new Set(),
            };
            const article = reportedIn.get(theirs)!.id;
            if (article !== id) row.relayedIn.add(article);
            row.theirs.add(theirs);
            row.ours.add(d.claims.find((c) => own.has(c))!);
            row.factors.push(d.factor ?? Infinity);
            rows.set(id, row);
          }
          expect(got.figurePairsTotal).toBe(touching.length);
          expect(got.within).toBe(touching.filter((d) => d.claims.every((c) => own.has(c))).length);
          expect(got.total).toBe(rows.size);
          const theirsCounts = got.sources.map((r) => r.theirs);
          expect(theirsCounts).toEqual([...theirsCounts].sort((a, b) => b - a));
          for (const r of got.sources) {
            const e = rows.get(r.source.id)!;
            expect([r.theirs, r.ours, r.figurePairs]).toEqual([
              e.theirs.size,
              e.ours.size,
              e.factors.length,
            ]);
            // A report names the articles that relay its claims met here.
            expect(r.relayedInTotal).toBe(e.relayedIn.size);
            expect(r.relayedIn.map((s) => s.id)).toEqual([...e.relayedIn].sort().slice(0, 3));
            // The widest pairs name the row, widest first.
            const widest = [...e.factors].sort((a, b) => b - a).slice(0, REASONS_SHOWN);
            expect(r.reasons).toHaveLength(widest.length);
            const named = r.reasons.map(
              (reason) => touching.find((d) => d.reason === reason)?.factor ?? Infinity,
            );
            expect(named).toEqual(widest);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
