import type { GraphDb } from '../../db/graph-db';

export interface Fingerprint {
  /** Every node's labels and properties, every relationship, the schema: one sorted line each. */
  lines: string[];
}

/**
 * A snapshot of the whole database. Equal before and after a request means the
 * request changed nothing. Compare with expectUnchanged, which names the lines
 * that differ instead of printing two huge strings.
 */
export async function fingerprint(
  db: GraphDb,
  opts: { ignoreLabels?: string[] } = {},
): Promise<Fingerprint> {
  const ignore = opts.ignoreLabels ?? [];
  const nodes = await db.readRows(
    'MATCH (n) WHERE none(l IN labels(n) WHERE l IN $ignore) RETURN labels(n) AS l, properties(n) AS p',
    { ignore },
  );
  const rels = await db.readRows(
    'MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b',
  );
  const indexes = await db.readRows('SHOW INDEXES YIELD name RETURN name');
  const constraints = await db.readRows('SHOW CONSTRAINTS YIELD name RETURN name');
  const lines = [
    ...nodes.map((r) => `node ${JSON.stringify({ ...r, p: sortedKeys(r.p) })}`),
    ...rels.map((r) => `rel ${JSON.stringify({ ...r, p: sortedKeys(r.p) })}`),
    ...indexes.map((r) => `index ${String(r.name)}`),
    ...constraints.map((r) => `constraint ${String(r.name)}`),
  ].sort();
  return { lines };
}

/**
 * A node's properties in key order. Neo4j returns them in the order they were
 * stored, which differs between a node CREATEd with its whole map (the loader's
 * fast path) and one whose properties were set again (a merge): same data.
 */
export function sortedKeys(props: unknown): unknown {
  if (!props || typeof props !== 'object') return props;
  return Object.fromEntries(
    Object.entries(props as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    ),
  );
}

/** What changed between two fingerprints: lines added and removed (at most `max` of each). */
export function difference(before: Fingerprint, after: Fingerprint, max = 5) {
  const was = new Set(before.lines);
  const now = new Set(after.lines);
  return {
    added: after.lines.filter((l) => !was.has(l)).slice(0, max),
    removed: before.lines.filter((l) => !now.has(l)).slice(0, max),
  };
}

export async function expectUnchanged(
  db: GraphDb,
  before: Fingerprint,
  opts: { ignoreLabels?: string[] } = {},
): Promise<void> {
  const after = await fingerprint(db, opts);
  expect(difference(before, after)).toEqual({ added: [], removed: [] });
  expect(after.lines.length).toBe(before.lines.length);
}
