import pino from 'pino';
import type { GraphDb } from '../../db/graph-db';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';

/** The real Express app on the test database, with silent logs. */
export function testApp(db: GraphDb, env: Record<string, string> = {}) {
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  return createApp({ db, config, logger: pino({ level: 'silent' }) });
}
