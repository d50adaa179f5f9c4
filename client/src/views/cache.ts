/** Memoised API reads for the panels (cleared when an ingest or merge writes to the graph). */
const cache = new Map<string, Promise<unknown>>();

export function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

/** Forgets every memoised read: after a write (a committed source, a merge) they are stale. */
export function clearCache(): void {
  cache.clear();
}
