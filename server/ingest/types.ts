/**
 * Answers of the ingest routes that the client reads as they are, kept apart
 * from the code that builds them so that the client's build needs nothing of
 * the server's (Express, the driver).
 */
import type { RecordedContradiction, RecordedPair } from '../domain/contradictions';
import type { CommitBody } from './schema';

/** The review a source was committed with (its article aside: the source holds it). */
export type LinkedReview = Pick<CommitBody, 'mentions' | 'claims' | 'contradictions'> &
  Partial<Pick<CommitBody, 'reports'>> & {
    /** The id each of its reports was written with, by key (absent before this was recorded). */
    reportIds?: Record<string, string>;
  };

/** POST /api/sources/remove: what removing a linked source deleted (or would, dryRun). */
export interface SourceRemoval {
  /** True: a dry run, which wrote nothing; the rest says what taking it back would do. */
  dryRun: boolean;
  source: { id: string; title: string; outlet: string | null; linkedAt: string | null };
  /** The article as it was linked, to link it again. */
  article: {
    title: string;
    outlet?: string;
    url?: string;
    publishedDate?: string;
    text: string;
  };
  /**
   * The review it was committed with, for a new review of the article to
   * start from; null for sources linked before reviews were kept.
   */
  review: LinkedReview | null;
  /**
   * The names, now, of the entities that review links to, and the titles of
   * the reports its claims were relayed from, where they still exist.
   */
  reviewNames: Record<string, string>;
  claimsRemoved: { id: string; text: string; speaker: string | null; date: string | null }[];
  contradictionsRemoved: RecordedContradiction[];
  corroborationsRemoved: RecordedPair<'corroborates'>[];
  /** Entities analysts' commits created (this source's, or one its claims used) that nothing else links to now. */
  entitiesRemoved: { id: string; name: string; label: string }[];
  /** Entities first seen in the source that other sources' claims (or a merge) now link to. */
  entitiesKept: { id: string; name: string; label: string; otherLinks: number }[];
  aliasesForgotten: { id: string; name: string; alias: string }[];
  /** Reports its commit added (sources we do not hold) that nothing else cites or relays now. */
  reportsRemoved: { id: string; title: string }[];
  /**
   * Reports its commit added that stay, since other sources cite them or relay
   * claims from them: a new review of the article picks them, not new copies.
   */
  reportsKept: { id: string; key: string; title: string; otherLinks: number }[];
  /** Links the commit rejected, which the preview may propose again. */
  rejectionsForgotten: { id: string; name: string; surface: string }[];
}

/** GET /api/ingest/sources: one source an analyst linked. */
export interface LinkedSource {
  id: string;
  title: string;
  outlet: string | null;
  publishedDate: string | null;
  /** When it was linked; null for sources linked before this was recorded. */
  linkedAt: string | null;
  /** How many claims it holds, or held when it was removed. */
  claims: number;
  /** When it was removed; null while it is in the graph. */
  removedAt: string | null;
}
