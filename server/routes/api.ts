import { Router } from 'express';
import type { AppDeps } from '../app';
import { openApiDocument, RouteRegistry } from '../http/route-registry';
import { agreementRoutes } from './agreements';
import { claimRoutes } from './claims';
import { cypherRoutes } from './cypher';
import { disputeRoutes } from './disputes';
import { figureRoutes } from './figures';
import { graphRoutes } from './graph';
import { ingestRoutes } from './ingest';
import { nodeRoutes } from './nodes';
import { placeRoutes } from './places';
import { searchRoutes } from './search';
import { sourceRoutes } from './sources';

/** Every /api route, declared through the registry that also writes the OpenAPI document. */
export function apiRoutes(deps: AppDeps): Router {
  const reg = new RouteRegistry();
  searchRoutes(reg, deps);
  nodeRoutes(reg, deps);
  graphRoutes(reg, deps);
  claimRoutes(reg, deps);
  sourceRoutes(reg, deps);
  placeRoutes(reg, deps);
  agreementRoutes(reg, deps);
  disputeRoutes(reg, deps);
  figureRoutes(reg, deps);
  cypherRoutes(reg, deps);
  ingestRoutes(reg, deps);
  reg.add({
    method: 'get',
    path: '/openapi.json',
    summary: 'This OpenAPI 3 document',
    tags: ['meta'],
    handler: async () => openApiDocument(reg.routes),
  });
  return reg.router;
}
