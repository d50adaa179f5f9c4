/**
 * Fuzz: malformed input on every route gives no 5xx. The routes come from the
 * app's own OpenAPI document, so a new route is fuzzed without editing this
 * file. fast-check generates path parameters, query strings and bodies: random
 * JSON, wrong types for the declared fields, huge and odd numbers, unicode,
 * deep nesting, oversize bodies, broken JSON, wrong content types.
 *
 * Writes are disabled (the database handle refuses them with a 409), so that a
 * generated body that happens to be valid cannot change the shared database;
 * the fingerprint check proves it.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { GraphDb } from '../../db/graph-db';
import { HttpError } from '../../server/http/errors';
import { testApp } from '../support/app';
import { testDb } from '../support/db';
import { expectUnchanged, fingerprint, type Fingerprint } from '../support/fingerprint';

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 60);

const db = testDb();
const readOnly = Object.create(db) as GraphDb;
readOnly.write = async () => {
  throw new HttpError(409, 'writes are disabled in the fuzz test');
};

let server: Server;
let base: string;
let pristine: Fingerprint;

interface Operation {
  method: 'get' | 'post';
  path: string;
  params: { name: string; in: 'path' | 'query' }[];
  bodyFields: string[];
}
let operations: Operation[] = [];

beforeAll(async () => {
  pristine = await fingerprint(db);
  const app = testApp(readOnly, { RATE_LIMIT_PER_MINUTE: '1000000' });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { name: string; in: 'path' | 'query' }[];
          requestBody?: { content: Record<string, { schema: { properties?: object } }> };
        }
      >
    >;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method as 'get' | 'post',
      path,
      params: op.parameters ?? [],
      bodyFields: Object.keys(op.requestBody?.content['application/json']?.schema.properties ?? {}),
    })),
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await expectUnchanged(db, pristine);
  await db.close();
});

// ── Generators ────────────────────────────────────────────────────────────
const oddNumber = fc.constantFrom(
  '1e309',
  '-1e309',
  '99999999999999999999999',
  '-0',
  'NaN',
  'Infinity',
  '0x10',
  '1.5',
  '-1',
  '2147483648',
  '9007199254740993',
  '',
  ' ',
);
const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '..',
    '%',
    '%00',
    '\u0000',
    '\ud800',
    '𝕏🏳️‍🌈',
    "' OR 1=1 --",
    'MATCH (n) DETACH DELETE n',
    '<script>alert(1)</script>',
    'a'.repeat(5_000),
    'act-kim-jong-un',
  ),
  oddNumber,
);
const queryValue = fc.oneof(oddString, fc.array(oddString, { minLength: 2, maxLength: 3 }));

/** Nesting depths that overflow naive recursion (fast-check would favour small numbers). */
const DEPTH = fc.constantFrom(50, 1_000, 5_000, 20_000);

function deep(depth: number, open: string, close: string, leaf = '1'): string {
  return open.repeat(depth) + leaf + close.repeat(depth);
}

const bodyText = (fields: string[]) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    // The declared fields, with values of any type.
    fc
      .dictionary(
        fc.constantFrom(...(fields.length ? fields : ['x'])),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), oddString, fc.double(), fc.bigInt().map(String)),
      )
      .map((v) => JSON.stringify(v)),
    // Deep nesting in a declared field, directly or one level down (a record's values).
    fc
      .tuple(fc.constantFrom(...(fields.length ? fields : ['x'])), DEPTH)
      .map(([f, d]) => `{"${f}":${deep(d, '[', ']', '')}}`),
    fc
      .tuple(fc.constantFrom(...(fields.length ? fields : ['x'])), DEPTH)
      .map(([f, d]) => `{"query":"RETURN 1","${f}":{"a":${deep(d, '[', ']', '')}}}`),
    DEPTH.map((d) => deep(d, '{"a":', '}')),
    fc.constantFrom(
      '',
      '{',
      '{"a":}',
      'null',
      '[]',
      '"just a string"',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"x":1}}}',
      JSON.stringify({ query: 'RETURN 1', params: { n: 1e308, big: '9'.repeat(400) } }),
      `{"text":"${'x'.repeat(600_000)}"}`,
    ),
  );

async function send(
  op: Operation,
  pathValues: Record<string, string>,
  query: Record<string, string | string[]>,
  body: string | null,
  contentType: string,
) {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    encodeURIComponent(pathValues[name] ?? 'x'),
  );
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    for (const item of Array.isArray(v) ? v : [v]) qs.append(k, item);
  }
  const url = `${base}${path}${qs.size ? `?${qs}` : ''}`;
  const res = await fetch(url, {
    method: op.method.toUpperCase(),
    headers: body === null ? {} : { 'content-type': contentType },
    body: op.method === 'post' ? (body ?? undefined) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { status: res.status, text, url };
}

describe('fuzzing every route', () => {
  it('finds the routes in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
  });

  it('answers malformed input without a 5xx', async () => {
    const failures: string[] = [];
    for (const op of operations) {
      const pathNames = op.params.filter((p) => p.in === 'path').map((p) => p.name);
      const queryNames = op.params.filter((p) => p.in === 'query').map((p) => p.name);
      const input = fc.record({
        pathValues: fc.record(Object.fromEntries(pathNames.map((n) => [n, oddString]))),
        query: fc.dictionary(
          fc.oneof(fc.constantFrom(...(queryNames.length ? queryNames : ['q'])), fc.string()),
          queryValue,
          { maxKeys: 4 },
        ),
        body: op.method === 'post' ? bodyText(op.bodyFields) : fc.constant(null),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin1',
        ),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ pathValues, query, body, contentType }) => {
          const r = await send(op, pathValues as Record<string, string>, query, body, contentType);
          if (r.status >= 500) {
            failures.push(
              `${op.method.toUpperCase()} ${r.url.slice(0, 300)} body=${String(body).slice(0, 200)} → ${r.status} ${r.text.slice(0, 200)}`,
            );
          }
        }),
        { numRuns: RUNS_PER_ROUTE, seed: 20261121 },
      );
    }
    expect(failures.slice(0, 10)).toEqual([]);
  }, 300_000);
});
