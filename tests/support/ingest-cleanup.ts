import type { GraphDb } from '../../db/graph-db';
import { testApp } from './app';
import { testDb } from './db';
import { expectUnchanged, fingerprint, type Fingerprint } from './fingerprint';
import { loadDataset as readDataset } from '../../seed/dataset';
import { loadDataset } from '../../seed/load';
import { DATA_DIR, SOURCES_DIR } from '../../seed/paths';

/**
 * Removes what ingest tests wrote (sources, claims and entities of origin
 * 'ingest', merge decisions, records of removed sources, rejected links, contradictions analysts
 * recorded) and reloads the seed, which restores the aliases commits learned. The test database is shared.
 */
export async function cleanUpIngest(database: GraphDb): Promise<void> {
  await database.writeRows(
    `MATCH (n) WHERE n.origin = 'ingest' OR n:MergeDecision OR n:RemovedSource DETACH DELETE n`,
  );
  await database.writeRows('MATCH (e:Entity) REMOVE e.rejectedAliases');
  await database.writeRows(`MATCH ()-[k:CONTRADICTS {origin: 'analyst'}]->() DELETE k`);
  await database.writeRows(`MATCH ()-[k:CORROBORATES {origin: 'analyst'}]->() DELETE k`);
  await loadDataset(database, readDataset(DATA_DIR, SOURCES_DIR));
}

/**
 * For a test file that writes through the API: starts from a clean database,
 * and at the end cleans up and checks that the database is as it found it,
 * then closes the connection.
 */
export function leaveDatabaseAsFound(database: GraphDb): void {
  let pristine: Fingerprint;
  // Reloading the seed takes seconds when this file runs first on a new
  // database (nothing planned yet) beside the suite's other work.
  beforeAll(async () => {
    await cleanUpIngest(database);
    pristine = await fingerprint(database);
  }, 60_000);
  afterAll(async () => {
    await cleanUpIngest(database);
    await expectUnchanged(database, pristine);
    await database.close();
  }, 60_000);
}

/**
 * The database and app of a test file that writes through the API (rate limit
 * raised for its many writes), left as found when the file ends.
 */
export function writingTestApp() {
  const db = testDb();
  const app = testApp(db, { RATE_LIMIT_PER_MINUTE: '1000' });
  leaveDatabaseAsFound(db);
  return { db, app };
}
