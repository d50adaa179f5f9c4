/**
 * Where the figures of a set of claims (the claims in view, or every claim of
 * the graph) agree with other speakers' figures, summed up as the Disputes
 * panel sums up where they disagree: the pairs of agreeing figures with at
 * least one side among those claims, each pair counted once, by measure,
 * with the closest of each measure. Agreeing is agreements.ts' rule (another
 * speaker's figure of the same measure and unit, dated within the window,
 * ranges that overlap once hedges are allowed for), as FigureIndex finds it.
 */
import { keepPair, type KeptPair } from './account-rows';
import type { Indexed } from './claim-disputes';
import type { FigureGroup } from './figure-index';
import { PAIRS_PER_TURN } from './figure-pairs';
import { describePoint, formatFactor } from './figures';

/** A figure of a claim not asked: its pairs are counted with the claim asked. */
const NOT_ASKED = 2 ** 31 - 1;

/** Agreeing pairs of each measure named, the closest first. */
export const CLOSEST_PER_MEASURE = 3;

/** Two figures that agree, as the API names them. */
export interface Agreement {
  measure: string;
  claims: [string, string];
  /** Each claim's figure: "Volodymyr Zelensky: 12,000 (2025-01-12)". */
  sides: [string, string];
  /** "… agrees with …", and how far apart when only the hedges join them. */
  reason: string;
  /** 0: the same stated figure; 1: stated ranges that overlap; else how far apart, within the hedges. */
  apart: number;
}

export interface AgreeingFigures {
  /** Agreeing pairs with a claim asked on a side, each counted once. */
  agreementsTotal: number;
  agreementsByMeasure: Record<string, number>;
  /** Each measure's closest pairs, closest first (ties in the order met). */
  closestByMeasure: Record<string, Agreement[]>;
  /** The figures of the claims asked that are compared, by measure. */
  measures: { measure: string; count: number }[];
}

/**
 * The agreements of the claims `ids` (null: every claim with a figure), pausing
 * (a yield) after a claim once PAIRS_PER_TURN pairs were met since the last pause.
 */
export function* figureAgreementsInSteps(
  { byClaim, index }: Pick<Indexed, 'byClaim' | 'index'>,
  ids: readonly string[] | null,
  closestPerMeasure: number,
): Generator<void, AgreeingFigures> {
  // In the graph's order, whatever the order asked: each pair is named the same way round.
  const wanted = ids && new Set(ids);
  const asked = [...byClaim.keys()].filter((id) => !wanted || wanted.has(id));
  const rank = new Map(asked.map((id, i) => [id, i]));
  // Each group's figures' claims ranked once: millions of pairs are met at scale.
  const ranks = new Map<FigureGroup, Int32Array>();
  const ranksOf = (group: FigureGroup) => {
    let r = ranks.get(group);
    if (!r) {
      r = Int32Array.from(group.points, (p) => rank.get(p.claimId) ?? NOT_ASKED);
      ranks.set(group, r);
    }
    return r;
  };
  const byMeasure: Record<string, number> = {};
  const closest = new Map<string, KeptPair[]>();
  const figures = new Map<string, number>();
  let total = 0;
  let met = 0;
  for (let i = 0; i < asked.length; i++) {
    for (const point of byClaim.get(asked[i]!)!) {
      const m = point.measure;
      figures.set(m, (figures.get(m) ?? 0) + 1);
      const kept = closest.get(m) ?? closest.set(m, []).get(m)!;
      const ranked = ranksOf(index.sameKey(point));
      let pairs = 0;
      index.forEachAgreeing(point, (other, apart, at) => {
        // A pair of two claims asked is counted with the one asked first.
        if (ranked[at]! < i) return;
        pairs += 1;
        keepPair(kept, point, other, -apart, closestPerMeasure);
      });
      if (pairs) byMeasure[m] = (byMeasure[m] ?? 0) + pairs;
      total += pairs;
      met += pairs;
    }
    if (met >= PAIRS_PER_TURN) {
      met = 0;
      yield;
    }
  }
  const closestByMeasure: Record<string, Agreement[]> = {};
  for (const [m, pairs] of closest) if (pairs.length) closestByMeasure[m] = pairs.map(agreementOf);
  return {
    agreementsTotal: total,
    agreementsByMeasure: byMeasure,
    closestByMeasure,
    measures: [...figures]
      .map(([measure, count]) => ({ measure, count }))
      .sort((a, b) => a.measure.localeCompare(b.measure)),
  };
}

function agreementOf({ own, other, key }: KeptPair): Agreement {
  const apart = -key;
  const sides: [string, string] = [describePoint(own), describePoint(other)];
  const how = apart > 1 ? ` · ${formatFactor(apart)}, within the hedge` : '';
  return {
    measure: own.measure,
    claims: [own.claimId, other.claimId],
    sides,
    reason: `${sides[0]} agrees with ${sides[1]}${how}`,
    apart,
  };
}

/**
 * The claims whose figures agree with a figure of another speaker's claim, in the
 * graph's order: what the Sources panel counts as corroborated by figures.
 */
export function agreedClaims({ byClaim, index }: Pick<Indexed, 'byClaim' | 'index'>): string[] {
  return [...byClaim]
    .filter(([, points]) => points.some((p) => index.someAgreeing(p)))
    .map(([id]) => id);
}
