import neo4j, { Neo4jError } from 'neo4j-driver';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { rows as toRows } from '../../db/graph-db';
import type { Json } from '../../db/values';
import type { AppDeps } from '../app';
import { checkPlan, CypherRefusal, screenQuery, type PlanOperator } from '../domain/cypher-guard';
import { collectGraph } from '../domain/graph-format';
import { HttpError, isDatabaseUnavailable } from '../http/errors';
import type { RouteRegistry } from '../http/route-registry';

/** JSON parameters to Cypher values: whole numbers become Neo4j integers. */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

const jsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string().max(10_000),
    z.array(jsonValue).max(1_000),
    z.record(z.string(), jsonValue),
  ]),
);

/** How deep query parameters may nest. */
export const MAX_PARAM_DEPTH = 64;

/** Whether arrays and objects in `value` nest deeper than `max` levels (no recursion). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

const EXPLAIN_PREFIX = 'EXPLAIN ';

/** Neo4j's messages quote the EXPLAIN we prepended; show the analyst's own query and columns. */
export function withoutExplainPrefix(message: string): string {
  const shift = EXPLAIN_PREFIX.length;
  return message
    .replace(
      /\(line 1, column (\d+) \(offset: (\d+)\)\)/g,
      (_m, col: string, off: string) =>
        `(line 1, column ${Math.max(1, Number(col) - shift)} (offset: ${Math.max(0, Number(off) - shift)}))`,
    )
    .replace(/"EXPLAIN ([^\n]*)"\n {8}/, '"$1"\n')
    .replace(/"EXPLAIN /g, '"');
}

/**
 * Why a query that held more at once than one transaction's memory is refused
 * ("MATCH (a), (b), (c) … collect(…)"): its own doing, not the server's.
 * Null for any other error.
 */
function memoryRefusal(err: unknown): string | null {
  if (!(err instanceof Neo4jError)) return null;
  if (err.code !== 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') return null;
  const limit = /limit\s+([\d.]+\s*[KMGT]iB)/.exec(err.message)?.[1];
  return (
    `it holds more at once than one query may (${limit ?? 'the memory limit'}). ` +
    'Hold less: LIMIT early, fewer combinations of MATCH, no collect() of every row.'
  );
}

function refusal(reason: string): HttpError {
  return new HttpError(400, `query refused: ${reason}`, { reason });
}

export function cypherRoutes(reg: RouteRegistry, { db, config }: AppDeps): void {
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: config.RATE_LIMIT_PER_MINUTE,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    message: { error: `too many Cypher queries: at most ${config.RATE_LIMIT_PER_MINUTE} a minute` },
  });

  reg.add({
    method: 'post',
    path: '/cypher',
    summary: "Runs an analyst's read-only Cypher query",
    description:
      "Accepted only if Neo4j's EXPLAIN reports a read-only plan that calls allow-listed procedures. " +
      `Runs in a READ transaction with a timeout of ${config.CYPHER_TIMEOUT_MS} ms and a cap of ` +
      `${config.CYPHER_ROW_CAP} rows (truncated tells when it bit). Returns rows and the graph of every node, relationship and path in them.`,
    tags: ['cypher'],
    before: [limiter],
    body: z.strictObject({
      query: z.string().trim().min(1, 'must not be empty').max(20_000),
      // Depth first: zod and the driver recurse, and deep enough nesting would
      // overflow the stack (a 500) before any message could name the field.
      params: z
        .custom<unknown>((v) => !nestsDeeperThan(v, MAX_PARAM_DEPTH), {
          message: `must not nest deeper than ${MAX_PARAM_DEPTH} levels`,
        })
        .pipe(
          z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'bad parameter name'), jsonValue),
        )
        .default({}),
    }),
    errors: {
      408: 'The query ran past the timeout',
      429: 'Rate limit reached',
      503: 'Neo4j is unavailable',
    },
    handler: async ({ body }) => {
      try {
        screenQuery(body.query);
      } catch (err) {
        if (err instanceof CypherRefusal) throw refusal(err.reason);
        throw err;
      }
      const params = toCypherParams(body.params) as Record<string, unknown>;
      const started = Date.now();
      try {
        return await db.read(
          async (tx) => {
            const explained = await tx.run(`${EXPLAIN_PREFIX}${body.query}`, params);
            checkPlan(
              explained.summary.queryType,
              explained.summary.plan as PlanOperator | false,
              db.database,
            );

            const result = tx.run(body.query, params);
            const records: { keys: PropertyKey[]; get(k: PropertyKey): unknown }[] = [];
            let truncated = false;
            let columns: string[] = [];
            try {
              for await (const record of result) {
                if (records.length === 0) columns = record.keys.map(String);
                if (records.length >= config.CYPHER_ROW_CAP) {
                  truncated = true;
                  break;
                }
                records.push(record);
              }
              if (records.length === 0) columns = (await result.keys()).map(String);
            } catch (err) {
              // The driver retries what Neo4j calls transient; run again, this query
              // would only run out of memory again. Refused at once instead.
              const memory = memoryRefusal(err);
              throw memory ? new CypherRefusal(memory) : err;
            }
            const rows = toRows({ records });
            const graph = collectGraph(rows.map((r) => Object.values(r))).build({ kind: 'cypher' });
            return {
              columns,
              rows,
              truncated,
              rowCap: config.CYPHER_ROW_CAP,
              elapsedMs: Date.now() - started,
              graph,
            };
          },
          { timeoutMs: config.CYPHER_TIMEOUT_MS },
        );
      } catch (err) {
        if (err instanceof CypherRefusal) throw refusal(err.reason);
        if (err instanceof HttpError || isDatabaseUnavailable(err)) throw err;
        if (err instanceof Neo4jError) {
          if (/Timeout|TransactionTimedOut|terminated/i.test(err.code)) {
            throw new HttpError(
              408,
              `the query ran past the ${config.CYPHER_TIMEOUT_MS} ms timeout`,
            );
          }
          if (err.code.startsWith('Neo.ClientError')) {
            const kind = err.code.split('.').pop();
            throw new HttpError(400, `${kind}: ${withoutExplainPrefix(err.message)}`, {
              code: err.code,
            });
          }
        }
        throw err;
      }
    },
  });
}
