import request from 'supertest';
import { testApp } from '../support/app';
import { testDb } from '../support/db';
import { expectUnchanged, fingerprint, type Fingerprint } from '../support/fingerprint';

const db = testDb();
// A generous limit: the rate limiter has its own test below.
const app = testApp(db, { RATE_LIMIT_PER_MINUTE: '1000', CYPHER_ROW_CAP: '50' });
afterAll(() => db.close());

const post = (query: string, params?: Record<string, unknown>) =>
  request(app)
    .post('/api/cypher')
    .send({ query, ...(params ? { params } : {}) });

describe('POST /api/cypher: reads', () => {
  it('returns columns, rows and the graph of nodes and relationships', async () => {
    const res = await post(
      'MATCH (a:Actor {id: $id})-[r:SAID]->(c:Claim) RETURN a, r, c ORDER BY c.id LIMIT 3',
      { id: 'act-volodymyr-zelensky' },
    ).expect(200);
    expect(res.body.columns).toEqual(['a', 'r', 'c']);
    expect(res.body.rows).toHaveLength(3);
    expect(res.body.truncated).toBe(false);
    expect(res.body.graph.nodes.map((n: { key: string }) => n.key)).toContain(
      'act-volodymyr-zelensky',
    );
    expect(res.body.graph.nodes).toHaveLength(4);
    expect(res.body.graph.edges).toHaveLength(3);
    expect(res.body.graph.edges[0].attributes.relType).toBe('SAID');
  });

  it('turns paths into graph nodes and edges, and integers into numbers', async () => {
    const res = await post(
      "MATCH p = (:Actor {id: 'act-volodymyr-zelensky'})-[:SAID]->(:Claim)-[:REPORTED_IN]->(:Source) RETURN p, length(p) AS hops LIMIT $n",
      { n: 2 },
    ).expect(200);
    expect(res.body.rows[0].hops).toBe(2);
    expect(res.body.graph.edges.length).toBeGreaterThanOrEqual(2);
  });

  it('caps rows and says so', async () => {
    const res = await post('UNWIND range(1, 500) AS i RETURN i').expect(200);
    expect(res.body.rows).toHaveLength(50);
    expect(res.body).toMatchObject({ truncated: true, rowCap: 50 });
  });

  it('allows the read procedures on the allow-list', async () => {
    const res = await post('CALL db.labels() YIELD label RETURN label ORDER BY label').expect(200);
    expect(res.body.rows.map((r: { label: string }) => r.label)).toEqual(
      expect.arrayContaining(['Actor', 'Claim', 'Source']),
    );
    await post(
      "CALL db.index.fulltext.queryNodes('names', 'Zelensky') YIELD node RETURN node.id LIMIT 1",
    ).expect(200);
    await post('CALL db.schema.visualization()').expect(200);
    await post('SHOW INDEXES YIELD name RETURN name').expect(200);
  });

  it('does not mistake keywords in strings, comments and property names for writes', async () => {
    const res = await post(
      "MATCH (n:Actor) // CREATE nothing\nWHERE n.name <> 'CREATE (x) SET y' RETURN n.name AS set, {delete: 1} AS m LIMIT 1",
    ).expect(200);
    expect(res.body.columns).toEqual(['set', 'm']);
  });

  it("shows syntax errors readably, at the analyst's own column", async () => {
    const res = await post('MATCH (n RETURN n').expect(400);
    expect(res.body.error).toMatch(/^SyntaxError: /);
    expect(res.body.error).toMatch(/column 10 \(offset: 9\)/);
    expect(res.body.error).not.toMatch(/EXPLAIN/);
  });

  it('stops a query at the timeout', async () => {
    const slow = testApp(db, { CYPHER_TIMEOUT_MS: '300' });
    const res = await request(slow)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)' });
    expect(res.status).toBe(408);
    expect(res.body.error).toMatch(/timeout/);
  });

  it('refuses a query that holds more than a query may, saying so, and the API goes on', async () => {
    const res = await request(app)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 200000000) AS i WITH collect(i) AS x RETURN size(x)' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(
      /^query refused: it holds more at once than one query may \(1(\.0)? GiB\)\. Hold less/,
    );
    await request(app).post('/api/cypher').send({ query: 'RETURN 1 AS one' }).expect(200);
  });

  it('refuses malformed bodies', async () => {
    await request(app)
      .post('/api/cypher')
      .set('content-type', 'application/json')
      .send('{"query": ')
      .expect(400);
    const noQuery = await request(app).post('/api/cypher').send({ params: {} }).expect(400);
    expect(noQuery.body.error).toMatch(/body\.query/);
    const extra = await request(app)
      .post('/api/cypher')
      .send({ query: 'RETURN 1', database: 'system' })
      .expect(400);
    expect(extra.body.error).toMatch(/database/);
    const huge = await request(app)
      .post('/api/cypher')
      .send({ query: `RETURN '${'x'.repeat(600_000)}'` });
    expect(huge.status).toBe(413);
  });
});

/** Write and exfiltration attempts: each must be refused and leave the database as it was. */
const HOSTILE: [string, string][] = [
  ['CREATE', 'CREATE (n:Hacked {by: "analyst"}) RETURN n'],
  ['MERGE', "MERGE (n:Actor {id: 'act-intruder'}) RETURN n"],
  ['SET', "MATCH (n:Actor {id: 'act-volodymyr-zelensky'}) SET n.name = 'pwned' RETURN n"],
  ['SET +=', 'MATCH (n:Claim) SET n += {quote: false}'],
  ['DELETE', 'MATCH (n:Claim) DELETE n'],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
  ['REMOVE', 'MATCH (n:Actor) REMOVE n.aliases RETURN count(n)'],
  ['REMOVE label', 'MATCH (n:Actor) REMOVE n:Actor'],
  ['FOREACH', 'MATCH (n:Actor) WITH collect(n) AS ns FOREACH (x IN ns | SET x.hit = true)'],
  ['CREATE INDEX', 'CREATE INDEX hack IF NOT EXISTS FOR (n:Actor) ON (n.hack)'],
  ['DROP INDEX', 'DROP INDEX names'],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT hack FOR (n:Hack) REQUIRE n.id IS UNIQUE'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT actor_id'],
  ['CALL dbms.listConfig', 'CALL dbms.listConfig() YIELD name, value RETURN name, value'],
  ['CALL dbms.security', "CALL dbms.security.createUser('eve', 'secret', false)"],
  ['CALL dbms backticked', 'CALL `dbms`.`listConfig`() YIELD name RETURN name'],
  ['CALL apoc write', "CALL apoc.cypher.runWrite('CREATE (n:Hack)', {})"],
  ['CALL apoc.load', "CALL apoc.load.json('file:///etc/passwd')"],
  ['CALL db write procedure', "CALL db.createLabel('Hack')"],
  ['CALL fulltext drop', "CALL db.index.fulltext.drop('names')"],
  ['LOAD CSV file', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
  ['LOAD CSV http', "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row"],
  [
    'IN TRANSACTIONS',
    'MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS RETURN count(*)',
  ],
  [
    'IN TRANSACTIONS read',
    'UNWIND range(1, 3) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j',
  ],
  ['USE system', 'USE system SHOW USERS'],
  ['USE other db', 'USE neo4j MATCH (n) RETURN count(n)'],
  ['SHOW USERS', 'SHOW USERS'],
  ['SHOW DATABASES', 'SHOW DATABASES'],
  ['ALTER USER', "ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'y'"],
  ['CREATE DATABASE', 'CREATE DATABASE loot'],
  ['TERMINATE', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['second statement', 'MATCH (n) RETURN count(n); CREATE (m:Hack)'],
  ['write after comment line', 'MATCH (n) RETURN count(n) // harmless\nCREATE (m:Hack)'],
  ['write after block comment', 'MATCH (n) /* RETURN */ CREATE (m:Hack) RETURN m'],
  [
    'write after string with escaped quote',
    "WITH 'it\\'s fine' AS s CREATE (m:Hack {s: s}) RETURN m",
  ],
  ['write hidden by zero-width space', 'CRE\u200bATE (m:Hack) RETURN m'],
  ['write with bidi override', 'MATCH (n) \u202eETELED n'],
  ['fullwidth CREATE', 'ＣＲＥＡＴＥ (m:Hack) RETURN m'],
  ['lower-case create', 'create (m:Hack) return m'],
  ['EXPLAIN write', 'EXPLAIN CREATE (m:Hack)'],
  ['PROFILE write', 'PROFILE MATCH (n) SET n.x = 1'],
  ['subquery write', 'MATCH (n:Actor) CALL (n) { SET n.x = 1 } RETURN count(*)'],
  ['GRANT', 'GRANT ROLE admin TO neo4j'],
];

describe('POST /api/cypher: refusals', () => {
  let before: Fingerprint;
  beforeAll(async () => {
    before = await fingerprint(db);
  });

  it(`has at least 25 hostile cases (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(25);
  });

  it.each(HOSTILE)('refuses %s and leaves the database unchanged', async (_name, query) => {
    const res = await post(query);
    expect(res.status).toBe(400);
    expect(typeof res.body.error).toBe('string');
    expect(res.body.error.length).toBeGreaterThan(10);
    expect(res.body.error).not.toMatch(/\n\s+at /);
    await expectUnchanged(db, before);
  });

  it('rate-limits analysts', async () => {
    const limited = testApp(db, { RATE_LIMIT_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++)
      await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(200);
    const res = await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(429);
    expect(res.body.error).toMatch(/too many/);
  });
});
