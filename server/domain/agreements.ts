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
import {
  apart,
  comparable,
  daySpan,
  interval,
  overlaps,
  statedInterval,
  withinWindow,
  type ComparedPoint,
} from './figures';
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

/** The middle day a date may be, for ordering by nearness; null when undated. */
function middleDay(p: ComparedPoint): number | null {
  const span = daySpan(p.asOf ?? p.date);
  return span && (span[0] + span[1]) / 2;
}

/**
 * The figures of other claims that agree with `point`, one per claim (its
 * closest, when a claim states several): other speakers' before the speaker's
 * own repeats (corroboration first), each closest first: the same figure, then
 * overlapping ranges, then by factor, then by how near their dates are
 * (undated last), then by claim id.
 */
export function figuresAgreeing(
  point: ComparedPoint,
  others: readonly ComparedPoint[],
): AgreeingFigure[] {
  if (!comparable(point)) return [];
  const span = daySpan(point.asOf ?? point.date);
  const range = interval(point);
  const stated = statedInterval(point);
  const byClaim = new Map<string, AgreeingFigure>();
  for (const o of others) {
    if (o.claimId === point.claimId || o.measure !== point.measure || o.unit !== point.unit) {
      continue;
    }
    // The window first: it spares most points the hedges' regular expressions.
    if (!withinWindow(span, daySpan(o.asOf ?? o.date)) || !overlaps(range, interval(o))) continue;
    const [sLo, sHi] = statedInterval(o);
    const overlap = overlaps(stated, [sLo, sHi]);
    const factor = overlap ? 1 : apart(stated[0], stated[1], sLo, sHi);
    const match = !overlap ? 'hedged' : sLo === stated[0] && sHi === stated[1] ? 'same' : 'overlap';
    const kept = byClaim.get(o.claimId);
    if (kept && (kept.factor < factor || (kept.factor === factor && kept.match === 'same'))) {
      continue;
    }
    const sameSpeaker = o.speaker.id === point.speaker.id;
    byClaim.set(o.claimId, { point: o, sameSpeaker, factor, match });
  }
  const here = middleDay(point);
  const distance = (p: ComparedPoint) => {
    const d = middleDay(p);
    return d === null || here === null ? Number.POSITIVE_INFINITY : Math.abs(d - here);
  };
  const rank = { same: 0, overlap: 1, hedged: 2 };
  return [...byClaim.values()].sort(
    (a, b) =>
      Number(a.sameSpeaker) - Number(b.sameSpeaker) ||
      rank[a.match] - rank[b.match] ||
      a.factor - b.factor ||
      distance(a.point) - distance(b.point) ||
      (a.point.claimId < b.point.claimId ? -1 : 1),
  );
}
