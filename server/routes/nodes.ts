import { z } from 'zod';
import { query } from '../../db/cypher';
import { int, type GraphDb } from '../../db/graph-db';
import type { Json, PlainNode, PlainRelationship } from '../../db/values';
import type { AppDeps } from '../app';
import { categoryOf, GraphBuilder } from '../domain/graph-format';
import { readCacheFor } from '../domain/read-cache';
import { HttpError } from '../http/errors';
import type { RouteRegistry } from '../http/route-registry';
import { intParam, labelList, nodeId, relList } from './schemas';

/** A hit of queries/neighborhood-level: element ids of a relationship, its ends and the neighbour. */
interface LevelHit {
  r: string;
  start: string;
  end: string;
  m: string;
}

/** The most relationships a neighbourhood may follow out of one node. */
export const PER_NODE_CAP = 60;
/** Nodes with more relationships than this are not expanded when linking a subgraph. */
const HUB_DEGREE = 2_000;

export async function findNode(db: GraphDb, id: string) {
  const [row] = await db.readRows(query('queries/node-by-id'), { id });
  if (!row) throw new HttpError(404, `no node with id "${id}"`);
  return row;
}

/** Adds the relationships among the builder's nodes (capped). */
export async function linkAmong(db: GraphDb, builder: GraphBuilder, rels: string[], limit: number) {
  const rows = await db.readRows(query('queries/links-among'), {
    ids: builder.elementIds(),
    rels,
    maxDegree: int(HUB_DEGREE),
    limit: int(limit),
  });
  for (const r of rows) builder.addEdge(r.r as unknown as PlainRelationship);
}

export function nodeRoutes(reg: RouteRegistry, { db }: AppDeps): void {
  const cache = readCacheFor(db);
  reg.add({
    method: 'get',
    path: '/nodes/:id',
    summary: "A node's properties, aliases and degree by relationship type",
    tags: ['graph'],
    params: z.object({ id: nodeId }),
    errors: { 404: 'No node has this id' },
    handler: async ({ params }, req, res) =>
      cache.send(req, res, async () => {
        const row = await findNode(db, params.id);
        const n = row.n as unknown as PlainNode;
        const byType = (row.degree as { type: string; direction: string; count: number }[]).filter(
          (d) => d.type !== null,
        );
        const { id, name, aliases, kind, ...properties } = n.properties;
        return {
          id,
          category: categoryOf(n.labels),
          labels: n.labels,
          kind: kind ?? null,
          name,
          aliases: aliases ?? [],
          properties,
          degree: { total: byType.reduce((s, d) => s + d.count, 0), byType },
        };
      }),
  });

  reg.add({
    method: 'get',
    path: '/nodes/:id/neighborhood',
    summary: 'The subgraph around a node, in graphology serialized format',
    description:
      `Breadth-first up to depth 3. A supernode guard follows at most ${PER_NODE_CAP} relationships ` +
      'per node and reports what it left out (truncated, omitted); limit caps the node count. ' +
      "At depth 1, offset skips that many of the centre's relationships and nextOffset says " +
      'where the next page starts (null: none left).',
    tags: ['graph'],
    params: z.object({ id: nodeId }),
    query: z
      .object({
        depth: intParam(1, 3, 1),
        labels: labelList.describe('neighbour labels to keep, comma-separated'),
        rels: relList.describe('relationship types to follow, comma-separated'),
        limit: intParam(1, 500, 150),
        offset: intParam(0, 10_000_000, 0).describe(
          "relationships of the centre to skip (depth 1 only), in the database's own order",
        ),
      })
      // Deeper levels start from the nodes a page brought: a page of them means nothing.
      .refine((q) => q.offset === 0 || q.depth === 1, {
        message: 'must be 0 unless query.depth is 1',
        path: ['offset'],
      }),
    errors: { 404: 'No node has this id' },
    handler: async ({ params, query: q }, req, res) =>
      cache.send(req, res, async () => {
        const row = await findNode(db, params.id);
        const center = row.n as unknown as PlainNode;
        // Which nodes and edges to keep is decided on element ids alone; only
        // those kept are then fetched, with the links among them, in one query.
        const kept = new Set<string>([center.elementId]);
        const nodeOrder: { id: string; level: number }[] = [];
        const edgeOrder: string[] = [];
        const edgesKept = new Set<string>();
        let frontier = [center.elementId];
        let omittedEdges = 0;
        let omittedNodes = 0;
        let truncated = false;
        // Where the next page of the centre's relationships starts (depth 1 only).
        let nextOffset: number | null = null;
        for (let level = 1; level <= q.depth && frontier.length > 0; level++) {
          // The centre takes one of the limit's places, so level 1 follows no more
          // relationships than there are places left: every neighbour of a page
          // fits, and the next page (offset) starts where this one ended.
          const perNode = Math.min(PER_NODE_CAP, level === 1 ? q.limit - 1 : q.limit);
          // Only the centre's relationships are paged.
          const skip = level === 1 ? q.offset : 0;
          const rows = await db.readRows(query('queries/neighborhood-level'), {
            frontier,
            rels: q.rels,
            labels: q.labels,
            perNode: int(perNode),
            skip: int(skip),
          });
          const next: string[] = [];
          for (const r of rows) {
            const hits = r.hits as unknown as LevelHit[];
            // What this page left out after it (the pages before it are the caller's).
            const after = Number(r.available) - skip - hits.length;
            if (after > 0) {
              truncated = true;
              omittedEdges += after;
              if (q.depth === 1) nextOffset = skip + hits.length;
            }
            for (const hit of hits) {
              if (!kept.has(hit.m)) {
                if (kept.size >= q.limit) {
                  truncated = true;
                  omittedNodes += 1;
                  continue;
                }
                kept.add(hit.m);
                nodeOrder.push({ id: hit.m, level });
                next.push(hit.m);
              }
              if (kept.has(hit.start) && kept.has(hit.end) && !edgesKept.has(hit.r)) {
                edgesKept.add(hit.r);
                edgeOrder.push(hit.r);
              }
            }
          }
          frontier = next;
        }
        const [sub] = await db.readRows(query('queries/subgraph-by-element-id'), {
          nodes: nodeOrder.map((n) => n.id),
          rels: edgeOrder,
          ids: [...kept],
          relTypes: q.rels,
          maxDegree: int(HUB_DEGREE),
          limit: int(q.limit * 4),
        });
        const nodes = new Map(
          (sub!.nodes as unknown as PlainNode[]).map((n) => [n.elementId, n] as const),
        );
        const rels = new Map(
          (sub!.rels as unknown as PlainRelationship[]).map((r) => [r.elementId, r] as const),
        );
        const builder = new GraphBuilder();
        const centerKey = builder.addNode(center);
        for (const { id, level } of nodeOrder) {
          const node = nodes.get(id);
          if (node) builder.addNode(node, { level } as Record<string, Json>);
        }
        for (const id of edgeOrder) {
          const rel = rels.get(id);
          if (rel) builder.addEdge(rel);
        }
        for (const rel of sub!.links as unknown as PlainRelationship[]) builder.addEdge(rel);
        builder.setNodeAttribute(centerKey, 'level', 0);
        return builder.build({
          center: centerKey,
          depth: q.depth,
          offset: q.offset,
          nextOffset,
          truncated,
          omitted: { nodes: omittedNodes, edges: omittedEdges },
        });
      }),
  });
}
