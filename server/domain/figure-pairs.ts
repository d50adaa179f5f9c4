/**
 * The pairs of disagreeing figures with a claim of a list on one side (the
 * claims an analyst has in view), each pair once, as pairKey keys of the
 * graph's compared points: listed in the order /api/figures lists the graph's
 * (by the first point, then the second; or widest apart first), so that with
 * every claim asked the list is the graph's. Counted by measure, with each
 * measure's widest apart: the Disputes panel, the figures view and the CSV of
 * figure disagreements of the claims in view read them.
 */
import type { Indexed } from './claim-disputes';
import { pairKey, SmallestKeys, WidestPairs, type ComparedPoint, type PairOrder } from './figures';
import { runToEnd } from './steps';

export interface FigurePairKeys {
  /** Every pair with a claim asked on a side (of `measure`, when given). */
  total: number;
  byMeasure: Record<string, number>;
  /** The first `limit` of them in `order`, as keys of `points` for pairAt. */
  keys: number[];
  /** Each measure's `widestPerMeasure` pairs widest apart, widest first, as keys. */
  widestByMeasure: Record<string, number[]>;
}

/**
 * Goes through each pair of disagreeing figures with a claim of `ids` on a
 * side, each once: a pair of two claims asked is met with the one asked
 * first. `pairsOf` gives, for each figure of a claim asked, what to do with
 * its pairs (null: nothing).
 */
export function forEachPairOf(
  indexed: Pick<Indexed, 'index' | 'byClaim'>,
  ids: readonly string[],
  pairsOf: (point: ComparedPoint) => ((other: ComparedPoint, factor: number) => void) | null,
): void {
  runToEnd(pairsOfInSteps(indexed, ids, pairsOf));
}

/**
 * Pairs met between two pauses of pairsOfInSteps (and of a source's agreeing
 * pairs): some 20-50 ms of a source's disputes at scale, between which the
 * server lets the event loop turn.
 */
export const PAIRS_PER_TURN = 5_000;

/** forEachPairOf's work, pausing (a yield) after a claim once PAIRS_PER_TURN pairs were met. */
export function* pairsOfInSteps(
  { index, byClaim }: Pick<Indexed, 'index' | 'byClaim'>,
  ids: readonly string[],
  pairsOf: (point: ComparedPoint) => ((other: ComparedPoint, factor: number) => void) | null,
): Generator<void, void> {
  const asked = [...new Set(ids)].filter((id) => byClaim.has(id));
  const rank = new Map(asked.map((id, i) => [id, i]));
  let met = 0;
  for (let i = 0; i < asked.length; i++) {
    const claim = asked[i]!;
    const countedBefore = (other: ComparedPoint) =>
      (rank.get(other.claimId) ?? Number.POSITIVE_INFINITY) < i;
    for (const point of byClaim.get(claim)!) {
      const visit = pairsOf(point);
      if (!visit) continue;
      index.forEachAgainst(
        point,
        (other, factor) => {
          met += 1;
          visit(other, factor);
        },
        countedBefore,
      );
    }
    if (met >= PAIRS_PER_TURN) {
      met = 0;
      yield;
    }
  }
}

export function figurePairsOf(
  indexed: Indexed,
  ids: readonly string[],
  {
    measure,
    order,
    limit,
    widestPerMeasure = 0,
  }: { measure: string | null; order: PairOrder; limit: number; widestPerMeasure?: number },
): FigurePairKeys {
  const { points, position } = indexed;
  const n = points.length;
  const first = order === 'first' ? new SmallestKeys(limit) : null;
  const widest = order === 'widest' ? new WidestPairs(limit) : null;
  const widestOf = new Map<string, WidestPairs>();
  const byMeasure: Record<string, number> = {};
  let total = 0;
  forEachPairOf(indexed, ids, (point) => {
    if (measure !== null && point.measure !== measure) return null;
    const x = position.get(point)!;
    const m = point.measure;
    const measureWidest =
      widestOf.get(m) ?? widestOf.set(m, new WidestPairs(widestPerMeasure)).get(m)!;
    return (other, factor) => {
      total += 1;
      byMeasure[m] = (byMeasure[m] ?? 0) + 1;
      const key = pairKey(x, position.get(other)!, n);
      first?.offer(key);
      // Most pairs are narrower than those kept: refused here, without a call.
      if (widest && factor >= widest.floor) widest.offer(key, factor);
      if (factor >= measureWidest.floor) measureWidest.offer(key, factor);
    };
  });
  const widestByMeasure: Record<string, number[]> = {};
  for (const [m, kept] of widestOf) if (kept.size) widestByMeasure[m] = kept.sorted();
  return { total, byMeasure, keys: (first ?? widest!).sorted(), widestByMeasure };
}
