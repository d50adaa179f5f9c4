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
  type CorroborationJson,
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

/** Recorded corroborations, as readContradictions reads contradictions. */
export async function readCorroborations(
  db: GraphDb,
  ids: readonly string[] | null,
  limit: number,
): Promise<{ total: number; corroborations: CorroborationJson[] }> {
  const { total, pairs } = await readRecordedPairs(db, 'corroborations', ids, limit);
  return { total, corroborations: pairs };
}

/** Either kind, read the same way. */
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
