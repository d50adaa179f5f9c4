/**
 * findDisagreementsCapped for the server, letting the event loop turn between
 * its steps: at scale the graph's figures are tens of millions of pairs
 * (1-2 s), found again after each write, and every other request would wait
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

export async function findDisagreementsCooperatively(
  points: ComparedPoint[],
  limit: number,
  options: CapOptions = {},
): Promise<DisagreementsFound> {
  const work = disagreementsInSteps(points, limit, options);
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
