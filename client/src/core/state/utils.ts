/** A minimal observable store. DOM-free. */
export type Listener<T> = (state: T, prev: T) => void;

export class Store<T extends object> {
  private listeners = new Set<Listener<T>>();
  constructor(private state: T) {}

  get(): T {
    return this.state;
  }

  /** Shallow-merges `patch`; listeners run only when some key changed identity. */
  set(patch: Partial<T>): void {
    const prev = this.state;
    const changed = (Object.keys(patch) as (keyof T)[]).some((k) => patch[k] !== prev[k]);
    if (!changed) return;
    this.state = { ...prev, ...patch };
    for (const fn of [...this.listeners]) fn(this.state, prev);
  }

  subscribe(fn: Listener<T>): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** Whether any of `keys` differ between two states. */
export function changed<T>(a: T, b: T, ...keys: (keyof T)[]): boolean {
  return keys.some((k) => a[k] !== b[k]);
}
