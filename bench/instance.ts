/**
 * The benchmark's own managed Neo4j instance ("bench" unless CLAIMGRAPH_INSTANCE
 * names another bench-* one). Synthetic data never goes to "default" or "test".
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { start, status, stop, type Connection } from '../db/managed/instance';
import { instancePaths } from '../db/managed/paths';

export function benchInstanceName(env = process.env): string {
  const name = env.CLAIMGRAPH_INSTANCE ?? 'bench';
  if (!/^bench(-[a-z0-9]+)?$/.test(name)) {
    throw new Error(
      `The benchmark runs on its own instance: CLAIMGRAPH_INSTANCE must be "bench" or "bench-…", not "${name}".`,
    );
  }
  return name;
}

export async function startBench(name: string, log: (l: string) => void): Promise<Connection> {
  return start(name, { log });
}

/**
 * Empties the bench instance's graph the quick way: stop it, delete the store
 * and transaction logs of database "neo4j" (the system database, with the
 * password, stays), start again. Deleting 1M relationships with Cypher takes
 * minutes; this takes the time of a restart.
 */
export async function freshBench(name: string, log: (l: string) => void): Promise<Connection> {
  benchInstanceName({ CLAIMGRAPH_INSTANCE: name });
  const paths = instancePaths(name);
  if ((await status(name)).running) {
    log(`Stopping Neo4j "${name}" to empty its database…`);
    await stop(name);
  }
  rmSync(join(paths.data, 'databases', 'neo4j'), { recursive: true, force: true });
  rmSync(join(paths.data, 'transactions', 'neo4j'), { recursive: true, force: true });
  return start(name, { log });
}

export async function stopBench(name: string): Promise<void> {
  await stop(name);
}
