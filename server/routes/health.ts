import { Router } from 'express';
import type { GraphDb } from '../../db/graph-db';
import { Neo4jUnreachableError, withReason } from '../../db/unreachable';
import type { WarmUpStatus } from '../warm-up';

/**
 * /healthz: the process is alive. /readyz: Neo4j answers too; when it does
 * not, why (a probe of its address: refused, certificate, TLS) and what to do.
 * Where the server warms itself up (server/warm-up), /readyz also says whether
 * that is done: ready either way, only slower to first answers meanwhile.
 */
export function healthRoutes(db: GraphDb, warmUp?: () => WarmUpStatus): Router {
  const r = Router();
  r.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  r.get('/readyz', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', neo4j: 'up', ...(warmUp ? { warmUp: warmUp() } : {}) });
    } catch (err) {
      const why = await withReason(err, db.connection.uri);
      res.status(503).json({
        status: 'unavailable',
        neo4j: 'down',
        error: (why as Error).message,
        ...(why instanceof Neo4jUnreachableError && why.hint ? { hint: why.hint } : {}),
      });
    }
  });
  return r;
}
