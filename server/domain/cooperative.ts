/**
 * Work done in steps (a generator that yields between them), run by the server
 * so that the event loop turns between its steps: at scale the graph's figures
 * are tens of millions of pairs (1-2 s), found again after each write, and a
 * much relayed report's disputes some 230,000; every other request would wait
 * for them. Apart from figures.ts, which the client shares, as it uses Node's
 * timers.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  disagreementsInSteps,
  type CapOptions,
  type ComparedPoint,
  type DisagreementsFound,
} from './figures';

/** Runs `work` to its end, letting other requests in after each of its steps. */
export async function runCooperatively<T>(work: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

/** findDisagreementsCapped, a turn of the event loop between its steps. */
export function findDisagreementsCooperatively(
  points: ComparedPoint[],
  limit: number,
  options: CapOptions = {},
): Promise<DisagreementsFound> {
  return runCooperatively(disagreementsInSteps(points, limit, options));
}
