/**
 * Where the figures of a set of claims (those an analyst has in view) are
 * disputed, summed up as /api/figures sums up the whole graph's: the pairs of
 * disagreeing figures with at least one side among those claims, each pair
 * counted once (whether one side is in view or both), by measure, with the
 * widest apart of each measure. The Disputes panel lists it for the claims in view.
 */
import { pairOf, type Indexed } from './claim-disputes';
import type { ComparedPoint, Disagreement } from './figures';

export interface FigureDisputesInView {
  /** Disagreeing pairs with a claim asked on one side at least, each counted once. */
  disagreementsTotal: number;
  disagreementsByMeasure: Record<string, number>;
  /** Each measure's pairs widest apart, widest first. */
  widestByMeasure: Record<string, Disagreement[]>;
  /** The figures of the claims asked that are compared, by measure. */
  measures: { measure: string; count: number }[];
}

interface Candidate {
  point: ComparedPoint;
  other: ComparedPoint;
  factor: number | null;
}

export function figureDisputesInView(
  { index, byClaim, position }: Indexed,
  ids: readonly string[],
  widestPerMeasure: number,
): FigureDisputesInView {
  const asked = [...new Set(ids)].filter((id) => byClaim.has(id));
  const rank = new Map(asked.map((id, i) => [id, i]));
  const byMeasure: Record<string, number> = {};
  const figures = new Map<string, number>();
  const candidates = new Map<string, Candidate[]>();
  asked.forEach((claim, i) => {
    const own = byClaim.get(claim)!;
    for (const p of own) figures.set(p.measure, (figures.get(p.measure) ?? 0) + 1);
    // A pair of two claims asked is counted once: with the one asked first.
    const countedBefore = (other: ComparedPoint) =>
      (rank.get(other.claimId) ?? Number.POSITIVE_INFINITY) < i;
    for (const a of index.against(own, widestPerMeasure, countedBefore)) {
      const measure = a.point.measure;
      byMeasure[measure] = (byMeasure[measure] ?? 0) + a.total;
      const listed = candidates.get(measure) ?? candidates.set(measure, []).get(measure)!;
      for (const w of a.widest) listed.push({ point: a.point, ...w });
    }
  });
  // Each figure's widest are among the measure's widest: keeping each one's
  // first few and sorting them finds the measure's.
  const widestByMeasure: Record<string, Disagreement[]> = {};
  for (const [measure, listed] of candidates) {
    widestByMeasure[measure] = listed
      .map((c) => ({ factor: c.factor, pair: pairOf(c.point, c.other, position) }))
      .sort(
        (x, y) =>
          (y.factor ?? Infinity) - (x.factor ?? Infinity) ||
          order(x.pair).localeCompare(order(y.pair)),
      )
      .slice(0, widestPerMeasure)
      .map((c) => c.pair);
  }
  return {
    disagreementsTotal: Object.values(byMeasure).reduce((n, k) => n + k, 0),
    disagreementsByMeasure: byMeasure,
    widestByMeasure,
    measures: [...figures]
      .map(([measure, count]) => ({ measure, count }))
      .sort((a, b) => a.measure.localeCompare(b.measure)),
  };
}

/** Ties between pairs as far apart go by their claims, then their sides: the same list each time. */
function order(d: Disagreement): string {
  return `${d.claims.join('\u0000')}\u0000${d.reason}`;
}
