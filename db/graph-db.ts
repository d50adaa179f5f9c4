/**
 * The one way the project talks to Neo4j: a driver bound to a database, with
 * managed read and write transactions (executeRead/executeWrite retry on
 * transient cluster errors) and results converted to plain JSON. While Neo4j
 * is known to be unreachable, new work fails at once (OutageGuard).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Connection } from './connection';
import { OutageGuard } from './outage-guard';
import { toPlain, type Json } from './values';

export type Row = Record<string, Json>;

export interface TxOptions {
  /** Transaction timeout in milliseconds. */
  timeoutMs?: number;
}

export class GraphDb {
  readonly driver: Driver;
  private readonly writeListeners = new Set<() => void>();
  readonly outage = new OutageGuard(() => this.verify());

  constructor(
    readonly connection: Connection,
    config: { maxConnectionPoolSize?: number; maxTransactionRetryTime?: number } = {},
  ) {
    this.driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.username, connection.password),
      {
        maxConnectionPoolSize: config.maxConnectionPoolSize ?? 50,
        connectionAcquisitionTimeout: 10_000,
        connectionTimeout: 5_000,
        // executeRead/Write retry transient errors; an API must answer 503 quickly instead.
        maxTransactionRetryTime: config.maxTransactionRetryTime ?? 3_000,
        disableLosslessIntegers: false,
      },
    );
  }

  get database(): string {
    return this.connection.database;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /**
   * Runs `work`, which talks to Neo4j, unless Neo4j is known to be down, and
   * tells the outage guard how it ended.
   */
  async guarded<T>(work: () => Promise<T>): Promise<T> {
    await this.outage.admit();
    return this.watched(work);
  }

  private async watched<T>(work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.outage.up();
      return result;
    } catch (err) {
      this.outage.observe(err);
      throw err;
    }
  }

  async read<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: TxOptions = {}): Promise<T> {
    await this.outage.admit();
    const session = this.session('READ');
    try {
      return await this.watched(() => session.executeRead(work, txConfig(opts)));
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: TxOptions = {}): Promise<T> {
    await this.outage.admit();
    const session = this.session('WRITE');
    try {
      return await this.watched(() => session.executeWrite(work, txConfig(opts)));
    } finally {
      await session.close();
      // Failed too: a commit whose answer was lost may still have landed.
      this.writeListeners.forEach((fn) => fn());
    }
  }

  /**
   * Runs `work` in a write transaction that is then rolled back: what it would
   * write, with nothing written (a dry run). Neo4j plans its queries as usual,
   * so a rehearsal also warms them up. Write listeners are not called.
   */
  async rehearse<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    opts: TxOptions = {},
  ): Promise<T> {
    const session = this.session('WRITE');
    try {
      await this.guarded(() =>
        session.executeWrite(async (tx) => {
          // A managed transaction is rolled back when its work throws.
          throw new Rehearsed(await work(tx));
        }, txConfig(opts)),
      );
    } catch (err) {
      if (err instanceof Rehearsed) return err.value as T;
      throw err;
    } finally {
      await session.close();
    }
    throw new Error('unreachable: a rehearsal always ends in its rollback');
  }

  /** Calls `fn` after each write transaction through this handle ends. */
  onWrite(fn: () => void): () => void {
    this.writeListeners.add(fn);
    return () => this.writeListeners.delete(fn);
  }

  /** Runs one read query and returns its rows as plain JSON. */
  async readRows(cypher: string, params: Record<string, unknown> = {}, opts: TxOptions = {}) {
    return this.read(async (tx) => rows(await tx.run(cypher, params)), opts);
  }

  /** Runs one write query and returns its rows as plain JSON. */
  async writeRows(cypher: string, params: Record<string, unknown> = {}, opts: TxOptions = {}) {
    return this.write(async (tx) => rows(await tx.run(cypher, params)), opts);
  }

  /** One connection attempt, whatever the outage guard knows: health checks use it. */
  async ping(): Promise<void> {
    await this.watched(() => this.verify());
  }

  private async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.connection.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Carries a rehearsal's answer out of the transaction it rolls back. */
class Rehearsed extends Error {
  constructor(readonly value: unknown) {
    super('rehearsal rolled back');
  }
}

function txConfig(opts: TxOptions) {
  return opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined;
}

export function rows(result: {
  records: { keys: PropertyKey[]; get(k: PropertyKey): unknown }[];
}): Row[] {
  return result.records.map((rec) => {
    const row: Row = {};
    for (const key of rec.keys) row[String(key)] = toPlain(rec.get(key));
    return row;
  });
}

/** Integers go to Neo4j as Integer, not float (LIMIT 10.0 is an error). */
export const int = (n: number) => neo4j.int(n);
