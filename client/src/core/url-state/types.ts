import type { SourceOrder } from '../api/types';
import type { Filters } from '../filters/types';
import type { DayRange } from '../time/types';

export const PANELS = [
  'details',
  'figures',
  'disputes',
  'sources',
  'timeline',
  'map',
  'path',
  'cypher',
  'filters',
  'ingest',
] as const;
export type PanelId = (typeof PANELS)[number];

export const DETAIL_TABS = ['info', 'said'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

/** Everything a link restores. */
export interface ViewState {
  selected: string | null;
  panel: PanelId | null;
  tab: DetailTab | null;
  /** Expansions in the order made, as tokens (core/graph: expansionToken). */
  expanded: string[];
  hidden: string[];
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
  /** The Timeline panel draws every claim in the graph rather than those in view. */
  timelineAll: boolean;
  /** The period the timeline is zoomed into. */
  timelinePeriod: DayRange | null;
  /** The period the figures chart of `measure` is zoomed into. */
  figuresPeriod: DayRange | null;
  /** The figures view lists its disagreements widest apart first rather than by date. */
  figuresWidest: boolean;
  /** The figures view draws the figures of the claims in view rather than the graph's. */
  figuresInView: boolean;
  path: { from: string; to: string; maxHops: number } | null;
  cypher: string | null;
  /** What the selected entity's who-said-what lists are narrowed to. */
  whoSaid: WhoSaidNarrowing | null;
  /** The Sources panel's words and order. */
  sources: SourcesListing;
}

/** How the Sources panel lists the sources: words of a title or outlet, and an order. */
export interface SourcesListing {
  q: string;
  order: SourceOrder;
}

/**
 * The choices that narrow who-said-what: of the claims about the entity,
 * those of one speaker (`by`); of an actor's own claims, those about one
 * subject (`about`).
 */
export interface WhoSaidNarrowing {
  by: string | null;
  about: string | null;
}
