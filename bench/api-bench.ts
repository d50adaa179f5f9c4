/**
 * API latency and throughput on the synthetic graph, with autocannon at 1, 8
 * and 32 connections, against the real server in a child process. Each
 * scenario cycles through a pool of requests drawn from the dataset (many
 * normal nodes, the hubs, speakers weighted by how much they say), so that a
 * run is not one URL. Cold figures (Cache-Control: no-cache, one at a time)
 * are measured too: they are what a request costs when nothing is cached.
 */
import type { Connection } from '../db/connection';
import { GraphDb } from '../db/graph-db';
import { MEASURES } from '../seed/model';
import { SOURCE_ORDERS } from '../server/domain/sources';
import { Rng } from '../seed/synthetic/prng';
import { participation, type SyntheticDataset } from '../seed/synthetic/generate';
import { article } from '../seed/synthetic/text';
import { httpLoad, summarise, type LoadStats } from './http-load';
import { OneRequestClient } from './one-request';
import { recordRequest } from './record';
import type { ChildServer } from './server';

/** Past the server's read cache: what a request costs when nothing is cached. */
const NO_CACHE = { 'cache-control': 'no-cache' };

export interface Scenario {
  name: string;
  paths: string[];
  method?: 'GET' | 'POST';
  bodies?: string[];
}

export interface ScenarioResult {
  name: string;
  example: string;
  poolSize: number;
  cold: LoadStats['latencyMs'] & { requests: number };
  byConnections: LoadStats[];
}

export interface OverheadResult {
  name: string;
  path: string;
  queries: number;
  driverMs: LoadStats['latencyMs'];
  httpMs: LoadStats['latencyMs'];
  /** HTTP mean ÷ driver mean, one request at a time, cache bypassed. */
  ratio: number;
}

export interface IngestResult {
  available: boolean;
  note?: string;
  words?: number;
  firstMs?: number;
  latencyMs?: LoadStats['latencyMs'];
  requests?: number;
}

const enc = encodeURIComponent;

/** The request pools of each scenario, drawn deterministically from the dataset. */
export function scenarios(ds: SyntheticDataset, poolSize = 200): Scenario[] {
  const rng = new Rng('bench-pools');
  const deg = participation(ds);
  const entities = ds.entities.filter((e) => deg.has(e.id));
  const sorted = [...entities].sort((a, b) => deg.get(a.id)! - deg.get(b.id)!);
  // Normal nodes: entities between the 40th and 60th percentile of degree.
  const normal = sorted.slice(Math.floor(sorted.length * 0.4), Math.ceil(sorted.length * 0.6));
  const pick = <T>(items: T[], n: number) => Array.from({ length: n }, () => rng.pick(items));
  const hubs = [
    ...Object.values(ds.meta.hubs),
    ...sorted
      .slice(-8)
      .reverse()
      .map((e) => e.id),
  ];
  const hubPool = [...new Set(hubs)];

  const words = (name: string) => name.split(/\s+/).filter((w) => w.length >= 3);
  const terms: string[] = [];
  for (const e of pick(entities, poolSize)) {
    const w = rng.pick(words(e.name).length ? words(e.name) : [e.name]);
    const form = rng.int(0, 3);
    if (form === 0)
      terms.push(e.name); // the full name
    else if (form === 1)
      terms.push(w.slice(0, Math.max(3, Math.ceil(w.length / 2)))); // typing…
    else if (form === 2 && w.length >= 5)
      terms.push(`${w.slice(0, 2)}${w.slice(3)}`); // a typo
    else terms.push(w);
  }

  const speakers = pick(ds.claims, poolSize).map((c) => c.speaker);
  const pairs = Array.from({ length: poolSize }, () => [rng.pick(normal), rng.pick(normal)]);
  return [
    { name: 'search', paths: terms.map((t) => `/api/search?q=${enc(t)}`) },
    {
      name: 'neighbourhood depth 2, normal node',
      paths: pick(normal, poolSize).map((e) => `/api/nodes/${e.id}/neighborhood?depth=2`),
    },
    {
      name: 'neighbourhood depth 2, hub',
      paths: hubPool.map((id) => `/api/nodes/${id}/neighborhood?depth=2`),
    },
    {
      name: 'paths',
      paths: pairs
        .filter(([a, b]) => a!.id !== b!.id)
        .map(([a, b]) => `/api/paths?from=${a!.id}&to=${b!.id}&maxHops=4`),
    },
    {
      name: 'claims by speaker',
      paths: speakers.map((s) => `/api/claims?speaker=${s}&limit=50`),
    },
    {
      // The who-said-what "Said by" choices: subjects drawn by claims, so the hubs come often.
      name: 'speakers about an entity',
      paths: pick(ds.claims, poolSize).map((c) => `/api/claims/speakers?about=${c.about[0]!}`),
    },
    {
      name: 'subjects of a speaker',
      paths: speakers.map((s) => `/api/claims/subjects?speaker=${s}`),
    },
    {
      // The Sources panel: a page in each order, first or further on, or narrowed by a word of a title.
      name: 'sources list',
      paths: Array.from({ length: poolSize }, () => {
        const order = rng.pick([...SOURCE_ORDERS]);
        const inTitle = words(rng.pick(ds.sources).title);
        const q = inTitle.length && rng.chance(1 / 3) ? `&q=${enc(rng.pick(inTitle))}` : '';
        return `/api/sources?order=${order}&limit=100&offset=${100 * rng.int(0, 5)}${q}`;
      }),
    },
    {
      // Which claims of a view other speakers' figures dispute: the explorer asks
      // for those it draws (an expansion brings up to 200).
      name: 'claim disputes, 200 claims in view',
      paths: ['/api/claims/disputes'],
      method: 'POST',
      bodies: Array.from({ length: poolSize }, () =>
        JSON.stringify({ ids: pick(ds.claims, 200).map((c) => c.id), shown: 5 }),
      ),
    },
    {
      name: 'figures by measure',
      paths: MEASURES.filter((m) => m !== 'other').map((m) => `/api/figures?measure=${m}`),
    },
    // Drawn last, so that the pools above stay those of earlier runs.
    {
      // The Disputes panel of a view: its contradictions and disagreeing figures, counted.
      name: 'disputes panel, 200 claims in view',
      paths: ['/api/claims/disputes/in-view'],
      method: 'POST',
      bodies: Array.from({ length: poolSize }, () =>
        JSON.stringify({ ids: pick(ds.claims, 200).map((c) => c.id) }),
      ),
    },
    {
      // A source's "Disagrees with": sources drawn by claims, so those with many come often.
      name: "a source's disputing sources",
      paths: pick(ds.claims, poolSize).map((c) => `/api/sources/${c.source}/disputes`),
    },
  ];
}

async function cold(server: ChildServer, s: Scenario, n: number) {
  const client = new OneRequestClient(server.baseUrl);
  const latencies: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const path = s.paths[i % s.paths.length]!;
      const body = s.bodies?.[i % s.bodies.length];
      const res =
        s.method === 'POST'
          ? await client.post(path, body ?? '{}')
          : await client.get(path, NO_CACHE);
      latencies.push(res.ms);
      if (res.status !== 200) throw new Error(`${s.method ?? 'GET'} ${path}: ${res.status}`);
    }
  } finally {
    client.close();
  }
  return { ...summarise(latencies), requests: latencies.length };
}

export async function apiBench(
  server: ChildServer,
  list: Scenario[],
  opts: {
    durationSec: number;
    connections: number[];
    coldRequests: number;
    log: (l: string) => void;
  },
): Promise<ScenarioResult[]> {
  const out: ScenarioResult[] = [];
  for (const s of list) {
    // A POST's pool is its bodies (one path).
    const pool = s.bodies?.length ?? s.paths.length;
    opts.log(`  ${s.name} (${pool} distinct requests)`);
    const c = await cold(server, s, Math.min(opts.coldRequests, pool * 3));
    opts.log(`    cold, one at a time: p50 ${c.p50} ms, p99 ${c.p99} ms`);
    // Warm-up: one pass over the pool at 8 connections.
    const requests = { method: s.method, bodies: s.bodies };
    await httpLoad({
      baseUrl: server.baseUrl,
      paths: s.paths,
      ...requests,
      connections: 8,
      amount: Math.max(8, pool),
    });
    const byConnections: LoadStats[] = [];
    for (const connections of opts.connections) {
      const r = await httpLoad({
        baseUrl: server.baseUrl,
        paths: s.paths,
        ...requests,
        connections,
        durationSec: opts.durationSec,
      });
      opts.log(
        `    ${String(connections).padStart(2)} connections: p50 ${r.latencyMs.p50} ms, ` +
          `p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms, ${r.rps} req/s` +
          (r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''),
      );
      byConnections.push(r);
    }
    out.push({
      name: s.name,
      example: s.method === 'POST' ? `POST ${s.paths[0]!}` : s.paths[0]!,
      poolSize: pool,
      cold: c,
      byConnections,
    });
  }
  return out;
}

/**
 * Express overhead: the Cypher a request runs (recorded from the real app),
 * replayed straight through the driver, against the same request over HTTP,
 * one at a time, the cache bypassed on both sides.
 */
export async function overheadBench(
  conn: Connection,
  server: ChildServer,
  cases: { name: string; path: string }[],
  n: number,
  log: (l: string) => void,
): Promise<OverheadResult[]> {
  const out: OverheadResult[] = [];
  const db = new GraphDb(conn, { maxConnectionPoolSize: 4 });
  const client = new OneRequestClient(server.baseUrl);
  // The server reads the driver's stack traces unmapped (server/source-maps.ts); so does the replay.
  const hadSourceMaps = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    for (const c of cases) {
      const calls = await recordRequest(conn, c.path);
      const driver: number[] = [];
      const http: number[] = [];
      const replay = async () => {
        const t0 = performance.now();
        for (const q of calls) await db.readRows(q.cypher, q.params);
        return performance.now() - t0;
      };
      const get = async () => {
        const res = await client.get(c.path, NO_CACHE);
        if (res.status !== 200) throw new Error(`GET ${c.path}: ${res.status}`);
        return res.ms;
      };
      for (let i = 0; i < 5; i++) {
        await replay();
        await get();
      }
      // Interleaved, so that both see the same machine.
      for (let i = 0; i < n; i++) {
        driver.push(await replay());
        http.push(await get());
      }
      const d = summarise(driver);
      const h = summarise(http);
      const ratio = Math.round((h.mean / d.mean) * 100) / 100;
      log(
        `  ${c.name}: ${calls.length} queries; driver mean ${d.mean} ms, HTTP mean ${h.mean} ms → ×${ratio}`,
      );
      out.push({
        name: c.name,
        path: c.path,
        queries: calls.length,
        driverMs: d,
        httpMs: h,
        ratio,
      });
    }
  } finally {
    process.setSourceMapsEnabled(hadSourceMaps);
    client.close();
    await db.close();
  }
  return out;
}

/** POST /api/ingest/preview with a 1,000-word article, if the route exists. */
export async function ingestBench(
  server: ChildServer,
  ds: SyntheticDataset,
  n: number,
  log: (l: string) => void,
): Promise<IngestResult> {
  const doc = (await (await fetch(`${server.baseUrl}/api/openapi.json`)).json()) as {
    paths: Record<string, unknown>;
  };
  if (!doc.paths['/api/ingest/preview']) {
    return { available: false, note: 'n/a (ingest not built yet)' };
  }
  const rng = new Rng('bench-ingest');
  const names = ds.entities.filter((e) => e.label !== 'Place').map((e) => e.name);
  const places = ds.entities.filter((e) => e.label === 'Place').map((e) => e.name);
  const bodies = Array.from({ length: 20 }, (_, i) =>
    JSON.stringify({
      title: `Benchmark article ${i + 1}`,
      outlet: 'Benchmark Daily',
      text: article(rng, names.slice(0, 2000), places.slice(0, 500), 1000),
    }),
  );
  const words = (JSON.parse(bodies[0]!) as { text: string }).text.split(/\s+/).length;
  const post = async (body: string) => {
    const t0 = performance.now();
    const res = await fetch(`${server.baseUrl}/api/ingest/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`POST /api/ingest/preview: ${res.status}`);
    return performance.now() - t0;
  };
  const firstMs = Math.round(await post(bodies[0]!));
  log(`  first preview (the alias index built by the server's warm-up): ${firstMs} ms`);
  const latencies: number[] = [];
  for (let i = 0; i < n; i++) latencies.push(await post(bodies[i % bodies.length]!));
  const latencyMs = summarise(latencies);
  log(`  ${words}-word article: p50 ${latencyMs.p50} ms, p95 ${latencyMs.p95} ms`);
  return { available: true, words, firstMs, latencyMs, requests: n };
}
