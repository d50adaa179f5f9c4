import type { Claim } from '../api/types';
import type { When } from '../claims/types';

/** One row of the timeline: a speaker, or the speakers without a row of their own. */
export interface Lane {
  /** The speaker's id; OTHERS_LANE for the shared row. */
  key: string;
  label: string;
  /** Claims drawn in the row. */
  count: number;
}

/** A dated claim where it is drawn: its lane, its date's span, and a nudge off its neighbours. */
export interface TimelinePoint {
  claim: Claim;
  when: When;
  lane: number;
  /** The row's centre plus a nudge, so that claims of the same day do not hide each other. */
  y: number;
}

/** Two claims in the timeline that cannot both hold, or that bear each other out. */
export interface TimelineLink {
  a: string;
  b: string;
  reason: string;
  /** Recorded by someone (a contradiction or a corroboration), rather than figures that disagree. */
  recorded: boolean;
  /** A recorded corroboration: drawn green. */
  agrees: boolean;
}

/** A pair recorded between two claims, as /api/corroborations lists it. */
export interface RecordedLink {
  claims: readonly [string, string];
  reason: string;
}

export interface Timeline {
  lanes: Lane[];
  points: TimelinePoint[];
  /** Claims without a date: listed, not drawn. */
  undated: Claim[];
  links: TimelineLink[];
}
