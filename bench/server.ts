/**
 * The real server (server/main.ts) in a child process, as `npm start` runs it,
 * so that the load generator and the server do not share an event loop, and
 * the server's memory can be sampled.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../db/managed/instance';
import { PROJECT_ROOT } from '../db/managed/paths';

export interface ChildServer {
  baseUrl: string;
  pid: number;
  child: ChildProcess;
  /** Resident set size of the server process, in MiB (Linux /proc). */
  rssMiB(): number;
  output(): string;
  stop(): Promise<void>;
}

export function rssMiBOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/**
 * Starts server/main.ts with `env` (on top of this process's environment,
 * minus NEO4J_* unless given) and waits until /readyz answers 200 and the
 * server's own warm-up (server/warm-up) is done, so that nothing measured
 * shares the machine with it.
 */
export async function startChildServer(
  env: Record<string, string | undefined>,
  { timeoutMs = 120_000, nodeArgs = [] as string[] } = {},
): Promise<ChildServer> {
  const port = await freePort();
  const base: Record<string, string | undefined> = { ...process.env };
  for (const k of Object.keys(base)) if (k.startsWith('NEO4J_')) delete base[k];
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', join(PROJECT_ROOT, 'server', 'main.ts')],
    {
      cwd: PROJECT_ROOT,
      env: { ...base, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${out}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      const body = (await res.json().catch(() => null)) as { warmUp?: string } | null;
      if (res.ok && body?.warmUp !== 'running') break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not get ready within ${timeoutMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    pid: child.pid!,
    child,
    rssMiB: () => rssMiBOf(child.pid!),
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
