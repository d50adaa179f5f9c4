/**
 * The other sources a source's claims meet, one row per account: the report
 * an article relays a claim from, else the article (claim-accounts.ts). Which
 * sources dispute a source and which agree with it count the same way: each
 * claim of theirs once, each of this source's they meet once, and for a
 * report, the articles its claims are read in.
 */
import { accountOf, type ClaimAccounts } from './claim-accounts';
import type { SourceRef } from './claims';
import type { ContradictionJson } from './contradictions';
import type { ComparedPoint } from './figures';

/** How many of the articles relaying a report's claims a row names. */
export const RELAYED_IN_SHOWN = 3;

export interface AccountRow {
  source: SourceRef;
  /** Its claims met, each once. */
  theirs: number;
  /** This source's claims met, each once. */
  ours: Set<string>;
  /** The articles that report its claims met, when not itself (it is a report). */
  relayedIn: Map<string, SourceRef>;
}

/** A row as the routes answer it: counts, and the first articles a report is read in. */
export interface AccountRowJson {
  source: SourceRef;
  theirs: number;
  ours: number;
  /** When it is a report, the first articles that relay its claims met here: where an analyst reads them. */
  relayedIn: SourceRef[];
  /** All of those articles, counted. */
  relayedInTotal: number;
}

export class AccountRows<R extends AccountRow> {
  private readonly rows = new Map<string, R>();
  // Each other claim's row, found once: a claim has one account, so its row counts it once,
  // and at scale the same few thousand claims are met in some 230,000 pairs.
  private readonly rowOfClaim = new Map<string, R>();

  constructor(
    private readonly accounts: ClaimAccounts,
    private readonly make: (source: SourceRef) => R,
  ) {}

  /**
   * The row of the account of `claim` (`source` when the graph names none), counting
   * the claim once; null when it has no source.
   */
  rowOf(claim: string, source?: SourceRef | null): R | null {
    const known = this.rowOfClaim.get(claim);
    if (known) return known;
    const account = accountOf(this.accounts, claim) ?? source;
    if (!account) return null;
    let row = this.rows.get(account.id);
    if (!row) {
      row = this.make(account);
      this.rows.set(account.id, row);
    }
    row.theirs += 1;
    const article = this.accounts.reportedIn.get(claim);
    if (article && article.id !== row.source.id) row.relayedIn.set(article.id, article);
    this.rowOfClaim.set(claim, row);
    return row;
  }

  /** How many accounts were met. */
  get size(): number {
    return this.rows.size;
  }

  /** The first `limit` rows: the most claims of theirs first, then by `tie`, title and id. */
  first(limit: number, tie: (x: R, y: R) => number = () => 0): R[] {
    return [...this.rows.values()]
      .sort(
        (x, y) =>
          y.theirs - x.theirs ||
          tie(x, y) ||
          x.source.title.localeCompare(y.source.title) ||
          x.source.id.localeCompare(y.source.id),
      )
      .slice(0, limit);
  }
}

/** A row that names the recorded pairs (contradictions, or corroborations) met with its claims. */
export interface RecordedRow extends AccountRow {
  /** Each pair's reason, in the order recorded. */
  recorded: string[];
}

/**
 * Counts each `recorded` pair with one of the claims `own` on a side into the row of
 * the other claim's account: its reason, and this source's claim among `ours`. A pair of
 * two of its own claims is one account, and makes no row. Answers how many pairs have
 * one of `own` on a side (`touching`), and how many both (`within`).
 */
export function countRecorded<R extends RecordedRow>(
  rows: AccountRows<R>,
  recorded: readonly ContradictionJson[],
  own: ReadonlySet<string>,
): { touching: number; within: number } {
  let touching = 0;
  let within = 0;
  for (const k of recorded) {
    const [a, b] = [own.has(k.a.id), own.has(k.b.id)];
    if (!a && !b) continue;
    touching += 1;
    if (a && b) {
      within += 1;
      continue;
    }
    const [ours, theirs] = a ? [k.a, k.b] : [k.b, k.a];
    const row = rows.rowOf(theirs.id, theirs.source);
    if (!row) continue;
    row.ours.add(ours.id);
    row.recorded.push(k.reason);
  }
  return { touching, within };
}

/** A row's counts as the routes answer them. */
export function accountRowJson(row: AccountRow): AccountRowJson {
  return {
    source: row.source,
    theirs: row.theirs,
    ours: row.ours.size,
    relayedIn: [...row.relayedIn.values()]
      .sort((x, y) => x.title.localeCompare(y.title) || x.id.localeCompare(y.id))
      .slice(0, RELAYED_IN_SHOWN),
    relayedInTotal: row.relayedIn.size,
  };
}

/** A pair of figures a row names: one of this source's, one of theirs, and how it ranks. */
export interface KeptPair {
  own: ComparedPoint;
  other: ComparedPoint;
  /** The higher, the sooner named: how far apart for disputes, how close for agreements. */
  key: number;
}

/**
 * Keeps the pair among the `max` of `kept` with the highest keys (highest first): after
 * those of a key at least as high, as a stable sort of every pair would place it.
 */
export function keepPair(
  kept: KeptPair[],
  own: ComparedPoint,
  other: ComparedPoint,
  key: number,
  max: number,
): void {
  let at = kept.length;
  while (at > 0 && kept[at - 1]!.key < key) at -= 1;
  // Most pairs rank no higher than the last kept: nothing is made for them.
  if (at >= max) return;
  kept.splice(at, 0, { own, other, key });
  if (kept.length > max) kept.pop();
}
