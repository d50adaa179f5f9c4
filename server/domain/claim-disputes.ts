/**
 * The figures that disagree with each of a few claims: what the explorer marks
 * on the claims it draws. /api/figures lists the first DISAGREEMENTS_CAP pairs
 * of all, which at scale (millions of pairs) leaves most drawn claims
 * unmarked; here each claim asked about is compared with every figure of the
 * graph, by findDisagreementsCapped's rules, against an index built once per
 * graph version.
 */
import type { GraphDb } from '../../db/graph-db';
import { comparedFiguresFor } from './compared-figures';
import { FigureIndex } from './figure-index';
import {
  apart,
  comparable,
  disagreementOf,
  factorJson,
  repeatsOf,
  statedInterval,
  type ComparedPoint,
  type Disagreement,
} from './figures';
import { readCacheFor } from './read-cache';
import { VersionMemo } from './version-memo';

export interface ClaimDisputes {
  claim: string;
  /** Disagreeing pairs this claim's figures take part in, all counted. */
  total: number;
  /** The widest apart of them, widest first, `shown` at most. */
  disputes: Disagreement[];
}

/** The graph's figures, indexed, and where each stands in the list /api/figures pairs. */
export interface Indexed {
  index: FigureIndex;
  /** The graph's compared points, in the order /api/figures pairs them (pairKey's positions). */
  points: readonly ComparedPoint[];
  /** A claim's figures that are compared: no repeats, none of no known measure. */
  byClaim: Map<string, ComparedPoint[]>;
  /** Each point's place in the compared points: a pair names the earlier claim first, as /api/figures does. */
  position: Map<ComparedPoint, number>;
}

export type DisputesOf = (ids: readonly string[], shown: number) => Promise<ClaimDisputes[]>;

const byDb = new WeakMap<GraphDb, () => Promise<Indexed>>();

/** The graph's figures indexed, built once per graph version and shared by the routes that ask. */
export function indexedFiguresFor(db: GraphDb): () => Promise<Indexed> {
  let indexed = byDb.get(db);
  if (!indexed) {
    const compared = comparedFiguresFor(db);
    const memo = new VersionMemo<Indexed>(() => readCacheFor(db).version(), 1);
    indexed = () => memo.get('', async () => indexFigures(await compared(null)));
    byDb.set(db, indexed);
  }
  return indexed;
}

/** For each of `ids` whose figures some other speaker's disagree with, those disputes; in the order asked. */
export function claimDisputesFor(db: GraphDb): DisputesOf {
  const indexed = indexedFiguresFor(db);
  return async (ids, shown) => disputesOf(await indexed(), ids, shown);
}

export function indexFigures(points: readonly ComparedPoint[]): Indexed {
  const repeats = repeatsOf(points);
  const byClaim = new Map<string, ComparedPoint[]>();
  const position = new Map<ComparedPoint, number>();
  points.forEach((p, i) => {
    position.set(p, i);
    if (repeats[i]! >= 0 || !comparable(p)) return;
    const own = byClaim.get(p.claimId);
    if (own) own.push(p);
    else byClaim.set(p.claimId, [p]);
  });
  return { index: new FigureIndex(points), points, byClaim, position };
}

export function disputesOf(
  indexed: Indexed,
  ids: readonly string[],
  shown: number,
): ClaimDisputes[] {
  const found: ClaimDisputes[] = [];
  for (const claim of new Set(ids)) {
    const against = widestAgainst(indexed, claim, shown);
    if (!against) continue;
    found.push({
      claim,
      total: against.total,
      disputes: against.widest.map(({ point, other }) => pairOf(point, other, indexed.position)),
    });
  }
  return found;
}

/** The figures of other speakers that disagree with one claim's: all counted, some kept. */
export interface WidestAgainst {
  /** Disagreeing pairs the claim's figures take part in. */
  total: number;
  /** The `shown` widest apart, widest first: the claim's figure, the other, how far apart. */
  widest: { point: ComparedPoint; other: ComparedPoint; factor: number | null }[];
}

/** What disagrees with `claim`'s figures (null: nothing, or no figure compared). */
export function widestAgainst(
  { index, byClaim }: Pick<Indexed, 'index' | 'byClaim'>,
  claim: string,
  shown: number,
): WidestAgainst | null {
  const own = byClaim.get(claim);
  if (!own) return null;
  const against = index.against(own, shown);
  const total = against.reduce((n, a) => n + a.total, 0);
  if (!total) return null;
  const widest = against
    .flatMap((a) => a.widest.map((w) => ({ point: a.point, ...w })))
    // Stable: ties stay in the graph's order, each figure's after the one before.
    .sort((x, y) => (y.factor ?? Infinity) - (x.factor ?? Infinity))
    .slice(0, shown);
  return { total, widest };
}

/** A disagreement as /api/figures names it: the pair in the graph's order, so both lists agree. */
export function pairOf(
  a: ComparedPoint,
  b: ComparedPoint,
  position: Map<ComparedPoint, number>,
): Disagreement {
  const [x, y] = (position.get(a) ?? 0) <= (position.get(b) ?? 0) ? [a, b] : [b, a];
  const [xs, ys] = [statedInterval(x), statedInterval(y)];
  return disagreementOf({ a: x, b: y, factor: factorJson(apart(xs[0], xs[1], ys[0], ys[1])) });
}
