/**
 * The figures that agree with a claim's: the other side of the disagreements
 * (server/domain/figures.ts). Two figures are compared by the same rules: the
 * same measure and unit, dates that may lie within DISAGREEMENT_WINDOW_DAYS of
 * each other (or either undated). They agree when their ranges overlap once
 * hedges are allowed for: "about 4,000" agrees with 3,800, "10,000–12,000"
 * with "roughly 12,000". Another speaker's agreeing figure corroborates it; the
 * same speaker's, in another claim, repeats it (the statement reported again,
 * or restated), which an analyst counts apart.
 */
import { FigureGroup, probe, type FigureIndex } from './figure-index';
import { comparable, type ComparedPoint } from './figures';
import type { FigureJson } from './claims';
import type { ReportedIn } from './reported-in';

export interface AgreeingFigure {
  point: ComparedPoint;
  /** The same speaker's figure in another claim: a repeat, not a corroboration. */
  sameSpeaker: boolean;
  /**
   * How far apart the stated figures are: 1 when the stated ranges overlap
   * (12,000 and "10,000–12,000"), else as a disagreement's factor ("3,800" and
   * "about 4,000": 1.05, agreeing only by the hedge's slack).
   */
  factor: number;
  /**
   * How they agree: the same stated figure, stated ranges that overlap
   * ("12,000" within "10,000–12,000"), or only once the hedges are allowed for
   * ("3,800" and "about 4,000").
   */
  match: 'same' | 'overlap' | 'hedged';
}

/** One claim agreeing with a figure, as an analyst reads it: who, how much, where. */
export interface AgreeingClaim {
  claimId: string;
  /** "GZERO Media: roughly 12,000 (2025-01)". */
  side: string;
  speaker: { id: string; name: string };
  sameSpeaker: boolean;
  /** 1 when the stated figures overlap; else how far apart they are (agreeing by the hedges). */
  factor: number;
  match: AgreeingFigure['match'];
  excerpt: string | null;
  source: ReportedIn['source'];
  /** The report its source relays it from (null: the source's own account). */
  relayedFrom: ReportedIn['relayedFrom'];
  /** Reported in the claim's own source: one article's account, not a second one. */
  sameSource: boolean;
  /**
   * Goes back to the report the claim itself does, through another source
   * (two articles relaying one briefing): not an independent account.
   */
  sameOrigin: boolean;
}

/** A claim's figure and the other claims' that agree with it, counted and the closest listed. */
export interface FigureAgreements {
  figure: FigureJson;
  /** "Volodymyr Zelensky: 12,000 (2025-01-12)". */
  side: string;
  /** False for a figure of no known measure: never compared, so never agreeing. */
  compared: boolean;
  /** Claims whose figure agrees. */
  total: number;
  /** Other speakers among them: corroboration. */
  speakers: number;
  /** The same speaker's, in other claims. */
  repeats: number;
  /** Sources other than the claim's own that report them (among `sourcesCounted`). */
  sources: number;
  /** Those reported in the claim's own source (among `sourcesCounted`). */
  inSameSource: number;
  /**
   * The reports they go back to (the one a claim is relayed from, else its
   * source), other than the claim's own (among `sourcesCounted`): independent
   * accounts. Fewer than `sources` when articles relay one report.
   */
  origins: number;
  /** Those in other sources that go back to the claim's own report (among `sourcesCounted`). */
  sameOrigin: number;
  /** How many of the agreeing claims' sources were read: all, up to SOURCES_COUNTED. */
  sourcesCounted: number;
  agreeing: AgreeingClaim[];
}

export interface AgreementsResponse {
  claim: string;
  /** The claim's own source. */
  source: string;
  /** The report the claim goes back to: the one it is relayed from, else its source. */
  origin: string;
  figures: FigureAgreements[];
}

/** The figures that agree with one, counted, and the closest of them in order. */
export interface Agreeing {
  /** The closest, `keep` at most: other speakers' first (see figuresAgreeing). */
  closest: AgreeingFigure[];
  /** How many claims agree. */
  total: number;
  /** The other speakers among them: corroboration. */
  speakers: number;
  /** Those of the point's own speaker, in other claims. */
  repeats: number;
}

/** A figure nothing agrees with, or one of no known measure. */
export const NO_AGREEMENT: Agreeing = { closest: [], total: 0, speakers: 0, repeats: 0 };

/**
 * The figures of other claims that agree with `point`, one per claim (its
 * closest, when a claim states several), counted, and the `keep` closest
 * listed: other speakers' before the speaker's own repeats (corroboration
 * first), each closest first: the same figure, then overlapping ranges, then
 * by factor, then by how near their dates are (undated last), then by claim
 * id. A claim's figures come one after another in `others`, as pointsOf
 * gives them.
 */
export function figuresAgreeing(
  point: ComparedPoint,
  others: readonly ComparedPoint[],
  keep = Number.POSITIVE_INFINITY,
): Agreeing {
  if (!comparable(point)) return NO_AGREEMENT;
  const same = others.filter((o) => o.measure === point.measure && o.unit === point.unit);
  return agreeingIn(point, new FigureGroup(same), keep);
}

/** figuresAgreeing, against the graph's figures as a FigureIndex holds them (an article's preview). */
export function figuresAgreeingIndexed(
  point: ComparedPoint,
  index: FigureIndex,
  keep = Number.POSITIVE_INFINITY,
): Agreeing {
  return comparable(point) ? agreeingIn(point, index.sameKey(point), keep) : NO_AGREEMENT;
}

const RANK = { same: 0, overlap: 1, hedged: 2 } as const;
const MATCHES = ['same', 'overlap', 'hedged'] as const;

/**
 * figuresAgreeing's rules over `group`, the figures of the point's measure
 * and unit. At scale a common figure agrees with thousands: each agreeing
 * claim is kept as a few numbers, and only the `keep` closest become objects.
 */
function agreeingIn(point: ComparedPoint, group: FigureGroup, keep: number): Agreeing {
  const a = probe(point);
  const here = a.span && (a.span[0] + a.span[1]) / 2;
  // Per agreeing claim: its figure's index in the group and what orders it.
  const n = group.size;
  const at = new Int32Array(n);
  const sameSpeaker = new Uint8Array(n);
  const rank = new Uint8Array(n);
  const factor = new Float64Array(n);
  const days = new Float64Array(n);
  const speakers = new Set<string>();
  let found = 0;
  let repeats = 0;
  for (let i = 0; i < n; i++) {
    if (!group.withinWindow(i, a.span) || !group.overlaps(i, a.range)) continue;
    const o = group.points[i]!;
    if (o.claimId === point.claimId) continue;
    const closeness = group.closeness(i, a.stated);
    // The factor is 1 for stated ranges that overlap, the same figure included.
    const f = closeness === 0 ? 1 : closeness;
    const r = closeness === 0 ? RANK.same : closeness === 1 ? RANK.overlap : RANK.hedged;
    // A claim's figures are adjacent: one that states several keeps its closest.
    let j = found;
    if (found > 0 && group.points[at[found - 1]!]!.claimId === o.claimId) {
      j = found - 1;
      if (factor[j]! < f || (factor[j] === f && rank[j] === RANK.same)) continue;
    } else {
      found += 1;
      const same = o.speaker.id === point.speaker.id;
      sameSpeaker[j] = same ? 1 : 0;
      if (same) repeats += 1;
      else speakers.add(o.speaker.id);
    }
    const there = group.middleDay(i);
    at[j] = i;
    rank[j] = r;
    factor[j] = f;
    days[j] = there === null || here === null ? Number.POSITIVE_INFINITY : Math.abs(there - here);
  }
  const claimOf = (j: number) => group.points[at[j]!]!.claimId;
  const order = firstInOrder(
    found,
    keep,
    (x, y) =>
      sameSpeaker[x]! - sameSpeaker[y]! ||
      rank[x]! - rank[y]! ||
      factor[x]! - factor[y]! ||
      days[x]! - days[y]! ||
      (claimOf(x) < claimOf(y) ? -1 : 1),
  );
  return {
    closest: order.map((j) => ({
      point: group.points[at[j]!]!,
      sameSpeaker: sameSpeaker[j] === 1,
      factor: factor[j]!,
      match: MATCHES[rank[j]!]!,
    })),
    total: found,
    speakers: speakers.size,
    repeats,
  };
}

/**
 * The first `keep` of 0…count−1 in `cmp`'s order. A preview keeps the closest
 * hundred of thousands: a heap of those kept so far, whose root is the last of
 * them, passes over the rest in one comparison each, where sorting all would
 * compare each some twenty times.
 */
export function firstInOrder(
  count: number,
  keep: number,
  cmp: (a: number, b: number) => number,
): number[] {
  if (keep <= 0) return [];
  if (keep * 4 >= count) {
    return Array.from({ length: count }, (_, j) => j)
      .sort(cmp)
      .slice(0, keep);
  }
  const heap: number[] = [];
  const swap = (a: number, b: number) => ([heap[a], heap[b]] = [heap[b]!, heap[a]!]);
  for (let j = 0; j < count; j++) {
    if (heap.length < keep) {
      heap.push(j);
      // Up while it comes after its parent: the root stays the last kept.
      for (let c = heap.length - 1; c > 0;) {
        const parent = (c - 1) >> 1;
        if (cmp(heap[c]!, heap[parent]!) <= 0) break;
        swap(c, parent);
        c = parent;
      }
    } else if (cmp(j, heap[0]!) < 0) {
      heap[0] = j;
      for (let c = 0; ;) {
        const [l, r] = [2 * c + 1, 2 * c + 2];
        let last = c;
        if (l < heap.length && cmp(heap[l]!, heap[last]!) > 0) last = l;
        if (r < heap.length && cmp(heap[r]!, heap[last]!) > 0) last = r;
        if (last === c) break;
        swap(c, last);
        c = last;
      }
    }
  }
  return heap.sort(cmp);
}
