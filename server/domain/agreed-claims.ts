/**
 * The claims whose figures another speaker's agree with, once per graph
 * version and shared by the routes that count what is borne out (the Sources
 * list, the Map's places): at scale the walk over every agreeing figure takes a
 * while, and one answer serves them all.
 */
import type { GraphDb } from '../../db/graph-db';
import { indexedFiguresFor } from './claim-disputes';
import { agreedClaims } from './figure-agreements';
import { readCacheFor } from './read-cache';
import { VersionMemo } from './version-memo';

const byDb = new WeakMap<GraphDb, () => Promise<string[]>>();

export function agreedClaimsFor(db: GraphDb): () => Promise<string[]> {
  let agreed = byDb.get(db);
  if (!agreed) {
    const indexed = indexedFiguresFor(db);
    const memo = new VersionMemo<string[]>(() => readCacheFor(db).version(), 1);
    agreed = () => memo.get('all', async () => agreedClaims(await indexed()));
    byDb.set(db, agreed);
  }
  return agreed;
}
