/**
 * Which Cypher a request runs: the real Express app on a GraphDb that records
 * every query with its parameters. The benchmark replays the recording straight
 * through the driver (Express overhead) and PROFILEs it (bench/profile.ts).
 */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Connection } from '../db/connection';
import { GraphDb, type TxOptions } from '../db/graph-db';
import { createApp } from '../server/app';
import { loadConfig } from '../server/config';

export interface RecordedQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export class RecordingDb extends GraphDb {
  calls: RecordedQuery[] = [];

  override async readRows(
    cypher: string,
    params: Record<string, unknown> = {},
    opts: TxOptions = {},
  ) {
    this.calls.push({ cypher, params });
    return super.readRows(cypher, params, opts);
  }
}

/** Runs `path` (GET) once through the real app and returns the queries it ran. */
export async function recordRequest(conn: Connection, path: string): Promise<RecordedQuery[]> {
  const db = new RecordingDb(conn, { maxConnectionPoolSize: 4 });
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000' });
  const app = createApp({ db, config, logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      headers: { 'cache-control': 'no-cache' },
    });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    return db.calls;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  }
}
