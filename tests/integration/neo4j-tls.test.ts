/**
 * NEO4J_URI with an encrypted scheme (neo4j+s://, as Aura and TLS clusters
 * need), end to end: a real Neo4j that takes TLS connections only, with a
 * certificate made here for localhost, seeded and served by the project's own
 * commands in child processes, as a user runs them. The certificate is trusted
 * the way Node trusts a private CA: NODE_EXTRA_CA_CERTS, read at start-up.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, stop, type Connection } from '../../db/managed/instance';
import { instanceDir } from '../../db/managed/paths';
import { makeCertificate } from '../support/certificate';

const ROOT = join(__dirname, '..', '..');
const INSTANCE = 'tls-under-test';
const certDir = mkdtempSync(join(tmpdir(), 'claimgraph-tls-'));
const { certificate, privateKey } = makeCertificate(certDir, 'DNS:localhost,IP:127.0.0.1');
let conn: Connection;
let port: number;

/** Runs a project command against the TLS instance; `trust` adds the certificate to Node's CAs. */
function envFor(trust: boolean, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: `neo4j+s://localhost:${port}`,
    NEO4J_USERNAME: conn.username,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database,
    ...extra,
  };
  if (trust) env.NODE_EXTRA_CA_CERTS = certificate;
  else delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });

beforeAll(async () => {
  conn = await start(INSTANCE, { boltTls: { privateKey, certificate }, timeoutSeconds: 150 });
  port = Number(new URL(conn.uri).port);
}, 180_000);

afterAll(async () => {
  await stop(INSTANCE);
  rmSync(instanceDir(INSTANCE), { recursive: true, force: true });
  rmSync(certDir, { recursive: true, force: true });
}, 120_000);

describe('NEO4J_URI=neo4j+s://', () => {
  const seedCli = (env: NodeJS.ProcessEnv) =>
    spawnSync('npx', ['tsx', 'seed/cli.ts'], { cwd: ROOT, encoding: 'utf8', env });

  it('says to use TLS when NEO4J_URI is not encrypted', () => {
    expect(conn.uri).toBe(`bolt+ssc://127.0.0.1:${port}`);
    const cli = seedCli(envFor(false, { NEO4J_URI: `neo4j://localhost:${port}` }));
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(
      `error: Could not connect to Neo4j at neo4j://localhost:${port}. ` +
        `The server at localhost:${port} takes encrypted connections only.\n` +
        `hint: Use neo4j+s://localhost:${port} (or neo4j+ssc://localhost:${port}`,
    );
    expect(cli.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a certificate no trusted CA signed, and says how to trust it', () => {
    const cli = seedCli(envFor(false));
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(
      `error: Could not connect to Neo4j at neo4j+s://localhost:${port}. ` +
        `The server's TLS certificate at localhost:${port} was refused: self-signed certificate`,
    );
    expect(cli.stderr).toMatch(/\nhint: .*NODE_EXTRA_CA_CERTS=.*neo4j\+ssc:\/\//);
    expect(cli.stderr).not.toMatch(/\n\s+at /);

    // `npm start` stops at once with the same reason, rather than serve 503s.
    const server = spawnSync('npx', ['tsx', 'server/main.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: envFor(false, { PORT: '0' }),
      timeout: 60_000,
    });
    expect(server.status).toBe(1);
    expect(server.stderr).toContain(
      `error: Could not connect to Neo4j at neo4j+s://localhost:${port}. ` +
        `The server's TLS certificate at localhost:${port} was refused`,
    );
  });

  it('seeds the curated graph over TLS, and `npm start` serves it', async () => {
    const seed = seedCli(envFor(true));
    if (seed.status !== 0) throw new Error(`npm run seed failed:\n${seed.stderr}`);
    expect(seed.stdout).toContain(`neo4j+s://localhost:${port}`);
    expect(seed.stdout).toMatch(/Claim\s+69/);

    const httpPort = await freePort();
    const server: ChildProcess = spawn('npx', ['tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: envFor(true, { PORT: String(httpPort), LOG_LEVEL: 'warn' }),
      stdio: 'ignore',
      detached: true,
    });
    try {
      const base = `http://127.0.0.1:${httpPort}`;
      const deadline = Date.now() + 60_000;
      let ready: Response | null = null;
      while (Date.now() < deadline) {
        ready = await fetch(`${base}/readyz`).catch(() => null);
        if (ready?.ok) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(ready?.status).toBe(200);
      expect(await ready?.json()).toEqual({
        status: 'ready',
        neo4j: 'up',
        warmUp: expect.stringMatching(/^(running|done)$/),
      });
      const search = await fetch(`${base}/api/search?q=Zelensky`);
      expect(search.status).toBe(200);
      const body = (await search.json()) as { results: { id: string; name: string }[] };
      expect(body.results.map((r) => r.name)).toContain('Volodymyr Zelensky');
    } finally {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    }
  }, 120_000);
});
