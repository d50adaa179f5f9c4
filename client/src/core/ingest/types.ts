/**
 * Linking new sources: the wire shapes of /api/ingest/*, /api/sources/remove and
 * /api/entities/merge* (see server/ingest/{schema,preview,commit,unlink,merge}.ts
 * and extract/types.ts), and
 * the review state an analyst edits between preview and commit.
 */

import { ACTOR_KINDS, ENTITY_LABELS, PLACE_KINDS, UNIT_KINDS } from '../../../../seed/model';
import type { ContradictionCandidate } from '../../../../server/ingest/contradiction-candidates';
import type {
  AgreeingGraphClaim,
  AgreeingOrigin,
  ArticleFigureClash,
  ClashingClaim,
  FigureAgreement,
  FigureClash,
} from '../../../../server/ingest/preview';
import type {
  ClaimProposal,
  FigureProposal,
  Mention,
  NewEntityProposal,
  SpeakerProposal,
} from '../../../../server/ingest/extract/types';
import type { ProposedRelay, RelayCandidate } from '../../../../server/ingest/relays';
import type { UnnamedKind } from '../../../../server/ingest/unnamed';
import type {
  ArticleInput,
  CommitInput,
  FiguresCompareInput,
  ReviewedClaimInput,
  ReviewedContradictionInput,
  ReviewedFigureInput,
  ReviewedMentionInput,
} from '../../../../server/ingest/schema';

export type {
  AgreeingGraphClaim,
  AgreeingOrigin,
  ArticleFigureClash,
  ClashingClaim,
  ContradictionCandidate,
  FigureAgreement,
  FigureClash,
  FiguresCompareInput,
  ProposedRelay,
  RelayCandidate,
};

export { ENTITY_LABELS };
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The kinds of seed/model.ts, by label. */
export const KINDS: Record<EntityLabel, readonly string[]> = {
  Actor: ACTOR_KINDS,
  Unit: UNIT_KINDS,
  Place: PLACE_KINDS,
};

/** What the server gives a new entity when no kind is sent (server/ingest/commit.ts). */
export const DEFAULT_KIND: Record<EntityLabel, string> = {
  Actor: 'group',
  Unit: 'formation',
  Place: 'area',
};

// ---------- Wire: preview ----------

/** POST /api/ingest/preview body (empty optional fields are left out). */
export type IngestArticle = ArticleInput;

/** The article form as typed: every field a string, possibly empty. */
export interface ArticleForm {
  title: string;
  outlet: string;
  url: string;
  publishedDate: string;
  text: string;
}

export type MatchMethod = 'exact-alias' | 'normalised-alias' | 'fuzzy';

/**
 * What the preview proposes: the server's own types, not copies of them (a copy
 * had to be kept in step by hand, and fell behind: `source` was optional here).
 */
export type ProposedMention = Mention;
export type ProposedFigure = FigureProposal;
export type ProposedSpeaker = SpeakerProposal;
export type ProposedClaim = ClaimProposal;
export type ProposedEntity = NewEntityProposal;

/** POST /api/ingest/preview → 200. */
export interface IngestProposal {
  mentions: ProposedMention[];
  claims: ProposedClaim[];
  newEntities: ProposedEntity[];
  figures: ProposedFigure[];
  stats: { ms: number; words: number; sentences: number };
  article: {
    title: string;
    outlet?: string;
    url?: string;
    publishedDate?: string;
    textHash: string;
  };
  existingSource: { id: string; title: string } | null;
  /** Claims, in the graph or the article, its claims may contradict (shared subjects and words). */
  contradictions: ContradictionCandidate[];
  /** The article's figures the graph's figures disagree with. */
  figureClashes: FigureClash[];
  /** The article's figures the graph's figures agree with, and the reports those go back to. */
  figureAgreements: FigureAgreement[];
  /** Pairs of the article's own figures that disagree, each marked when the preview proposes one speaker for both. */
  figureClashesInArticle: ArticleFigureClash[];
  /** For claims whose speaker or a named outlet published reports in the graph: the reports each may be relayed from. */
  relays: ProposedRelay[];
  /** What the preview could not do, in words for the analyst (a graph missing an index). */
  notices: string[];
}

/** POST /api/ingest/figures → 200: the proposal's figure lists, for the speakers the review settled on. */
export type ComparedArticleFigures = Pick<
  IngestProposal,
  'figureClashes' | 'figureAgreements' | 'figureClashesInArticle'
>;

// ---------- Wire: commit ----------

export type MentionDecision = 'accept' | 'reject' | 'create';
export type ClaimDecision = 'accept' | 'reject';

// The parts of a commit are the server's own schema (server/ingest/schema.ts),
// so that the review cannot drift from what the server accepts.
export type ReviewedMentionBody = ReviewedMentionInput;
export type ReviewedFigureBody = ReviewedFigureInput;
export type ReviewedClaimBody = ReviewedClaimInput;
/** A contradiction the analyst confirmed: a claim of the article against another claim. */
export type ReviewedContradictionBody = ReviewedContradictionInput;

/** POST /api/ingest/commit body, every list sent (the server's schema lets them default). */
export type CommitBody = Required<CommitInput>;

/** POST /api/ingest/commit → 201 (created) or 200 (already there: created false). */
export interface CommitResult {
  created: boolean;
  sourceId: string;
  title?: string;
  entitiesCreated?: { id: string; name: string; label: string }[];
  claimsCreated?: string[];
  aliasesLearned?: { id: string; alias: string }[];
  linksRejected?: { id: string; surface: string }[];
  contradictionsRecorded?: { claim: string; contradicts: string }[];
  reportsCited?: string[];
  /** The reports the commit added, which the graph did not hold. */
  reportsCreated?: { id: string; title: string }[];
}

// ---------- Wire: removing a linked source ----------

/** POST /api/sources/remove[?dryRun=true] → 200: what went (or would go), and the article. */
export type { LinkedReview, LinkedSource, SourceRemoval } from '../../../../server/ingest/types';

// ---------- Wire: merges ----------

/** POST /api/entities/merge → 200. */
export interface EntityMergeResult {
  decision: string;
  keep: string;
  merged: string;
  moved: number;
  aliases: string[];
}

/** POST /api/entities/merges/:decision/undo → 200. */
export interface UndoMergeResult {
  decision: string;
  restored: string;
  relationships: number;
}

export interface MergeDecision {
  id: string;
  keep: string;
  merged: string;
  mergedName: string;
  at: string;
  undone: boolean;
  undoneAt?: string | null;
}

/** GET /api/entities/merges → 200. */
export interface MergeDecisionsResponse {
  decisions: MergeDecision[];
}

// ---------- Review state ----------

/** An entity of the graph as the review shows it. */
export interface EntityRef {
  id: string;
  name: string;
  category?: string;
  kind?: string | null;
}

/** The entity a `create` decision makes; mentions sharing `key` make one entity. */
export interface NewEntityDraft {
  key: string;
  name: string;
  label: EntityLabel;
  kind: string;
}

export interface MentionReview {
  id: string;
  text: string;
  start: number;
  end: number;
  /** The label the extractor gave the mention. */
  label: EntityLabel;
  /** The entity the extractor proposed, if any. */
  proposed: EntityRef | null;
  decision: MentionDecision;
  /** With accept: the entity linked to (the proposed one, or another after a relink). */
  entity: EntityRef | null;
  /** With create: the new entity. */
  newEntity: NewEntityDraft;
  /** With reject of a proposed link: tell the server that entity is wrong for this surface. */
  rejectLink: boolean;
}

/** Who said it: through a mention (whatever it resolves to), or an entity picked directly. */
export interface SpeakerChoice {
  mentionId: string | null;
  entity: EntityRef | null;
  /** The speaker as written in the article. */
  text: string;
  /** Hearsay the article passes on: said by its "Unattributed reports" actor, which the commit creates. */
  unattributed?: true;
  /** Said by someone the article describes without naming (`text`): an actor the commit creates. */
  unnamed?: true;
  /** With unnamed: what that actor is, as the analyst corrected it; absent: guessed from `text`. */
  kind?: UnnamedKind;
  /** With unnamed: what the analyst calls that actor; absent: named by `text`. */
  name?: string;
}

/** A report of the graph a claim is relayed from; outlet and date unknown when picked by search. */
export interface ReportChoice {
  id: string;
  title: string;
  outlet: string | null;
  date: string | null;
}

export interface ClaimReview {
  id: string;
  decision: ClaimDecision;
  speaker: SpeakerChoice;
  proposal: ProposedClaim;
  /** The reports the preview offers it as relayed from, best first. */
  reports: RelayCandidate[];
  /** The one of them the preview chose; null: none stood out. */
  proposedRelay: string | null;
  /** The report the article relays it from (a new one's id is `new:<key>`); null: the article's own account. */
  relayedFrom: ReportChoice | null;
  /**
   * When it was said: the date its attribution states (the preview's
   * `statedDate`) or the analyst's, as typed (YYYY, YYYY-MM or YYYY-MM-DD);
   * null: dated by the article.
   */
  date: string | null;
  /** Marked by the analyst in the article's text: the preview did not propose it (added-claims.ts). */
  added?: true;
}

/**
 * A report the review adds because the graph does not hold it ("Park told
 * Newsweek", no Newsweek piece in the graph): committed as a source we do not
 * hold, which the claims relayed from it point to.
 */
export interface NewReportDraft {
  /** The review's name for it; claims relayed from it have the ReportChoice id `new:<key>`. */
  key: string;
  title: string;
  /** Who published it: a mention of this review, or an entity of the graph; null: not said. */
  publisher: { mentionId: string | null; entityId: string | null; name: string } | null;
  publishedDate: string | null;
  /** Where it can be read, when the analyst found it: http or https. */
  url: string | null;
}

/** A proposed contradiction: recorded with the commit only when the analyst confirms it. */
export interface ContradictionReview {
  candidate: ContradictionCandidate;
  confirmed: boolean;
  /** Why the two cannot both hold: the proposal's draft until the analyst rewrites it. */
  note: string;
}

export interface ReviewState {
  article: IngestArticle;
  existingSource: { id: string; title: string } | null;
  mentions: MentionReview[];
  claims: ClaimReview[];
  contradictions: ContradictionReview[];
  /** Reports the analyst added (the graph holds none of them), in the order added. */
  newReports: NewReportDraft[];
}

/** What a speaker or mention currently resolves to, for display and checks. */
export interface Resolution {
  status: 'linked' | 'new' | 'rejected' | 'missing';
  name: string | null;
  entityId: string | null;
}

export interface ReviewIssue {
  scope: 'article' | 'mention' | 'claim';
  /** The mention or claim id, or the article field. */
  id: string;
  message: string;
}

export interface ReviewSummary {
  mentions: number;
  linked: number;
  relinked: number;
  rejected: number;
  newEntities: NewEntityDraft[];
  /** Accepted claims of hearsay: the commit creates the article's "Unattributed reports" actor for them. */
  hearsay: number;
  /** The speakers the article describes without naming, one per description, and their claims. */
  unnamed: { text: string; claims: number; kind: UnnamedKind; name?: string }[];
  claimsAccepted: number;
  claimsRejected: number;
  figures: number;
  /** Accepted mentions whose text differs from the entity's name: aliases the server may learn. */
  aliasCandidates: { text: string; entity: EntityRef }[];
  rejectedLinks: { text: string; entity: EntityRef }[];
  /** Confirmed contradictions of accepted claims: what the commit records. */
  contradictions: number;
  /** Accepted claims dated on their own (as stated, or by the analyst), not by the article. */
  dated: number;
  /** Accepted claims relayed from a report, and the reports the source will cite for them. */
  relayed: number;
  reportsCited: ReportChoice[];
  /** Of those, the reports the commit adds. */
  reportsNew: NewReportDraft[];
}

/** One run of the article for the review view: which mention, claims and quote cover it. */
export interface ReviewSegment {
  text: string;
  start: number;
  end: number;
  mention: string | null;
  claims: string[];
  quote: boolean;
  /** The words that date a claim, as its review dates it ("on October 31"). */
  date: boolean;
}

/** A server complaint located in the form or the review. */
export interface LocatedIssue {
  scope: 'article' | 'mention' | 'claim' | 'other';
  /** The article field (title, text…) or the mention / claim id. */
  id: string | null;
  field: string;
  message: string;
}
