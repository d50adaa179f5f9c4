/**
 * Which other sources dispute a source's claims: for each, how many of its
 * claims disagree with how many of this source's, by figures (every pair, by
 * the rules of /api/figures) or by a recorded contradiction, with the pairs
 * named (recorded first, then the widest apart). At scale a source's claims
 * meet thousands of disagreeing figures: the explorer listed the few it knew
 * of, which made a sample of the sources; this counts them all.
 */
import type { SourceRef } from './claims';
import { pairOf, type Indexed } from './claim-disputes';
import type { ContradictionJson } from './contradictions';
import { forEachPairOf } from './figure-pairs';
import { factorJson, type ComparedPoint } from './figures';

/** How many pairs a source's row names (its tooltip). */
export const REASONS_SHOWN = 5;

export interface DisputingSource {
  source: SourceRef;
  /** Its claims that dispute this source's. */
  theirs: number;
  /** This source's claims they dispute. */
  ours: number;
  /** Pairs of figures that disagree. */
  figurePairs: number;
  /** Recorded contradictions between its claims and this source's. */
  recorded: number;
  /** The first pairs: the recorded contradictions, then the figures widest apart. */
  reasons: string[];
}

export interface SourceDisputes {
  /** Pairs of this source's own claims that disagree (figures or recorded). */
  within: number;
  /** Pairs of figures with one of its claims on a side at least, each once (within included). */
  figurePairsTotal: number;
  /** Recorded contradictions with one of its claims on a side at least (within included). */
  recordedTotal: number;
  /** Other sources that dispute its claims, all counted. */
  total: number;
  /** The first `limit` of them, the most claims of theirs first. */
  sources: DisputingSource[];
}

/** A figure pair of one of the source's claims and another claim, before its source is known. */
interface FigurePair {
  own: ComparedPoint;
  other: ComparedPoint;
  factor: number;
}

/**
 * The disputes of the claims `ids` (a source's): figure pairs found in
 * `indexed`, `recorded` contradictions with one of them on a side, and
 * `sourceOf`, each claim's source.
 */
export function sourceDisputes(
  indexed: Indexed,
  ids: readonly string[],
  recorded: readonly ContradictionJson[],
  sourceOf: ReadonlyMap<string, SourceRef>,
  limit: number,
): SourceDisputes {
  const own = new Set(ids);
  let withinFigures = 0;
  const pairs: FigurePair[] = [];
  // Two of its own claims: their pair is met once.
  forEachPairOf(indexed, ids, (point) => (other, factor) => {
    if (own.has(other.claimId)) withinFigures += 1;
    else pairs.push({ own: point, other, factor });
  });
  let withinRecorded = 0;
  const others = recorded.flatMap((k) => {
    const [a, b] = [k.a, k.b];
    if (own.has(a.id) && own.has(b.id)) {
      withinRecorded += 1;
      return [];
    }
    const [ours, theirs] = own.has(a.id) ? [a, b] : [b, a];
    return theirs.source ? [{ ours: ours.id, theirs: theirs.id, source: theirs.source, k }] : [];
  });

  const rows = new Map<
    string,
    {
      source: SourceRef;
      theirs: Set<string>;
      ours: Set<string>;
      recorded: string[];
      figures: FigurePair[];
    }
  >();
  const rowOf = (source: SourceRef) =>
    rows.get(source.id) ??
    rows
      .set(source.id, { source, theirs: new Set(), ours: new Set(), recorded: [], figures: [] })
      .get(source.id)!;
  for (const o of others) {
    const row = rowOf(o.source);
    row.theirs.add(o.theirs);
    row.ours.add(o.ours);
    row.recorded.push(o.k.reason);
  }
  for (const p of pairs) {
    const source = sourceOf.get(p.other.claimId);
    if (!source) continue;
    const row = rowOf(source);
    row.theirs.add(p.other.claimId);
    row.ours.add(p.own.claimId);
    row.figures.push(p);
  }
  const listed = [...rows.values()]
    .sort(
      (x, y) =>
        y.theirs.size - x.theirs.size ||
        x.source.title.localeCompare(y.source.title) ||
        x.source.id.localeCompare(y.source.id),
    )
    .slice(0, limit);
  return {
    within: withinFigures + withinRecorded,
    figurePairsTotal: pairs.length + withinFigures,
    recordedTotal: recorded.length,
    total: rows.size,
    sources: listed.map((row) => ({
      source: row.source,
      theirs: row.theirs.size,
      ours: row.ours.size,
      figurePairs: row.figures.length,
      recorded: row.recorded.length,
      reasons: [
        ...row.recorded,
        ...widest(row.figures, REASONS_SHOWN).map(
          (p) => pairOf(p.own, p.other, indexed.position).reason,
        ),
      ].slice(0, REASONS_SHOWN),
    })),
  };
}

/** The `n` pairs widest apart, widest first (one of them 0: widest of all). */
function widest(pairs: FigurePair[], n: number): FigurePair[] {
  return [...pairs]
    .sort((x, y) => (factorJson(y.factor) ?? Infinity) - (factorJson(x.factor) ?? Infinity))
    .slice(0, n);
}
