/**
 * The managed instance's password: generated once, handed to Neo4j before its
 * first start (the only time Neo4j takes it), kept in the instance folder.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { ManagedNeo4jError } from './errors';
import type { InstancePaths } from './paths';

export function newPassword(): string {
  return randomBytes(18).toString('base64url');
}

function hasDatabaseFiles(paths: InstancePaths): boolean {
  return existsSync(paths.data) && readdirSync(paths.data).length > 0;
}

/** Returns the instance's password, setting a new one in Neo4j on first start. */
export function ensurePassword(
  paths: InstancePaths,
  java: string,
  lib: string,
  generate: () => string = newPassword,
): string {
  if (existsSync(paths.passwordFile)) return readFileSync(paths.passwordFile, 'utf8').trim();
  if (hasDatabaseFiles(paths)) {
    throw new ManagedNeo4jError(
      `The instance in ${paths.home} has data but its password file is gone.`,
      `Delete ${paths.home} to start afresh (its data is lost), or restore ${paths.passwordFile}.`,
    );
  }
  const password = generate();
  const run = spawnSync(
    java,
    // `--` ends the options: a base64url password may start with "-", which
    // neo4j-admin would otherwise read as an unknown option (1 start in 64).
    ['-cp', `${lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password],
    {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
    },
  );
  if (run.status !== 0) {
    throw new ManagedNeo4jError(
      `Could not set the initial Neo4j password:\n${run.stdout}${run.stderr}`.trim(),
    );
  }
  writeFileSync(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}
