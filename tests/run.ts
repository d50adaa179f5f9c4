/**
 * `npm test`: the whole suite against a real Neo4j.
 *
 * With NEO4J_URI unset it starts the managed instance "test" (apart from the
 * app's own "default" one, so tests never touch an analyst's data), seeds it
 * with the curated dataset, runs the static checks and every Jest project,
 * stops what it started, and ends with a plain "N passed, N failed" line.
 *
 * Extra arguments go to Jest, e.g. `npm test -- tests/unit` or `-t search`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { externalConnection, type Connection } from '../db/connection';
import { GraphDb } from '../db/graph-db';
import { start, status, stop } from '../db/managed/instance';
import { PROJECT_ROOT } from '../db/managed/paths';
import { loadDataset as readDataset } from '../seed/dataset';
import { loadDataset } from '../seed/load';
import { DATA_DIR, SOURCES_DIR } from '../seed/paths';

const TEST_INSTANCE = 'test';
const ARTIFACTS = join(PROJECT_ROOT, 'artifacts');

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

function step(name: string, cmd: string, args: string[], tally: Tally, env = process.env): boolean {
  console.log(`\n▶ ${name}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit', cwd: PROJECT_ROOT, env });
  const ok = run.status === 0;
  if (ok) tally.passed += 1;
  else tally.failed += 1;
  console.log(ok ? `✔ ${name}` : `✖ ${name} (exit ${run.status})`);
  return ok;
}

async function provision(): Promise<{ conn: Connection; startedHere: boolean }> {
  const external = externalConnection();
  if (external) return { conn: external, startedHere: false };
  const wasRunning = (await status(TEST_INSTANCE)).running;
  const t0 = Date.now();
  const conn = await start(TEST_INSTANCE, { log: (l) => console.log(l) });
  console.log(
    `Neo4j "${TEST_INSTANCE}" ready at ${conn.uri} in ${((Date.now() - t0) / 1000).toFixed(1)}s`,
  );
  return { conn, startedHere: !wasRunning };
}

async function seed(conn: Connection): Promise<void> {
  const db = new GraphDb(conn);
  try {
    const counts = await loadDataset(db, readDataset(DATA_DIR, SOURCES_DIR));
    const nodes = Object.entries(counts.nodes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(`Seeded the test database: ${nodes}`);
  } finally {
    await db.close();
  }
}

async function main(): Promise<number> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  const jestArgs = process.argv.slice(2);
  const wholeSuite = jestArgs.length === 0;

  if (wholeSuite) {
    step(
      'typecheck (tsc --noEmit, strict)',
      'npx',
      ['tsc', '-p', 'tsconfig.json', '--noEmit'],
      tally,
    );
    step(
      'typecheck client (tsc -p client)',
      'npx',
      ['tsc', '-p', 'client/tsconfig.json', '--noEmit'],
      tally,
    );
    step('lint (eslint + prettier --check)', 'npm', ['run', '--silent', 'lint'], tally);
  }
  if (wholeSuite || jestArgs.some((a) => a.includes('e2e'))) {
    // The browser tests need Debian's Chromium and the built client.
    step(
      'Debian Chromium present (scripts/ensure-chromium.sh)',
      'bash',
      ['scripts/ensure-chromium.sh'],
      tally,
    );
    step('client build (vite)', 'npx', ['tsx', 'scripts/build-client-if-needed.ts'], tally);
  }

  const { conn, startedHere } = await provision();
  let code = 0;
  try {
    await seed(conn);
    const env = {
      ...process.env,
      NEO4J_URI: conn.uri,
      NEO4J_USERNAME: conn.username,
      NEO4J_PASSWORD: conn.password,
      NEO4J_DATABASE: conn.database,
      CLAIMGRAPH_TEST_INSTANCE: startedHere || !externalConnection() ? TEST_INSTANCE : '',
    };
    const resultFile = join(ARTIFACTS, 'jest-results.json');
    console.log('\n▶ jest');
    spawnSync('npx', ['jest', '--runInBand', '--json', `--outputFile=${resultFile}`, ...jestArgs], {
      stdio: 'inherit',
      cwd: PROJECT_ROOT,
      env,
    });
    try {
      const r = JSON.parse(readFileSync(resultFile, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numRuntimeErrorTestSuites: number;
      };
      tally.passed += r.numPassedTests;
      tally.failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
      tally.skipped += r.numPendingTests;
    } catch {
      console.error('jest wrote no results: counting the run as one failure');
      tally.failed += 1;
    }
  } finally {
    if (startedHere && !process.env.KEEP_TEST_DB) await stop(TEST_INSTANCE);
  }
  if (tally.failed > 0) code = 1;
  console.log(
    `\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`,
  );
  return code;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`error: ${(err as Error).message}`);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  },
);
