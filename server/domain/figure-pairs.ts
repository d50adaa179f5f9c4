/**
 * The pairs of disagreeing figures with a claim of a list on one side (the
 * claims an analyst has in view), each pair once, as pairKey keys of the
 * graph's compared points: listed in the order /api/figures lists the graph's
 * (by the first point, then the second; or widest apart first), so that with
 * every claim asked the list is the graph's. The CSV of figure disagreements
 * pages through it.
 */
import type { Indexed } from './claim-disputes';
import { pairKey, SmallestKeys, WidestPairs, type ComparedPoint, type PairOrder } from './figures';

export interface FigurePairKeys {
  /** Every pair with a claim asked on a side (of `measure`, when given). */
  total: number;
  /** The first `limit` of them in `order`, as keys of `points` for pairAt. */
  keys: number[];
}

export function figurePairsOf(
  { index, points, byClaim, position }: Indexed,
  ids: readonly string[],
  { measure, order, limit }: { measure: string | null; order: PairOrder; limit: number },
): FigurePairKeys {
  const n = points.length;
  const first = order === 'first' ? new SmallestKeys(limit) : null;
  const widest = order === 'widest' ? new WidestPairs(limit) : null;
  const asked = [...new Set(ids)].filter((id) => byClaim.has(id));
  const rank = new Map(asked.map((id, i) => [id, i]));
  let total = 0;
  asked.forEach((claim, i) => {
    // A pair of two claims asked is counted once: with the one asked first.
    const countedBefore = (other: ComparedPoint) =>
      (rank.get(other.claimId) ?? Number.POSITIVE_INFINITY) < i;
    for (const point of byClaim.get(claim)!) {
      if (measure !== null && point.measure !== measure) continue;
      const x = position.get(point)!;
      index.forEachAgainst(
        point,
        (other, factor) => {
          total += 1;
          const key = pairKey(x, position.get(other)!, n);
          first?.offer(key);
          if (widest && factor >= widest.floor) widest.offer(key, factor);
        },
        countedBefore,
      );
    }
  });
  return { total, keys: (first ?? widest!).sorted() };
}
