/** The Express application: middleware, routes, errors. No listening here. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { GraphDb } from '../db/graph-db';
import { PROJECT_ROOT } from '../db/managed/paths';
import type { Config } from './config';
import { errorHandler, unknownRoute } from './http/errors';
import { requestLogging } from './http/request-log';
import './http/zod-messages';
import { apiRoutes } from './routes/api';
import { healthRoutes } from './routes/health';
import type { WarmUpStatus } from './warm-up';

export interface AppDeps {
  db: GraphDb;
  config: Config;
  logger: Logger;
  /** Whether the server's warm-up (server/warm-up) runs still; main.ts has one, tests not. */
  warmUp?: () => WarmUpStatus;
}

const CLIENT_DIST = join(PROJECT_ROOT, 'client', 'dist');

export function createApp({ db, config, logger, warmUp }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Sigma and CodeMirror set inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          workerSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          // Served over plain HTTP on loopback by default; TLS belongs to the proxy in front.
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(requestLogging(logger));
  app.use(express.json({ limit: config.BODY_LIMIT, strict: true }));

  app.use(healthRoutes(db, warmUp));
  app.use('/api', apiRoutes({ db, config, logger }));
  app.use('/api', unknownRoute);

  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(CLIENT_DIST, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res
        .type('html')
        .send(
          '<!doctype html><title>Claimgraph</title><h1>Claimgraph</h1>' +
            '<p>The API runs under <a href="/api/openapi.json">/api</a>. The client is not built yet: run <code>npm run build</code>.</p>',
        );
    });
  }
  app.use(unknownRoute);
  app.use(errorHandler);
  return app;
}
