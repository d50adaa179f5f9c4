import type { KindGroup } from '../appearance/types';

export interface Filters {
  /** Legend groups not shown. */
  hiddenKinds: KindGroup[];
  /** Relation types not shown. */
  hiddenRels: string[];
  /** When non-empty, only these sources (and what they report) are shown. */
  sources: string[];
  /** Inclusive ISO (partial) dates; null means open. */
  from: string | null;
  to: string | null;
  /** Whether claims and sources without a date stay when a date range is set. */
  undated: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenKinds: [],
  hiddenRels: [],
  sources: [],
  from: null,
  to: null,
  undated: true,
};

export interface FilterStats {
  nodes: number;
  edges: number;
  hiddenByFilter: number;
  hiddenByHand: number;
}
