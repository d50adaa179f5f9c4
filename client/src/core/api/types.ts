/** The wire types of the Claimgraph HTTP API (see server/routes). */

// One vocabulary for the whole project: the model's labels and relationship types.
import { NODE_LABELS, RELATION_TYPES, UNMEASURED } from '../../../../seed/model';
// Shapes the server builds, imported as types only: no server code is bundled,
// and a change on either side fails the type check instead of drifting.
import type { ClaimJson, FigureJson } from '../../../../server/domain/claims';
import type { Disagreement, FigurePoint } from '../../../../server/domain/figures';
import type { SourcedPair } from '../../../../server/domain/reported-in';
import type { AgreeingFigures, Agreement } from '../../../../server/domain/figure-agreements';
import type { ClaimDisputes } from '../../../../server/domain/claim-disputes';
import type { SourceAgreements } from '../../../../server/domain/source-agreements';
import type { SourceDisputes } from '../../../../server/domain/source-disputes';
import type { SourceOrder, SourceSummary } from '../../../../server/domain/sources';
import type {
  AgreeingClaim,
  AgreementsResponse,
  FigureAgreements,
} from '../../../../server/domain/agreements';
import type {
  ContradictionBrief,
  ContradictionJson,
  CorroborationJson,
  RecordedContradiction,
  RecordedPair as RecordedPairOf,
} from '../../../../server/domain/contradictions';

export { RELATION_TYPES, UNMEASURED };
/** Figures dated further apart than this are not compared: they may describe different moments. */
export { DISAGREEMENT_WINDOW_DAYS } from '../../../../server/domain/figures';
export const CATEGORIES = NODE_LABELS;
export type Category = (typeof CATEGORIES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
export type Figure = FigureJson;
export type Claim = ClaimJson;
export type { AgreeingClaim, AgreementsResponse, FigureAgreements };
export type { ClaimDisputes };
export type {
  ContradictionBrief,
  ContradictionJson,
  CorroborationJson,
  Disagreement,
  FigurePoint,
  RecordedContradiction,
  SourcedPair,
};

/**
 * Why a claim is disputed: figures of another speaker that cannot both hold
 * with its own (a Disagreement), or a recorded contradiction with another claim.
 */
export type Dispute = Pick<Disagreement, 'claims' | 'reason'> & {
  /** Figures only: how far apart (Disagreement's factor). */
  factor?: number | null;
  /** Recorded contradictions only: seed, or analyst (one an analyst can take back). */
  origin?: string;
  /** An analyst's recorded contradiction: when it was recorded, and last reworded. */
  recordedAt?: string;
  editedAt?: string;
};

export interface ApiErrorBody {
  error: string;
  reason?: string;
  details?: unknown;
}

/** Node attributes as the API serialises them (plus any scalar property). */
export interface WireNodeAttributes {
  category: Category;
  kind?: string | null;
  name: string;
  aliases?: string[];
  degree?: number;
  date?: string | null;
  publishedDate?: string | null;
  [key: string]: unknown;
}

export interface WireEdgeAttributes {
  relType: string;
  sources?: string[];
  [key: string]: unknown;
}

export interface SerializedGraph {
  attributes?: {
    center?: string;
    depth?: number;
    truncated?: boolean;
    omitted?: { nodes: number; edges: number };
    /** Depth 1: the offset of the next page of the centre's links (null: none left). */
    nextOffset?: number | null;
    [key: string]: unknown;
  };
  options?: Record<string, unknown>;
  nodes: { key: string; attributes: WireNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: WireEdgeAttributes }[];
}

export interface SearchResult {
  id: string;
  category: Category;
  kind: string | null;
  name: string;
  aliases: string[];
  score: number;
}

export interface SearchResponse {
  query: string;
  results: SearchResult[];
}

export interface NodeDetails {
  id: string;
  category: Category;
  labels: string[];
  kind: string | null;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
  degree: {
    total: number;
    byType: { type: string; direction: 'out' | 'in'; count: number }[];
  };
}

export interface ClaimRef {
  id: string;
  name: string;
  kind?: string | null;
}

export interface ClaimsResponse {
  total: number;
  claims: Claim[];
}

/** One choice that narrows a who-said-what list: a speaker or a subject, with its claims among the list's. */
export interface ListChoice {
  id: string;
  name: string;
  count: number;
}

/** GET /api/claims/speakers: who spoke about an entity. */
export interface ClaimSpeakersResponse {
  total: number;
  speakersTotal: number;
  speakers: ListChoice[];
}

// The orders are values: the Sources panel offers them.
export {
  SOURCE_ORDERS,
  type SourceOrder,
  type SourceSummary,
} from '../../../../server/domain/sources';

// The Map panel's places; drawnAt is a value: where a place is drawn.
export {
  drawnAt,
  type Coordinates,
  type LocatedPlace,
  type PlaceSummary,
  type PlacesResponse,
  type PlaceWithin,
  type UndoneLocation,
} from '../../../../server/domain/places';

/** GET /api/sources. */
export interface SourcesResponse {
  total: number;
  offset: number;
  limit: number;
  order: SourceOrder;
  sources: SourceSummary[];
}

/** GET /api/claims/subjects: what a speaker spoke about. */
export interface ClaimSubjectsResponse {
  total: number;
  subjectsTotal: number;
  subjects: ListChoice[];
}

export interface SourceDetails {
  source: {
    id: string;
    title: string;
    outlet: string | null;
    publisher: { id: string; name: string } | null;
    publishedDate: string | null;
    dateBasis: string;
    url: string | null;
    author?: string | null;
    note?: string | null;
    text: string | null;
    held: boolean;
  };
  claims: Claim[];
  cites: { id: string; title: string }[];
  citedBy: { id: string; title: string }[];
  /** The claims other articles relay from this source (the first RELAYED_SHOWN); total counts all. */
  relayed: { total: number; claims: Claim[] };
}

/** How the API lists disagreements: by the first claim's date, or widest apart first. */
export type DisagreementOrder = 'date' | 'widest';

export interface FiguresResponse {
  measures: { measure: string; count: number }[];
  measure: string | null;
  /** Empty when asked for with points: 'none'; figuresTotal counts them all the same. */
  figures: FigurePoint[];
  figuresTotal: number;
  /** Capped by the API on big graphs (the first by date, or the widest apart); disagreementsTotal counts them all. */
  disagreements: Disagreement[];
  order: DisagreementOrder;
  disagreementsTotal: number;
  /** Disagreeing pairs by measure, exact: of every measure when none was asked for. */
  disagreementsByMeasure: Record<string, number>;
  /** Each measure's pairs widest apart (by `factor`), a few, whether listed or not. */
  widestByMeasure: Record<string, SourcedPair[]>;
  /**
   * Of the claims in view only (/api/figures/in-view): the figures on the
   * other side of the pairs listed, of claims out of view (not drawn).
   */
  partners?: FigurePoint[];
}

/** /api/claims/disputes: the claims asked about that other speakers' figures dispute. */
export interface ClaimDisputesResponse {
  asked: number;
  claims: ClaimDisputes[];
}

/**
 * /api/claims/disputes/in-view: for the claims in view, what /api/contradictions
 * and /api/figures answer for the graph (each pair with a claim in view on a side).
 */
export interface DisputesInViewResponse {
  asked: number;
  contradictions: ContradictionsResponse;
  figures: Pick<
    FiguresResponse,
    'measures' | 'disagreementsTotal' | 'disagreementsByMeasure' | 'widestByMeasure'
  >;
}

/**
 * /api/sources/:id/disputes: which other sources dispute a source's claims
 * (`claims` it reports, and `relayed` from it by other articles).
 */
/** Which source an answer is about, and its claims: those it reports and those relayed from it. */
interface OfSource {
  source: string;
  claims: number;
  relayed: number;
}

export type SourceDisputesResponse = SourceDisputes & OfSource;

export type SourceAgreementsResponse = SourceAgreements & OfSource;

export interface ContradictionsResponse {
  total: number;
  truncated: boolean;
  contradictions: ContradictionJson[];
}

export interface CorroborationsResponse {
  total: number;
  truncated: boolean;
  corroborations: CorroborationJson[];
}

/**
 * /api/figures/agreements: the graph's pairs of agreeing figures by measure, the
 * closest named with the source of each side.
 */
export type FigureAgreementsResponse = Omit<AgreeingFigures, 'closestByMeasure'> & {
  closestByMeasure: Record<string, SourcedPair<Agreement>[]>;
};

/**
 * /api/claims/agreements/in-view: where sources agree about the claims in view, as
 * the Disputes panel lists it: the recorded corroborations and the agreeing figures
 * with one of them on a side.
 */
export interface AgreementsInViewResponse {
  asked: number;
  corroborations: CorroborationsResponse;
  figures: FigureAgreementsResponse;
}

export interface CorroborationBriefsResponse {
  total: number;
  truncated: boolean;
  corroborations: ContradictionBrief[];
}

/** The two kinds of pair an analyst records between claims, as their routes name them. */
export type PairKindName = 'contradictions' | 'corroborations';
/** What a write answers the pair under: { contradiction } or { corroboration }. */
export type PairNoun = 'contradiction' | 'corroboration';
/** The body's field naming the other claim, by kind. */
export const PAIR_FIELD = {
  contradictions: 'contradicts',
  corroborations: 'corroborates',
} as const satisfies Record<PairKindName, string>;

/** A pair as a write stores or removes it: `contradicts` or `corroborates` names the other claim. */
export type RecordedPair = RecordedPairOf<'contradicts'> | RecordedPairOf<'corroborates'>;

export interface ContradictionBriefsResponse {
  total: number;
  truncated: boolean;
  contradictions: ContradictionBrief[];
}

export interface PathsResponse {
  paths: { nodes: string[]; edges: string[] }[];
  graph: SerializedGraph;
}

export interface CypherResponse {
  columns: string[];
  rows: Record<string, unknown>[] | unknown[][];
  truncated: boolean;
  rowCap: number;
  elapsedMs: number;
  graph: SerializedGraph;
}
