/**
 * The server's warm-up against the real app on the seed graph: every request
 * it makes is answered, and the client's opening requests are then served
 * from the read cache.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readCacheFor } from '../../server/domain/read-cache';
import { OPENING_REQUESTS, warmUp } from '../../server/warm-up';
import { testApp } from '../support/app';
import { testDb } from '../support/db';
import { expectUnchanged, fingerprint } from '../support/fingerprint';

const db = testDb();
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = testApp(db).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

describe('server warm-up', () => {
  it('asks every read route once without a failure, and leaves the opening answers cached', async () => {
    const before = await fingerprint(db);
    const result = await warmUp(baseUrl);
    expect(result.failed).toEqual([]);
    // The two opening requests, the sixteen follow-ups of the seed graph's
    // overview, the ingest preview and its commit as a dry run.
    expect(result.requests).toBe(20);
    await expectUnchanged(db, before);

    const cache = readCacheFor(db);
    for (const path of Object.values(OPENING_REQUESTS)) {
      const { hits, misses } = cache.stats;
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status).toBe(200);
      expect(cache.stats.hits - hits).toBe(1);
      expect(cache.stats.misses - misses).toBe(0);
    }
  }, 60_000);

  it('sends the API token with the ingest preview, which needs it when it is set', async () => {
    const token = 'warm-up-test-token-0123';
    const guarded = testApp(db, { API_TOKEN: token }).listen(0, '127.0.0.1');
    await new Promise((resolve) => guarded.once('listening', resolve));
    const url = `http://127.0.0.1:${(guarded.address() as AddressInfo).port}`;
    try {
      expect((await warmUp(url, { token })).failed).toEqual([]);
      expect((await warmUp(url)).failed).toEqual(['/api/ingest/preview: HTTP 401']);
    } finally {
      await new Promise((resolve) => guarded.close(resolve));
    }
  }, 60_000);

  it('reports a failing request instead of throwing', async () => {
    const result = await warmUp('http://127.0.0.1:9');
    expect(result.requests).toBe(2);
    expect(result.failed).toHaveLength(2);
    expect(result.failed[0]).toMatch(/^\/api\/graph\/overview\?limit=90: /);
  });
});
