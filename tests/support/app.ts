import pino from 'pino';
import type { Response } from 'superagent';
import type { GraphDb } from '../../db/graph-db';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';

/** The real Express app on the test database, with silent logs unless a `logger` is given. */
export function testApp(
  db: GraphDb,
  env: Record<string, string> = {},
  logger: pino.Logger = pino({ level: 'silent' }),
) {
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  return createApp({ db, config, logger });
}

/**
 * A logger that keeps the server's error lines (message and error) in `lines`,
 * so that a test can show why a request failed.
 */
export function errorLog(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino(
    { level: 'error' },
    {
      write: (line: string) => {
        const { msg, err } = JSON.parse(line) as {
          msg?: string;
          err?: { type?: string; code?: string; message?: string };
        };
        // The class and code say why the error was not mapped to a 4xx or a 503.
        const kind = [err?.type, err?.code].filter(Boolean).join(' ');
        lines.push(`${msg ?? ''}: ${kind ? `[${kind}] ` : ''}${err?.message ?? ''}`);
      },
    },
  );
  return { logger, lines };
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
