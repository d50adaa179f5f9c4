/**
 * One HTTP request at a time, timed, over one kept-alive connection with
 * node:http: the client of the benchmark's cold and Express-overhead figures.
 *
 * Not `fetch`: its WHATWG streams cost the client 0.7 ms on an empty answer and
 * ~2 ms on a 59 KB one (means, this 2-core VM; bench fix 38), time the
 * overhead figure would have charged to the server.
 */
import http from 'node:http';

export interface TimedResponse {
  ms: number;
  status: number;
  bytes: number;
}

export class OneRequestClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;

  constructor(baseUrl: string) {
    this.url = new URL(baseUrl);
  }

  /** GET `path`; the time runs from the call to the answer's last byte. */
  get(path: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
    return this.request('GET', path, headers);
  }

  /** POST a JSON `body` to `path`, timed as get is. */
  post(path: string, body: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
    return this.request('POST', path, { ...headers, 'content-type': 'application/json' }, body);
  }

  private request(
    method: 'GET' | 'POST',
    path: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<TimedResponse> {
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const req = http.request(
        { host: this.url.hostname, port: this.url.port, path, method, agent: this.agent, headers },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () =>
            resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, bytes }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
