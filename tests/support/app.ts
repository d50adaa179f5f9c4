import pino from 'pino';
import type { Response } from 'superagent';
import type { GraphDb } from '../../db/graph-db';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';

/** The real Express app on the test database, with silent logs. */
export function testApp(db: GraphDb, env: Record<string, string> = {}) {
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  return createApp({ db, config, logger: pino({ level: 'silent' }) });
}

/**
 * A supertest parser that keeps the body as bytes (`.buffer(true).parse(rawBody)`):
 * a gzipped answer, or a CSV whose byte-order mark a text parser would drop.
 */
export function rawBody(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
