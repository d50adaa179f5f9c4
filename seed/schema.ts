/**
 * The zod schema of the curated seed dataset (seed/data/*.json). Every record is
 * validated before anything is written, and cross-references are checked too.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  ENTITY_RELATION_TYPES,
  FIGURE_UNITS,
  isIsoDate,
  MEASURES,
  PLACE_KINDS,
  UNIT_KINDS,
} from './model';

const id = (prefix: string) =>
  z
    .string()
    .regex(
      new RegExp(`^${prefix}-[a-z0-9]+(?:-[a-z0-9]+)*$`),
      `must look like "${prefix}-lower-case-words"`,
    );

/**
 * A web address: http or https only. The explorer links to it ("Original
 * article ↗"), and a javascript: or data: URL there would run in its page.
 */
export const webUrl = z.url({ protocol: /^https?$/i, message: 'must be an http or https URL' });

/** ISO date, or a partial ISO date (year or year-month) when only that is known. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isIsoDate, 'is not a real calendar date');

const named = {
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
  note: z.string().optional(),
};

export const actorSchema = z.strictObject({
  id: id('act'),
  label: z.literal('Actor'),
  kind: z.enum(ACTOR_KINDS),
  ...named,
  country: z.string().optional(),
  role: z.string().optional(),
});

export const unitSchema = z.strictObject({
  id: id('unit'),
  label: z.literal('Unit'),
  kind: z.enum(UNIT_KINDS),
  ...named,
});

export const placeSchema = z.strictObject({
  id: id('place'),
  label: z.literal('Place'),
  kind: z.enum(PLACE_KINDS),
  ...named,
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

export const entitySchema = z.discriminatedUnion('label', [actorSchema, unitSchema, placeSchema]);

export const sourceSchema = z.strictObject({
  id: id('src'),
  ...named,
  title: z.string().min(1),
  /** Actor id of the outlet that published it, when known. */
  publisher: id('act').nullable(),
  publishedDate: isoDate.nullable(),
  dateBasis: z.enum(['stated', 'inferred', 'unknown']),
  url: webUrl.nullable(),
  author: z.string().optional(),
  /** File under seed/sources/ holding the cleaned text; null for a cited report we do not hold. */
  textFile: z
    .string()
    .regex(/^[a-z0-9-]+\.txt$/)
    .nullable(),
  /** The raw file under shared/seeds/ this text was cleaned from. */
  seedFile: z.string().optional(),
  /** Ids of the sources this article relays. */
  cites: z.array(id('src')).default([]),
});

export const figureSchema = z
  .strictObject({
    measure: z.enum(MEASURES),
    unit: z.enum(FIGURE_UNITS),
    value: z.number().nonnegative().optional(),
    low: z.number().nonnegative().optional(),
    high: z.number().nonnegative().optional(),
    /** How the source qualified it: "about", "up to", "over", "at least"… */
    qualifier: z.string().optional(),
    /** Date the figure describes, if it differs from the claim's date. */
    asOf: isoDate.nullable().optional(),
    /** Words of the excerpt that state the figure. */
    text: z.string().min(1),
  })
  .refine((f) => (f.value !== undefined) !== (f.low !== undefined || f.high !== undefined), {
    message: 'give either value, or low and high',
  })
  .refine((f) => f.low === undefined || f.high === undefined || f.low <= f.high, {
    message: 'low must not exceed high',
  });

export const claimSchema = z.strictObject({
  id: id('clm'),
  /** The statement in plain words (the excerpt is the evidence). */
  text: z.string().min(1),
  /** true when the excerpt is the speaker's own words in quotation marks. */
  quote: z.boolean(),
  /** Actor id of who said it. */
  speaker: id('act'),
  about: z.array(z.string()).min(1),
  source: id('src'),
  /**
   * The report the source relays this claim from, as far back as the article
   * traces it: a source it cites, or one cited by those (the SBU's report,
   * relayed by News.bg, relayed by Fakti). Absent: the article's own account.
   */
  relayedFrom: id('src').optional(),
  /** Exact words of the source text that carry the claim. */
  excerpt: z.string().min(1),
  /** Which occurrence of the excerpt in the text, when it occurs more than once (1-based). */
  occurrence: z.number().int().positive().optional(),
  /** The verb that introduces it: said, announced, told, according to… */
  cue: z.string().min(1),
  date: isoDate.nullable(),
  dateBasis: z.enum(['stated', 'inferred', 'publication', 'unknown']),
  figures: z.array(figureSchema).default([]),
  note: z.string().optional(),
});

export const relationSchema = z.strictObject({
  type: z.enum(ENTITY_RELATION_TYPES),
  from: z.string().min(1),
  to: z.string().min(1),
  sources: z.array(id('src')).min(1),
  note: z.string().optional(),
});

/**
 * Two claims that cannot both hold, as an analyst reads them; the note says
 * why. Recorded once, in either direction: "contradicts" reads both ways.
 */
export const contradictionSchema = z.strictObject({
  claim: id('clm'),
  contradicts: id('clm'),
  note: z.string().min(1),
});

/**
 * Two claims that bear each other out, as an analyst reads them; the note says
 * how. Recorded once, in either direction, as contradictions are.
 */
export const corroborationSchema = z.strictObject({
  claim: id('clm'),
  corroborates: id('clm'),
  note: z.string().min(1),
});

export type Actor = z.infer<typeof actorSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type ClaimRecord = z.infer<typeof claimSchema>;
export type RelationRecord = z.infer<typeof relationSchema>;
export type ContradictionRecord = z.infer<typeof contradictionSchema>;
export type CorroborationRecord = z.infer<typeof corroborationSchema>;

/** The dataset files and the schema of each record in them. */
export const DATASET_FILES = {
  'entities.json': entitySchema,
  'sources.json': sourceSchema,
  'claims.json': claimSchema,
  'relations.json': relationSchema,
  'contradictions.json': contradictionSchema,
  'corroborations.json': corroborationSchema,
} as const;
