import fc from 'fast-check';
import { figuresAgreeing, figuresAgreeingIndexed } from '../../server/domain/agreements';
import { indexFigures } from '../../server/domain/claim-disputes';
import type { SourceRef } from '../../server/domain/claims';
import type { CorroborationJson } from '../../server/domain/contradictions';
import { describePoint, type ComparedPoint } from '../../server/domain/figures';
import {
  AGREEMENTS_SHOWN,
  sourceAgreeingPairsInSteps,
  sourceAgreements,
} from '../../server/domain/source-agreements';
import { runToEnd } from '../../server/domain/steps';
import { expectAccountRows } from '../support/account-rows';
import { figureGraphWithAccounts } from '../support/figure-graphs';

describe("a source's agreeing sources", () => {
  it("count each of its figures' agreeing claims of other speakers, as a claim's agreements list them, by the other claim's account", () => {
    fc.assert(
      fc.property(figureGraphWithAccounts, ({ points, accountOf, accounts, ids }) => {
        const { reportedIn } = accounts;
        const indexed = indexFigures(points);
        const got = sourceAgreements(indexed, ids, [], accounts, 500);

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
        expectAccountRows(got, rows, (e) => e.pairs.length);
        for (const r of got.sources) {
          const e = rows.get(r.source.id)!;
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

  it("count the recorded corroborations by the other claim's account, named first, its own among themselves left out", () => {
    const recordedPairs = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 13 })),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        figureGraphWithAccounts,
        recordedPairs,
        ({ points, accountOf, accounts, ids }, picks) => {
          const claims = [...accountOf.keys()];
          const seen = new Set<string>();
          const recorded: CorroborationJson[] = [];
          for (const [i, j] of picks) {
            const [a, b] = [claims[i % claims.length]!, claims[j % claims.length]!];
            const key = [a, b].sort().join(' ');
            if (a === b || seen.has(key)) continue;
            seen.add(key);
            recorded.push(
              corroboration(a, b, accounts.reportedIn.get(a)!, accounts.reportedIn.get(b)!),
            );
          }
          const indexed = indexFigures(points);
          const withFigures = sourceAgreements(indexed, ids, [], accounts, 500);
          const got = sourceAgreements(indexed, ids, recorded, accounts, 500);
          const recordedOnly = sourceAgreements(indexFigures([]), ids, recorded, accounts, 500);

          // The oracle, with no figures: each pair with one side its own, by the other side's account.
          const own = new Set(ids);
          const rows = new Map<
            string,
            { theirs: Set<string>; ours: Set<string>; reasons: string[] }
          >();
          for (const k of recorded) {
            const [a, b] = k.claims;
            if (own.has(a) === own.has(b)) continue;
            const [ours, theirs] = own.has(a) ? [a, b] : [b, a];
            const id = accountOf.get(theirs)!.id;
            const row = rows.get(id) ?? { theirs: new Set(), ours: new Set(), reasons: [] };
            row.theirs.add(theirs);
            row.ours.add(ours);
            row.reasons.push(k.reason);
            rows.set(id, row);
          }
          const touching = recorded.filter((k) => k.claims.some((c) => own.has(c))).length;
          expect(recordedOnly.recordedTotal).toBe(touching);
          expect(recordedOnly.figurePairsTotal).toBe(0);
          expect(recordedOnly.total).toBe(rows.size);
          for (const r of recordedOnly.sources) {
            const e = rows.get(r.source.id)!;
            expect([r.theirs, r.ours, r.recorded, r.figurePairs]).toEqual([
              e.theirs.size,
              e.ours.size,
              e.reasons.length,
              0,
            ]);
            expect(r.reasons).toEqual(e.reasons.slice(0, AGREEMENTS_SHOWN));
          }
          // With the figures too: the figure pairs as before, each row's recorded named first.
          expect(got.figurePairsTotal).toBe(withFigures.figurePairsTotal);
          expect(got.recordedTotal).toBe(touching);
          const byFigures = new Map(withFigures.sources.map((r) => [r.source.id, r]));
          expect(got.total).toBe(new Set([...byFigures.keys(), ...rows.keys()]).size);
          for (const r of got.sources) {
            const e = rows.get(r.source.id);
            const f = byFigures.get(r.source.id);
            expect(r.figurePairs).toBe(f?.figurePairs ?? 0);
            expect(r.recorded).toBe(e?.reasons.length ?? 0);
            expect(r.theirs).toBeGreaterThanOrEqual(Math.max(f?.theirs ?? 0, e?.theirs.size ?? 0));
            expect(r.theirs).toBeLessThanOrEqual((f?.theirs ?? 0) + (e?.theirs.size ?? 0));
            expect(r.reasons).toEqual(
              [...(e?.reasons ?? []), ...(f?.reasons ?? [])].slice(0, AGREEMENTS_SHOWN),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A recorded corroboration between claims `a` and `b`, as GET /api/corroborations answers it. */
function corroboration(a: string, b: string, sa: SourceRef, sb: SourceRef): CorroborationJson {
  const side = (id: string, source: SourceRef) => ({
    id,
    text: id,
    date: null,
    speaker: { id: `act-${id}`, name: `speaker of ${id}` },
    source,
    relayedFrom: null,
  });
  return {
    claims: [a, b],
    note: `${a} bears out ${b}`,
    origin: 'analyst',
    reason: `speaker of ${a} and speaker of ${b}: ${a} bears out ${b}`,
    recordedAt: null,
    editedAt: null,
    a: side(a, sa),
    b: side(b, sb),
  };
}
