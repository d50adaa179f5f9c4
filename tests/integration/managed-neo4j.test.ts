import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ManagedNeo4jError } from '../../db/managed/errors';
import { start, status } from '../../db/managed/instance';
import { ensureJars } from '../../db/managed/jars';
import { ensurePassword } from '../../db/managed/password';
import { instanceDir, instancePaths } from '../../db/managed/paths';
import { checkJava } from '../../db/managed/prerequisites';

/** Runs fn with environment variables set, then restores them. */
async function withEnv<T>(
  vars: Record<string, string | undefined>,
  fn: () => Promise<T>,
): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ManagedNeo4jError);
    return err as ManagedNeo4jError;
  }
  throw new Error('expected the start to fail');
};

const INSTANCE = 'errors-under-test';
afterEach(() => rmSync(instanceDir(INSTANCE), { recursive: true, force: true }));

describe('managed Neo4j start-up errors', () => {
  it('says so when the configured Bolt port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const err = await withEnv({ CLAIMGRAPH_NEO4J_PORT: String(port) }, () =>
        failure(start(INSTANCE)),
      );
      expect(err.message).toBe(
        `Port ${port} (CLAIMGRAPH_NEO4J_PORT) is already taken on 127.0.0.1.`,
      );
      expect(err.hint).toMatch(/unset CLAIMGRAPH_NEO4J_PORT/);
    } finally {
      blocker.close();
    }
    expect((await status(INSTANCE)).running).toBe(false);
  });

  it('says so when Java is missing', async () => {
    const err = await withEnv({ JAVA_HOME: '/nonexistent-jdk' }, () => failure(start(INSTANCE)));
    expect(err.message).toMatch(/Java 17 or newer is needed/);
    expect(err.hint).toMatch(/openjdk-17/);
  });

  it('says so when Maven is missing and the jars are not cached', async () => {
    const emptyCache = mkdtempSync(join(tmpdir(), 'claimgraph-cache-'));
    // Java stays reachable through JAVA_HOME while PATH no longer finds mvn.
    const javaHome =
      process.env.JAVA_HOME ??
      dirname(dirname(realpathSync(execSync('command -v java', { encoding: 'utf8' }).trim())));
    const err = await withEnv(
      { CLAIMGRAPH_CACHE_DIR: emptyCache, JAVA_HOME: javaHome, PATH: '/nonexistent' },
      () => failure(start(INSTANCE)),
    );
    expect(err.message).toMatch(/Maven is needed/);
    rmSync(emptyCache, { recursive: true, force: true });
  }, 30_000);

  it('shows the tail of the log when Neo4j fails to start', async () => {
    // A password already set skips the admin tool, so the server itself meets the bad setting.
    mkdirSync(instanceDir(INSTANCE), { recursive: true });
    writeFileSync(join(instanceDir(INSTANCE), 'password'), 'not-used-here\n');
    const err = await withEnv({ CLAIMGRAPH_NEO4J_HEAP: '3banana' }, () =>
      failure(start(INSTANCE, { timeoutSeconds: 60 })),
    );
    expect(err.message).toMatch(/Neo4j exited during start-up/);
    expect(err.message).toMatch(/Invalid (initial|maximum) heap size/);
  }, 90_000);
});

describe('managed Neo4j password', () => {
  it('sets a generated password that starts with "-" (neo4j-admin must not read it as an option)', () => {
    const paths = instancePaths(INSTANCE);
    mkdirSync(paths.conf, { recursive: true });
    writeFileSync(paths.confFile, '');
    const password = ensurePassword(paths, checkJava().binary, ensureJars(), () => '-Xdash1234567');
    expect(password).toBe('-Xdash1234567');
    // The second call reads the kept password instead of setting a new one.
    expect(ensurePassword(paths, checkJava().binary, ensureJars(), () => 'unused')).toBe(
      '-Xdash1234567',
    );
  }, 30_000);
});
