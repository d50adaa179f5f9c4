/**
 * Request logging (server/http/request-log.ts): at level info one line per
 * request; above it no request lines, yet an unhandled error is still logged
 * with the request it belongs to, and every request has an id.
 */
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { errorHandler } from '../../server/http/errors';
import { requestLogging } from '../../server/http/request-log';

interface LogLine {
  level: number;
  msg: string;
  req?: { id: unknown; method: string; url: string };
  err?: { message: string };
}

function appLoggingAt(level: string) {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  const app = express();
  app.use(requestLogging(pino({ level }, sink)));
  const api = express.Router();
  api.get('/ok', (req, res) => {
    res.json({ id: req.id });
  });
  api.get('/boom', () => {
    throw new Error('kaboom');
  });
  app.use('/api', api);
  app.use(errorHandler);
  return { app, lines };
}

describe('request logging', () => {
  it('at info, writes one line per request with its full path and status', async () => {
    const { app, lines } = appLoggingAt('info');
    await request(app).get('/api/ok?q=1').expect(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.msg).toMatch(/^GET \/api\/ok\?q=1 200 \d+ms$/);
    expect(lines[0]!.req).toMatchObject({ method: 'GET', url: '/api/ok?q=1' });
  });

  it('above info, writes no request lines but gives each request its own id', async () => {
    const { app, lines } = appLoggingAt('warn');
    const a = await request(app).get('/api/ok').expect(200);
    const b = await request(app).get('/api/ok').expect(200);
    expect(lines).toEqual([]);
    expect(a.body.id).toEqual(expect.any(Number));
    expect(b.body.id).not.toEqual(a.body.id);
  });

  it('above info, still logs an unhandled error with its request', async () => {
    const { app, lines } = appLoggingAt('warn');
    const res = await request(app).get('/api/boom').expect(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'unhandled error',
      err: { message: 'kaboom' },
      req: { id: Number(res.body.requestId), method: 'GET', url: '/api/boom' },
    });
  });
});
