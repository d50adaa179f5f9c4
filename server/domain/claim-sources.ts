/**
 * Each claim's source, for the whole graph, kept while the graph's version
 * stays the same: which sources dispute a source's claims is counted over
 * thousands of other claims at scale, and reading their sources per request
 * took most of a second.
 */
import { query } from '../../db/cypher';
import type { GraphDb } from '../../db/graph-db';
import type { SourceRef } from './claims';
import { readCacheFor } from './read-cache';
import { VersionMemo } from './version-memo';

export type ClaimSources = () => Promise<ReadonlyMap<string, SourceRef>>;

const byDb = new WeakMap<GraphDb, ClaimSources>();

export function claimSourcesFor(db: GraphDb): ClaimSources {
  let read = byDb.get(db);
  if (!read) {
    const memo = new VersionMemo<ReadonlyMap<string, SourceRef>>(
      () => readCacheFor(db).version(),
      1,
    );
    read = () =>
      memo.get('', async () => {
        const bySource = new Map<string, SourceRef>();
        for (const r of await db.readRows(query('queries/claim-sources'))) {
          const source: SourceRef = {
            id: String(r.id),
            title: String(r.title),
            outlet: typeof r.outlet === 'string' ? r.outlet : null,
          };
          for (const claim of r.claims as string[]) {
            if (!bySource.has(claim)) bySource.set(claim, source);
          }
        }
        return bySource;
      });
    byDb.set(db, read);
  }
  return read;
}
