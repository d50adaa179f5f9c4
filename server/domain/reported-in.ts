/**
 * Where a few claims were reported, for figures named without their
 * provenance: the figures index and `points=none` keep none, at scale, so the
 * handful an analyst is shown (the widest pairs, an article's clashes) are
 * read here, in one query.
 */
import { query } from '../../db/cypher';
import type { GraphDb } from '../../db/graph-db';
import { sourceRef, type SourceRef } from './claims';
import type { Disagreement } from './figures';

export interface ReportedIn {
  /** The source's words that report the claim. */
  excerpt: string | null;
  /** The outlet: the source's own, or its publisher's name (as the figures view's points). */
  source: SourceRef | null;
  /** The report the source relays the claim from; null: the source's own account. */
  relayedFrom: SourceRef | null;
}

/** By claim id; a claim gone since it was named is left out. */
export async function reportedIn(
  db: GraphDb,
  ids: Iterable<string>,
): Promise<Map<string, ReportedIn>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.readRows(query('queries/reported-in'), { ids: unique });
  return new Map(
    rows.map((r) => [
      String(r.id),
      {
        excerpt: typeof r.excerpt === 'string' ? r.excerpt : null,
        source: sourceRef(r.source),
        relayedFrom: sourceRef(r.relayedFrom),
      },
    ]),
  );
}

/** A pair of figures (disagreeing unless said), with the source that reported each side (null: gone since). */
export type SourcedPair<P extends FigurePair = Disagreement> = P & {
  sources: [ReportedIn['source'], ReportedIn['source']];
  /** The report each side's source relays it from (null: the source's own account). */
  relayed: [ReportedIn['relayedFrom'], ReportedIn['relayedFrom']];
};

/** What withSources reads of a pair: its two claims. */
interface FigurePair {
  claims: [string, string];
}

/**
 * Each measure's pairs, each side with its source and the report it is
 * relayed from, read in one query (the points, when there are some, name the
 * source as this does, but not the report).
 */
export async function withSources<P extends FigurePair>(
  db: GraphDb,
  byMeasure: Record<string, P[]>,
): Promise<Record<string, SourcedPair<P>[]>> {
  const pairs = Object.values(byMeasure).flat();
  const read = await reportedIn(
    db,
    pairs.flatMap((d) => d.claims),
  );
  const sourceOf = (id: string) => read.get(id)?.source ?? null;
  const relayedOf = (id: string) => read.get(id)?.relayedFrom ?? null;
  return Object.fromEntries(
    Object.entries(byMeasure).map(([measure, list]) => [
      measure,
      list.map((d) => ({
        ...d,
        sources: [sourceOf(d.claims[0]), sourceOf(d.claims[1])],
        relayed: [relayedOf(d.claims[0]), relayedOf(d.claims[1])],
      })),
    ]),
  );
}
