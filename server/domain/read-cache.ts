/**
 * A response cache for the read routes that is never stale. Every answer is
 * stored with the graph's version: the bookmark of the last transaction
 * committed in the database, which Neo4j returns with any read. A request asks
 * for the current version (one tiny round trip, shared by the requests that
 * arrive together) and gets the stored bytes only if nothing was committed
 * since, by this server or by anyone else (seed, ingest, another process).
 * Otherwise the answer is computed once, however many requests wait for it.
 *
 * `Cache-Control: no-cache` (or no-store) on a request skips the cache. When
 * Neo4j is down the version cannot be read, so nothing is served from the
 * cache: the route answers 503 like any other.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../../db/graph-db';

interface Entry {
  version: string;
  body: Buffer;
  /** Computed once: Express would otherwise hash the body again for every response. */
  etag: string;
}

export interface ReadCacheOptions {
  /** Bytes of response bodies kept, least recently used dropped first. */
  maxBytes?: number;
  /** Larger answers are not kept. */
  maxEntryBytes?: number;
}

const noop = () => {};

export class ReadCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private computing = new Map<string, Promise<Entry>>();
  private inFlight: Promise<string> | null = null;
  private queued: Promise<string> | null = null;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  stats = { hits: 0, misses: 0, bypass: 0 };

  constructor(
    private readonly db: GraphDb,
    opts: ReadCacheOptions = {},
  ) {
    this.maxBytes = opts.maxBytes ?? 64 * 2 ** 20;
    this.maxEntryBytes = opts.maxEntryBytes ?? 4 * 2 ** 20;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private async fetchVersion(): Promise<string> {
    // A new session each time: a long-lived one would send its last bookmark,
    // and after a restore from backup the server would wait for it forever.
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
  }

  private startFetch(): Promise<string> {
    const p = this.fetchVersion();
    p.finally(() => {
      if (this.inFlight === p) this.inFlight = null;
    }).catch(noop);
    return p;
  }

  /**
   * The graph's version as of a moment after this call: a fetch already under
   * way may have begun before a write this caller must see, so callers that
   * arrive during one share the next.
   */
  version(): Promise<string> {
    if (!this.inFlight) {
      this.inFlight = this.startFetch();
      return this.inFlight;
    }
    this.queued ??= this.inFlight.then(noop, noop).then(() => {
      this.queued = null;
      this.inFlight = this.startFetch();
      return this.inFlight;
    });
    return this.queued;
  }

  private store(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(key);
    }
    if (entry.body.length > this.maxEntryBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.length;
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
        pending = compute().then((value) => {
          const body = Buffer.from(JSON.stringify(value));
          const hash = createHash('sha1').update(body).digest('base64url').slice(0, 27);
          return { version, body, etag: `W/"${body.length.toString(16)}-${hash}"` };
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
    res
      .set('Content-Type', 'application/json; charset=utf-8')
      .set('ETag', entry.etag)
      .send(entry.body);
  }
}

const caches = new WeakMap<GraphDb, ReadCache>();

/** The read cache of a database handle (one per app and GraphDb). */
export function readCacheFor(db: GraphDb): ReadCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new ReadCache(db, {
      maxBytes: Number(process.env.CLAIMGRAPH_READ_CACHE_MB ?? 64) * 2 ** 20,
    });
    caches.set(db, cache);
  }
  return cache;
}
