/**
 * Load rates: the synthetic graph through seed/load.ts (the seed's own loader),
 * timed phase by phase from its progress events, and the naive loader on a
 * sample, extrapolated to the same dataset.
 */
import type { GraphDb } from '../db/graph-db';
import { loadDataset, type LoadProgress } from '../seed/load';
import {
  generateSynthetic,
  totalNodes,
  totalRelationships,
  type SyntheticDataset,
} from '../seed/synthetic/generate';
import { countNamespace, deleteNamespace } from '../seed/synthetic/namespace';
import { cpuCounters, cpuShare, type CpuShare } from './cpu-time';
import { jvmCpuShare, jvmThreadTicks, type JvmCpuShare } from './jvm-threads';
import { naiveEstimateMs, naiveSample, type NaiveSample } from './naive';

export interface LoadBenchResult {
  scale: number;
  namespace: string;
  nodes: number;
  relationships: number;
  generateMs: number;
  /** Schema, which ids exist already, every node batch. */
  nodePhase: { ms: number; nodes: number; perSec: number };
  /** Every relationship batch. */
  relationshipPhase: { ms: number; relationships: number; perSec: number };
  /** The whole loadDataset call, counts read back included. */
  total: { ms: number; nodesPerSec: number; relationshipsPerSec: number };
  /** Where the machine's CPU time went in each phase (Linux only): host noise, told apart. */
  cpu?: { nodePhase: CpuShare | null; relationshipPhase: CpuShare | null };
  /** Where Neo4j's CPU time went during the load, by JVM thread (Linux, managed Neo4j). */
  jvm?: JvmCpuShare | null;
  /** Per step: rows, and the summed time of its batches' transactions. */
  steps: { step: string; ms: number; rows: number }[];
  countsMatch: boolean;
  naive: {
    sampleScale: number;
    sample: NaiveSample;
    estimatedMs: number;
    relationshipsPerSec: number;
    /** Naive estimated time ÷ measured total time. */
    ratio: number;
  };
  warmupMs: number;
}

/** The timed part of a load: phases, CPU, the counts checked against the dataset. */
type TimedLoad = Omit<LoadBenchResult, 'naive' | 'warmupMs'>;

/** Generates the scale-`scale` graph of `namespace` (`seed`: another graph of the same shape). */
function generated(scale: number, namespace: string, log: (l: string) => void, seed?: string) {
  const g0 = Date.now();
  const ds = generateSynthetic({ scale, namespace, ...(seed ? { seed } : {}) });
  const generateMs = Date.now() - g0;
  log(
    `  generated scale ${scale}: ${totalNodes(ds.meta).toLocaleString('en-US')} nodes, ` +
      `${totalRelationships(ds.meta).toLocaleString('en-US')} relationships in ${(generateMs / 1000).toFixed(1)}s`,
  );
  return { ds, generateMs };
}

/** Loads `ds` through seed/load.ts, timed phase by phase from its progress events. */
async function timedLoad(
  db: GraphDb,
  ds: SyntheticDataset,
  opts: {
    scale: number;
    namespace: string;
    generateMs: number;
    pid?: number;
    log: (l: string) => void;
  },
): Promise<TimedLoad> {
  const { log, namespace } = opts;
  const nodes = totalNodes(ds.meta);
  const relationships = totalRelationships(ds.meta);
  const jvmAtStart = opts.pid ? jvmThreadTicks(opts.pid) : null;
  // A step's time is the sum of its batches' transactions. Steps run side by side
  // (two transactions in flight by default), so these add up to more than the wall time.
  const steps = new Map<string, { ms: number; rows: number }>();
  let lastNodeEvent = 0;
  let lastEvent = 0;
  let lastPrint = 0;
  const cpuAtStart = cpuCounters();
  let cpuAtLastNodeEvent = cpuAtStart;
  const t0 = performance.now();
  const onProgress = (e: LoadProgress) => {
    const now = performance.now();
    const s = steps.get(e.step) ?? { ms: 0, rows: 0 };
    s.ms += e.ms;
    s.rows = e.done;
    steps.set(e.step, s);
    if (e.writes === 'nodes') {
      lastNodeEvent = now;
      cpuAtLastNodeEvent = cpuCounters();
    }
    lastEvent = now;
    if (now - lastPrint > 5_000) {
      lastPrint = now;
      log(`    … ${e.step} ${e.done.toLocaleString('en-US')}/${e.total.toLocaleString('en-US')}`);
    }
  };
  const counts = await loadDataset(db, ds, { progress: onProgress });
  const totalMs = performance.now() - t0;
  const cpuAtEnd = cpuCounters();
  const jvm = opts.pid ? jvmCpuShare(jvmAtStart, jvmThreadTicks(opts.pid)) : null;
  const nodeMs = lastNodeEvent - t0;
  const relMs = lastEvent - lastNodeEvent;

  const mine = await countNamespace(db, namespace);
  const expected = ds.meta;
  const countsMatch =
    Object.entries(expected.relationships).every(([t, n]) => mine.relationships[t] === n) &&
    ['Actor', 'Unit', 'Place', 'Source', 'Claim'].every(
      (l) => mine.nodes[l] === expected.nodes[l],
    ) &&
    mine.duplicateRelationships === 0 &&
    mine.duplicateIds === 0;
  void counts;
  if (jvm) {
    log(
      `  Neo4j's CPU during the load: ${jvm.cpuSec} s, JIT compiler threads ${jvm.jitPct} %, ` +
        `GC ${jvm.gcPct} %`,
    );
  }

  const stepList = [...steps.entries()].map(([step, s]) => ({
    step,
    ms: Math.round(s.ms),
    rows: s.rows,
  }));
  return {
    scale: opts.scale,
    namespace,
    nodes,
    relationships,
    generateMs: opts.generateMs,
    nodePhase: { ms: Math.round(nodeMs), nodes, perSec: rate(nodes, nodeMs) },
    relationshipPhase: {
      ms: Math.round(relMs),
      relationships,
      perSec: rate(relationships, relMs),
    },
    total: {
      ms: Math.round(totalMs),
      nodesPerSec: rate(nodes, totalMs),
      relationshipsPerSec: rate(relationships, totalMs),
    },
    cpu: {
      nodePhase: cpuShare(cpuAtStart, cpuAtLastNodeEvent),
      relationshipPhase: cpuShare(cpuAtLastNodeEvent, cpuAtEnd),
    },
    jvm,
    steps: stepList,
    countsMatch,
  };
}

const rate = (n: number, ms: number) => Math.round((n / Math.max(1, ms)) * 1000);

export async function loadBench(
  db: GraphDb,
  opts: {
    scale: number;
    namespace?: string;
    naivePerKind?: number;
    /** Neo4j's process, for where its CPU went (jvm-threads.ts); absent: not measured. */
    pid?: number;
    log: (l: string) => void;
  },
): Promise<{ result: LoadBenchResult; dataset: SyntheticDataset }> {
  const { log } = opts;
  const namespace = opts.namespace ?? 'syn';

  // JIT and query plans warm up on a throwaway namespace first.
  const w0 = Date.now();
  const warm = generateSynthetic({ scale: 3, namespace: 'warmup', seed: 'warmup' });
  await loadDataset(db, warm);
  await deleteNamespace(db, 'warmup');
  const warmupMs = Date.now() - w0;
  log(`  warm-up load (scale 3) and clean-up: ${(warmupMs / 1000).toFixed(1)}s`);

  const { ds, generateMs } = generated(opts.scale, namespace, log);
  const timed = await timedLoad(db, ds, {
    scale: opts.scale,
    namespace,
    generateMs,
    pid: opts.pid,
    log,
  });
  const totalMs = timed.total.ms;
  const relationships = timed.relationships;

  // Naive: one record per transaction on a small sample, extrapolated to `ds`;
  // timed after a warm-up sample, as the loader is timed after a warm-up load.
  const sampleScale = 3;
  const perKind = opts.naivePerKind ?? 150;
  log(
    `  naive loader: one record per transaction, ${perKind} of each kind, after as many to warm up…`,
  );
  const naiveRun = async (ns: string) => {
    const sampleDs = generateSynthetic({ scale: sampleScale, namespace: ns, seed: 'naive' });
    const result = await naiveSample(db, sampleDs, perKind);
    await deleteNamespace(db, ns);
    return result;
  };
  const warmSample = await naiveRun('naivewarm');
  const sample = await naiveRun('naive');
  const estimatedMs = naiveEstimateMs(sample, ds);
  const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;
  log(
    `  naive estimate for this graph: ${minutes(estimatedMs)} ` +
      `(from the warm-up sample: ${minutes(naiveEstimateMs(warmSample, ds))})`,
  );

  return {
    dataset: ds,
    result: {
      ...timed,
      naive: {
        sampleScale,
        sample,
        estimatedMs: Math.round(estimatedMs),
        relationshipsPerSec: rate(relationships, estimatedMs),
        ratio: Math.round((estimatedMs / totalMs) * 10) / 10,
      },
      warmupMs,
    },
  };
}

/**
 * A second graph of the same scale (another seed, its own namespace) loaded
 * into the same server after the first and the API benchmarks: a server that
 * has already loaded, its JVM compiled, its store no longer empty.
 */
export async function secondLoadBench(
  db: GraphDb,
  opts: { scale: number; pid?: number; log: (l: string) => void },
): Promise<TimedLoad> {
  const namespace = 'syn2';
  const { ds, generateMs } = generated(opts.scale, namespace, opts.log, 'second');
  return timedLoad(db, ds, { ...opts, namespace, generateMs });
}
