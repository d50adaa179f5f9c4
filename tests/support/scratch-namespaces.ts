import type { GraphDb } from '../../db/graph-db';
import { deleteNamespace } from '../../seed/synthetic/namespace';
import { expectUnchanged, fingerprint, type Fingerprint } from './fingerprint';

/**
 * For a suite that loads synthetic namespaces into the shared test database:
 * deletes them before (left over from a run that was killed) and after, runs
 * `cleanUp` for anything else the suite wrote, checks the database is left as
 * it was found, and closes `db` whatever happened, so a failed check cannot
 * keep jest waiting on an open driver.
 */
export function scratchNamespaces(
  db: GraphDb,
  namespaces: string[],
  cleanUp: () => Promise<unknown> = async () => {},
): void {
  let pristine: Fingerprint;
  beforeAll(async () => {
    for (const ns of namespaces) await deleteNamespace(db, ns);
    pristine = await fingerprint(db);
  });
  afterAll(async () => {
    try {
      for (const ns of namespaces) await deleteNamespace(db, ns);
      await cleanUp();
      await expectUnchanged(db, pristine);
    } finally {
      await db.close();
    }
  });
}
