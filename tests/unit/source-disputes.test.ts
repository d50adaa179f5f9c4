import fc from 'fast-check';
import { indexFigures } from '../../server/domain/claim-disputes';
import { findDisagreements } from '../../server/domain/figures';
import { REASONS_SHOWN, sourceDisputes } from '../../server/domain/source-disputes';
import { expectAccountRows } from '../support/account-rows';
import { figureGraphWithAccounts } from '../support/figure-graphs';

describe("a source's disputing sources", () => {
  it("count every figure pair of /api/figures with one of its claims on a side, by the other claim's account", () => {
    fc.assert(
      fc.property(figureGraphWithAccounts, ({ points, accountOf, accounts, ids }) => {
        const { reportedIn } = accounts;
        const pairs = findDisagreements(points.map((p) => ({ ...p })));
        const got = sourceDisputes(indexFigures(points), ids, [], accounts, 500);

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
        expectAccountRows(got, rows, (e) => e.factors.length);
        for (const r of got.sources) {
          const e = rows.get(r.source.id)!;
          // The widest pairs name the row, widest first.
          const widest = [...e.factors].sort((a, b) => b - a).slice(0, REASONS_SHOWN);
          expect(r.reasons).toHaveLength(widest.length);
          const named = r.reasons.map(
            (reason) => touching.find((d) => d.reason === reason)?.factor ?? Infinity,
          );
          expect(named).toEqual(widest);
        }
      }),
      { numRuns: 300 },
    );
  });
});
