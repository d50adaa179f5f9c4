/**
 * The real Claimgraph server for e2e tests, in-process on a free port, on the
 * Neo4j database that tests/run.ts seeded (NEO4J_* variables). With
 * E2E_BASE_URL set, tests use that running server instead.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { externalConnection } from '../../../db/connection';
import { GraphDb } from '../../../db/graph-db';
import { createApp } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { createLogger } from '../../../server/logger';
import { ensureClientBuilt } from '../../../scripts/build-client-if-needed';

export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  ensureClientBuilt();
  const external = process.env.E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ''), close: async () => {} };

  const conn = externalConnection();
  if (!conn) {
    throw new Error('e2e tests need Neo4j: run them through `npm test` (or set E2E_BASE_URL).');
  }
  const db = new GraphDb(conn, { maxConnectionPoolSize: 10 });
  // Generous limits: the tests fire many requests from one address.
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '10000',
  });
  const app = createApp({ db, config, logger: createLogger('silent') });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
