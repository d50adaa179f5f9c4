/**
 * The closest pairs of a stream of agreeing figures, for a table: every pair
 * counted, the first `limit` closest first kept (ties in the order met), without
 * holding the millions a graph-wide walk meets at scale. Serves the graph's and
 * the claims in view's table (figure-agreements.ts) and a source's
 * (source-agreements.ts).
 */
export class ClosestPairs<P extends { apart: number }> {
  total = 0;
  private kept: P[] = [];
  /**
   * Once `limit` are kept, a pair no closer than the last of them is not: it
   * would come after them (apart may be Infinity: "up to 8,000" agrees with 0).
   */
  private worst: number | null = null;

  constructor(private readonly limit: number) {}

  add(pair: P): void {
    this.total += 1;
    if (this.limit <= 0 || (this.worst !== null && pair.apart >= this.worst)) return;
    this.kept.push(pair);
    if (this.kept.length >= 2 * this.limit) {
      this.kept = this.closestFirst();
      this.worst = this.kept[this.limit - 1]!.apart;
    }
  }

  /** The first `limit`, closest first. */
  closestFirst(): P[] {
    // Stable: ties stay in the order met.
    return this.kept.sort((x, y) => x.apart - y.apart).slice(0, this.limit);
  }
}
