/**
 * `npm run seed [-- --data DIR --sources DIR]`: validates the curated dataset,
 * then loads it into Neo4j (NEO4J_URI, or the managed instance).
 *
 * `npm run seed -- --synthetic --scale N [--seed S] [--namespace NS] [--out DIR]`:
 * generates a synthetic graph instead (seed/synthetic: ~100·N nodes and
 * ~1,000·N relationships, deterministic for a seed) and loads it the same way,
 * or with --out writes it as seed files. Synthetic data goes to its own managed
 * instance (CLAIMGRAPH_INSTANCE=bench) or to an explicit NEO4J_URI, never to
 * the managed "default" or "test" instances.
 * Tuning: --batch-size ROWS, --concurrency N (node and CREATE batches in flight).
 */
import { parseArgs } from 'node:util';
import {
  describe,
  externalConnection,
  managedInstanceName,
  resolveConnection,
} from '../db/connection';
import { GraphDb } from '../db/graph-db';
import { cliErrorLines } from '../db/errors';
import { afterConnecting } from '../db/unreachable';
import { DatasetError, loadDataset as readDataset } from './dataset';
import { LoadConflictError, loadDataset, type Counts, type LoadProgress } from './load';
import { DATA_DIR, SOURCES_DIR } from './paths';
import { writeDatasetFiles } from './synthetic/files';
import { generateSynthetic, totalNodes, totalRelationships } from './synthetic/generate';

export function formatCounts(counts: Counts): string {
  const lines: string[] = [];
  const section = (title: string, bucket: Record<string, number>, total: number) => {
    lines.push(`${title} (${total}):`);
    for (const [name, n] of Object.entries(bucket)) lines.push(`  ${name.padEnd(16)} ${n}`);
  };
  section('nodes by label', counts.nodes, counts.totalNodes);
  section(
    'relationships by type',
    counts.relationships,
    Object.values(counts.relationships).reduce((a, b) => a + b, 0),
  );
  return lines.join('\n');
}

/**
 * A progress line at most every 2 s, for the step of the batch just committed,
 * with its rate since its first batch (steps run side by side).
 */
export function progressPrinter(print: (line: string) => void, everyMs = 2_000) {
  const firstSeen = new Map<string, number>();
  let lastPrint = Date.now();
  return (e: LoadProgress) => {
    const now = Date.now();
    // A step's clock starts when its first batch began, about one batch before it ended.
    if (!firstSeen.has(e.step)) firstSeen.set(e.step, now - e.ms);
    if (now - lastPrint < everyMs || e.done === e.total) return;
    lastPrint = now;
    const rate = Math.round((e.done / Math.max(1, now - firstSeen.get(e.step)!)) * 1000);
    print(
      `  … ${e.step} ${e.done.toLocaleString('en-US')}/${e.total.toLocaleString('en-US')} ` +
        `(${Math.floor((100 * e.done) / e.total)}%, ${rate.toLocaleString('en-US')} rows/s)`,
    );
  };
}

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a whole number ≥ 1`);
  return n;
}

class UsageError extends Error {}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: DATA_DIR },
      sources: { type: 'string', default: SOURCES_DIR },
      synthetic: { type: 'boolean', default: false },
      scale: { type: 'string', default: '10' },
      seed: { type: 'string', default: 'claimgraph' },
      namespace: { type: 'string', default: 'syn' },
      out: { type: 'string' },
      'batch-size': { type: 'string' },
      concurrency: { type: 'string' },
    },
  });
  const t0 = Date.now();
  const batchSize = positiveInt('batch-size', values['batch-size']);
  const concurrency = positiveInt('concurrency', values.concurrency);
  let dataset;
  if (values.synthetic) {
    const scale = Number(values.scale);
    if (!(scale > 0) || scale > 10_000)
      throw new UsageError('--scale must be a number in (0, 10000]');
    if (!/^[a-z0-9]{1,16}$/.test(values.namespace!)) {
      throw new UsageError('--namespace must be 1–16 lower-case letters or digits');
    }
    dataset = generateSynthetic({ scale, seed: values.seed, namespace: values.namespace });
    console.log(
      `Generated synthetic graph (scale ${scale}, seed "${values.seed}", namespace "${values.namespace}"): ` +
        `${totalNodes(dataset.meta).toLocaleString('en-US')} nodes, ` +
        `${totalRelationships(dataset.meta).toLocaleString('en-US')} relationships ` +
        `in ${((Date.now() - t0) / 1000).toFixed(1)}s. Hubs: ${Object.values(dataset.meta.hubs).join(', ')}.`,
    );
    if (values.out) {
      const dirs = writeDatasetFiles(dataset, values.out);
      console.log(
        `Wrote seed files to ${dirs.data}; load with: npm run seed -- --data ${dirs.data} --sources ${dirs.sources}`,
      );
      return;
    }
    const instance = managedInstanceName();
    if (!externalConnection() && (instance === 'default' || instance === 'test')) {
      throw new UsageError(
        `Synthetic data does not go into the managed "${instance}" instance. ` +
          'Use its own: CLAIMGRAPH_INSTANCE=bench npm run seed -- --synthetic … (or set NEO4J_URI).',
      );
    }
  } else {
    // Validate everything before connecting: a bad dataset writes nothing.
    dataset = readDataset(values.data!, values.sources!);
    console.log(
      `Validated ${dataset.entities.length} entities, ${dataset.sources.length} sources, ` +
        `${dataset.claims.length} claims, ${dataset.relations.length} relations.`,
    );
  }
  const conn = await resolveConnection((l) => console.log(l));
  const db = new GraphDb(conn);
  try {
    console.log(`Loading into ${describe(conn)}:`);
    const t1 = Date.now();
    const counts = await afterConnecting(db, () =>
      loadDataset(db, dataset, {
        log: (l) => console.log(l),
        progress: progressPrinter((l) => console.log(l)),
        batchSize,
        concurrency,
      }),
    );
    console.log(formatCounts(counts));
    console.log(
      `Loaded in ${((Date.now() - t1) / 1000).toFixed(1)}s; seeded in ${((Date.now() - t0) / 1000).toFixed(1)}s.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof DatasetError || err instanceof UsageError) {
    console.error(err.message);
    process.exit(1);
  }
  if (err instanceof LoadConflictError) {
    // 75 (EX_TEMPFAIL): nothing is wrong with the data; try again later.
    console.error(`error: ${err.message}`);
    process.exit(75);
  }
  console.error(cliErrorLines(err));
  process.exit(1);
});
