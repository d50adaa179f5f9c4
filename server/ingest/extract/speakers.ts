/**
 * Who is speaking: a speaker phrase ("NATO Secretary General Mark Rutte", "a drone
 * operator from Ukraine's 8th…", "the agency", "he") becomes a mention, a graph entity,
 * or an unnamed speaker. Pronouns and descriptions resolve to an earlier speaker of
 * the right sort (person, organisation, group).
 */
import { lookupPhrase, type EntityIndex } from './entity-index';
import {
  MONTHS,
  ORG_ANAPHORS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  ROLE_NOUNS,
  STAFF_PLURALS,
  SUBJECT_TRAILERS,
  THING_PRONOUNS,
  TITLES,
  WEEKDAYS,
} from './lexicon';
import type { Token } from './normalise';
import { sentenceAt, type Sentence } from './sentences';
import type { Mention, SpeakerProposal } from './types';

export interface SpeakerSort {
  person: boolean;
  org: boolean;
  plural: boolean;
}

export interface ResolvedSpeaker extends SpeakerSort {
  speaker: SpeakerProposal;
}

export interface HistoryEntry extends ResolvedSpeaker {
  sentence: number;
  paragraph: number;
  pos: number;
}

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  /** Kind of a mention's entity (the known kind, or the guess for a new one). */
  kindOf: (m: Mention) => string | undefined;
  index: EntityIndex;
  /** Is the offset inside a quotation? */
  inQuote: (pos: number) => boolean;
  /** Speakers found so far, in text order. */
  history: HistoryEntry[];
}

const CUT_PREPS = new Set([
  'from',
  'at',
  'in',
  'for',
  'with',
  'on',
  'during',
  'after',
  'before',
  'via',
  'by',
]);
/** "a report from a Washington-based think tank": the source is the speaker. */
const SOURCE_OF =
  /^(?:(?:a|an|the|its|their|new|recent|latest|leaked)\s+)*(?:report|statement|study|analysis|assessment|assertion|finding|estimate|survey|briefing|document|post)s?\s+(?:from|by|of)\s+/i;
const LY_NOUNS = new Set([
  'ally',
  'family',
  'assembly',
  'supply',
  'rally',
  'reply',
  'italy',
  'july',
  'anomaly',
]);
const TIME_WORDS = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'late', 'early']);

function span(ctx: SpeakerContext, start: number, end: number) {
  return { text: ctx.text.slice(start, end), start, end };
}

/** First index in a list sorted by `start` whose start is >= pos. */
function lowerBound<T extends { start: number }>(list: T[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const wordCache = new WeakMap<Token[], Token[]>();
function wordTokens(ctx: SpeakerContext): Token[] {
  let w = wordCache.get(ctx.tokens);
  if (!w) {
    w = ctx.tokens.filter((t) => t.kind === 'word');
    wordCache.set(ctx.tokens, w);
  }
  return w;
}

export function wordsIn(ctx: SpeakerContext, start: number, end: number): Token[] {
  const words = wordTokens(ctx);
  const out: Token[] = [];
  for (let i = lowerBound(words, start); i < words.length && words[i]!.start < end; i++) {
    if (words[i]!.end <= end) out.push(words[i]!);
  }
  return out;
}

/** Mentions whose span lies in [start, end), in order (ctx.mentions is sorted). */
export function mentionsIn(ctx: SpeakerContext, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(ctx.mentions, start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}

export function mentionAt(ctx: SpeakerContext, pos: number): Mention | undefined {
  const i = lowerBound(ctx.mentions, pos + 1) - 1;
  const m = ctx.mentions[i];
  return m && m.start <= pos && pos < m.end ? m : undefined;
}

export function sortOfMention(ctx: SpeakerContext, m: Mention): SpeakerSort {
  const kind = ctx.kindOf(m);
  if (kind === 'person') return { person: true, org: false, plural: false };
  if (kind === 'group' || kind === 'unattributed')
    return { person: false, org: false, plural: true };
  return { person: false, org: true, plural: m.label === 'Unit' };
}

export function fromMention(
  ctx: SpeakerContext,
  m: Mention,
  surface: { start: number; end: number },
  how: SpeakerProposal['resolvedFrom'] = 'name',
): ResolvedSpeaker {
  const speaker: SpeakerProposal = {
    mentionId: m.id,
    entityId: m.match?.entityId ?? null,
    text: m.text,
    resolvedFrom: how,
    surface: span(ctx, surface.start, surface.end),
  };
  return { speaker, ...sortOfMention(ctx, m) };
}

/** The same speaker, found through other words (a pronoun, a description, the context). */
export function resolved(
  ctx: SpeakerContext,
  base: ResolvedSpeaker,
  surface: { start: number; end: number } | null,
  how: 'pronoun' | 'description' | 'context',
): ResolvedSpeaker {
  const speaker: SpeakerProposal = { ...base.speaker, resolvedFrom: how };
  if (surface) speaker.surface = span(ctx, surface.start, surface.end);
  else delete speaker.surface;
  return { ...base, speaker };
}

function unresolved(
  ctx: SpeakerContext,
  start: number,
  end: number,
  sort: SpeakerSort,
): ResolvedSpeaker {
  return {
    speaker: {
      mentionId: null,
      entityId: null,
      text: ctx.text.slice(start, end),
      surface: span(ctx, start, end),
    },
    ...sort,
  };
}

/** Trims spaces, punctuation, a trailing "(NIS)" and trailing adverbs or dates. */
export function trimPhrase(ctx: SpeakerContext, start: number, end: number): [number, number] {
  const { text } = ctx;
  for (let guard = 0; guard < 20; guard++) {
    const [s0, e0] = [start, end];
    while (start < end && /[\s,;:"“”'‘’—–-]/.test(text[start]!)) start++;
    while (end > start && /[\s,;:"“”'‘’—–-]/.test(text[end - 1]!)) end--;
    const tail = /\s*\([^()]*\)$/.exec(text.slice(start, end));
    if (tail) end -= tail[0].length;
    const words = wordsIn(ctx, start, end);
    const last = words[words.length - 1];
    if (last) {
      const k = last.key;
      const prev = words[words.length - 2];
      const adverb = !last.cap && /ly$/.test(k) && !LY_NOUNS.has(k);
      const drop =
        adverb ||
        SUBJECT_TRAILERS.has(k) ||
        WEEKDAYS.has(k) ||
        MONTHS.has(k) ||
        /^\d+$/.test(k) ||
        TIME_WORDS.has(k);
      if (drop) end = prev ? prev.fullEnd : start;
    }
    if (s0 === start && e0 === end) break;
  }
  return [start, end];
}

/** The head phrase: cut before the first preposition or participle ("a drone operator from…"). */
function headPhrase(ctx: SpeakerContext, start: number, end: number): [number, number] {
  const words = wordsIn(ctx, start, end);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const inside = mentionAt(ctx, w.start);
    if (inside && inside.start < w.start) continue;
    const prev = words[i - 1]!;
    const next = words[i + 1];
    const isCut =
      CUT_PREPS.has(w.key) ||
      (w.key === 'of' && !(prev.cap && next?.cap)) ||
      w.key === 'who' ||
      w.key === 'which' ||
      (/ing$/.test(w.key) && !w.cap && !TITLES.has(w.key) && w.key.length > 5) ||
      // "a diary published by…": a reduced relative clause
      (/ed$/.test(w.key) && !w.cap && ['by', 'in', 'from', 'to'].includes(next?.key ?? ''));
    if (isCut) return [start, prev.fullEnd];
  }
  return [start, end];
}

function pickHistory(
  ctx: SpeakerContext,
  pos: number,
  want: (h: HistoryEntry) => boolean,
  maxSentences: number,
): HistoryEntry | undefined {
  const here = sentenceAt(ctx.sentences, pos)?.index ?? 0;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i]!;
    if (h.pos >= pos) continue;
    if (here - h.sentence > maxSentences) break;
    if (want(h)) return h;
  }
  return undefined;
}

export function firstPersonMention(
  ctx: SpeakerContext,
  from: number,
  to: number,
): Mention | undefined {
  return mentionsIn(ctx, from, to).find(
    (m) => !m.possessive && !ctx.inQuote(m.start) && sortOfMention(ctx, m).person,
  );
}

/** "he", "she", "they", "it" → the nearest earlier speaker (or subject) that fits. */
export function resolvePronoun(ctx: SpeakerContext, start: number, end: number): ResolvedSpeaker {
  const word = ctx.text.slice(start, end).toLowerCase();
  const surface = { start, end };
  const sent = sentenceAt(ctx.sentences, start);
  if (PERSON_PRONOUNS.has(word)) {
    // the subject of this sentence ("Shoigu thanked… for what he described as…")
    if (sent) {
      const m = firstPersonMention(ctx, sent.start, start);
      if (m) return resolved(ctx, fromMention(ctx, m, m), surface, 'pronoun');
    }
    const prev = sent ? ctx.sentences[sent.index - 1] : undefined;
    if (prev) {
      // a person who spoke in the previous sentence, else the first person named there
      const h = pickHistory(ctx, start, (e) => e.person && e.sentence === prev.index, 1);
      if (h) return resolved(ctx, h, surface, 'pronoun');
      const m = firstPersonMention(ctx, prev.start, prev.end);
      if (m) return resolved(ctx, fromMention(ctx, m, m), surface, 'pronoun');
    }
    const h = pickHistory(ctx, start, (e) => e.person, 6);
    if (h) return resolved(ctx, h, surface, 'pronoun');
    return unresolved(ctx, start, end, { person: true, org: false, plural: false });
  }
  if (PLURAL_PRONOUNS.has(word)) {
    const h = pickHistory(ctx, start, (e) => e.plural || e.org, 3);
    if (h) return resolved(ctx, h, surface, 'pronoun');
    return unresolved(ctx, start, end, { person: false, org: false, plural: true });
  }
  if (THING_PRONOUNS.has(word)) {
    const h = pickHistory(ctx, start, (e) => e.org, 4);
    if (h) return resolved(ctx, h, surface, 'pronoun');
    return unresolved(ctx, start, end, { person: false, org: true, plural: false });
  }
  return unresolved(ctx, start, end, { person: false, org: false, plural: false });
}

/** "the agency", "the institute": an organisation named earlier, by name or as a speaker. */
function resolveOrgDescription(
  ctx: SpeakerContext,
  start: number,
  end: number,
  head: string,
): ResolvedSpeaker | undefined {
  const surface = { start, end };
  const sent = sentenceAt(ctx.sentences, start);
  const floor = sent ? (ctx.sentences[Math.max(0, sent.index - 8)]?.start ?? 0) : 0;
  const before = ctx.mentions.filter((m) => m.end <= start && m.start >= floor).reverse();
  const word = new RegExp(`\\b${head}\\b`);
  for (const m of before) {
    if (m.label !== 'Actor' || sortOfMention(ctx, m).person) continue;
    if (word.test(`${m.text} ${m.match?.name ?? ''}`.toLowerCase()))
      return resolved(ctx, fromMention(ctx, m, m), surface, 'description');
  }
  const h = pickHistory(ctx, start, (e) => e.org && !e.plural, 5);
  if (h) return resolved(ctx, h, surface, 'description');
  return undefined;
}

/**
 * Kinds of body whose staff speak for it. Not a state's or a government's:
 * "the experts" after "Russia said" are not Russia.
 */
const STAFFED_KINDS = new Set(['organisation', 'agency', 'media']);

/**
 * "“…,” the ISW wrote. The analysts added that…": the body that spoke last,
 * in this sentence or the two before, when its staff can be meant. Not when
 * someone else spoke since ("Independent analysts said it was too low. The
 * analysts added…"), nor when the same word named others before ("ISW said analysts
 * in Kyiv counted 200").
 */
function resolveStaff(
  ctx: SpeakerContext,
  start: number,
  end: number,
  head: string,
): ResolvedSpeaker | undefined {
  const last = pickHistory(ctx, start, () => true, 2);
  if (!last || !last.org || last.plural) return undefined;
  const { mentionId, entityId } = last.speaker;
  const m = mentionId ? ctx.mentions.find((x) => x.id === mentionId) : undefined;
  const kind = m ? ctx.kindOf(m) : entityId ? ctx.index.entities.get(entityId)?.kind : undefined;
  if (!kind || !STAFFED_KINDS.has(kind)) return undefined;
  const from = ctx.sentences[last.sentence]?.start ?? last.pos;
  const own = last.speaker.surface;
  const before = own
    ? `${ctx.text.slice(from, own.start)} ${ctx.text.slice(own.end, start)}`
    : ctx.text.slice(from, start);
  if (new RegExp(`\\b${head}\\b`, 'i').test(before)) return undefined;
  return resolved(ctx, last, { start, end }, 'description');
}

/** Those who speak for an organisation, on its behalf. */
const SPOKES_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "A NATO spokesperson", "a spokesman for the Kremlin": unnamed, they speak
 * for the organisation they name, so it is the speaker (as an analyst files
 * a press office's statement). "The NATO spokesperson" is first the person
 * named earlier in that role ("NATO spokesperson Farah Dakhlallah").
 */
function resolveSpokesperson(
  ctx: SpeakerContext,
  start: number,
  end: number,
  definite: boolean,
): ResolvedSpeaker | undefined {
  const org = mentionsIn(ctx, start, end).find(
    // not "a spokesman for Ukraine's 47th Brigade": he speaks for the brigade
    (x) => x.label === 'Actor' && !x.possessive && sortOfMention(ctx, x).org,
  );
  if (!org) return undefined;
  const surface = { start, end };
  if (definite) {
    const named = pickHistory(
      ctx,
      start,
      (e) => e.person && (e.speaker.surface?.text ?? '').includes(org.text),
      8,
    );
    if (named) return resolved(ctx, named, surface, 'description');
  }
  // still a person speaking: "he said" later is the spokesperson, so the organisation
  return { ...resolved(ctx, fromMention(ctx, org, org), surface, 'description'), person: true };
}

/** Turns the words naming a speaker into a speaker. */
export function resolveSpeakerPhrase(
  ctx: SpeakerContext,
  rawStart: number,
  rawEnd: number,
): ResolvedSpeaker | null {
  const [start, end] = trimPhrase(ctx, rawStart, rawEnd);
  if (end <= start) return null;
  const words = wordsIn(ctx, start, end);
  if (!words.length || words.length > 16) return null;
  if (words.length === 1) {
    const k = words[0]!.key;
    if (PERSON_PRONOUNS.has(k) || PLURAL_PRONOUNS.has(k) || THING_PRONOUNS.has(k))
      return resolvePronoun(ctx, words[0]!.start, words[0]!.end);
  }
  const source = SOURCE_OF.exec(ctx.text.slice(start, end));
  if (source) return resolveSpeakerPhrase(ctx, start + source[0].length, end);
  const [hs, he] = headPhrase(ctx, start, end);
  const hw = wordsIn(ctx, hs, he);
  const head = hw[hw.length - 1];
  if (!head) return null;
  const first = hw[0]!;
  const headKey = head.key;
  const article = ['the', 'this', 'that', 'these', 'those'].includes(first.key);
  // "the agency", "the Washington-based think tank": an organisation named before
  if (article && !head.cap && ORG_ANAPHORS.has(headKey)) {
    const r = resolveOrgDescription(ctx, start, end, headKey);
    if (r) return r;
  }
  // "The analysts added…": the staff of the body that just spoke
  if (article && hw.length === 2 && STAFF_PLURALS.has(headKey)) {
    const r = resolveStaff(ctx, start, end, headKey);
    if (r) return r;
  }
  // the whole phrase may be in the graph ("Ukrainian intelligence officials", "some analysts")
  let whole = lookupPhrase(ctx.index, ctx.text.slice(start, end)).filter((e) => !e.demonym);
  if (!whole.length && he < end)
    whole = lookupPhrase(ctx.index, ctx.text.slice(hs, he)).filter((e) => !e.demonym && !e.generic);
  if (whole.length) {
    const e = whole.find((x) => x.label === 'Actor') ?? whole[0]!;
    const m = ctx.mentions.find(
      (x) => x.start >= start && x.end <= end && x.match?.entityId === e.entityId,
    );
    if (m) return fromMention(ctx, m, { start, end });
    const kind = ctx.index.entities.get(e.entityId)?.kind;
    return {
      speaker: {
        mentionId: null,
        entityId: e.entityId,
        text: ctx.text.slice(start, end),
        resolvedFrom: 'name',
        surface: span(ctx, start, end),
      },
      person: kind === 'person',
      org: kind !== 'person' && kind !== 'group',
      plural: kind === 'group',
    };
  }
  const m = mentionAt(ctx, head.start);
  if (m && !m.possessive) return fromMention(ctx, m, { start, end });
  if (SPOKES_NOUNS.has(headKey)) {
    const r = resolveSpokesperson(ctx, start, end, article);
    if (r) return r;
  }
  // "the HUR chief", "Ukraine's President": a person named before, not one
  // the graph knows to serve another ("Pyongyang's envoy" is not Zelensky)
  const definite = article || first.possessive || !!mentionAt(ctx, first.start);
  if (ROLE_NOUNS.has(headKey) && definite && hw.length > 1) {
    const of = first.possessive ? mentionAt(ctx, first.start)?.match?.entityId : undefined;
    // what the graph says each serves, or the words that named them ("Ukraine's President Zelenskyy")
    const serves = (e: HistoryEntry) => {
      const known = e.speaker.entityId ? ctx.index.entities.get(e.speaker.entityId) : undefined;
      const surface = e.speaker.surface;
      const named = surface
        ? mentionsIn(ctx, surface.start, surface.end).find((m) => m.possessive)?.match?.entityId
        : undefined;
      const affiliations = [...(known?.affiliations ?? []), ...(named ? [named] : [])];
      return !of || !affiliations.length || affiliations.includes(of);
    };
    const h = pickHistory(ctx, start, (e) => e.person && serves(e), 6);
    if (h) return resolved(ctx, h, { start, end }, 'description');
  }
  const plural = /[^s]s$/.test(headKey) || headKey === 'people' || headKey === 'media';
  const org = ORG_ANAPHORS.has(headKey) || headKey === 'media';
  return unresolved(ctx, start, end, { person: !plural && !org, org, plural });
}

/**
 * "Moscow and Pyongyang", "Russia, Belarus and North Korea": the speakers of
 * one statement, each named. Null unless the phrase is names joined by commas
 * and one "and", each resolving to a mention or a graph entity by its name:
 * "officials and analysts" stays one speaker.
 */
export function coordinatedSpeakers(
  ctx: SpeakerContext,
  rawStart: number,
  rawEnd: number,
): ResolvedSpeaker[] | null {
  const [start, end] = trimPhrase(ctx, rawStart, rawEnd);
  const joints = wordsIn(ctx, start, end).filter(
    (w) => w.key === 'and' && !mentionAt(ctx, w.start),
  );
  if (joints.length !== 1) return null;
  const and = joints[0]!;
  // The pieces: split at the commas outside a name, and at the "and".
  const cuts: [number, number][] = [];
  let from = start;
  for (let i = start; i < and.start; i++) {
    if (ctx.text[i] === ',' && !mentionAt(ctx, i)) {
      cuts.push([from, i]);
      from = i + 1;
    }
  }
  cuts.push([from, and.start], [and.fullEnd, end]);
  const pieces = cuts.filter(([a, b]) => wordsIn(ctx, a, b).length > 0);
  const speakers = pieces.map(([a, b]) => resolveSpeakerPhrase(ctx, a, b));
  const named = (r: ResolvedSpeaker | null): r is ResolvedSpeaker =>
    !!r && r.speaker.resolvedFrom === 'name' && !!(r.speaker.mentionId || r.speaker.entityId);
  if (!speakers.every(named)) return null;
  const key = (r: ResolvedSpeaker) => r.speaker.entityId ?? r.speaker.mentionId;
  const distinct = speakers.filter((r, i) => speakers.findIndex((x) => key(x) === key(r)) === i);
  return distinct.length > 1 ? distinct : null;
}
