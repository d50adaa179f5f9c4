/**
 * Resolves Neo4j Community's jars from Maven Central into a cache outside the
 * repository. A completed download is marked, so later starts never call Maven.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManagedNeo4jError } from './errors';
import { cacheDir, POM_FILE } from './paths';
import { checkMaven } from './prerequisites';

export function neo4jVersion(): string {
  const pom = readFileSync(POM_FILE, 'utf8');
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new ManagedNeo4jError(`no <neo4j.version> in ${POM_FILE}`);
  return m[1];
}

export function libDir(version = neo4jVersion()): string {
  return join(cacheDir(), `neo4j-${version}`, 'lib');
}

const MARKER = '.complete';

export function jarsCached(version = neo4jVersion()): boolean {
  return existsSync(join(libDir(version), MARKER));
}

/** Returns the lib directory, downloading the jars first if they are not cached. */
export function ensureJars(log: (line: string) => void = () => {}): string {
  const version = neo4jVersion();
  const lib = libDir(version);
  if (jarsCached(version)) return lib;

  const mvn = checkMaven();
  log(`Resolving Neo4j ${version} jars from Maven Central into ${lib} (first run only)…`);
  const staging = `${lib}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const run = spawnSync(
    mvn,
    [
      '-B',
      '-q',
      '-f',
      POM_FILE,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${staging}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: process.env },
  );
  if (run.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    const tail = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new ManagedNeo4jError(
      `Maven could not resolve Neo4j ${version} from Maven Central (exit ${run.status}).\n${tail}`,
      'Check network access to Maven Central, or set NEO4J_URI to use an existing server.',
    );
  }
  writeFileSync(join(staging, MARKER), `${new Date().toISOString()}\n`);
  rmSync(lib, { recursive: true, force: true });
  mkdirSync(join(lib, '..'), { recursive: true });
  // Rename last, so an interrupted download never looks complete.
  renameSync(staging, lib);
  return lib;
}
