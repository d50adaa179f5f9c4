import type { Claim } from '../api/types';

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
