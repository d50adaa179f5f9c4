import type { Dispute } from '../api/types';
import type { Filters } from '../filters/types';
import type { DayRange } from '../time/types';
import type { DetailTab, PanelId, SourcesListing, WhoSaidNarrowing } from '../url-state/types';

/** Transient highlight: what the search, a path or a figure points at. */
export interface Highlight {
  kind: 'search' | 'path' | 'cypher';
  nodes: string[];
  edges: string[];
}

/** A narrowing of who-said-what, with the entity whose lists it narrows. */
export type WhoSaidInView = WhoSaidNarrowing & { of: string };

export interface UiState {
  selected: string | null;
  hovered: string | null;
  highlight: Highlight | null;
  panel: PanelId | null;
  tab: DetailTab;
  filters: Filters;
  filtersOpen: boolean;
  measure: string | null;
  /** The words the Disputes panel's list is narrowed by. */
  narrow: string | null;
  /** The Disputes panel lists the disputes of the claims in view rather than the graph's. */
  disputesInView: boolean;
  /** The Disputes panel lists where sources agree (recorded corroborations) rather than disagree. */
  disputesAgree: boolean;
  /** The Map panel counts the claims in view rather than the graph's. */
  mapInView: boolean;
  /**
   * A place the Map is to centre on once it is drawn (its details panel's "Show on the
   * map"); with `locate`, to open its "place it…" form (a new place a linked article brought in).
   */
  mapFocus: { id: string; locate: boolean } | null;
  /** The Timeline panel draws every claim in the graph rather than those in view. */
  timelineAll: boolean;
  /** The period the timeline is zoomed into; null when it shows the whole span. */
  timelinePeriod: DayRange | null;
  /** The period the figures chart is zoomed into, of the measure shown; null: its whole span. */
  figuresPeriod: DayRange | null;
  /** The figures view lists its disagreements widest apart first rather than by date. */
  figuresWidest: boolean;
  /** The figures view draws the figures of the claims in view rather than the graph's. */
  figuresInView: boolean;
  path: { from: string; to: string; maxHops: number } | null;
  cypher: string | null;
  /** What the who-said-what lists of entity `of` are narrowed to; none for other entities. */
  whoSaid: WhoSaidInView | null;
  /** The Sources panel's words and order (kept in the link as sq= and so=). */
  sources: SourcesListing;
  /** Claims whose figures conflict with another's (from /api/figures). */
  disputed: ReadonlyMap<string, Dispute[]>;
  /** An article's review is open under Add source, to come back to from another panel. */
  reviewWaiting: boolean;
}
