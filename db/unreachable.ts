/**
 * Why Neo4j cannot be reached, in words a user can act on.
 *
 * Through neo4j:// routing the driver reports every failed connection the same
 * way ("Could not perform discovery. No routing servers available"), whether
 * the certificate was refused, nothing listens at the port or the server wants
 * TLS. A direct probe of the address, with the URI's own TLS settings, finds
 * the cause.
 */
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { Neo4jError } from 'neo4j-driver';
import { ActionableError } from './errors';
import type { GraphDb } from './graph-db';

/**
 * The driver's own words for a connection lost. On Bolt 5.1 and later, a
 * connection lost while it logs in (HELLO, then LOGON) reaches the caller as
 * a ProtocolError with the same message as the ServiceUnavailable it began as.
 */
const CONNECTION_LOST =
  /^(?:Failed to connect to server|Connection was closed by server|Connection lost\. Server didn't respond|Failed to establish connection in)/;

/** The driver could not reach a server (as opposed to a query or auth error). */
export function isUnreachable(err: unknown): boolean {
  return (
    err instanceof Neo4jError &&
    (err.code === 'ServiceUnavailable' ||
      (err.code === 'ProtocolError' && CONNECTION_LOST.test(err.message)))
  );
}

/** Neo4j could not be reached; the message says why and the hint what to do. */
export class Neo4jUnreachableError extends ActionableError {}

interface Target {
  host: string;
  port: number;
  /** 'verify': TLS, certificate checked (+s); 'any': TLS, not checked (+ssc). */
  tls: 'none' | 'verify' | 'any';
}

/** A Bolt URI's scheme: bolt or neo4j, plain, +s (certificate checked) or +ssc (not checked). */
const SCHEME = /^(bolt|neo4j)(\+s|\+ssc)?:/;

function parse(uri: string): Target | null {
  const m = SCHEME.exec(uri);
  if (!m || !uri.startsWith('//', m[0].length)) return null;
  let url: URL;
  try {
    url = new URL(uri.replace(/^[^:]+:/, 'http:'));
  } catch {
    return null;
  }
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : 7687,
    tls: m[2] === '+s' ? 'verify' : m[2] === '+ssc' ? 'any' : 'none',
  };
}

type Probe = { ok: true } | { ok: false; code: string; message: string };

/** One connection attempt: TCP, or a TLS handshake with or without the certificate checked. */
function probe(t: Target, tls: Target['tls'], timeoutMs: number): Promise<Probe> {
  return new Promise((resolve) => {
    let socket: Socket;
    const done = (result: Probe) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => done({ ok: false, code: 'ETIMEDOUT', message: `no answer in ${timeoutMs} ms` }),
      timeoutMs,
    );
    if (tls === 'none') {
      socket = netConnect({ host: t.host, port: t.port }, () => done({ ok: true }));
    } else {
      socket = tlsConnect(
        {
          host: t.host,
          port: t.port,
          // SNI takes host names only.
          ...(isIP(t.host) ? {} : { servername: t.host }),
          rejectUnauthorized: tls === 'verify',
        },
        () => done({ ok: true }),
      );
    }
    socket.on('error', (err: NodeJS.ErrnoException) =>
      done({ ok: false, code: err.code ?? 'ERROR', message: err.message }),
    );
  });
}

const CERTIFICATE_CODES =
  /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME|HOSTNAME|EXPIRED/;

function secureScheme(uri: string, suffix: '+s' | '+ssc'): string {
  return uri.replace(SCHEME, `$1${suffix}:`);
}

/**
 * Probes the URI's address and explains the failure, or returns null when the
 * address answers as the URI expects (the problem is elsewhere: the database,
 * a cluster's routing, credentials).
 */
export async function explainUnreachable(
  uri: string,
  timeoutMs = 3000,
): Promise<Neo4jUnreachableError | null> {
  const t = parse(uri);
  if (!t) return null;
  const where = `${t.host}:${t.port}`;
  const first = await probe(t, t.tls, timeoutMs);
  if (first.ok) {
    if (t.tls !== 'none') return null;
    // Plain TCP works: does the server want TLS? A handshake that succeeds says so.
    const secure = await probe(t, 'any', timeoutMs);
    return secure.ok
      ? new Neo4jUnreachableError(
          `The server at ${where} takes encrypted connections only.`,
          `Use ${secureScheme(uri, '+s')} (or ${secureScheme(uri, '+ssc')} for a certificate no CA signed).`,
        )
      : null;
  }
  const { code, message } = first;
  if (code === 'ECONNREFUSED') {
    return new Neo4jUnreachableError(
      `Nothing accepts connections at ${where} (${code}).`,
      'Check that Neo4j runs and the port in NEO4J_URI is its Bolt port, or unset NEO4J_URI to use the managed instance.',
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new Neo4jUnreachableError(
      `The host ${t.host} is not known (${code}).`,
      'Check the host name in NEO4J_URI.',
    );
  }
  if (code === 'ETIMEDOUT') {
    return new Neo4jUnreachableError(
      `${where} did not answer (${message}).`,
      'A firewall may drop the connection, or the host is down.',
    );
  }
  if (CERTIFICATE_CODES.test(code)) {
    return new Neo4jUnreachableError(
      `The server's TLS certificate at ${where} was refused: ${message} (${code}).`,
      'If your own CA signed it, give that CA to Node: NODE_EXTRA_CA_CERTS=/path/to/ca.pem. ' +
        `To skip the check (testing only), use ${secureScheme(uri, '+ssc')}.`,
    );
  }
  if (t.tls !== 'none') {
    // The handshake failed for another reason: most often a server without TLS.
    const plain = await probe(t, 'none', timeoutMs);
    if (plain.ok) {
      return new Neo4jUnreachableError(
        `The server at ${where} did not complete a TLS handshake: ${message} (${code}).`,
        'If it does not use TLS, use bolt:// or neo4j://.',
      );
    }
  }
  return new Neo4jUnreachableError(`Could not connect to ${where}: ${message} (${code}).`);
}

/**
 * Runs `work` after one connection attempt, so that a server that cannot be
 * reached is reported at once rather than after the driver's retries; either
 * way, with the reason a probe finds (withReason).
 */
export async function afterConnecting<T>(db: GraphDb, work: () => Promise<T>): Promise<T> {
  try {
    await db.ping();
    return await work();
  } catch (err) {
    throw await withReason(err, db.connection.uri);
  }
}

/** `err` itself, or, when the driver could not reach the server, the reason found by a probe. */
export async function withReason(err: unknown, uri: string): Promise<unknown> {
  if (!isUnreachable(err)) return err;
  const reason = await explainUnreachable(uri).catch(() => null);
  if (!reason) return err;
  return new Neo4jUnreachableError(
    `Could not connect to Neo4j at ${uri}. ${reason.message}`,
    reason.hint,
  );
}
