import type { GraphDb } from '../../db/graph-db';

/**
 * A digest of the whole database: every node's labels and properties, every
 * relationship's type and properties, and the schema. Equal before and after
 * a request means the request changed nothing.
 */
export async function fingerprint(db: GraphDb): Promise<string> {
  const nodes = await db.readRows('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await db.readRows(
    'MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b',
  );
  const indexes = await db.readRows('SHOW INDEXES YIELD name RETURN name ORDER BY name');
  const constraints = await db.readRows('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const canon = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  return JSON.stringify([canon(nodes), canon(rels), indexes, constraints]);
}
