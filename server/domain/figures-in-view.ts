/**
 * The figures view of a list of claims (those an analyst has in view): what
 * /api/figures answers for the graph, for them. Their figure points, each
 * marked when another speaker's figure anywhere in the graph disagrees with
 * it; the pairs with one of them on a side, each once, listed in the graph's
 * order, counted by measure, with each measure's widest named with their
 * sources; and the figures on the other side of the pairs listed, of claims
 * out of view, which the explorer names without drawing.
 */
import { query } from '../../db/cypher';
import type { GraphDb } from '../../db/graph-db';
import type { Indexed } from './claim-disputes';
import { figureClaimFromRow, type FigureClaim } from './claims';
import { figurePairsOf } from './figure-pairs';
import {
  disagreementOf,
  figurePoints,
  pairAt,
  WIDEST_PER_MEASURE,
  type Disagreement,
  type FigurePoint,
  type PairOrder,
} from './figures';
import { withSources, type SourcedPair } from './reported-in';

export interface FiguresInView {
  measures: { measure: string; count: number }[];
  /** The figure points of the claims asked (of `measure`, when given). */
  points: FigurePoint[];
  disagreements: Disagreement[];
  disagreementsTotal: number;
  disagreementsByMeasure: Record<string, number>;
  widestByMeasure: Record<string, SourcedPair[]>;
  /** The other sides of the pairs listed, of claims not asked. */
  partners: FigurePoint[];
}

export async function figuresInView(
  db: GraphDb,
  indexed: Indexed,
  ids: readonly string[],
  { measure, order, listed }: { measure: string | null; order: PairOrder; listed: number },
): Promise<FiguresInView> {
  const asked = new Set(ids);
  const claims = await figureClaims(db, [...asked], null);
  const points = figurePoints(claims, measure);
  for (const p of points) {
    let met = false;
    indexed.index.forEachAgainst(p, () => (met = true));
    p.disagrees = met;
  }
  const pairs = figurePairsOf(indexed, [...asked], {
    measure,
    order,
    limit: listed,
    widestPerMeasure: WIDEST_PER_MEASURE,
  });
  const named = (keys: number[]) => keys.map((key) => disagreementOf(pairAt(indexed.points, key)));
  const disagreements = named(pairs.keys);
  const outside = [...new Set(disagreements.flatMap((d) => d.claims))].filter((c) => !asked.has(c));
  const partners = outside.length
    ? figurePoints(await figureClaims(db, outside, measure), measure).map((p) => ({
        ...p,
        // Each is on a side of a pair listed.
        disagrees: true,
      }))
    : [];
  return {
    measures: claimsByMeasure(claims),
    points,
    disagreements,
    disagreementsTotal: pairs.total,
    disagreementsByMeasure: pairs.byMeasure,
    widestByMeasure: await withSources(
      db,
      Object.fromEntries(
        Object.entries(pairs.widestByMeasure).map(([m, keys]) => [m, named(keys)]),
      ),
    ),
    partners,
  };
}

/** The claims of `ids` stating a figure (of `measure`, when given), with their provenance. */
async function figureClaims(
  db: GraphDb,
  ids: string[],
  measure: string | null,
): Promise<FigureClaim[]> {
  return (await db.readRows(query('queries/figures-of-claims'), { ids, measure })).map(
    figureClaimFromRow,
  );
}

/** How many of `claims` state each measure, most first, as GET /api/figures counts the graph's. */
function claimsByMeasure(claims: readonly FigureClaim[]): { measure: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of claims) {
    for (const m of new Set(c.figures.map((f) => f.measure))) {
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([measure, count]) => ({ measure, count }))
    .sort((a, b) => b.count - a.count || a.measure.localeCompare(b.measure));
}
