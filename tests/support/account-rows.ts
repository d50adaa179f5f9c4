/** What the property tests of a source's disputing and agreeing sources check of every row alike. */
import type { AccountRowJson } from '../../server/domain/account-rows';

/** The oracle's row for one other account: its claims met, this source's, and the articles relaying its. */
export interface ExpectedRow {
  theirs: Set<string>;
  ours: Set<string>;
  relayedIn: Set<string>;
}

/**
 * Every account counted, the most claims of theirs first, and each row's counts (its
 * `figurePairs` those the oracle says) and the first articles that relay its claims.
 */
export function expectAccountRows<E extends ExpectedRow>(
  got: { total: number; sources: (AccountRowJson & { figurePairs: number })[] },
  expected: ReadonlyMap<string, E>,
  figurePairsOf: (e: E) => number,
): void {
  expect(got.total).toBe(expected.size);
  const theirsCounts = got.sources.map((r) => r.theirs);
  expect(theirsCounts).toEqual([...theirsCounts].sort((a, b) => b - a));
  for (const r of got.sources) {
    const e = expected.get(r.source.id)!;
    expect([r.theirs, r.ours, r.figurePairs]).toEqual([
      e.theirs.size,
      e.ours.size,
      figurePairsOf(e),
    ]);
    // A report names the articles that relay its claims met here.
    expect(r.relayedInTotal).toBe(e.relayedIn.size);
    expect(r.relayedIn.map((s) => s.id)).toEqual([...e.relayedIn].sort().slice(0, 3));
  }
}
