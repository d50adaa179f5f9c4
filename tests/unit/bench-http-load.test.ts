/**
 * The benchmark's load generator (bench/http-load.ts): autocannon with its
 * response-body decoding switched off still counts every response and its
 * bytes, and hands out the pool's paths in turn.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { httpLoad, responseBodiesSkipped } from '../../bench/http-load';

// Incompressible bytes, sent as gzip would be: not valid UTF-8.
const BODY = randomBytes(20_000);
const seen: string[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    res.end(BODY);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('httpLoad', () => {
  it('skips decoding response bodies with the installed autocannon', () => {
    expect(responseBodiesSkipped).toBe(true);
  });

  it('still counts each response and its bytes, with the paths in turn', async () => {
    const stats = await httpLoad({
      baseUrl,
      paths: ['/a', '/b', '/c'],
      connections: 4,
      amount: 60,
    });
    expect(stats.requests).toBe(60);
    expect(stats.status).toEqual({ 200: 60 });
    expect(stats.bytesPerResponse).toBeGreaterThan(BODY.length);
    expect(stats.bytesPerResponse).toBeLessThan(BODY.length + 400);
    expect(seen.filter((u) => u === '/a')).toHaveLength(20);
    expect(seen.filter((u) => u === '/c')).toHaveLength(20);
  });
});
