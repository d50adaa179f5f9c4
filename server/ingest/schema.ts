/**
 * What the ingest routes and CLI accept: an article to preview, and the
 * analyst's reviewed proposal to commit. Limits protect the server; every
 * message names the field.
 */
import { z } from 'zod';
import { ENTITY_LABELS, FIGURE_UNITS, MEASURES } from '../../seed/model';
import { isoDate, webUrl } from '../../seed/schema';
import { UNNAMED_KINDS } from './unnamed';

export const MAX_TEXT_BYTES = 200 * 1024;

/** Text an analyst pasted: not empty, not too long, not binary. */
export const articleText = z
  .string({ message: 'must be the article text' })
  .refine((s) => s.trim().length > 0, 'must not be empty')
  .refine(
    (s) => Buffer.byteLength(s, 'utf8') <= MAX_TEXT_BYTES,
    `must be at most ${MAX_TEXT_BYTES / 1024} KB`,
  )
  .refine(
    // NUL and other C0 controls (bar tab, newlines), or undecodable bytes, mean a binary file.
    (s) =>
      ![...s].some((ch) => {
        const code = ch.codePointAt(0)!;
        return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd;
      }),
    'looks binary: it contains control characters',
  );

export const articleSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(500),
  outlet: z.string().trim().max(200).optional(),
  url: webUrl.max(2000).optional(),
  publishedDate: isoDate.optional(),
  text: articleText,
});
export type ArticleBody = z.infer<typeof articleSchema>;
/** An article as a client sends it (the explorer's form builds it). */
export type ArticleInput = z.input<typeof articleSchema>;

const span = { start: z.number().int().min(0), end: z.number().int().min(0) };
const entityRef = z.string().min(1).max(200);

export const reviewedMention = z.strictObject({
  id: z.string().min(1).max(100),
  text: z.string().min(1).max(500),
  ...span,
  label: z.enum(ENTITY_LABELS),
  /** accept: link to entityId; create: a new entity; reject: not an entity (or not this one). */
  decision: z.enum(['accept', 'reject', 'create']),
  entityId: entityRef.optional(),
  /** With reject: the entity that was proposed and is wrong for this surface form. */
  rejectedEntityId: entityRef.optional(),
  /** With create: the new entity's name and kind; mentions sharing newEntityKey make one entity. */
  name: z.string().trim().min(1).max(300).optional(),
  kind: z.string().max(50).optional(),
  newEntityKey: z.string().max(300).optional(),
});

export const reviewedFigure = z.strictObject({
  measure: z.enum(MEASURES),
  unit: z.enum(FIGURE_UNITS),
  value: z.number().nonnegative().optional(),
  low: z.number().nonnegative().optional(),
  high: z.number().nonnegative().optional(),
  qualifier: z.string().max(50).optional(),
  asOf: isoDate.nullable().optional(),
  text: z.string().min(1).max(200),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});

export const reviewedClaim = z.strictObject({
  id: z.string().min(1).max(100),
  decision: z.enum(['accept', 'reject']),
  speaker: z.strictObject({
    mentionId: z.string().nullable().optional(),
    entityId: entityRef.nullable().optional(),
    text: z.string().max(500).optional(),
    /** Hearsay the article passes on: its claims are said by one actor of the article, "Unattributed reports (…)". */
    unattributed: z.literal(true).optional(),
    /**
     * Said by someone the article describes without naming ("a senior U.S.
     * defense official", in `text`): one actor of the article per description.
     */
    unnamed: z.literal(true).optional(),
    /** With unnamed: what the actor is, when the analyst corrected the guess from the words. */
    kind: z.enum(UNNAMED_KINDS).optional(),
    /**
     * With unnamed: what the analyst calls the actor instead of the article's
     * words ("US defense official"); the commit adds "(unnamed, <title>)".
     */
    name: z.string().trim().min(1).max(200).optional(),
  }),
  text: z.string().min(1).max(5000),
  kind: z.enum(['direct', 'indirect']),
  cue: z.string().min(1).max(100),
  ...span,
  /** Mention ids or entity ids the claim is about. */
  about: z.array(z.string().min(1).max(200)).max(50).default([]),
  figures: z.array(reviewedFigure).max(20).default([]),
  date: isoDate.nullable().optional(),
  /** The id of the report in the graph the article relays the claim from; null: the article's own account. */
  relayedFrom: entityRef.nullable().optional(),
  /** Or the key of a report this commit adds (`reports`): one the graph does not hold yet. */
  relayedFromReport: z.string().min(1).max(100).nullable().optional(),
});

/**
 * The figures of an article under review, to compare again with the graph's
 * once the analyst has changed who speaks them (POST /api/ingest/figures).
 */
export const figuresCompareSchema = z.strictObject({
  /** The article's date, which a commit gives its claims. */
  publishedDate: isoDate.nullable().optional(),
  claims: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(100),
        /** The speaker the review settles on: an entity of the graph, or a new name; null: none yet. */
        speaker: z
          .strictObject({
            entityId: entityRef.nullable().optional(),
            name: z.string().trim().min(1).max(500).optional(),
          })
          .nullable(),
        /** When the review dates it (as stated, or the analyst's); null or absent: the article's date. */
        date: isoDate.nullable().optional(),
        figures: z.array(reviewedFigure).min(1).max(20),
      }),
    )
    .max(2000)
    .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'claim ids must be unique'),
});
export type FiguresCompareBody = z.infer<typeof figuresCompareSchema>;
export type FiguresCompareInput = z.input<typeof figuresCompareSchema>;

/**
 * A report the article relays that the graph does not hold ("Park told
 * Newsweek", no Newsweek piece in the graph): written as a source we do not
 * hold (held: false, no text), as the seed writes the reports its articles
 * cite, so that the claims relayed from it count as one account.
 */
export const newReport = z.strictObject({
  /** The review's name for it, which claims give as relayedFromReport. */
  key: z.string().min(1).max(100),
  title: z.string().trim().min(1, 'must not be empty').max(500),
  /** Who published it: an entity id, or the id of an accepted or new mention of this review. */
  publisher: z.string().min(1).max(200).nullable().optional(),
  publishedDate: isoDate.nullable().optional(),
  url: webUrl.max(2000).nullable().optional(),
});

/** Why two claims cannot both hold, as an analyst writes it. */
export const contradictionNote = pairNote('must say why the two claims cannot both hold');

/** The note of a recorded corroboration. */
export const corroborationNote = pairNote('must say how the two claims bear each other out');

function pairNote(empty: string) {
  return z.string().trim().min(1, empty).max(2000, 'must be at most 2,000 characters');
}

/**
 * A contradiction the review confirmed: a claim of the article against one in
 * the graph, or (inArticle) against another claim of the same article.
 */
export const reviewedContradiction = z.strictObject({
  /** The article's claim, by its proposal id; it must be accepted. */
  claim: z.string().min(1).max(100),
  /** A claim in the graph; with inArticle, another accepted claim of the proposal. */
  contradicts: entityRef,
  inArticle: z.boolean().default(false),
  note: contradictionNote,
});

export const commitSchema = z.strictObject({
  article: articleSchema,
  mentions: z.array(reviewedMention).max(5000).default([]),
  claims: z.array(reviewedClaim).max(2000).default([]),
  contradictions: z.array(reviewedContradiction).max(200).default([]),
  reports: z.array(newReport).max(50).default([]),
});
export type CommitBody = z.infer<typeof commitSchema>;
/** A commit body as sent: defaults (empty lists, inArticle false) may be left out. */
export type CommitInput = z.input<typeof commitSchema>;
export type ReviewedMention = z.infer<typeof reviewedMention>;
export type ReviewedClaim = z.infer<typeof reviewedClaim>;
export type ReviewedContradiction = z.infer<typeof reviewedContradiction>;
export type NewReport = z.infer<typeof newReport>;
/** What a client sends for each part of a commit (the explorer's review builds these). */
export type ReviewedMentionInput = z.input<typeof reviewedMention>;
export type ReviewedFigureInput = z.input<typeof reviewedFigure>;
export type ReviewedClaimInput = z.input<typeof reviewedClaim>;
export type ReviewedContradictionInput = z.input<typeof reviewedContradiction>;
export type NewReportInput = z.input<typeof newReport>;
