import { Router } from 'express';
import type { GraphDb } from '../../db/graph-db';
import { Neo4jUnreachableError, withReason } from '../../db/unreachable';

/**
 * /healthz: the process is alive. /readyz: Neo4j answers too; when it does
 * not, why (a probe of its address: refused, certificate, TLS) and what to do.
 */
export function healthRoutes(db: GraphDb): Router {
  const r = Router();
  r.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  r.get('/readyz', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', neo4j: 'up' });
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
