/**
 * This machine's ceiling for the loader's relationship phase: the simplest
 * relationship write there is, through the same driver, batching and
 * concurrency as seed/load.ts. Bare nodes are created, then bare relationships
 * between them (no properties, no checks, no indexes but the lookup ones), a
 * fifth of their ends on ten hubs as in the synthetic graph. Run in an empty
 * database that is emptied again afterwards: its nodes are no part of the model.
 */
import type { GraphDb } from '../db/graph-db';
import { runSteps, step } from '../seed/batches';
import { Rng } from '../seed/synthetic/prng';
import { cpuCounters, cpuShare, describeCpu, type CpuShare } from './cpu-time';

export interface FloorResult {
  nodes: number;
  relationships: number;
  relationshipMs: number;
  relationshipsPerSec: number;
  /** Where the machine's CPU time went while the relationships were written (Linux only). */
  cpu?: CpuShare | null;
}

const CREATE_NODES = `
UNWIND range(0, size($rows) - 1) AS i
CREATE (n:FloorNode)
RETURN i, elementId(n) AS ref`;

const CREATE_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row[0]
MATCH (b) WHERE elementId(b) = row[1]
CREATE (a)-[:FLOOR]->(b)`;

async function write(db: GraphDb, nodes: number, relationships: number, tag: string) {
  const refs: string[] = [];
  const ids = Array.from({ length: nodes }, (_, i) => ({ id: `${tag}${i}` }));
  await runSteps(
    db,
    [
      step({
        step: 'floor nodes',
        cypher: CREATE_NODES,
        items: ids,
        writes: 'nodes',
        batchSize: 5_000,
      }),
    ],
    {
      concurrency: 2,
      loadId: tag,
      onRow: ({ id, ref }) => (refs[Number(id.slice(tag.length))] = ref),
    },
  );
  const rng = new Rng('floor');
  const end = () => (rng.chance(0.2) ? rng.int(0, 9) : rng.int(0, nodes - 1));
  const pairs = Array.from({ length: relationships }, () => [end(), end()] as const);
  const cpuBefore = cpuCounters();
  const t0 = performance.now();
  await runSteps(
    db,
    [
      step({
        step: 'floor relationships',
        cypher: CREATE_RELATIONSHIPS,
        items: pairs,
        toRow: ([a, b]) => [refs[a], refs[b]],
        writes: 'relationships',
        batchSize: 5_000,
      }),
    ],
    { concurrency: 2, loadId: tag },
  );
  return { ms: performance.now() - t0, cpu: cpuShare(cpuBefore, cpuCounters()) };
}

export async function floorBench(
  db: GraphDb,
  opts: { nodes: number; relationships: number; log: (l: string) => void },
): Promise<FloorResult> {
  // The JIT warms up on a tenth first, as the load's warm-up does for the loader.
  await write(db, Math.ceil(opts.nodes / 10), Math.ceil(opts.relationships / 10), 'w');
  const { ms, cpu } = await write(db, opts.nodes, opts.relationships, 'f');
  const result = {
    nodes: opts.nodes,
    relationships: opts.relationships,
    relationshipMs: Math.round(ms),
    relationshipsPerSec: Math.round((opts.relationships / ms) * 1000),
    cpu,
  };
  opts.log(
    `  floor: ${result.relationshipsPerSec.toLocaleString('en-US')} bare relationships/s ` +
      `(${opts.relationships.toLocaleString('en-US')} in ${(ms / 1000).toFixed(1)} s; CPU ${describeCpu(cpu)})`,
  );
  return result;
}
