/**
 * Reads the recorded contradictions (cypher/queries/contradictions.cypher) and
 * corroborations (queries/corroborations.cypher) for the routes that list them.
 */
import { query } from '../../db/cypher';
import { int, type GraphDb } from '../../db/graph-db';
import {
  contradictionFromRow,
  corroborationFromRow,
  type ContradictionJson,
} from './contradictions';

/** Recorded contradictions, all or those with one of the claims `ids`, `limit` at most; `total` counts all. */
export async function readContradictions(
  db: GraphDb,
  ids: readonly string[] | null,
  limit: number,
): Promise<{ total: number; contradictions: ContradictionJson[] }> {
  const { total, pairs } = await readRecordedPairs(db, 'contradictions', ids, limit);
  return { total, contradictions: pairs };
}

/** Either kind, read the same way (corroborations in the contradictions' shape). */
export async function readRecordedPairs(
  db: GraphDb,
  kind: 'contradictions' | 'corroborations',
  ids: readonly string[] | null,
  limit: number,
): Promise<{ total: number; pairs: ContradictionJson[] }> {
  const fromRow = kind === 'contradictions' ? contradictionFromRow : corroborationFromRow;
  const rows = await db.readRows(query(`queries/${kind}`), { ids, limit: int(limit) });
  return { total: rows[0] ? Number(rows[0].total) : 0, pairs: rows.map(fromRow) };
}
