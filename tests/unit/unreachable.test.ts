/**
 * db/unreachable.ts against real sockets on loopback: a closed port, a server
 * that does not speak TLS, and a TLS server with a self-signed certificate.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { Neo4jError } from 'neo4j-driver';
import { explainUnreachable, Neo4jUnreachableError, withReason } from '../../db/unreachable';
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
