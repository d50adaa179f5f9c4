/** Random graphs of figures for property tests of the comparisons (server/domain/figures.ts's rules). */
import fc from 'fast-check';
import type { SourceRef } from '../../server/domain/claims';
import type { ComparedPoint } from '../../server/domain/figures';

/** A figure as the graph holds it (of a claim, whose figures come one after another). */
const figure = fc.record({
  measure: fc.constantFrom('nk_troops_deployed', 'nk_casualties', 'other'),
  unit: fc.constantFrom('persons', 'persons', 'percent'),
  value: fc.constantFrom(0, 92, 3000, 3800, 4000, 8000, 12000),
  qualifier: fc.constantFrom(undefined, 'about', 'up to', 'over'),
  date: fc.constantFrom(null, '2024-10-31', '2024-11', '2024-12-20', '2025', '2025-01-12'),
});
export const figureGraph = fc
  .array(
    fc.record({
      speaker: fc.integer({ min: 0, max: 3 }),
      figures: fc.array(figure, { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((claims) =>
    claims.flatMap((c, i): ComparedPoint[] =>
      c.figures.map((f) => ({
        claimId: `claim-${i}`,
        speaker: { id: `speaker-${c.speaker}`, name: `Speaker ${c.speaker}` },
        asOf: null,
        disagrees: false,
        ...f,
        ...(f.qualifier ? {} : { qualifier: undefined }),
      })),
    ),
  );

/** The claims of a graph's figures, in the graph's order. */
export const claimIds = (points: ComparedPoint[]) => [...new Set(points.map((p) => p.claimId))];

const account = (n: number): SourceRef => ({ id: `src-${n}`, title: `Source ${n}`, outlet: null });

/**
 * Random graphs of figures whose claims have accounts: each claim's account is
 * source 0–3, and the article reporting it is its account unless it is relayed
 * from its account into article 4 or 5. `ids` are source 0's claims (reported
 * there or relayed from it), as the routes gather a source's.
 */
export const figureGraphWithAccounts = fc
  .tuple(
    figureGraph,
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 14, maxLength: 14 }),
    fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 14, maxLength: 14 }),
  )
  .map(([points, accounts, articles]) => {
    const claims = claimIds(points);
    const accountOf = new Map(claims.map((c, i) => [c, account(accounts[i]!)]));
    const reportedIn = new Map(
      claims.map((c, i) => [c, articles[i]! >= 4 ? account(articles[i]!) : accountOf.get(c)!]),
    );
    const relayedFrom = new Map(
      claims.filter((_, i) => articles[i]! >= 4).map((c) => [c, accountOf.get(c)!]),
    );
    const ids = claims.filter((c) => accountOf.get(c)!.id === 'src-0');
    return { points, accountOf, accounts: { relayedFrom, reportedIn }, ids };
  });
