/**
 * Where the figures of a set of claims (those an analyst has in view) are
 * disputed, summed up as /api/figures sums up the whole graph's: the pairs of
 * disagreeing figures with at least one side among those claims, each pair
 * counted once (whether one side is in view or both), by measure, with the
 * widest apart of each measure. The Disputes panel lists it for the claims in view.
 */
import type { Indexed } from './claim-disputes';
import { figurePairsOf } from './figure-pairs';
import { disagreementOf, pairAt, type Disagreement } from './figures';

export interface FigureDisputesInView {
  /** Disagreeing pairs with a claim asked on one side at least, each counted once. */
  disagreementsTotal: number;
  disagreementsByMeasure: Record<string, number>;
  /** Each measure's pairs widest apart, widest first (ties as /api/figures orders them). */
  widestByMeasure: Record<string, Disagreement[]>;
  /** The figures of the claims asked that are compared, by measure. */
  measures: { measure: string; count: number }[];
}

export function figureDisputesInView(
  indexed: Indexed,
  ids: readonly string[],
  widestPerMeasure: number,
): FigureDisputesInView {
  const { total, byMeasure, widestByMeasure } = figurePairsOf(indexed, ids, {
    measure: null,
    order: 'first',
    limit: 0,
    widestPerMeasure,
  });
  const figures = new Map<string, number>();
  for (const claim of new Set(ids)) {
    for (const p of indexed.byClaim.get(claim) ?? []) {
      figures.set(p.measure, (figures.get(p.measure) ?? 0) + 1);
    }
  }
  return {
    disagreementsTotal: total,
    disagreementsByMeasure: byMeasure,
    widestByMeasure: Object.fromEntries(
      Object.entries(widestByMeasure).map(([measure, keys]) => [
        measure,
        keys.map((key) => disagreementOf(pairAt(indexed.points, key))),
      ]),
    ),
    measures: [...figures]
      .map(([measure, count]) => ({ measure, count }))
      .sort((a, b) => a.measure.localeCompare(b.measure)),
  };
}
