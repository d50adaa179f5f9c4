/** Renders neo4j.conf for a managed instance. */
import type { InstancePaths } from './paths';

export interface ConfOptions {
  boltPort: number;
  heap: string;
  pageCache: string;
  /** Bolt with TLS required, the key and certificate in paths.boltCertificates. */
  boltTls?: boolean;
}

/**
 * Procedures the project calls, through its own code or the analysts' read-only
 * Cypher endpoint. Everything else is not even loaded.
 */
export const PROCEDURE_ALLOWLIST = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.*',
  'db.index.fulltext.*',
  'db.awaitIndexes',
  'db.awaitIndex',
  'db.ping',
  'db.info',
  'dbms.components',
];

/**
 * Sized for a 2-core, 24 GiB machine that also runs the API, the tests and a
 * browser: 2 GiB of heap and 2 GiB of page cache hold a 1M-relationship graph
 * in memory with room to spare. Override with CLAIMGRAPH_NEO4J_HEAP/_PAGECACHE.
 */
export function defaultMemory(): { heap: string; pageCache: string } {
  return {
    heap: process.env.CLAIMGRAPH_NEO4J_HEAP ?? '2g',
    pageCache: process.env.CLAIMGRAPH_NEO4J_PAGECACHE ?? '2g',
  };
}

function boltTlsConf(paths: InstancePaths): string {
  return `# Bolt over TLS only (started with boltTls): the key and certificate given.
server.bolt.tls_level=REQUIRED
dbms.ssl.policy.bolt.enabled=true
dbms.ssl.policy.bolt.base_directory=${paths.boltCertificates}
dbms.ssl.policy.bolt.private_key=private.key
dbms.ssl.policy.bolt.public_certificate=public.crt
dbms.ssl.policy.bolt.client_auth=NONE`;
}

/**
 * Whether a running instance was started with another neo4j.conf than this
 * code would write for it (an upgrade changed a setting, or the memory given by
 * CLAIMGRAPH_NEO4J_HEAP/_PAGECACHE changed): it only takes effect on a restart.
 */
export function confOutdated(written: string, paths: InstancePaths, o: ConfOptions): boolean {
  return written !== renderConf(paths, o);
}

export function renderConf(paths: InstancePaths, o: ConfOptions): string {
  return `# Written by Claimgraph (db/managed/conf.ts) on every start; edits are overwritten.
server.directories.data=${paths.data}
server.directories.logs=${paths.logs}
server.directories.run=${paths.run}

# Bolt on loopback only, at a port chosen when the instance was started.
server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:${o.boltPort}
server.bolt.advertised_address=127.0.0.1:${o.boltPort}
${o.boltTls ? boltTlsConf(paths) : 'server.bolt.tls_level=DISABLED'}
# No HTTP: the project talks Bolt only.
server.http.enabled=false
server.https.enabled=false

# Auth on; the password is generated on first start and kept in ../password.
dbms.security.auth_enabled=true
dbms.security.procedures.allowlist=${PROCEDURE_ALLOWLIST.join(',')}
dbms.security.allow_csv_import_from_file_urls=false

server.memory.heap.initial_size=${o.heap}
server.memory.heap.max_size=${o.heap}
server.memory.pagecache.size=${o.pageCache}
dbms.memory.transaction.total.max=2g
db.memory.transaction.max=1g
# A backstop: the API sets tighter per-transaction timeouts of its own.
db.transaction.timeout=300s

db.tx_log.rotation.retention_policy=200M size
dbms.usage_report.enabled=false

# One plan per query whatever the size of its list parameters. By default Neo4j
# plans a query again for each order of magnitude of a list's size (1, 2-10,
# 11-100, ...), 0.5-0.9 s apiece on this machine, and the API's lists (a
# neighbourhood's frontier, the ids of a subgraph or a CSV) vary by request:
# an analyst's first depth-2 neighbourhood waited for a new plan that was the
# same as the one cached (docs/benchmarks.md).
internal.cypher.use_parameter_size=false
`;
}
