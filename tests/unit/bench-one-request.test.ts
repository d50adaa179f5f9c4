/**
 * The benchmark's one-at-a-time client (bench/one-request.ts): it sends the
 * headers given, reads every byte of the answer, and keeps one connection.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OneRequestClient } from '../../bench/one-request';

const BODY = Buffer.alloc(59_000, 'x');
const seen: {
  url: string;
  cacheControl: string | undefined;
  port: number;
  method?: string;
  body?: string;
  type?: string;
}[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    seen.push({
      url: req.url ?? '',
      cacheControl: req.headers['cache-control'],
      port: req.socket.remotePort ?? 0,
      ...(req.method === 'POST'
        ? { method: req.method, body, type: req.headers['content-type'] }
        : {}),
    });
    res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json' });
    res.end(req.url === '/missing' ? '{}' : BODY);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('OneRequestClient', () => {
  it('times whole answers over one kept-alive connection', async () => {
    const client = new OneRequestClient(baseUrl);
    try {
      const a = await client.get('/a', { 'cache-control': 'no-cache' });
      const b = await client.get('/missing');
      expect(a).toMatchObject({ status: 200, bytes: 59_000 });
      expect(a.ms).toBeGreaterThan(0);
      expect(b).toMatchObject({ status: 404, bytes: 2 });
      expect(seen.map((s) => [s.url, s.cacheControl])).toEqual([
        ['/a', 'no-cache'],
        ['/missing', undefined],
      ]);
      expect(seen[1]!.port).toBe(seen[0]!.port);
    } finally {
      client.close();
    }
  });

  it('posts a JSON body, timed alike', async () => {
    const client = new OneRequestClient(baseUrl);
    seen.length = 0;
    try {
      const r = await client.post('/p', '{"ids":["a"]}');
      expect(r).toMatchObject({ status: 200, bytes: 59_000 });
      expect(seen).toEqual([
        expect.objectContaining({
          url: '/p',
          method: 'POST',
          body: '{"ids":["a"]}',
          type: 'application/json',
        }),
      ]);
    } finally {
      client.close();
    }
  });

  it('rejects when nothing listens', async () => {
    const client = new OneRequestClient('http://127.0.0.1:1');
    await expect(client.get('/')).rejects.toThrow(/ECONNREFUSED/);
    client.close();
  });
});
