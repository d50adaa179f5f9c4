/**
 * Brings a graph written by an earlier version up to this one's model, at
 * each server start: the schema's constraints and indexes (all IF NOT
 * EXISTS), then the marks later versions added to older records. Each step
 * finds nothing to do the second time.
 */
import { query } from '../db/cypher';
import type { GraphDb } from '../db/graph-db';
import { loadDataset as readDataset } from './dataset';
import { applySchema } from './load';
import { DENIAL_PATTERN } from './model';
import { DATA_DIR, SOURCES_DIR } from './paths';

export interface Upgrade {
  /** Claims marked as denials (denies, Denial) that were written before the mark existed. */
  denialsMarked: number;
  /** Seed claims linked to the report they are relayed from, written before that link existed. */
  relayedLinked: number;
}

export async function upgradeGraph(db: GraphDb): Promise<Upgrade> {
  await applySchema(db);
  const [denials] = await db.writeRows(query('seed/mark-denials'), { pattern: DENIAL_PATTERN });
  const relayed = readDataset(DATA_DIR, SOURCES_DIR)
    .claims.filter((c) => c.relayedFrom !== undefined)
    .map((c) => ({ claim: c.id, report: c.relayedFrom! }));
  const [links] = await db.writeRows(query('seed/link-relayed-seed'), { rows: relayed });
  return {
    denialsMarked: Number(denials?.marked ?? 0),
    relayedLinked: Number(links?.linked ?? 0),
  };
}
