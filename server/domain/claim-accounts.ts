/**
 * Each claim's account, for the whole graph, kept while the graph's version
 * stays the same: the report an article relays it from (Blinken's briefing,
 * for his 8,000 in article 001), else the source that reports it. Which
 * sources dispute a source's claims names the other side by its account, so
 * that an article relaying two reports that disagree is not taken for a party
 * to their dispute. Counted over thousands of other claims at scale, reading
 * them per request took most of a second.
 */
import { query } from '../../db/cypher';
import type { GraphDb } from '../../db/graph-db';
import type { SourceRef } from './claims';
import { readCacheFor } from './read-cache';
import { VersionMemo } from './version-memo';

export interface ClaimAccounts {
  /** The report each relayed claim is relayed from. */
  relayedFrom: ReadonlyMap<string, SourceRef>;
  /** The source that reports each claim: its article. */
  reportedIn: ReadonlyMap<string, SourceRef>;
}

/** A claim's account: the report it is relayed from, else the source that reports it. */
export function accountOf(accounts: ClaimAccounts, claim: string): SourceRef | undefined {
  return accounts.relayedFrom.get(claim) ?? accounts.reportedIn.get(claim);
}

const byDb = new WeakMap<GraphDb, () => Promise<ClaimAccounts>>();

export function claimAccountsFor(db: GraphDb): () => Promise<ClaimAccounts> {
  let read = byDb.get(db);
  if (!read) {
    const memo = new VersionMemo<ClaimAccounts>(() => readCacheFor(db).version(), 1);
    read = () =>
      memo.get('', async () => {
        const relayedFrom = new Map<string, SourceRef>();
        const reportedIn = new Map<string, SourceRef>();
        for (const r of await db.readRows(query('queries/claim-accounts'))) {
          const source: SourceRef = {
            id: String(r.id),
            title: String(r.title),
            outlet: typeof r.outlet === 'string' ? r.outlet : null,
          };
          for (const claim of r.relayed as string[]) {
            if (!relayedFrom.has(claim)) relayedFrom.set(claim, source);
          }
          for (const claim of r.claims as string[]) {
            if (!reportedIn.has(claim)) reportedIn.set(claim, source);
          }
        }
        return { relayedFrom, reportedIn };
      });
    byDb.set(db, read);
  }
  return read;
}
