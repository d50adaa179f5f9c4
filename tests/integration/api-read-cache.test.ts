/**
 * The read cache: answers stored with the graph's version, the version read
 * shared by requests and reused for a short window, writes through the server
 * seen at once, writes by others after the window, answers gzipped for
 * clients that accept it.
 */
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { GraphDb } from '../../db/graph-db';
import { ReadCache, readCacheFor } from '../../server/domain/read-cache';
import { rawBody, testApp } from '../support/app';
import { testDb } from '../support/db';

const db = testDb();
const other = new GraphDb(db.connection, { maxConnectionPoolSize: 2 });
const app = testApp(db);
const cache = readCacheFor(db);
const NODE = '/api/nodes/act-kim-jong-un';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const setProbe = (handle: GraphDb, value: string | null) =>
  handle.writeRows('MATCH (n:Entity {id: $id}) SET n.cacheProbe = $value', {
    id: 'act-kim-jong-un',
    value,
  });

afterAll(async () => {
  await setProbe(db, null);
  await other.close();
  await db.close();
});

describe('read cache', () => {
  it('reuses one version read for the requests of a short window', async () => {
    await request(app).get(NODE).expect(200);
    await sleep(cache.freshnessMs + 20);
    const before = cache.stats.versionReads;
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => request(app).get(NODE).expect(200)),
    );
    expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
    // 40 requests: one shared read (two if a read was already under way), not 40.
    expect(cache.stats.versionReads - before).toBeLessThanOrEqual(2);
    expect(cache.stats.versionReads - before).toBeGreaterThanOrEqual(1);
  });

  it('reads the next version ahead, past half the window, while the request is answered at once', async () => {
    // A wide window, so that the timing holds on a slow machine.
    const ahead = new ReadCache(db, { freshnessMs: 4000 });
    await ahead.version();
    await sleep(1000);
    expect(ahead.stats.versionReads).toBe(1); // before half the window: nothing read
    await sleep(1200);
    const answer = ahead.version();
    const first = await Promise.race([
      answer.then(() => 'answered'),
      new Promise((r) => setImmediate(() => r('waiting'))),
    ]);
    expect(first).toBe('answered');
    expect(ahead.stats.versionReads).toBe(2); // the read ahead, in the background
    await sleep(300);
    // That read is now the known version: a new window, nothing more to read.
    await ahead.version();
    expect(ahead.stats.versionReads).toBe(2);
  });

  it('a write through the server is seen by the very next request', async () => {
    await request(app).get(NODE).expect(200);
    const probe = `own-${Date.now()}`;
    await setProbe(db, probe);
    const res = await request(app).get(NODE).expect(200);
    expect(JSON.stringify(res.body)).toContain(probe);
  });

  it('a write by another process is seen once the window has passed', async () => {
    await request(app).get(NODE).expect(200);
    const probe = `other-${Date.now()}`;
    await setProbe(other, probe);
    await sleep(cache.freshnessMs + 20);
    const res = await request(app).get(NODE).expect(200);
    expect(JSON.stringify(res.body)).toContain(probe);
  });

  it("the CSV's contradictions are read again once a figure they came from changed", async () => {
    // Blinken's 8,000 deployed is contradicted by Ukrainian intelligence's 3,000;
    // the figures compared for it are kept while the graph stays the same.
    const intel = 'clm-ukr-intel-inexperienced-infantry';
    const disputedBy = async () => {
      const res = await request(app)
        .get('/api/claims.csv?speaker=act-antony-blinken')
        .buffer(true)
        .parse(rawBody)
        .expect(200);
      return String(res.body);
    };
    const [row] = await db.readRows('MATCH (c:Claim {id: $id}) RETURN c.figures AS figures', {
      id: intel,
    });
    const figures = String(row!.figures);
    expect(await disputedBy()).toContain(`[${intel}]`);
    expect(await disputedBy()).toContain(`[${intel}]`);
    try {
      // The intelligence figure now agrees with Blinken's.
      const agreeing = (JSON.parse(figures) as { measure: string; value?: number }[]).map((f) =>
        f.measure === 'nk_troops_deployed' ? { ...f, value: 8000 } : f,
      );
      await db.writeRows('MATCH (c:Claim {id: $id}) SET c.figures = $figures', {
        id: intel,
        figures: JSON.stringify(agreeing),
      });
      expect(await disputedBy()).not.toContain(`[${intel}]`);
    } finally {
      await db.writeRows('MATCH (c:Claim {id: $id}) SET c.figures = $figures', {
        id: intel,
        figures,
      });
    }
    expect(await disputedBy()).toContain(`[${intel}]`);
  });

  it('sends the stored answer gzipped to clients that accept gzip, the same JSON either way', async () => {
    const path = '/api/nodes/act-north-korea/neighborhood?depth=2';
    const plain = await request(app).get(path).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await request(app)
      .get(path)
      .set('Accept-Encoding', 'gzip, deflate, br')
      .buffer(true)
      .parse(rawBody)
      .expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    const raw = zipped.body as Buffer;
    // superagent may already have inflated it; either way the JSON is the same.
    const json = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
    expect(JSON.parse(json.toString('utf8'))).toEqual(plain.body);
    expect(Number(zipped.headers['content-length'] ?? raw.length)).toBeLessThan(
      Number(plain.headers['content-length']),
    );
  });
});
