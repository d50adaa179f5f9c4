/**
 * A Neo4j Community server run by the project itself: provisioned from Maven
 * Central, started detached on a free loopback port, stopped cleanly.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { confOutdated, defaultMemory, renderConf } from './conf';
import { ManagedNeo4jError } from './errors';
import { ensureJars, neo4jVersion } from './jars';
import { ensurePassword } from './password';
import { instancePaths, type InstancePaths } from './paths';
import { checkJava } from './prerequisites';

export interface InstanceState {
  pid: number;
  boltPort: number;
  version: string;
  startedAt: string;
  /** Bolt takes TLS connections only (StartOptions.boltTls). */
  boltTls?: boolean;
}

export interface Connection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface StartOptions {
  log?: (line: string) => void;
  /** Seconds to wait for Bolt to answer. */
  timeoutSeconds?: number;
  /**
   * Bolt over TLS only, with this PEM key and certificate (copied into the
   * instance). For testing encrypted connections (neo4j+s://) end to end.
   */
  boltTls?: { privateKey: string; certificate: string };
}

// The JVM flags of the neo4j.conf that Neo4j 5.26 ships, as its launcher would
// pass them. AlwaysPreTouch commits the heap's pages at start (~0.5 s) instead
// of faulting them in during the first large load; TrustFinalNonStaticFields
// lets the JIT fold the kernel's final fields.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export function readState(paths: InstancePaths): InstanceState | null {
  if (!existsSync(paths.stateFile)) return null;
  try {
    return JSON.parse(readFileSync(paths.stateFile, 'utf8')) as InstanceState;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when something accepts connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port, '127.0.0.1');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const addr = probe.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return `(no ${file})`;
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

export function connectionOf(name: string): Connection | null {
  const paths = instancePaths(name);
  const state = readState(paths);
  if (!state || !existsSync(paths.passwordFile)) return null;
  return {
    uri: boltUri(state.boltPort, state.boltTls),
    username: 'neo4j',
    password: readFileSync(paths.passwordFile, 'utf8').trim(),
    database: 'neo4j',
  };
}

/**
 * The project's own connection to its instance. Over TLS it does not check
 * the certificate (bolt+ssc): the instance is its own, on loopback; clients
 * that do check it use neo4j+s:// with the certificate trusted.
 */
function boltUri(port: number, tls = false): string {
  return `${tls ? 'bolt+ssc' : 'bolt'}://127.0.0.1:${port}`;
}

async function boltAnswers(conn: Connection): Promise<boolean> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity({ database: conn.database });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export interface Status {
  running: boolean;
  pid?: number;
  boltPort?: number;
  /** How the project connects to it, when running. */
  uri?: string;
  version: string;
  home: string;
}

export async function status(name: string): Promise<Status> {
  const paths = instancePaths(name);
  const state = readState(paths);
  const running = !!state && isAlive(state.pid);
  return {
    running,
    pid: running ? state.pid : undefined,
    boltPort: running ? state.boltPort : undefined,
    uri: running ? boltUri(state.boltPort, state.boltTls) : undefined,
    version: state?.version ?? neo4jVersion(),
    home: paths.home,
  };
}

async function choosePort(previous: number | undefined): Promise<number> {
  const wanted = process.env.CLAIMGRAPH_NEO4J_PORT;
  if (wanted) {
    const port = Number(wanted);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new ManagedNeo4jError(`CLAIMGRAPH_NEO4J_PORT="${wanted}" is not a TCP port number.`);
    }
    if (await portInUse(port)) {
      throw new ManagedNeo4jError(
        `Port ${port} (CLAIMGRAPH_NEO4J_PORT) is already taken on 127.0.0.1.`,
        'Stop whatever listens there, or unset CLAIMGRAPH_NEO4J_PORT to use a free port.',
      );
    }
    return port;
  }
  if (previous && !(await portInUse(previous))) return previous;
  return freePort();
}

function runsOutdatedConf(paths: InstancePaths, state: InstanceState): boolean {
  if (!existsSync(paths.confFile)) return false;
  const { heap, pageCache } = defaultMemory();
  return confOutdated(readFileSync(paths.confFile, 'utf8'), paths, {
    boltPort: state.boltPort,
    heap,
    pageCache,
    boltTls: state.boltTls === true,
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the instance if it is not running, waits for Bolt, returns how to connect. */
export async function start(name: string, options: StartOptions = {}): Promise<Connection> {
  const log = options.log ?? (() => {});
  const paths = instancePaths(name);
  const previous = readState(paths);
  if (previous && isAlive(previous.pid)) {
    const conn = connectionOf(name);
    if (conn && (await boltAnswers(conn))) {
      if (runsOutdatedConf(paths, previous))
        log(
          `Neo4j "${name}" runs with another neo4j.conf than it would start with now ` +
            `(an upgrade or CLAIMGRAPH_NEO4J_HEAP/_PAGECACHE changed it): stop it ` +
            `(npx tsx db/cli.ts stop --instance ${name}) and start it again to apply it.`,
        );
      return conn;
    }
  }

  const { binary: java } = checkJava();
  const lib = ensureJars(log);
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run])
    mkdirSync(dir, { recursive: true });
  const boltPort = await choosePort(previous?.boltPort);
  const { heap, pageCache } = defaultMemory();
  const boltTls = options.boltTls !== undefined;
  if (options.boltTls) {
    mkdirSync(paths.boltCertificates, { recursive: true });
    copyFileSync(options.boltTls.privateKey, join(paths.boltCertificates, 'private.key'));
    copyFileSync(options.boltTls.certificate, join(paths.boltCertificates, 'public.crt'));
  }
  writeFileSync(paths.confFile, renderConf(paths, { boltPort, heap, pageCache, boltTls }));
  const password = ensurePassword(paths, java, lib);

  const out = openSync(paths.stdoutFile, 'a');
  const child = spawn(
    java,
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
    },
  );
  closeSync(out);
  child.unref();
  const pid = child.pid;
  if (!pid) throw new ManagedNeo4jError('Could not launch java for Neo4j.');
  writeFileSync(paths.pidFile, `${pid}\n`);
  const state: InstanceState = {
    pid,
    boltPort,
    version: neo4jVersion(),
    startedAt: new Date().toISOString(),
    ...(boltTls ? { boltTls } : {}),
  };
  writeFileSync(paths.stateFile, JSON.stringify(state, null, 2));
  log(`Starting Neo4j ${state.version} (pid ${pid}) on ${boltUri(boltPort, boltTls)}…`);

  const conn: Connection = {
    uri: boltUri(boltPort, boltTls),
    username: 'neo4j',
    password,
    database: 'neo4j',
  };
  const deadline = Date.now() + (options.timeoutSeconds ?? 180) * 1000;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      throw new ManagedNeo4jError(
        `Neo4j exited during start-up. The end of its log (${paths.neo4jLog}):\n` +
          `${tail(paths.neo4jLog)}\n--- ${paths.stdoutFile}:\n${tail(paths.stdoutFile, 15)}`,
      );
    }
    if (await boltAnswers(conn)) return conn;
    await sleep(500);
  }
  await stop(name);
  throw new ManagedNeo4jError(
    `Neo4j did not answer on Bolt within ${options.timeoutSeconds ?? 180}s; it was stopped. ` +
      `The end of its log (${paths.neo4jLog}):\n${tail(paths.neo4jLog)}`,
  );
}

/** Stops the instance: SIGTERM lets Neo4j check-point and close its store cleanly. */
export async function stop(name: string, timeoutSeconds = 90): Promise<boolean> {
  const paths = instancePaths(name);
  const state = readState(paths);
  if (!state || !isAlive(state.pid)) {
    rmSync(paths.pidFile, { force: true });
    return false;
  }
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (isAlive(state.pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
  rmSync(paths.pidFile, { force: true });
  return true;
}
