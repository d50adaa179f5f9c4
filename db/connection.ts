/**
 * Where Neo4j is: an external server named by NEO4J_URI (local, cluster or Aura),
 * or else the project's own managed instance, started on demand.
 */
import { start, type Connection } from './managed/instance';

export type { Connection };

export function externalConnection(env = process.env): Connection | null {
  if (!env.NEO4J_URI) return null;
  return {
    uri: env.NEO4J_URI,
    username: env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE ?? 'neo4j',
  };
}

export function managedInstanceName(env = process.env): string {
  return env.CLAIMGRAPH_INSTANCE ?? 'default';
}

/** Resolves the connection, starting the managed instance when NEO4J_URI is unset. */
export async function resolveConnection(log?: (line: string) => void): Promise<Connection> {
  return externalConnection() ?? start(managedInstanceName(), { log });
}

export function describe(conn: Connection): string {
  return `${conn.uri} (database "${conn.database}", user "${conn.username}")`;
}
