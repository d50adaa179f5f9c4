/**
 * Work written as steps (a generator that yields between them), run straight
 * through: the same work the server runs with the event loop turning between
 * steps (cooperative.ts). No Node imports: figures.ts, which the client
 * shares, uses it.
 */
export function runToEnd<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
