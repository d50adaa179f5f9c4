/**
 * Values derived from much of the graph, kept while the graph's version (the
 * read cache's: the bookmark of the last committed transaction) stays the
 * same. The CSV export names, for each claim, the figures that contradict it;
 * that means reading every figure of the measures concerned (36k points at
 * scale 1000). Kept here, a second export of the same graph skips the read.
 *
 * The version is read before the value is computed, so a value is never
 * filed under a version newer than the data it was computed from: a write in
 * between only makes the next request compute it again.
 */
export class VersionMemo<T> {
  private entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(
    private readonly version: () => Promise<string>,
    /** Keys kept, least recently used dropped first. */
    private readonly maxEntries = 8,
  ) {}

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.version();
    const held = this.entries.get(key);
    this.entries.delete(key);
    if (held?.version === version) {
      this.entries.set(key, held);
      return held.value;
    }
    const value = compute();
    const entry = { version, value };
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
