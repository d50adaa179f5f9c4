import { externalConnection } from '../../db/connection';
import { GraphDb } from '../../db/graph-db';

/** A GraphDb on the test database that tests/run.ts prepared. */
export function testDb(): GraphDb {
  const conn = externalConnection();
  if (!conn) throw new Error('NEO4J_URI is not set: run through `npm test`.');
  return new GraphDb(conn, { maxConnectionPoolSize: 10 });
}
