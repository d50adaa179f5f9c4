/**
 * HTTP load with autocannon, with exact latency percentiles from every
 * response (autocannon's own summary has no p95), and the paths of a pool
 * handed out in turn so that a run is not one URL served from a warm cache.
 */
import { createRequire } from 'node:module';
import autocannon from 'autocannon';

/**
 * autocannon 9 appends every response body to a string, for callbacks
 * (`onResponse`, `expectBody`) that this module does not use
 * (upstream: mcollina/autocannon#485). A gzipped body is not UTF-8, so the
 * decoding takes V8's slow path: ~0.55 ms per 20 KB response, half of a core
 * at 32 connections, taken from the server under test on a 2-core machine.
 * Bytes are still counted (`addByteCount`). Returns false, and changes
 * nothing, when autocannon's internals are not the expected ones.
 */
export function skipResponseBodyDecoding(): boolean {
  const queue = createRequire(__filename)('autocannon/lib/pipelinedRequestsQueue.js') as unknown;
  const proto = (queue as { prototype?: Record<string, unknown> } | undefined)?.prototype;
  if (!proto || typeof proto.addBody !== 'function' || typeof proto.addByteCount !== 'function') {
    return false;
  }
  proto.addBody = function addBody() {};
  return true;
}

export const responseBodiesSkipped = skipResponseBodyDecoding();

export interface LoadSpec {
  baseUrl: string;
  /** Paths to request, in turn (round robin across all connections). */
  paths: string[];
  connections: number;
  /** Seconds; or give `amount`. */
  durationSec?: number;
  amount?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Bodies for POST, in turn with the paths. */
  bodies?: string[];
  timeoutSec?: number;
  /** Every Nth request asks for a fresh answer (Cache-Control: no-cache). */
  noCacheEvery?: number;
}

export interface LoadStats {
  connections: number;
  requests: number;
  durationSec: number;
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  status: Record<string, number>;
  /** Connection errors and timeouts (no HTTP status at all). */
  errors: number;
  timeouts: number;
  non2xx: number;
  bytesPerResponse: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(latencies: number[]): LoadStats['latencyMs'] {
  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    p50: r(percentile(sorted, 50)),
    p95: r(percentile(sorted, 95)),
    p99: r(percentile(sorted, 99)),
    mean: r(mean),
    max: r(sorted[sorted.length - 1] ?? NaN),
  };
}

export async function httpLoad(spec: LoadSpec): Promise<LoadStats> {
  const latencies: number[] = [];
  const status: Record<string, number> = {};
  let bytes = 0;
  let turn = 0;
  const started = Date.now();
  let finish!: (r: autocannon.Result) => void;
  let fail!: (e: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: spec.baseUrl,
      connections: spec.connections,
      ...(spec.amount ? { amount: spec.amount } : { duration: spec.durationSec ?? 10 }),
      timeout: spec.timeoutSec ?? 30,
      method: spec.method ?? 'GET',
      headers: {
        // As a browser asks (the body is counted, not decoded).
        'accept-encoding': 'gzip, deflate, br',
        ...(spec.method === 'POST' ? { 'content-type': 'application/json' } : {}),
        ...spec.headers,
      },
      requests: [
        {
          setupRequest: (req) => {
            const i = turn++;
            const path = spec.paths[i % spec.paths.length]!;
            const body = spec.bodies ? spec.bodies[i % spec.bodies.length] : undefined;
            const fresh = spec.noCacheEvery && i % spec.noCacheEvery === 0;
            return {
              ...req,
              path,
              ...(body !== undefined ? { body } : {}),
              ...(fresh ? { headers: { ...req.headers, 'cache-control': 'no-cache' } } : {}),
            };
          },
        },
      ],
    },
    (err, result) => (err ? fail(err) : finish(result)),
  );
  instance.on('response', (_client, statusCode, resBytes, responseTime) => {
    latencies.push(responseTime);
    status[statusCode] = (status[statusCode] ?? 0) + 1;
    bytes += resBytes;
  });
  const result = await done;
  const durationSec = (Date.now() - started) / 1000;
  return {
    connections: spec.connections,
    requests: latencies.length,
    durationSec: Math.round(durationSec * 10) / 10,
    rps: Math.round((latencies.length / durationSec) * 10) / 10,
    latencyMs: summarise(latencies),
    status,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: Math.round(bytes / Math.max(1, latencies.length)),
  };
}
