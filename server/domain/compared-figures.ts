/**
 * The graph's figure points as compared (no provenance, no text), by measure,
 * kept while the graph's version stays the same: the figures view, the CSV
 * export and the ingest preview each compare figures with them, and at scale
 * reading one measure's is ~0.1 s, all of them ~0.6 s.
 */
import { query } from '../../db/cypher';
import type { GraphDb } from '../../db/graph-db';
import { comparedClaimFromRow } from './claims';
import { comparedPoints, type ComparedPoint } from './figures';
import { readCacheFor } from './read-cache';
import { VersionMemo } from './version-memo';

export type ComparedFigures = (measure: string | null) => Promise<ComparedPoint[]>;

/** Every measure and all of them together: the model has a dozen. */
const KEPT = 16;

const byDb = new WeakMap<GraphDb, ComparedFigures>();

/** The figure points of `measure` (all when null) as compared, of a database handle. */
export function comparedFiguresFor(db: GraphDb): ComparedFigures {
  let read = byDb.get(db);
  if (!read) {
    const memo = new VersionMemo<ComparedPoint[]>(() => readCacheFor(db).version(), KEPT);
    read = (measure) =>
      memo.get(measure ?? '', async () =>
        comparedPoints(
          (await db.readRows(query('queries/figures-compared'), { measure })).map(
            comparedClaimFromRow,
          ),
          measure,
        ),
      );
    byDb.set(db, read);
  }
  return read;
}
