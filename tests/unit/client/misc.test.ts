import { claimsInViewWords } from '../../../client/src/core/format';
import { ApiClient } from '../../../client/src/core/api';
import {
  ApiError,
  describeError,
  errorFrom,
  isTransient,
  queryString,
  retryAfterFrom,
} from '../../../client/src/core/api/utils';
import {
  fa2Settings,
  isConverged,
  meanDisplacement,
  noverlapSettings,
  timeBudgetMs,
} from '../../../client/src/core/layout/utils';
import { Store, changed } from '../../../client/src/core/state';
import { toastMs } from '../../../client/src/views/status';

describe('api client', () => {
  test('query strings skip empty values and join lists', () => {
    expect(
      queryString({
        q: 'kim',
        types: ['Actor', 'Unit'],
        limit: 10,
        none: undefined,
        empty: '',
        no: [],
      }),
    ).toBe('?q=kim&types=Actor%2CUnit&limit=10');
    expect(queryString({})).toBe('');
  });

  test('errors carry the server message and reason', () => {
    const e = errorFrom(400, 'Bad Request', {
      error: 'query refused: CREATE',
      details: { reason: 'CREATE writes' },
    });
    expect(e.reason).toBe('CREATE writes');
    expect(e.readable).toBe('query refused: CREATE (CREATE writes)');
    expect(errorFrom(502, 'Bad Gateway', null).message).toMatch(/server failed/);
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
    expect(describeError(new TypeError('x is not a function'))).toBe('x is not a function');
  });

  test('Retry-After becomes "try again in N s", left out for callers that retry by themselves', () => {
    const down = errorFrom(503, 'Service Unavailable', { error: 'Neo4j is away.' }, '5');
    expect(down.retryAfterSeconds).toBe(5);
    expect(describeError(down)).toBe('Neo4j is away. Try again in 5 s.');
    expect(describeError(down, { advice: false })).toBe('Neo4j is away.');
    // A message without a full stop gets one before the advice.
    const limited = errorFrom(429, 'Too Many Requests', { error: 'at most 30 a minute' }, '42');
    expect(limited.readable).toBe('at most 30 a minute. Try again in 42 s.');
    // No header, or a form the client does not read: no advice.
    expect(errorFrom(503, '', { error: 'x' }).readable).toBe('x');
    expect(retryAfterFrom('Wed, 21 Oct 2026 07:28:00 GMT')).toBeNull();
    expect(retryAfterFrom(' 7 ')).toBe(7);
    expect(retryAfterFrom('-3')).toBeNull();
    expect(errorFrom(502, 'Bad Gateway', null, '10').readable).toBe(
      'The server failed (502 Bad Gateway). Try again in 10 s.',
    );
  });

  test('a toast with Try again outlasts a Neo4j restart (~10 s); others go sooner', () => {
    expect(toastMs('error', true)).toBe(30_000);
    expect(toastMs('error', false)).toBe(9000);
    expect(toastMs('info', false)).toBe(3000);
    expect(toastMs('success', false)).toBe(3000);
  });

  test('waiting cures a 502, 503 or 504 or an unreachable server, nothing else', () => {
    for (const status of [502, 503, 504])
      expect([status, isTransient(errorFrom(status, '', { error: 'x' }))]).toEqual([status, true]);
    for (const status of [400, 401, 404, 429, 500])
      expect([status, isTransient(errorFrom(status, '', { error: 'x' }))]).toEqual([status, false]);
    expect(isTransient(new TypeError('Failed to fetch'))).toBe(true);
    expect(isTransient(new TypeError('x is not a function'))).toBe(false);
    expect(isTransient(new Error('Neo4j'))).toBe(false);
  });

  test('requests go to the contract’s paths; non-2xx answers become ApiError', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const fake = (status: number, body: unknown) =>
      (async (url: string, init?: RequestInit) => {
        calls.push({ url, init });
        return new Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json' },
        });
      }) as unknown as typeof fetch;
    const ok = new ApiClient('/api', fake(200, { query: 'x', results: [] }));
    await ok.search('zel', { types: ['Actor'] });
    await ok.neighborhood('act/1', { depth: 2 });
    await ok.cypher('MATCH (n) RETURN n');
    expect(calls.map((c) => c.url)).toEqual([
      '/api/search?q=zel&types=Actor&limit=10',
      '/api/nodes/act%2F1/neighborhood?depth=2&limit=200',
      '/api/cypher',
    ]);
    expect(JSON.parse(String(calls[2]!.init?.body))).toEqual({
      query: 'MATCH (n) RETURN n',
      params: {},
    });
    const bad = new ApiClient('/api', fake(400, { error: 'query refused', reason: 'writes' }));
    await expect(bad.cypher('CREATE (n)')).rejects.toBeInstanceOf(ApiError);
  });
});

describe('layout rules', () => {
  test('convergence needs movement small against the drawing size', () => {
    const prev = new Map([['a', { x: 0, y: 0 }]]);
    const { mean, next } = meanDisplacement(prev, [
      ['a', { x: 3, y: 4 }],
      ['b', { x: 1, y: 1 }],
    ]);
    expect(mean).toBe(5);
    expect(next.size).toBe(2);
    expect(isConverged(5, 1000)).toBe(false);
    expect(isConverged(0.5, 1000)).toBe(true);
    expect(isConverged(Infinity, 1000)).toBe(false);
  });

  test('settings scale with the graph', () => {
    expect(fa2Settings(1000).barnesHutOptimize).toBe(true);
    expect(fa2Settings(50).barnesHutOptimize).toBe(false);
    expect(timeBudgetMs(100, true)).toBeLessThan(timeBudgetMs(100, false));
    expect(timeBudgetMs(100000, false)).toBe(5000);
    expect(noverlapSettings(2, 5).margin).toBe(10);
    expect(noverlapSettings(NaN).ratio).toBeCloseTo(1.15);
  });
});

describe('store', () => {
  test('notifies only on real changes', () => {
    const s = new Store({ a: 1, b: 'x' });
    const seen: number[] = [];
    s.subscribe((st, prev) => {
      if (changed(st, prev, 'a')) seen.push(st.a);
    });
    s.set({ a: 1 });
    s.set({ a: 2 });
    s.set({ b: 'y' });
    expect(seen).toEqual([2]);
    expect(s.get()).toEqual({ a: 2, b: 'y' });
  });
});

describe('claimsInViewWords', () => {
  test('names the claims in view, and says so when only the first of them were asked about', () => {
    expect(claimsInViewWords(40, 40)).toBe('the 40 claims in view');
    expect(claimsInViewWords(1, 1)).toBe('the 1 claim in view');
    expect(claimsInViewWords(5000, 6200)).toBe('the first 5,000 of the 6,200 claims in view');
  });
});
