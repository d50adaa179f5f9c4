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
import { ClosestPairs } from './closest-pairs';
import type { FigureGroup } from './figure-index';
import { PAIRS_PER_TURN } from './figure-pairs';
import { describePoint, factorJson, formatFactor, type ComparedPoint } from './figures';
import type { AgreeingPair } from './source-agreements';

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
  /**
   * 0: the same stated figure; 1: stated ranges that overlap; else how far apart, within
   * the hedges (null: one of them 0, "up to 8,000" against none).
   */
  apart: number | null;
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

/** The claims of `ids` with a compared figure (null: all of them), in the graph's order. */
function askedOf(byClaim: Indexed['byClaim'], ids: readonly string[] | null): string[] {
  // Whatever the order asked: each pair is named the same way round.
  const wanted = ids && new Set(ids);
  return [...byClaim.keys()].filter((id) => !wanted || wanted.has(id));
}

/**
 * Goes through each pair of agreeing figures with a claim of `asked` on a side,
 * once: a pair of two claims asked is met with the one asked first. `pairsOf`
 * gives, for each figure of a claim asked, what to do with its pairs (the other
 * figure, and how close), as figure-pairs.ts' pairsOfInSteps does for those that
 * disagree. Pauses (a yield) after a claim once PAIRS_PER_TURN pairs were met
 * since the last pause.
 */
function* agreeingPairsInSteps(
  { byClaim, index }: Pick<Indexed, 'byClaim' | 'index'>,
  asked: readonly string[],
  pairsOf: (point: ComparedPoint) => (other: ComparedPoint, apart: number) => void,
): Generator<void, void> {
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
  let met = 0;
  for (let i = 0; i < asked.length; i++) {
    for (const point of byClaim.get(asked[i]!)!) {
      const ranked = ranksOf(index.sameKey(point));
      const visit = pairsOf(point);
      index.forEachAgreeing(point, (other, apart, at) => {
        if (ranked[at]! < i) return;
        met += 1;
        visit(other, apart);
      });
    }
    if (met >= PAIRS_PER_TURN) {
      met = 0;
      yield;
    }
  }
}

/** The agreements of the claims `ids` (null: every claim with a figure), summed up by measure. */
export function* figureAgreementsInSteps(
  indexed: Pick<Indexed, 'byClaim' | 'index'>,
  ids: readonly string[] | null,
  closestPerMeasure: number,
): Generator<void, AgreeingFigures> {
  const asked = askedOf(indexed.byClaim, ids);
  // By measure: its pairs counted and its closest kept, looked up once per figure, not
  // once for each of the millions of pairs met at scale.
  const ofMeasure = new Map<string, { pairs: number; closest: KeptPair[] }>();
  const figures = new Map<string, number>();
  for (const claim of asked) {
    for (const p of indexed.byClaim.get(claim)!)
      figures.set(p.measure, (figures.get(p.measure) ?? 0) + 1);
  }
  let total = 0;
  yield* agreeingPairsInSteps(indexed, asked, (point) => {
    const m =
      ofMeasure.get(point.measure) ??
      ofMeasure.set(point.measure, { pairs: 0, closest: [] }).get(point.measure)!;
    return (other, apart) => {
      total += 1;
      m.pairs += 1;
      keepPair(m.closest, point, other, -apart, closestPerMeasure);
    };
  });
  const agreementsByMeasure: Record<string, number> = {};
  const closestByMeasure: Record<string, Agreement[]> = {};
  for (const [measure, { pairs, closest }] of ofMeasure) {
    if (!pairs) continue;
    agreementsByMeasure[measure] = pairs;
    closestByMeasure[measure] = closest.map(agreementOf);
  }
  return {
    agreementsTotal: total,
    agreementsByMeasure,
    closestByMeasure,
    measures: [...figures]
      .map(([measure, count]) => ({ measure, count }))
      .sort((a, b) => a.measure.localeCompare(b.measure)),
  };
}

/**
 * The same pairs for a table: all counted, the first `limit` closest first (ties
 * in the order met) kept, without holding the millions met at scale.
 */
export function* closestAgreeingPairsInSteps(
  indexed: Pick<Indexed, 'byClaim' | 'index'>,
  ids: readonly string[] | null,
  limit: number,
): Generator<void, { total: number; pairs: AgreeingPair[] }> {
  const closest = new ClosestPairs<AgreeingPair>(limit);
  yield* agreeingPairsInSteps(
    indexed,
    askedOf(indexed.byClaim, ids),
    (own) => (other, apart) => closest.add({ own, other, apart }),
  );
  return { total: closest.total, pairs: closest.closestFirst() };
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
    apart: factorJson(apart),
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
