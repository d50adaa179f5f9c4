/**
 * The who-said-what model as data: the vocabulary shared by the seed loader,
 * the API (allow-lists) and the client (legend, filters).
 */

export const ENTITY_LABELS = ['Actor', 'Unit', 'Place'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NODE_LABELS = ['Actor', 'Unit', 'Place', 'Source', 'Claim'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const ACTOR_KINDS = [
  'person',
  'state',
  'government',
  'organisation',
  'media',
  'agency',
  'military',
  'group',
  'unattributed',
] as const;

export const UNIT_KINDS = ['armed-forces', 'formation', 'contingent', 'special-forces'] as const;

export const PLACE_KINDS = [
  'country',
  'region',
  'city',
  'settlement',
  'area',
  'facility',
  'front',
] as const;

/**
 * Cue words that deny what follows them ("denied", "dismissed the reports"): a
 * claim with one is stored with `denies: true` and the second label Denial
 * (its own full-text index), which is how contradictions between a new
 * source's claims and the graph's are looked up (an assertion against a
 * denial on the same subject).
 */
export const DENIAL_WORDS: ReadonlySet<string> = new Set(
  (
    'deny denies denied denying denial dismiss dismisses dismissed dismissing ' +
    'reject rejects rejected rejecting refute refutes refuted refuting rebut rebuts rebutted'
  ).split(' '),
);

/** The second label of a claim that denies (as Entity is of Actor, Unit and Place). */
export const DENIAL_LABEL = 'Denial';

/**
 * isDenial as a regular expression over a lower-cased cue, for Cypher's =~
 * (Java's syntax; it matches the whole string): a denial word with no letter
 * either side, anything around it, line breaks included.
 */
export const DENIAL_PATTERN = `[\\s\\S]*(?<![a-z])(?:${[...DENIAL_WORDS].join('|')})(?![a-z])[\\s\\S]*`;

export function isDenial(cue: string | null | undefined): boolean {
  if (!cue) return false;
  return cue
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => DENIAL_WORDS.has(w));
}

/** Relations between entities; each carries the ids of the sources that support it. */
export const ENTITY_RELATION_TYPES = [
  'DEPLOYED_TO',
  'PART_OF',
  'LOCATED_IN',
  'LEADS',
  'MEMBER_OF',
  'ALLIED_WITH',
  'FIGHTS_AGAINST',
] as const;
export type EntityRelationType = (typeof ENTITY_RELATION_TYPES)[number];

/**
 * The provenance relationships of the model. RELAYED_FROM goes from a claim to
 * the report its article relays it from (Blinken's 8,000 in article 001, from
 * his briefing of 31 October), so that two articles relaying one report are
 * not taken for two independent accounts.
 */
export const CLAIM_RELATION_TYPES = [
  'SAID',
  'REPORTED_IN',
  'ABOUT',
  'PUBLISHED_BY',
  'CITES',
  'RELAYED_FROM',
] as const;

/**
 * Between two claims that cannot both hold ("Moscow denies…" against "two North
 * Korean soldiers were captured in Kursk"): a reading recorded with its note,
 * not something a source says. Figures are compared by the API instead.
 */
export const CONTRADICTS = 'CONTRADICTS';

/**
 * Between two claims that bear each other out ("withdrawn from the front"
 * reported by one source, "pulled from the front lines" said in another): the
 * counterpart of CONTRADICTS, recorded with its note. Figures that agree are
 * found by the API instead; this is for the claims no figure compares.
 */
export const CORROBORATES = 'CORROBORATES';

export const RELATION_TYPES = [
  ...CLAIM_RELATION_TYPES,
  CONTRADICTS,
  CORROBORATES,
  ...ENTITY_RELATION_TYPES,
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * What a figure counts. Figures with the same measure are comparable across
 * speakers; that is how the figures view finds disagreements.
 */
export const MEASURES = [
  'nk_troops_deployed',
  'nk_troops_additional',
  'nk_casualties',
  'nk_casualty_share',
  'nk_casualties_per_day',
  'nk_attack_group_size',
  'nk_military_personnel',
  'nk_prisoners',
  'russian_force_kursk',
  'russian_casualties',
  'distance_from_border',
  'training_duration',
  'other',
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * The measure of a figure the model has no measure for ("outnumbered six
 * times", "eight hours"): two of them need not count the same thing, so they
 * are never compared, and are shown in their own words.
 */
export const UNMEASURED = 'other' satisfies Measure;

export const FIGURE_UNITS = [
  'persons',
  'percent',
  'persons_per_day',
  'km',
  'days',
  'count',
  'hours',
  'months',
  'ratio',
] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** How much a figure says: a value or a low–high range, and a hedge ("about", "up to"). */
export interface FigureAmount {
  value?: number;
  low?: number;
  high?: number;
  qualifier?: string;
}

/** A figure's amount with only the fields it has (no `undefined` keys, no empty qualifier). */
export function figureAmount(f: FigureAmount): FigureAmount {
  return {
    ...(f.value !== undefined ? { value: f.value } : {}),
    ...(f.low !== undefined ? { low: f.low } : {}),
    ...(f.high !== undefined ? { high: f.high } : {}),
    ...(f.qualifier ? { qualifier: f.qualifier } : {}),
  };
}

/**
 * Dates keep the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. A
 * partial date is any day of its month or year, and the loader, the API's
 * comparison of figures and the explorer's filters and charts all read it so.
 */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A report dated after the article cannot be what it relays. Dates are ISO
 * prefixes of different precision ("2025", "2025-01-12"): compared on the
 * precision they share.
 */
export function datedAfter(report: string | null, article: string | null): boolean {
  if (!report || !article) return false;
  const n = Math.min(report.length, article.length);
  return report.slice(0, n) > article.slice(0, n);
}

/** [first day, last day] (UTC ms) of a YYYY, YYYY-MM or YYYY-MM-DD date; null if unparseable. */
export function dateSpan(iso: string | null | undefined): [number, number] | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const t = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
    return [t, t];
  }
  if (m[2]) {
    const mo = Number(m[2]) - 1;
    return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 0)];
  }
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

/** Whether `s` is a real YYYY, YYYY-MM or YYYY-MM-DD date (no 2025-02-30, no month 13). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

/** The precision of a YYYY, YYYY-MM or YYYY-MM-DD date; null if unparseable. */
export function datePrecision(iso: string | null | undefined): DatePrecision | null {
  if (!iso) return null;
  const m = /^\d{4}(-\d{2})?(-\d{2})?/.exec(iso);
  if (!m) return null;
  return m[2] ? 'day' : m[1] ? 'month' : 'year';
}
