/**
 * A synthetic dataset lives in an id namespace (`act-<ns>-…`, `clm-<ns>-…`),
 * so it can be counted and removed without touching anything else.
 */
import type { GraphDb } from '../../db/graph-db';
import { synthIdPrefixes } from './generate';

const LABEL_OF_PREFIX: Record<string, string> = {
  act: 'Entity',
  unit: 'Entity',
  place: 'Entity',
  src: 'Source',
  clm: 'Claim',
};

function prefixes(namespace: string): { label: string; prefix: string }[] {
  return synthIdPrefixes(namespace).map((prefix) => ({
    label: LABEL_OF_PREFIX[prefix.split('-')[0]!]!,
    prefix,
  }));
}

/** Deletes every node of the namespace with its relationships, 2,000 nodes a transaction. */
export async function deleteNamespace(db: GraphDb, namespace: string): Promise<number> {
  let deleted = 0;
  // Claims first: they hold most relationships, and hubs are cheaper to detach last.
  for (const { label, prefix } of prefixes(namespace).reverse()) {
    for (;;) {
      const [row] = await db.writeRows(
        `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix
         WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS n`,
        { prefix },
      );
      const n = Number(row?.n ?? 0);
      deleted += n;
      if (n === 0) break;
    }
  }
  return deleted;
}

export interface NamespaceCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** (start, type, end) triples that occur more than once: must be 0. */
  duplicateRelationships: number;
  /** Ids carried by more than one node: must be 0. */
  duplicateIds: number;
}

/** Nodes by label and relationships by type that start at a node of the namespace. */
export async function countNamespace(db: GraphDb, namespace: string): Promise<NamespaceCounts> {
  const out: NamespaceCounts = {
    nodes: {},
    relationships: {},
    duplicateRelationships: 0,
    duplicateIds: 0,
  };
  const labels = [
    ['Actor', 'act'],
    ['Unit', 'unit'],
    ['Place', 'place'],
    ['Source', 'src'],
    ['Claim', 'clm'],
  ] as const;
  for (const [label, p] of labels) {
    const prefix = `${p}-${namespace}-`;
    const [row] = await db.readRows(
      `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix
       RETURN count(n) AS nodes, count(DISTINCT n.id) AS ids`,
      { prefix },
    );
    out.nodes[label] = Number(row!.nodes);
    out.duplicateIds += Number(row!.nodes) - Number(row!.ids);
    const rels = await db.readRows(
      `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix
       MATCH (n)-[r]->(m)
       WITH type(r) AS type, n, m, count(*) AS times
       RETURN type, sum(times) AS rels, sum(times - 1) AS duplicates`,
      { prefix },
    );
    for (const r of rels) {
      const t = String(r.type);
      out.relationships[t] = (out.relationships[t] ?? 0) + Number(r.rels);
      out.duplicateRelationships += Number(r.duplicates);
    }
  }
  return out;
}
