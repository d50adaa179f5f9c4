/**
 * The loader's two paths write the same graph. New records take the fast path
 * (create-* and link-* queries, nodes found by element id); records that exist
 * already take the merge-* queries. The same synthetic dataset goes into two
 * namespaces: one empty (fast path throughout), one where every node exists
 * beforehand as a bare {id} (merge path throughout). Every property of every
 * node and relationship must come out the same. Any retried batch must write
 * nothing twice. Two loads of the same data at once may fail, with a clear
 * error, and a third then writes the same graph. Every namespace is deleted:
 * the test database is left as it was found.
 */
import { randomUUID } from 'node:crypto';
import { query } from '../../db/cypher';
import { runSteps, step } from '../../seed/batches';
import { LoadConflictError, cypherDate, loadDataset } from '../../seed/load';
import { generateSynthetic, synthIdPrefixes } from '../../seed/synthetic/generate';
import { testDb } from '../support/db';
import { sortedKeys } from '../support/fingerprint';
import { scratchNamespaces } from '../support/scratch-namespaces';

const FAST = 'lpfast';
const MERGED = 'lpmerged';
const RETRIED = 'lpretry';
const TWICE = 'lptwice';
const db = testDb();
scratchNamespaces(db, [FAST, MERGED, RETRIED, TWICE], () =>
  db.writeRows("MATCH (b:LoadBatch) WHERE b.id STARTS WITH 'lpretry' DELETE b"),
);

/** Every node and relationship of a namespace, one sorted line each, the namespace blanked. */
async function snapshot(ns: string): Promise<string[]> {
  const params = { prefixes: synthIdPrefixes(ns) };
  const inNs = 'any(p IN $prefixes WHERE n.id STARTS WITH p)';
  const nodes = await db.readRows(
    `MATCH (n) WHERE ${inNs}
     RETURN n.id AS id, [l IN labels(n) | l] AS labels, properties(n) AS p`,
    params,
  );
  const rels = await db.readRows(
    `MATCH (n)-[r]->(b) WHERE ${inNs}
     RETURN n.id AS a, type(r) AS t, b.id AS b, properties(r) AS p`,
    params,
  );
  // The namespace is in ids, descriptions and URLs.
  const blank = (s: string) => s.replaceAll(ns, 'NS');
  return [
    ...nodes.map((r) =>
      blank(JSON.stringify({ ...r, labels: (r.labels as string[]).sort(), p: sortedKeys(r.p) })),
    ),
    ...rels.map((r) => blank(JSON.stringify({ ...r, p: sortedKeys(r.p) }))),
  ].sort();
}

describe('the loader’s fast path and merge path', () => {
  it('write the same nodes, relationships and properties', async () => {
    const dataset = (ns: string) =>
      generateSynthetic({ scale: 1, seed: 'load-paths', namespace: ns });

    await loadDataset(db, dataset(FAST));

    // Every node present beforehand, bare: the loader merges everything.
    const merged = dataset(MERGED);
    await db.writeRows(
      `UNWIND $entities AS e
       CALL (e) {
         WITH e WHERE e.label = 'Actor' CREATE (:Actor:Entity {id: e.id})
         UNION WITH e WHERE e.label = 'Unit' CREATE (:Unit:Entity {id: e.id})
         UNION WITH e WHERE e.label = 'Place' CREATE (:Place:Entity {id: e.id})
       }
       WITH count(*) AS done
       UNWIND $sources AS s CREATE (:Source {id: s})
       WITH count(*) AS done
       UNWIND $claims AS c CREATE (:Claim {id: c})`,
      {
        entities: merged.entities.map((e) => ({ id: e.id, label: e.label })),
        sources: merged.sources.map((s) => s.id),
        claims: merged.claims.map((c) => c.id),
      },
    );
    await loadDataset(db, merged);

    const fast = await snapshot(FAST);
    const slow = await snapshot(MERGED);
    expect(fast.length).toBeGreaterThan(1_000);
    const only = (a: string[], b: string[]) => {
      const other = new Set(b);
      return a.filter((l) => !other.has(l)).map((l) => l.slice(0, 300));
    };
    expect(only(fast, slow).slice(0, 5)).toEqual([]);
    expect(only(slow, fast).slice(0, 5)).toEqual([]);
  }, 120_000);

  it('lets two loads of the same data at once fail cleanly, and a third complete it', async () => {
    const dataset = () => generateSynthetic({ scale: 1, seed: 'load-paths', namespace: TWICE });
    // Both find nothing there and CREATE the same nodes: whichever commits a
    // node second hits the id constraint.
    const outcomes = await Promise.allSettled([
      loadDataset(db, dataset()),
      loadDataset(db, dataset()),
    ]);
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(failures.length).toBeGreaterThan(0);
    for (const err of failures) {
      expect(err).toBeInstanceOf(LoadConflictError);
      expect((err as Error).message).toMatch(/Run the load again once the other has finished/);
    }

    await loadDataset(db, dataset());
    expect(await snapshot(TWICE)).toEqual(await snapshot(FAST));
    const [markers] = await db.readRows('MATCH (m:LoadBatch) RETURN count(m) AS n');
    expect(markers!.n).toBe(0);
  }, 120_000);

  it('computes partial dates as Cypher’s date() does', async () => {
    for (const iso of ['2024', '2024-02', '2024-02-29']) {
      const [row] = await db.readRows('RETURN date($iso) = $d AS same', {
        iso,
        d: cypherDate(iso),
      });
      expect([iso, row!.same]).toEqual([iso, true]);
    }
  });

  it('skips a batch retried after its commit went through', async () => {
    const loadId = `lpretry-${randomUUID()}`;
    const claims = generateSynthetic({ scale: 1, seed: 'retry', namespace: RETRIED }).claims;
    const rows = claims.slice(0, 4).map((c) => ({ id: c.id, text: c.text }));
    const claimsStep = step({
      step: 'claims',
      cypher: query('seed/create-claims'),
      items: rows,
      writes: 'nodes',
      batchSize: 2,
      once: true,
    });
    const refs: string[] = [];
    const run = () =>
      runSteps(db, [claimsStep], { concurrency: 1, loadId, onRow: ({ ref }) => refs.push(ref) });
    await run();
    expect(refs).toHaveLength(4);
    await run(); // the same batch ids: as if the driver retried each batch
    expect(refs).toHaveLength(4);
    const [count] = await db.readRows('MATCH (c:Claim) WHERE c.id IN $ids RETURN count(c) AS n', {
      ids: rows.map((r) => r.id),
    });
    expect(count!.n).toBe(4);
  });
});
