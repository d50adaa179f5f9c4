import type { GraphDb } from '../../db/graph-db';
import { loadDataset as readDataset } from '../../seed/dataset';
import { loadDataset } from '../../seed/load';
import { DATA_DIR, SOURCES_DIR } from '../../seed/paths';

/**
 * Removes what ingest tests wrote (sources, claims and entities of origin
 * 'ingest', merge decisions, rejected links, contradictions analysts
 * recorded) and reloads the seed, which restores the aliases commits learned. The test database is shared.
 */
export async function cleanUpIngest(database: GraphDb): Promise<void> {
  await database.writeRows(
    `MATCH (n) WHERE n.origin = 'ingest' OR n:MergeDecision DETACH DELETE n`,
  );
  await database.writeRows('MATCH (e:Entity) REMOVE e.rejectedAliases');
  await database.writeRows(`MATCH ()-[k:CONTRADICTS {origin: 'analyst'}]->() DELETE k`);
  await loadDataset(database, readDataset(DATA_DIR, SOURCES_DIR));
}
