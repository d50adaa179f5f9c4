import { z } from 'zod';
import { query } from '../../db/cypher';
import { int } from '../../db/graph-db';
import type { PlainNode } from '../../db/values';
import type { AppDeps } from '../app';
import { GraphBuilder } from '../domain/graph-format';
import { readCacheFor } from '../domain/read-cache';
import type { RouteRegistry } from '../http/route-registry';
import { linkAmong } from './nodes';
import { intParam, nodeId } from './schemas';
import { HttpError } from '../http/errors';

export function graphRoutes(reg: RouteRegistry, { db }: AppDeps): void {
  const cache = readCacheFor(db);
  reg.add({
    method: 'get',
    path: '/graph/overview',
    summary: 'A first view: the most connected entities, sources and claims, and their links',
    tags: ['graph'],
    query: z.object({ limit: intParam(10, 1000, 300) }),
    handler: async ({ query: { limit } }, req, res) =>
      cache.send(req, res, async () => {
        const entities = Math.round(limit * 0.45);
        const sources = Math.round(limit * 0.1);
        const claims = limit - entities - sources;
        const rows = await db.readRows(query('queries/overview'), {
          entities: int(entities),
          sources: int(sources),
          claims: int(claims),
        });
        const builder = new GraphBuilder();
        for (const r of rows)
          builder.addNode(r.n as unknown as PlainNode, { degree: r.degree ?? 0 });
        await linkAmong(db, builder, [], limit * 5);
        return builder.build({ kind: 'overview' });
      }),
  });

  reg.add({
    method: 'get',
    path: '/paths',
    summary: 'Shortest paths between two nodes',
    tags: ['graph'],
    query: z.object({
      from: nodeId,
      to: nodeId,
      maxHops: intParam(1, 6, 4),
      limit: intParam(1, 25, 10),
    }),
    errors: { 404: 'from or to names no node' },
    handler: async ({ query: q }, req, res) =>
      cache.send(req, res, async () => {
        if (q.from === q.to) throw new HttpError(400, 'query.to: must differ from query.from');
        const ends = await db.readRows(query('queries/ids-present'), { ids: [q.from, q.to] });
        for (const [field, id] of [
          ['from', q.from],
          ['to', q.to],
        ] as const) {
          if (!ends.some((e) => e.id === id))
            throw new HttpError(404, `query.${field}: no node with id "${id}"`);
        }
        const rows = await db.readRows(query('queries/shortest-paths'), {
          from: q.from,
          to: q.to,
          maxHops: int(q.maxHops),
          limit: int(q.limit),
        });
        const builder = new GraphBuilder();
        const paths = rows.map((r) => {
          const p = r.p as unknown as {
            nodes: PlainNode[];
            relationships: { elementId: string }[];
          };
          const nodes = p.nodes.map((n) => builder.addNode(n));
          for (const rel of p.relationships) builder.addEdge(rel as never);
          return {
            length: p.relationships.length,
            nodes,
            edges: p.relationships.map((rel) => rel.elementId),
          };
        });
        return {
          from: q.from,
          to: q.to,
          maxHops: q.maxHops,
          paths,
          graph: builder.build({ kind: 'paths' }),
        };
      }),
  });
}
