import { Router } from 'express';
import type { GraphDb } from '../../db/graph-db';

/** /healthz: the process is alive. /readyz: Neo4j answers too. */
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
      res.status(503).json({ status: 'unavailable', neo4j: 'down', error: (err as Error).message });
    }
  });
  return r;
}
