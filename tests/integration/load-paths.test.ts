/**
 * The loader's two paths write the same graph. New records take the fast path
 * (create-* and link-* queries, nodes found by element id); records that exist
 * already take the merge-* queries. The same synthetic dataset goes into two
 * namespaces: one empty (fast path throughout), one where every node exists
 * beforehand as a bare {id} (merge path throughout). Every property of every
 * node and relationship must come out the same. Any retried batch must write
 * nothing twice. A load that another writer overtakes fails with a clear
 * error, and two loads of the same data at once may; a next load then writes
 * the same graph. Every namespace is deleted:
 * the test database is left as it was found.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import neo4j from 'neo4j-driver';
import { query } from '../../db/cypher';
import { runSteps, step } from '../../seed/batches';
import type { GraphDb } from '../../db/graph-db';
import { LoadConflictError, cypherDate, loadDataset } from '../../seed/load';
import { generateSynthetic, synthIdPrefixes } from '../../seed/synthetic/generate';
import { testDb } from '../support/db';
import { sortedKeys } from '../support/fingerprint';
import { scratchNamespaces } from '../support/scratch-namespaces';

const FAST = 'lpfast';
const MERGED = 'lpmerged';
const RETRIED = 'lpretry';
const TWICE = 'lptwice';
const RACED = 'lpraced';
const MARKERS = 'lpmarkers';
const db = testDb();
scratchNamespaces(db, [FAST, MERGED, RETRIED, TWICE, RACED, MARKERS], () =>
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

function expectLoadConflict(err: unknown): void {
  expect(err).toBeInstanceOf(LoadConflictError);
  expect((err as Error).message).toMatch(/Run the load again once the other has finished/);
}

/** A next load of namespace `ns` completes it: the same graph as the fast path's, no markers left. */
async function expectNextLoadCompletes(ns: string): Promise<void> {
  await loadDataset(db, generateSynthetic({ scale: 1, seed: 'load-paths', namespace: ns }));
  expect(await snapshot(ns)).toEqual(await snapshot(FAST));
  const [markers] = await db.readRows('MATCH (m:LoadBatch) RETURN count(m) AS n');
  expect(markers!.n).toBe(0);
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

  it('fails cleanly when another writer creates one of its new records meanwhile, and a second run completes it', async () => {
    const dataset = () => generateSynthetic({ scale: 1, seed: 'load-paths', namespace: RACED });
    const taken = dataset().claims.at(-1)!.id;
    // The load found no claim there; just before its claims are written,
    // another session creates one of them, as a second load would.
    let raced = false;
    const createClaims = query('seed/create-claims');
    const racing = Object.create(db) as GraphDb;
    racing.write = (work, opts) =>
      db.write(async (tx) => {
        const run = tx.run.bind(tx);
        const txRacing = Object.create(tx) as typeof tx;
        txRacing.run = (async (cypher: string, params?: Record<string, unknown>) => {
          if (cypher === createClaims && !raced) {
            raced = true;
            await db.writeRows('CREATE (:Claim {id: $id})', { id: taken });
          }
          return run(cypher, params);
        }) as typeof tx.run;
        return work(txRacing);
      }, opts);

    const failure = await loadDataset(racing, dataset()).catch((err: unknown) => err);
    expect(raced).toBe(true);
    expectLoadConflict(failure);
    // The claims' batch wrote nothing: only the other writer's claim is there.
    const [claims] = await db.readRows(
      'MATCH (c:Claim) WHERE any(p IN $prefixes WHERE c.id STARTS WITH p) RETURN count(c) AS n',
      { prefixes: synthIdPrefixes(RACED) },
    );
    expect(claims!.n).toBe(1);

    await expectNextLoadCompletes(RACED);
  }, 120_000);

  it('lets two loads of the same data at once either both succeed or fail cleanly, and a third complete it', async () => {
    const dataset = () => generateSynthetic({ scale: 1, seed: 'load-paths', namespace: TWICE });
    // Whether they conflict depends on how their transactions interleave: the
    // test above forces the conflict; this one checks that any interleaving
    // leaves a graph the next load completes, with nothing written twice.
    const outcomes = await Promise.allSettled([
      loadDataset(db, dataset()),
      loadDataset(db, dataset()),
    ]);
    for (const o of outcomes) if (o.status === 'rejected') expectLoadConflict(o.reason);

    await expectNextLoadCompletes(TWICE);
  }, 120_000);

  it('leaves the batch markers of a load running beside it, and drops those of killed ones', async () => {
    // Markers as four other loads left them: one running now in this process;
    // one whose process on this host has exited; one from two hours ago on
    // another host; one from before markers carried their time and process.
    const host = hostname();
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    const running = 'lpmarkers-running:claims:0';
    const markers = {
      running: { id: running, at: 'PT0S', host, pid: process.pid },
      exited: { id: 'lpmarkers-exited:claims:0', at: 'PT0S', host, pid: exited },
      elsewhere: { id: 'lpmarkers-elsewhere:claims:0', at: 'PT2H', host: 'other-host', pid: 1 },
    };
    const ids = [...Object.values(markers).map((m) => m.id), 'lpmarkers-legacy:claims:0'];
    await db.writeRows(
      `UNWIND $markers AS m
       CREATE (:LoadBatch {id: m.id, at: datetime() - duration(m.at), host: m.host, pid: m.pid})
       WITH count(*) AS done
       CREATE (:LoadBatch {id: $legacy})`,
      {
        markers: Object.values(markers).map((m) => ({ ...m, pid: neo4j.int(m.pid) })),
        legacy: ids[3],
      },
    );
    try {
      await loadDataset(
        db,
        generateSynthetic({ scale: 1, seed: 'load-paths', namespace: MARKERS }),
      );
      const left = await db.readRows('MATCH (m:LoadBatch) WHERE m.id IN $ids RETURN m.id AS id', {
        ids,
      });
      expect(left.map((r) => r.id)).toEqual([running]);
    } finally {
      await db.writeRows('MATCH (m:LoadBatch) WHERE m.id IN $ids DELETE m', { ids });
    }
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
