/**
 * Builds the Sigma client with Vite when client/dist is missing or older than
 * any client source file. Runs before `npm start` (so a fresh clone serves the
 * explorer without a separate build step) and before the browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
const CLIENT = join(ROOT, 'client');
const BUILT = join(CLIENT, 'dist', 'index.html');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function clientIsFresh(): boolean {
  return existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestSource(CLIENT);
}

/** Builds client/dist if it is stale; throws when the build fails. */
export function ensureClientBuilt(): void {
  if (clientIsFresh()) return;
  console.log('Building the client (vite build)…');
  const run = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) throw new Error(`vite build failed (exit ${run.status})`);
}

if (require.main === module) {
  try {
    ensureClientBuilt();
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    process.exit(1);
  }
}
