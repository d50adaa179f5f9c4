/**
 * A response cache for the read routes that does not serve stale answers.
 * Every answer is stored with the graph's version: the bookmark of the last
 * transaction committed in the database, which Neo4j returns with any read. A
 * request gets the stored bytes only if nothing was committed since, by this
 * server or by anyone else (seed, ingest, another process); otherwise the
 * answer is computed once, however many requests wait for it.
 *
 * The version is read with one tiny round trip, shared by the requests that
 * arrive together, and reused for `freshnessMs` (50 ms) after that read began:
 * under load, one read per request batch cost half a core. Past half of that
 * window the next read starts ahead, so that steady traffic never waits for
 * one. Writes through this server (GraphDb.onWrite) drop the reused version at
 * once, so they are seen by the next request; writes by other processes within
 * 50 ms. `freshnessMs: 0` reads the version for every request batch.
 *
 * Answers are stored gzipped too, and sent so to clients that accept gzip
 * (browsers do): a depth-2 neighbourhood is ~175 KB of JSON, ~20 KB gzipped.
 *
 * `Cache-Control: no-cache` (or no-store) on a request skips the cache. When
 * Neo4j is down the version cannot be read, so once the last read is older
 * than the window nothing is served from the cache: the route answers 503.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'express';
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../../db/graph-db';

interface Entry {
  version: string;
  body: Buffer;
  /** The body gzipped; null when gzip does not make it smaller. */
  gzipped: Buffer | null;
  /** Computed once: Express would otherwise hash the body again for every response. */
  etag: string;
}

export interface ReadCacheOptions {
  /** Bytes of response bodies kept, least recently used dropped first. */
  maxBytes?: number;
  /** Larger answers are not kept. */
  maxEntryBytes?: number;
  /** How long a version read may be reused, from when it began (ms). */
  freshnessMs?: number;
}

/** Bodies smaller than this are sent as they are. */
const GZIP_MIN_BYTES = 1024;

const noop = () => {};
const gzipAsync = promisify(gzip);

export class ReadCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private computing = new Map<string, Promise<Entry>>();
  private inFlight: { promise: Promise<string>; startedAt: number } | null = null;
  private queued: Promise<string> | null = null;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  readonly freshnessMs: number;
  /** The last version read, and when that read began. */
  private known: { version: string; readStartedAt: number } | null = null;
  /** When the last write through this server ended: a read begun before it is not reused. */
  private lastWriteAt = -Infinity;
  stats = { hits: 0, misses: 0, bypass: 0, versionReads: 0 };

  constructor(
    private readonly db: GraphDb,
    opts: ReadCacheOptions = {},
  ) {
    this.maxBytes = opts.maxBytes ?? 64 * 2 ** 20;
    this.maxEntryBytes = opts.maxEntryBytes ?? 4 * 2 ** 20;
    this.freshnessMs = opts.freshnessMs ?? 50;
    db.onWrite(() => (this.lastWriteAt = performance.now()));
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private async fetchVersion(): Promise<string> {
    // A new session each time: a long-lived one would send its last bookmark,
    // and after a restore from backup the server would wait for it forever.
    return this.db.guarded(async () => {
      const session = this.db.driver.session({
        database: this.db.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        await session.run('RETURN 1');
        return session.lastBookmarks().join(',');
      } finally {
        await session.close();
      }
    });
  }

  private startFetch(): Promise<string> {
    const startedAt = performance.now();
    this.stats.versionReads += 1;
    const p = this.fetchVersion();
    this.inFlight = { promise: p, startedAt };
    p.then((version) => {
      if ((this.known?.readStartedAt ?? -Infinity) < startedAt) {
        this.known = { version, readStartedAt: startedAt };
      }
    }, noop);
    p.finally(() => {
      if (this.inFlight?.promise === p) this.inFlight = null;
    }).catch(noop);
    return p;
  }

  /** A read begun after the last write and less than the window ago answers for now. */
  private current(readStartedAt: number, now: number): boolean {
    return readStartedAt > this.lastWriteAt && now - readStartedAt < this.freshnessMs;
  }

  /**
   * The graph's version as of a moment at most `freshnessMs` before this call,
   * and after the last write through this server. A read already under way
   * that began earlier than that does not answer: its callers share the next.
   */
  version(): Promise<string> {
    const now = performance.now();
    const known = this.known;
    if (known && this.current(known.readStartedAt, now)) {
      // Past half the window the next version is read ahead, in the
      // background: under steady traffic no request waits for a read.
      if (!this.inFlight && now - known.readStartedAt >= this.freshnessMs / 2) this.startFetch();
      return Promise.resolve(known.version);
    }
    if (!this.inFlight) return this.startFetch();
    if (this.current(this.inFlight.startedAt, now)) return this.inFlight.promise;
    this.queued ??= this.inFlight.promise.then(noop, noop).then(() => {
      this.queued = null;
      return this.startFetch();
    });
    return this.queued;
  }

  private store(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= entryBytes(old);
      this.entries.delete(key);
    }
    if (entry.body.length > this.maxEntryBytes) return;
    this.entries.set(key, entry);
    this.bytes += entryBytes(entry);
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= entryBytes(e);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  /**
   * Sends the JSON answer for `req`: from the cache when the graph has not
   * changed since it was computed, else from `compute`. The key is the URL.
   */
  async send(req: Request, res: Response, compute: () => Promise<unknown>): Promise<void> {
    const cc = req.get('cache-control') ?? '';
    if (/no-cache|no-store/i.test(cc)) {
      this.stats.bypass += 1;
      res.json(await compute());
      return;
    }
    const key = req.originalUrl;
    const version = await this.version();
    const hit = this.entries.get(key);
    let entry: Entry;
    if (hit && hit.version === version) {
      this.stats.hits += 1;
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      entry = hit;
    } else {
      this.stats.misses += 1;
      const slot = `${version}\n${key}`;
      let pending = this.computing.get(slot);
      if (!pending) {
        pending = compute().then(async (value) => {
          const body = Buffer.from(JSON.stringify(value));
          const hash = createHash('sha1').update(body).digest('base64url').slice(0, 27);
          // In zlib's thread pool: ~3 ms for a 175 KB answer, off the event loop.
          const gz = body.length >= GZIP_MIN_BYTES ? await gzipAsync(body, { level: 6 }) : null;
          return {
            version,
            body,
            gzipped: gz && gz.length < body.length ? gz : null,
            etag: `W/"${body.length.toString(16)}-${hash}"`,
          };
        });
        this.computing.set(slot, pending);
        pending
          .then((e) => this.store(key, e))
          .catch(noop)
          .finally(() => this.computing.delete(slot));
      }
      entry = await pending;
    }
    // With ETag set, Express answers 304 to a matching If-None-Match itself.
    // The ETag is weak: the same for both encodings of one answer.
    res
      .set('Content-Type', 'application/json; charset=utf-8')
      .set('ETag', entry.etag)
      .vary('Accept-Encoding');
    if (entry.gzipped && req.acceptsEncodings('gzip') === 'gzip') {
      res.set('Content-Encoding', 'gzip').send(entry.gzipped);
    } else {
      res.send(entry.body);
    }
  }
}

function entryBytes(e: Entry): number {
  return e.body.length + (e.gzipped?.length ?? 0);
}

const caches = new WeakMap<GraphDb, ReadCache>();

/** The read cache of a database handle (one per app and GraphDb). */
export function readCacheFor(db: GraphDb): ReadCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new ReadCache(db, {
      maxBytes: Number(process.env.CLAIMGRAPH_READ_CACHE_MB ?? 64) * 2 ** 20,
      freshnessMs: Number(process.env.CLAIMGRAPH_READ_CACHE_FRESHNESS_MS ?? 50),
    });
    caches.set(db, cache);
  }
  return cache;
}
