/**
 * `npm run seed [-- --data DIR --sources DIR]`: validates the curated dataset,
 * then loads it into Neo4j (NEO4J_URI, or the managed instance).
 */
import { parseArgs } from 'node:util';
import { describe, resolveConnection } from '../db/connection';
import { GraphDb } from '../db/graph-db';
import { ManagedNeo4jError } from '../db/managed/errors';
import { DatasetError, loadDataset as readDataset } from './dataset';
import { loadDataset, type Counts } from './load';
import { DATA_DIR, SOURCES_DIR } from './paths';

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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: DATA_DIR },
      sources: { type: 'string', default: SOURCES_DIR },
    },
  });
  const t0 = Date.now();
  // Validate everything before connecting: a bad dataset writes nothing.
  const dataset = readDataset(values.data!, values.sources!);
  console.log(
    `Validated ${dataset.entities.length} entities, ${dataset.sources.length} sources, ` +
      `${dataset.claims.length} claims, ${dataset.relations.length} relations.`,
  );
  const conn = await resolveConnection((l) => console.log(l));
  const db = new GraphDb(conn);
  try {
    console.log(`Loading into ${describe(conn)}:`);
    const counts = await loadDataset(db, dataset, { log: (l) => console.log(l) });
    console.log(formatCounts(counts));
    console.log(`Seeded in ${((Date.now() - t0) / 1000).toFixed(1)}s.`);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof DatasetError) {
    console.error(err.message);
    process.exit(1);
  }
  if (err instanceof ManagedNeo4jError) {
    console.error(`error: ${err.message}${err.hint ? `\nhint: ${err.hint}` : ''}`);
    process.exit(1);
  }
  console.error(`error: ${(err as Error).message}`);
  process.exit(1);
});
