/**
 * `CLAIMGRAPH_INSTANCE=bench npx tsx bench/profile.ts '/api/nodes/act-syn-state-1/neighborhood?depth=2' [--plan]`
 *
 * Runs one GET through the real app, records the Cypher it ran (bench/record.ts),
 * and for each query prints its best time of 5 runs, its rows and its db hits;
 * with --plan, the PROFILE plan too. How the figures in docs/benchmarks.md
 * "Performance fixes" were found.
 */
import neo4j from 'neo4j-driver';
import { resolveConnection } from '../db/connection';
import { recordRequest } from './record';

interface PlanNode {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const totalHits = (p: PlanNode): number =>
  p.dbHits + p.children.reduce((sum, c) => sum + totalHits(c), 0);

function render(p: PlanNode, depth = 0): string {
  const details = String(p.arguments.Details ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 110);
  return [
    `${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} hits=${p.dbHits} ${details}`,
    ...p.children.map((c) => render(c, depth + 1)),
  ].join('\n');
}

async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path?.startsWith('/')) throw new Error('usage: bench/profile.ts /api/… [--plan]');
  const conn = await resolveConnection();
  const calls = await recordRequest(conn, path);
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password));
  try {
    for (const call of calls) {
      const session = driver.session({
        database: conn.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        let best = Infinity;
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          await session.run(call.cypher, call.params);
          best = Math.min(best, performance.now() - t0);
        }
        const profiled = await session.run(`PROFILE ${call.cypher}`, call.params);
        const plan = profiled.summary.profile as unknown as PlanNode;
        const first = call.cypher.split('\n').find((l) => l.trim() && !l.startsWith('//'));
        console.log(
          `${first?.slice(0, 80)}\n  best ${best.toFixed(1)} ms, ${profiled.records.length} rows, ${totalHits(plan)} db hits`,
        );
        if (process.argv.includes('--plan')) console.log(render(plan));
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(`error: ${(err as Error).message}`);
  process.exit(1);
});
