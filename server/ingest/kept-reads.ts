/**
 * Reads by id kept for one version of the graph. The review compares an
 * article's figures again each time the analyst changes a speaker, and each
 * time names mostly the same claims of the graph (the closest that agree, the
 * widest apart): their provenance is read once, not on every change. The
 * owner keeps one per version of the graph (see IngestService), so nothing
 * kept outlives a write.
 */
export class KeptReads<V> {
  /** Null: read, and not found. */
  private readonly kept = new Map<string, V | null>();

  constructor(
    private readonly read: (ids: string[]) => Promise<Map<string, V>>,
    /** Ids kept at most; past that the next read starts afresh. */
    private readonly max = 20_000,
  ) {}

  /** The values of `ids` that exist, reading only those not read before. */
  async get(ids: Iterable<string>): Promise<Map<string, V>> {
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => !this.kept.has(id));
    if (missing.length) {
      const read = await this.read(missing);
      if (this.kept.size + missing.length > this.max) this.kept.clear();
      for (const id of missing) this.kept.set(id, read.get(id) ?? null);
    }
    const out = new Map<string, V>();
    for (const id of unique) {
      const v = this.kept.get(id);
      if (v !== undefined && v !== null) out.set(id, v);
    }
    return out;
  }
}
