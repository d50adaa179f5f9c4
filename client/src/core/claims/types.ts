import type { Claim } from '../api/types';
import type { DatePrecision } from '../filters/utils';

export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A run of article text and the claims whose excerpt covers it. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  claims: string[];
}

export interface SourceGroup {
  source: Claim['source'];
  claims: Claim[];
}

/** When a dated thing may be: the date as given, its precision, and the days it may be (UTC ms). */
export interface When {
  iso: string;
  precision: DatePrecision;
  from: number;
  to: number;
  /** Where it is plotted: the middle of [from, to]. */
  mid: number;
}
