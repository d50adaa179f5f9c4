/**
 * A load killed part-way, then run again: the data is complete and nothing is
 * doubled. The loader (seed/cli.ts --synthetic) runs in a child process on a
 * small synthetic dataset in an id namespace of its own, is killed with SIGKILL
 * in the middle, and run again to the end. Its counts must equal those of a
 * clean load of the same dataset in another namespace. Both are deleted at the
 * end: the test database is left as it was found.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { generateSynthetic } from '../../seed/synthetic/generate';
import { loadDataset } from '../../seed/load';
import { countNamespace } from '../../seed/synthetic/namespace';
import { testDb } from '../support/db';
import { scratchNamespaces } from '../support/scratch-namespaces';

const ROOT = join(__dirname, '..', '..');
const SCALE = 4;
const SEED = 'fault-test';
const KILLED = 'ftkilled';
const CLEAN = 'ftclean';

const db = testDb();
scratchNamespaces(db, [KILLED, CLEAN]);

/** Runs the seed CLI on the synthetic dataset; `killWhen` may SIGKILL it part-way. */
function runLoader(killWhen?: () => Promise<boolean>) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'seed', 'cli.ts'),
      '--synthetic',
      '--scale',
      String(SCALE),
      '--seed',
      SEED,
      '--namespace',
      KILLED,
      // Small transactions, one at a time: many commits to be killed between.
      '--batch-size',
      '10',
      '--concurrency',
      '1',
    ],
    { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  let killed = false;
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  if (killWhen) {
    void (async () => {
      while (child.exitCode === null && !killed) {
        if (await killWhen()) {
          killed = child.kill('SIGKILL');
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
  }
  return exit.then((e) => ({ ...e, output, killed }));
}

describe('a load killed part-way', () => {
  it('completes when run again: counts equal a clean load, no duplicates', async () => {
    const expected = generateSynthetic({ scale: SCALE, seed: SEED, namespace: KILLED }).meta;
    const totalRels = Object.values(expected.relationships).reduce((a, b) => a + b, 0);

    // 1. Killed once relationships have started to be written, well before the end.
    let relsSoFar = 0;
    const first = await runLoader(async () => {
      const c = await countNamespace(db, KILLED);
      relsSoFar = Object.values(c.relationships).reduce((a, b) => a + b, 0);
      return relsSoFar > 0;
    });
    expect(first.killed).toBe(true);
    expect(first.signal).toBe('SIGKILL');
    const partial = await countNamespace(db, KILLED);
    const partialRels = Object.values(partial.relationships).reduce((a, b) => a + b, 0);
    expect(partialRels).toBeGreaterThan(0);
    expect(partialRels).toBeLessThan(totalRels);

    // 2. Run again, to the end.
    const second = await runLoader();
    expect(second.output).toMatch(/Loaded in/);
    expect(second.code).toBe(0);

    // 3. A clean load of the same dataset elsewhere.
    await loadDataset(db, generateSynthetic({ scale: SCALE, seed: SEED, namespace: CLEAN }));

    const resumed = await countNamespace(db, KILLED);
    const clean = await countNamespace(db, CLEAN);
    expect(resumed).toEqual(clean);
    expect(resumed.duplicateRelationships).toBe(0);
    expect(resumed.duplicateIds).toBe(0);
    expect(resumed.relationships).toEqual(expected.relationships);
    for (const label of ['Actor', 'Unit', 'Place', 'Source', 'Claim']) {
      expect(resumed.nodes[label]).toBe(expected.nodes[label]);
    }
  }, 180_000);
});
