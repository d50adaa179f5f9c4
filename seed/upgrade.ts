/**
 * Brings a graph written by an earlier version up to this one's model, at
 * each server start: the schema's constraints and indexes (all IF NOT
 * EXISTS), then the marks later versions added to older records. Each step
 * finds nothing to do the second time.
 */
import { query } from '../db/cypher';
import type { GraphDb } from '../db/graph-db';
import { applySchema } from './load';
import { DENIAL_PATTERN } from './model';

export interface Upgrade {
  /** Claims marked as denials (denies, Denial) that were written before the mark existed. */
  denialsMarked: number;
}

export async function upgradeGraph(db: GraphDb): Promise<Upgrade> {
  await applySchema(db);
  const [row] = await db.writeRows(query('seed/mark-denials'), { pattern: DENIAL_PATTERN });
  return { denialsMarked: Number(row?.marked ?? 0) };
}
