/**
 * Neo4j lost mid-traffic: while concurrent requests run on every read route,
 * the connection to Neo4j is cut (a loopback TCP proxy stops), then restored.
 * Every answer must be a 2xx or a 503 with a message (never another 5xx, never
 * a hang), and the same server must serve again once Neo4j is back.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { externalConnection } from '../../db/connection';
import { GraphDb } from '../../db/graph-db';
import { errorLog, testApp } from '../support/app';
import { TcpProxy } from '../support/tcp-proxy';

const conn = externalConnection()!;
const target = new URL(conn.uri.replace(/^[a-z+]+:/, 'http:'));
const proxy = new TcpProxy(target.hostname, Number(target.port || 7687));
let db: GraphDb;
let server: Server;
let base: string;
/** The server's unhandled errors: a 500 in the test says which error it was. */
const serverErrors = errorLog();

const PATHS = [
  '/api/search?q=Zelenski',
  '/api/nodes/act-kim-jong-un',
  '/api/nodes/act-north-korea/neighborhood?depth=2',
  '/api/claims?speaker=act-volodymyr-zelensky',
  '/api/paths?from=act-kim-jong-un&to=place-kursk-region',
  '/api/figures?measure=nk_casualties',
  '/api/graph/overview?limit=60',
  '/readyz',
];

interface Outcome {
  at: number;
  path: string;
  status: number;
  error?: string;
  ms: number;
}

/** `workers` loops issuing requests until `stop()`; every outcome recorded. */
function traffic(workers: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  let turn = 0;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const path = PATHS[turn++ % PATHS.length]!;
      const t0 = Date.now();
      try {
        // The cache would answer most of these without Neo4j: ask for fresh answers half the time.
        const res = await fetch(`${base}${path}`, {
          headers: turn % 2 ? { 'cache-control': 'no-cache' } : {},
          signal: AbortSignal.timeout(15_000),
        });
        const text = await res.text();
        let error: string | undefined;
        try {
          error = (JSON.parse(text) as { error?: string }).error;
        } catch {
          error = text.slice(0, 100);
        }
        outcomes.push({ at: t0, path, status: res.status, error, ms: Date.now() - t0 });
      } catch (err) {
        outcomes.push({
          at: t0,
          path,
          status: 0,
          error: (err as Error).message,
          ms: Date.now() - t0,
        });
      }
    }
  });
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `done()` holds, or `maxMs` has passed (the assertions then say what was missing). */
async function until(done: () => boolean, maxMs: number): Promise<void> {
  const end = Date.now() + maxMs;
  while (!done() && Date.now() < end) await sleep(100);
}

beforeAll(async () => {
  const port = await proxy.open();
  db = new GraphDb({ ...conn, uri: `bolt://127.0.0.1:${port}` }, { maxConnectionPoolSize: 20 });
  const app = testApp(db, { RATE_LIMIT_PER_MINUTE: '100000' }, serverErrors.logger);
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // One request per route first, one at a time: a Neo4j just started opens
  // its first connections and plans its first queries slowly, and on a busy
  // machine 12 of them at once can pass the driver's 5 s connection timeout.
  for (const path of PATHS) {
    const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) });
    expect(res.status).toBe(200);
  }
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
  await proxy.cut();
});

describe('Neo4j lost mid-traffic', () => {
  it('answers 503 with a message while it is gone, nothing else, and recovers without a restart', async () => {
    const load = traffic(12);
    // Enough answers before the cut to tell normal service, however busy the machine.
    await until(() => load.outcomes.length >= 24, 15_000);
    const cutAt = Date.now();
    const port = proxy.port;
    await proxy.cut();
    await sleep(6_000);
    const reopenAt = Date.now();
    await proxy.open(port);
    const backAt = Date.now();
    // Recovery: requests issued 5 s after Neo4j came back must all succeed.
    await sleep(5_000);
    await until(() => load.outcomes.filter((o) => o.at >= backAt + 5_000).length >= 24, 15_000);
    await load.stop();

    const { outcomes } = load;
    const before = outcomes.filter((o) => o.at + o.ms < cutAt);
    // A request sent just before the proxy reopens may reach the server after.
    const during = outcomes.filter((o) => o.at >= cutAt + 500 && o.at < reopenAt - 500);
    const after = outcomes.filter((o) => o.at >= backAt + 5_000);
    const bad = outcomes.filter((o) => !(o.status >= 200 && o.status < 300) && o.status !== 503);

    expect(before.length).toBeGreaterThanOrEqual(20);
    expect(before.every((o) => o.status === 200)).toBe(true);
    // No 500s, no dropped connections, no hangs: only 2xx and 503.
    expect({
      bad: bad.map((o) => `${o.status} ${o.path} ${o.error}`),
      serverErrors: serverErrors.lines,
    }).toEqual({ bad: [], serverErrors: [] });
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(15_000);
    // While Neo4j is gone, requests that need it are refused with a message.
    const refused = during.filter((o) => o.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(3);
    for (const o of refused) expect(o.error).toMatch(/Neo4j|unavailable/i);
    // Once the server has seen Neo4j gone (its first 503), a new request is
    // refused at once rather than held for the driver's 3 to 7 s of retries.
    const firstRefusal = Math.min(...refused.map((o) => o.at + o.ms));
    const known = during.filter((o) => o.at >= firstRefusal);
    expect(known.length).toBeGreaterThan(20);
    expect(
      known
        .filter((o) => o.status !== 503 || o.ms > 1_000)
        .map((o) => `${o.status} in ${o.ms} ms: ${o.path}`),
    ).toEqual([]);
    expect(during.filter((o) => o.path === '/readyz').every((o) => o.status === 503)).toBe(true);
    // Back to normal on the same server and the same driver.
    expect(after.length).toBeGreaterThanOrEqual(24);
    expect(after.filter((o) => o.status !== 200).map((o) => `${o.status} ${o.path}`)).toEqual([]);
  }, 60_000);
});
