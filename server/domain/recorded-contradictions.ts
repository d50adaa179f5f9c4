/** Reads the recorded contradictions (cypher/queries/contradictions.cypher) for the routes that list them. */
import { query } from '../../db/cypher';
import { int, type GraphDb } from '../../db/graph-db';
import { contradictionFromRow, type ContradictionJson } from './contradictions';

/** Recorded contradictions, all or those with one of the claims `ids`, `limit` at most; `total` counts all. */
export async function readContradictions(
  db: GraphDb,
  ids: readonly string[] | null,
  limit: number,
): Promise<{ total: number; contradictions: ContradictionJson[] }> {
  const rows = await db.readRows(query('queries/contradictions'), { ids, limit: int(limit) });
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    contradictions: rows.map(contradictionFromRow),
  };
}
