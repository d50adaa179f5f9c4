/**
 * Why each node or edge is in the dataset: the origins (a load, a search, an
 * expansion…) that brought it. Nearly every key has exactly one, so a key
 * holds its origin as a plain string and gets a Set only when a second
 * arrives: a 10k-node / 20k-edge overview then allocates no Set at all (a Set
 * each cost ~50–60 ms of loading it in Chromium, garbage collection included).
 */
import type { Origin } from './types';

export class OriginIndex {
  private byKey = new Map<string, Origin | Set<Origin>>();

  add(key: string, origin: Origin): void {
    const held = this.byKey.get(key);
    if (held === undefined) this.byKey.set(key, origin);
    else if (typeof held === 'string') {
      if (held !== origin) this.byKey.set(key, new Set([held, origin]));
    } else held.add(origin);
  }

  /** The key's origins, in the order they came. */
  get(key: string): Origin[] {
    const held = this.byKey.get(key);
    if (held === undefined) return [];
    return typeof held === 'string' ? [held] : [...held];
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }

  clear(): void {
    this.byKey.clear();
  }

  /**
   * Takes `origin` from every key that has it and forgets the keys left with
   * none, which it returns in the index's order.
   */
  withdraw(origin: Origin): string[] {
    const orphans: string[] = [];
    for (const [key, held] of this.byKey) {
      if (typeof held !== 'string') {
        // A Set holds two origins or more: taking one leaves one at least,
        // and a single one is held as a string again.
        if (held.delete(origin) && held.size === 1) {
          this.byKey.set(key, held.values().next().value!);
        }
        continue;
      }
      if (held !== origin) continue;
      this.byKey.delete(key);
      orphans.push(key);
    }
    return orphans;
  }

  /** Every key with its origins, as an undo snapshot keeps them. */
  entries(): [string, Origin[]][] {
    return [...this.byKey.keys()].map((key) => [key, this.get(key)]);
  }

  static from(entries: Iterable<[string, Origin[]]>): OriginIndex {
    const index = new OriginIndex();
    for (const [key, origins] of entries) for (const o of origins) index.add(key, o);
    return index;
  }
}
