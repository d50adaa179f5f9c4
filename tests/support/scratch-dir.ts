import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Jest loads this module afresh for each test file, so the hook below runs
// after that file's tests: suites run on every CI, and each leaving its
// copies behind filled /tmp with hundreds of them.
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new directory under the system's temp dir, deleted after the test file's tests. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `claimgraph-${prefix}-`));
  made.push(dir);
  return dir;
}
