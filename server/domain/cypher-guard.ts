/**
 * The analysts' Cypher endpoint accepts read-only queries only. Two layers:
 * a lexical screen over the query's code (comments and string literals removed)
 * that gives precise reasons, and Neo4j's own verdict from EXPLAIN: the plan
 * must be read-only ('r') and call only allow-listed procedures. The query then
 * runs in a READ transaction, which Neo4j also enforces.
 */

/** Read procedures an analyst may CALL. */
export const PROCEDURE_ALLOWLIST = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'db.info',
  'db.ping',
  'dbms.components',
]);

/** Keywords that start a write, an admin command or a data import. */
const FORBIDDEN_KEYWORDS: Record<string, string> = {
  CREATE: 'CREATE writes to the database',
  MERGE: 'MERGE writes to the database',
  SET: 'SET writes to the database',
  DELETE: 'DELETE writes to the database',
  DETACH: 'DETACH DELETE writes to the database',
  REMOVE: 'REMOVE writes to the database',
  FOREACH: 'FOREACH is only used for writes',
  DROP: 'DROP changes the schema',
  ALTER: 'ALTER is an administration command',
  RENAME: 'RENAME is an administration command',
  GRANT: 'GRANT is an administration command',
  DENY: 'DENY is an administration command',
  REVOKE: 'REVOKE is an administration command',
  START: 'START is an administration command',
  STOP: 'STOP is an administration command',
  TERMINATE: 'TERMINATE is an administration command',
  ENABLE: 'ENABLE is an administration command',
  DEALLOCATE: 'DEALLOCATE is an administration command',
  REALLOCATE: 'REALLOCATE is an administration command',
  USE: 'USE selects another database; queries run against the Claimgraph database only',
  LOAD: 'LOAD CSV reads files or URLs from the server',
  EXPLAIN: 'EXPLAIN and PROFILE are not supported here; send the query itself',
  PROFILE: 'EXPLAIN and PROFILE are not supported here; send the query itself',
  FINISH: 'FINISH is only used after writes',
};

const SHOW_ALLOWED =
  /^SHOW\s+(?:(?:RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR|ALL)\s+)?(?:INDEX|INDEXES|CONSTRAINT|CONSTRAINTS)\b/i;

export class CypherRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface Token {
  kind: 'word' | 'symbol' | 'number' | 'param' | 'identifier';
  text: string;
  index: number;
}

/**
 * Splits Cypher into tokens, dropping comments and string literals. Backticked
 * identifiers become 'identifier' tokens, never keywords.
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const ch = query[i]!;
    const next = query[i + 1];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '/' && next === '/') {
      while (i < n && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (ch === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end === -1) throw new CypherRefusal('unterminated /* comment');
      i = end + 2;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < n && query[j] !== ch) j += query[j] === '\\' ? 2 : 1;
      if (j >= n) throw new CypherRefusal('unterminated string literal');
      tokens.push({ kind: 'symbol', text: 'STRING', index: i });
      i = j + 1;
    } else if (ch === '`') {
      const end = query.indexOf('`', i + 1);
      if (end === -1) throw new CypherRefusal('unterminated `identifier`');
      tokens.push({ kind: 'identifier', text: query.slice(i + 1, end), index: i });
      i = end + 1;
    } else if (ch === '$') {
      let j = i + 1;
      while (j < n && /[\p{L}\p{N}_]/u.test(query[j]!)) j++;
      tokens.push({ kind: 'param', text: query.slice(i, j), index: i });
      i = Math.max(j, i + 1);
    } else if (/[\p{L}_]/u.test(ch)) {
      let j = i + 1;
      while (j < n && /[\p{L}\p{N}_]/u.test(query[j]!)) j++;
      tokens.push({ kind: 'word', text: query.slice(i, j), index: i });
      i = j;
    } else if (/\d/.test(ch)) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(query[j]!)) j++;
      tokens.push({ kind: 'number', text: query.slice(i, j), index: i });
      i = j;
    } else {
      tokens.push({ kind: 'symbol', text: ch, index: i });
      i++;
    }
  }
  return tokens;
}

/** A word is used as a keyword unless it is a property, label, map key or parameter. */
function isKeywordUse(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]?.text;
  const next = tokens[k + 1]?.text;
  if (prev === '.' || prev === ':' || prev === '$') return false;
  // RETURN n.name AS set: an alias, not a clause.
  if (prev?.toUpperCase() === 'AS') return false;
  if (next === ':' && (prev === '{' || prev === ',')) return false;
  return true;
}

/** Procedure names called with CALL name(...), lower-cased. */
export function calledProcedures(tokens: Token[]): string[] {
  const names: string[] = [];
  tokens.forEach((t, k) => {
    if (t.kind !== 'word' || t.text.toUpperCase() !== 'CALL' || !isKeywordUse(tokens, k)) return;
    const parts: string[] = [];
    let j = k + 1;
    while (tokens[j] && (tokens[j]!.kind === 'word' || tokens[j]!.kind === 'identifier')) {
      parts.push(tokens[j]!.text);
      if (tokens[j + 1]?.text !== '.') break;
      j += 2;
    }
    if (parts.length > 0) names.push(parts.join('.').toLowerCase());
  });
  return names;
}

/** Throws CypherRefusal with the reason when the query is not a plain read. */
export function screenQuery(query: string): void {
  if (/[\p{Cf}\p{Co}\p{Cs}]/u.test(query)) {
    throw new CypherRefusal(
      'the query contains invisible or private-use unicode characters (e.g. zero-width or bidi controls)',
    );
  }
  const tokens = tokenize(query);
  if (tokens.length === 0) throw new CypherRefusal('the query is empty');

  tokens.forEach((t, k) => {
    if (t.text === ';' && k !== tokens.length - 1) {
      throw new CypherRefusal('one statement per request: remove the ";" between statements');
    }
  });

  const first = tokens[0]!.text.toUpperCase();
  if (first === 'SHOW') {
    if (!SHOW_ALLOWED.test(query.trim())) {
      throw new CypherRefusal(
        'only SHOW INDEXES and SHOW CONSTRAINTS are allowed among SHOW commands',
      );
    }
    return;
  }

  tokens.forEach((t, k) => {
    if (t.kind !== 'word' || !isKeywordUse(tokens, k)) return;
    const word = t.text.toUpperCase();
    const why = FORBIDDEN_KEYWORDS[word];
    if (why) throw new CypherRefusal(`${word}: ${why}`);
    if (word === 'TRANSACTIONS' && tokens[k - 1]?.text.toUpperCase() === 'IN') {
      throw new CypherRefusal('CALL { … } IN TRANSACTIONS is only used for batched writes');
    }
    if (word === 'SHOW') throw new CypherRefusal('SHOW commands must stand alone');
  });

  for (const name of calledProcedures(tokens)) {
    if (!PROCEDURE_ALLOWLIST.has(name)) {
      throw new CypherRefusal(
        `CALL ${name}: only these procedures may be called: ${[...PROCEDURE_ALLOWLIST].join(', ')}`,
      );
    }
  }
}

export interface PlanOperator {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanOperator[];
}

/** Checks Neo4j's EXPLAIN verdict: read-only query type, allowed operators only. */
export function checkPlan(
  queryType: string | undefined,
  plan: PlanOperator | false | null,
  database: string,
): void {
  if (queryType !== 'r') {
    const kind =
      { w: 'writes', rw: 'reads and writes', s: 'changes the schema' }[queryType ?? ''] ??
      `is of type "${queryType}"`;
    throw new CypherRefusal(
      `Neo4j reports that this query ${kind}; only read-only queries are allowed`,
    );
  }
  if (!plan) return;
  const visit = (op: PlanOperator): void => {
    const type = op.operatorType.split('@')[0]!;
    if (type === 'LoadCSV') throw new CypherRefusal('LOAD CSV is not allowed');
    if (/^Transaction(Apply|Foreach)$/.test(type)) {
      throw new CypherRefusal('CALL { … } IN TRANSACTIONS is not allowed');
    }
    if (type === 'ProcedureCall') {
      const details = String(op.arguments?.Details ?? op.arguments?.Signature ?? '');
      const name = /^([\w.`]+)\s*\(/.exec(details)?.[1]?.replace(/`/g, '').toLowerCase();
      if (!name || !PROCEDURE_ALLOWLIST.has(name)) {
        throw new CypherRefusal(
          `the plan calls a procedure that is not allowed (${details || 'unknown'})`,
        );
      }
    }
    const db = op.arguments?.Database ?? op.arguments?.['database'];
    if (typeof db === 'string' && db.toLowerCase() !== database.toLowerCase()) {
      throw new CypherRefusal(
        `the plan targets database "${db}"; only "${database}" may be queried`,
      );
    }
    op.children?.forEach(visit);
  };
  visit(plan);
}
