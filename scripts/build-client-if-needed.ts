/**
 * Runs before `npm start`: builds the Sigma client with Vite when client/dist
 * is missing or older than any client source file, so a fresh clone serves
 * the explorer without a separate build step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
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

if (!existsSync(join(CLIENT, 'vite.config.ts'))) {
  process.exit(0);
}
if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestSource(CLIENT)) {
  process.exit(0);
}
console.log('Building the client (vite build)…');
const run = spawnSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
