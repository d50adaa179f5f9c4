/**
 * `npm start`: Neo4j (NEO4J_URI, or the managed instance, started and seeded
 * on first use), then the HTTP server, with a graceful shutdown.
 */
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { describe, externalConnection, resolveConnection } from '../db/connection';
import { GraphDb } from '../db/graph-db';
import { cliErrorLines } from '../db/errors';
import { afterConnecting } from '../db/unreachable';
import { loadDataset as readDataset } from '../seed/dataset';
import { loadDataset } from '../seed/load';
import { DATA_DIR, SOURCES_DIR } from '../seed/paths';
import { upgradeGraph } from '../seed/upgrade';
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { sourceMapsOnlyWhenAsked } from './source-maps';
import { warmUp, type WarmUpStatus } from './warm-up';

/** Seeds an empty database; says whether it did. */
async function seedIfEmpty(db: GraphDb, log: (msg: string) => void): Promise<boolean> {
  const [row] = await db.readRows(
    'MATCH (n) WHERE n:Source OR n:Claim RETURN count(n) > 0 AS seeded',
  );
  if (row?.seeded) return false;
  log('The database holds no Claimgraph data yet: loading the curated seed dataset…');
  const counts = await loadDataset(db, readDataset(DATA_DIR, SOURCES_DIR));
  log(
    `Seeded: ${Object.entries(counts.nodes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  return true;
}

/**
 * A graph written by an earlier version, brought up to this one's (seed/upgrade).
 * A user who may only read (a shared server, say) still gets a working server:
 * only what needs the upgrade (ingest's proposals of older denials) is missing.
 */
async function upgradeIfAllowed(db: GraphDb, logger: Logger): Promise<void> {
  try {
    const { denialsMarked, relayedLinked } = await upgradeGraph(db);
    if (denialsMarked > 0) logger.info(`Marked ${denialsMarked} older claims as denials`);
    if (relayedLinked > 0) {
      logger.info(`Linked ${relayedLinked} seed claims to the reports they are relayed from`);
    }
  } catch (err) {
    logger.warn(
      `Could not bring the graph's schema and marks up to date (${(err as Error).message}); ` +
        'linking new sources may miss older denials',
    );
  }
}

/** This server as its own client: a wildcard address is reached on loopback. */
function selfUrl(host: string, port: number): string {
  const to = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${to.includes(':') ? `[${to}]` : to}:${port}`;
}

async function main(): Promise<void> {
  sourceMapsOnlyWhenAsked();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const conn = await resolveConnection((l) => logger.info(l));
  logger.info(`Neo4j: ${describe(conn)}${externalConnection() ? '' : ' (managed)'}`);
  const db = new GraphDb(conn);
  const seeded = await afterConnecting(db, () => seedIfEmpty(db, (m) => logger.info(m))).catch(
    async (err: unknown) => {
      await db.close();
      throw err;
    },
  );
  // A database seeded just now was written by this version, schema and all.
  if (!seeded) await upgradeIfAllowed(db, logger);

  let ownUrl: string | null = null;
  let warming = false;
  // Running until the server listens and its first warm-up ends, and during each later one.
  const warmUpStatus = (): WarmUpStatus => (ownUrl && !warming ? 'done' : 'running');
  /** Runs the warm-up unless one is under way; `when` goes into the log line. */
  const warm = (when: string) => {
    if (!ownUrl || warming) return;
    warming = true;
    void warmUp(ownUrl, { token: config.API_TOKEN }).then(({ requests, failed, ms }) => {
      warming = false;
      logger.info(`Warmed up${when}: ${requests} requests in ${ms} ms`);
      if (failed.length > 0) logger.warn(`Warm-up requests that failed: ${failed.join('; ')}`);
    });
  };
  // A Neo4j that restarted has forgotten its query plans: warm it up again.
  db.outage.onChange((down) => {
    if (down) {
      logger.warn('Neo4j is unreachable: requests that need it get a 503 until it answers');
      return;
    }
    logger.info('Neo4j answers again');
    warm(' after Neo4j came back');
  });
  const app = createApp({ db, config, logger, warmUp: warmUpStatus });
  const server = app.listen(config.PORT, config.HOST, () => {
    logger.info(`Claimgraph is up at http://${config.HOST}:${config.PORT}/`);
    const { address, port } = server.address() as AddressInfo;
    ownUrl = selfUrl(address, port);
    warm('');
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    logger.fatal(
      err.code === 'EADDRINUSE'
        ? `Port ${config.PORT} is taken on ${config.HOST}; set PORT to another one.`
        : err.message,
    );
    process.exit(1);
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal}: closing the HTTP server and the Neo4j driver`);
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close(() => {
      db.close().finally(() => {
        clearTimeout(force);
        process.exit(0);
      });
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(cliErrorLines(err));
  process.exit(1);
});
