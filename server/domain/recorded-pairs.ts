/**
 * Reads the recorded contradictions (cypher/queries/contradictions.cypher) and
 * corroborations (queries/corroborations.cypher) for the routes that list them.
 */
import { query } from '../../db/cypher';
import { int, type GraphDb, type Row } from '../../db/graph-db';
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
  const { total, pairs } = await readPairs(db, 'contradictions', contradictionFromRow, ids, limit);
  return { total, contradictions: pairs };
}

/** Recorded corroborations, as readContradictions reads contradictions. */
export async function readCorroborations(
  db: GraphDb,
  ids: readonly string[] | null,
  limit: number,
): Promise<{ total: number; corroborations: CorroborationJson[] }> {
  const { total, pairs } = await readPairs(db, 'corroborations', corroborationFromRow, ids, limit);
  return { total, corroborations: pairs };
}

/** Either kind, read the same way: queries/contradictions or queries/corroborations. */
export function readRecordedPairs(
  db: GraphDb,
  kind: 'contradictions' | 'corroborations',
  ids: readonly string[] | null,
  limit: number,
): Promise<{ total: number; pairs: ContradictionJson[] }> {
  const fromRow = kind === 'contradictions' ? contradictionFromRow : corroborationFromRow;
  return readPairs(db, kind, fromRow, ids, limit);
}

async function readPairs(
  db: GraphDb,
  name: 'contradictions' | 'corroborations',
  fromRow: (row: Row) => ContradictionJson,
  ids: readonly string[] | null,
  limit: number,
): Promise<{ total: number; pairs: ContradictionJson[] }> {
  const rows = await db.readRows(query(`queries/${name}`), { ids, limit: int(limit) });
  return { total: rows[0] ? Number(rows[0].total) : 0, pairs: rows.map(fromRow) };
}
