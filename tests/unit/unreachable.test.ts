/**
 * db/unreachable.ts against real sockets on loopback: a closed port, a server
 * that does not speak TLS, a TLS server with a self-signed certificate, and a
 * Bolt server that resets the connection as the driver logs in.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import neo4j, { Neo4jError } from 'neo4j-driver';
import {
  explainUnreachable,
  isUnreachable,
  Neo4jUnreachableError,
  withReason,
} from '../../db/unreachable';
import { isDatabaseUnavailable } from '../../server/http/errors';
import { makeCertificate } from '../support/certificate';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-unreachable-'));
const servers: Server[] = [];
let closedPort: number;
let plainPort: number;
let tlsPort: number;

const sockets = new Set<Socket>();
const listen = (server: Server) =>
  new Promise<number>((resolve) => {
    servers.push(server);
    // Closed with the servers: the probes' connections would keep them open.
    server.on('connection', (socket: Socket) => sockets.add(socket));
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });

beforeAll(async () => {
  const pem = makeCertificate(dir, 'DNS:localhost');

  const closed = createNetServer();
  closedPort = await listen(closed);
  await new Promise<void>((r) => closed.close(() => r()));
  servers.pop();
  // Answers anything with a line of text, as a server without TLS would.
  plainPort = await listen(
    createNetServer((socket) => {
      socket.on('error', () => {});
      socket.end('not TLS\r\n');
    }),
  );
  tlsPort = await listen(
    createTlsServer(
      { key: readFileSync(pem.privateKey), cert: readFileSync(pem.certificate) },
      (socket) => socket.end(),
    ),
  );
}, 30_000);

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });
});

describe('explainUnreachable', () => {
  it('a closed port: nothing accepts connections', async () => {
    const why = await explainUnreachable(`neo4j://127.0.0.1:${closedPort}`);
    expect(why?.message).toBe(
      `Nothing accepts connections at 127.0.0.1:${closedPort} (ECONNREFUSED).`,
    );
    expect(why?.hint).toMatch(/NEO4J_URI/);
  });

  it('a certificate no trusted CA signed (neo4j+s): refused, with how to trust it', async () => {
    const why = await explainUnreachable(`neo4j+s://localhost:${tlsPort}`);
    expect(why?.message).toBe(
      `The server's TLS certificate at localhost:${tlsPort} was refused: ` +
        'self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT).',
    );
    expect(why?.hint).toContain('NODE_EXTRA_CA_CERTS=');
    expect(why?.hint).toContain(`neo4j+ssc://localhost:${tlsPort}`);
  });

  it('the same server with the check off (neo4j+ssc) or plain bolt://', async () => {
    expect(await explainUnreachable(`neo4j+ssc://localhost:${tlsPort}`)).toBeNull();
    const why = await explainUnreachable(`bolt://localhost:${tlsPort}`);
    expect(why?.message).toBe(
      `The server at localhost:${tlsPort} takes encrypted connections only.`,
    );
    expect(why?.hint).toBe(
      `Use bolt+s://localhost:${tlsPort} (or bolt+ssc://localhost:${tlsPort} for a certificate no CA signed).`,
    );
  });

  it('a server without TLS, asked for TLS', async () => {
    const why = await explainUnreachable(`bolt+s://127.0.0.1:${plainPort}`);
    expect(why?.message).toMatch(
      new RegExp(`^The server at 127\\.0\\.0\\.1:${plainPort} did not complete a TLS handshake: `),
    );
    expect(why?.hint).toBe('If it does not use TLS, use bolt:// or neo4j://.');
    // Plain, it answers: nothing to explain.
    expect(await explainUnreachable(`bolt://127.0.0.1:${plainPort}`)).toBeNull();
  });

  it('a URI that is not Bolt: nothing to probe', async () => {
    expect(await explainUnreachable(`http://127.0.0.1:${plainPort}`)).toBeNull();
  });
});

describe('withReason', () => {
  const unavailable = new Neo4jError(
    'Could not perform discovery. No routing servers available.',
    'ServiceUnavailable',
    'N/A',
    'N/A',
  );

  it('replaces the driver’s "unavailable" with the reason found', async () => {
    const err = await withReason(unavailable, `neo4j://127.0.0.1:${closedPort}`);
    expect(err).toBeInstanceOf(Neo4jUnreachableError);
    expect((err as Error).message).toBe(
      `Could not connect to Neo4j at neo4j://127.0.0.1:${closedPort}. ` +
        `Nothing accepts connections at 127.0.0.1:${closedPort} (ECONNREFUSED).`,
    );
  });

  it('leaves other errors, and failures it cannot explain, as they were', async () => {
    const auth = new Neo4jError(
      'unauthorized',
      'Neo.ClientError.Security.Unauthorized',
      'N/A',
      'N/A',
    );
    expect(await withReason(auth, `neo4j://127.0.0.1:${closedPort}`)).toBe(auth);
    expect(await withReason(unavailable, `neo4j+ssc://localhost:${tlsPort}`)).toBe(unavailable);
  });
});

describe('isUnreachable', () => {
  /**
   * A Bolt server that agrees on Bolt 5.4, then resets the connection as soon
   * as the driver logs in: Neo4j going away while a pooled connection opens.
   */
  async function resetAtLogin(): Promise<number> {
    return listen(
      createNetServer((socket) => {
        socket.on('error', () => {});
        let received = 0;
        socket.on('data', (chunk: Buffer) => {
          if (received >= 20) {
            socket.resetAndDestroy();
            return;
          }
          received += chunk.length;
          // The handshake is 20 bytes: a magic number and four versions; the answer, one version.
          if (received >= 20) socket.write(Buffer.from([0, 0, 4, 5]));
        });
      }),
    );
  }

  it('a connection lost while logging in is Neo4j unreachable (503), not a protocol error (500)', async () => {
    const port = await resetAtLogin();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'x'), {
      maxTransactionRetryTime: 0,
    });
    const session = driver.session();
    const err = await session.run('RETURN 1').then(
      () => null,
      (e: unknown) => e,
    );
    await session.close().catch(() => {});
    await driver.close();
    // The driver gives it the code of a broken protocol, with the words of a connection lost.
    expect(err).toBeInstanceOf(Neo4jError);
    expect((err as Neo4jError).code).toBe('ProtocolError');
    expect((err as Neo4jError).message).toMatch(/^Failed to connect to server\. .*ECONNRESET/);
    expect(isUnreachable(err)).toBe(true);
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it('a protocol error that is not a connection lost stays one', () => {
    const err = new Neo4jError('Unknown Bolt protocol version: 9', 'ProtocolError', '50N42', '');
    expect(isUnreachable(err)).toBe(false);
    expect(isDatabaseUnavailable(err)).toBe(false);
    expect(isUnreachable(new Neo4jError('gone', 'ServiceUnavailable', '50N42', ''))).toBe(true);
  });
});
