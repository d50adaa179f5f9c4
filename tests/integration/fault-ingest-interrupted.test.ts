/**
 * An ingest commit interrupted by the loss of Neo4j, half-way through its
 * transaction (after the entities and the source are written, before the
 * claims): the API answers 503 and nothing of the article is in the graph. Once
 * Neo4j is back, the same commit succeeds whole. The test database is left as
 * it was found.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import request from 'supertest';
import { externalConnection } from '../../db/connection';
import { GraphDb } from '../../db/graph-db';
import { defaultReview } from '../../server/ingest/review';
import { testApp } from '../support/app';
import { expectUnchanged, fingerprint, type Fingerprint } from '../support/fingerprint';
import { cleanUpIngest } from '../support/ingest-cleanup';
import { TcpProxy } from '../support/tcp-proxy';
import { testDb } from '../support/db';

const ARTICLE = {
  title: 'Fault test: Zelensky on North Korean losses near Kursk',
  outlet: 'Fault Injection Weekly',
  url: 'https://example.org/fault-test/interrupted-commit',
  publishedDate: '2025-02-10',
  text: [
    'President Volodymyr Zelensky said on Monday that about 4,000 North Korean soldiers had been killed or wounded in the Kursk region.',
    '“They are losing hundreds every week,” Zelensky told reporters in Kyiv.',
    'Kim Jong Un has not commented on the losses, according to the Institute for the Study of War.',
  ].join('\n'),
};

const conn = externalConnection()!;
const target = new URL(conn.uri.replace(/^[a-z+]+:/, 'http:'));
const proxy = new TcpProxy(target.hostname, Number(target.port || 7687));
const direct = testDb();
let proxied: GraphDb;
let pristine: Fingerprint;
/** Set by the test: cut Neo4j off when the commit transaction is about to write claims. */
let cutBeforeClaims = false;

beforeAll(async () => {
  await cleanUpIngest(direct);
  pristine = await fingerprint(direct);
  const port = await proxy.open();
  proxied = new GraphDb({ ...conn, uri: `bolt://127.0.0.1:${port}` });
  const write = proxied.write.bind(proxied);
  proxied.write = (work, opts) =>
    write(
      (tx) =>
        work(
          new Proxy(tx, {
            get(t, prop) {
              if (prop !== 'run') return Reflect.get(t, prop);
              return (cypher: string, params?: Record<string, unknown>) => {
                if (cutBeforeClaims && /MERGE \(c:Claim/.test(cypher)) {
                  cutBeforeClaims = false;
                  return proxy.cut().then(() => t.run(cypher, params));
                }
                return t.run(cypher, params);
              };
            },
          }) as ManagedTransaction,
        ),
      opts,
    );
});

afterAll(async () => {
  await proxied.close();
  await proxy.cut();
  await cleanUpIngest(direct);
  await expectUnchanged(direct, pristine);
  await direct.close();
});

describe('an ingest commit interrupted', () => {
  it('leaves nothing partial, answers 503, and succeeds whole once Neo4j is back', async () => {
    const app = testApp(proxied, { RATE_LIMIT_PER_MINUTE: '1000' });
    const preview = await request(app).post('/api/ingest/preview').send(ARTICLE).expect(200);
    const body = defaultReview(ARTICLE, preview.body);
    expect(body.claims.filter((c) => c.decision === 'accept').length).toBeGreaterThan(0);

    const before = await fingerprint(direct);
    const port = proxy.port;
    cutBeforeClaims = true;
    const interrupted = await request(app).post('/api/ingest/commit').send(body);
    expect(cutBeforeClaims).toBe(false); // the cut happened inside the transaction
    expect(interrupted.status).toBe(503);
    expect(interrupted.body.error).toMatch(/Neo4j is unavailable/);
    // Nothing of it: no source, no claim, no new entity, no learned alias.
    await expectUnchanged(direct, before);

    await proxy.open(port);
    const committed = await request(app).post('/api/ingest/commit').send(body);
    expect(committed.status).toBe(201);
    const [row] = await direct.readRows(
      `MATCH (s:Source {id: $id})<-[:REPORTED_IN]-(c:Claim) RETURN count(c) AS claims`,
      { id: committed.body.sourceId },
    );
    expect(row!.claims).toBe(committed.body.claimsCreated.length);
    expect(committed.body.claimsCreated.length).toBe(
      body.claims.filter((c) => c.decision === 'accept').length,
    );
  }, 60_000);
});
