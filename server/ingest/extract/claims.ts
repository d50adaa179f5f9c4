/**
 * Attributed claims. Direct claims are quotations with their attribution before
 * ("X said, “…”"), after ("“…,” said X" / "“…,” X told Newsweek") or in a neighbouring
 * sentence (a quotation standing alone). Indirect claims hang on a speech cue
 * ("X said that…", "according to X, …", "…, X said on Sunday.", ", saying…").
 * Speakers are resolved in text order, so pronouns can refer back to earlier speakers.
 */
import { isDenial } from '../../../seed/model';
import { cueOf, INVERTED_CUES, NOT_BEFORE_CUE, type CueInfo } from './cues';
import { lookupPhrase } from './entity-index';
import {
  CLAUSE_BREAKERS,
  CREDIT_VERBS,
  CREDIT_VERBS_PAST,
  DEMONYMS,
  OUTLET_NAME,
  PREPOSITIONS,
  SUBJECT_TRAILERS,
  TITLES,
} from './lexicon';
import type { Token } from './normalise';
import type { Quote } from './quotes';
import type { Sentence } from './sentences';
import {
  coordinatedSpeakers,
  fromMention,
  mentionAt,
  mentionsIn,
  resolved,
  resolveSpeakerPhrase,
  sortOfMention,
  trimPhrase,
  wordsIn,
  type ResolvedSpeaker,
  type SpeakerContext,
} from './speakers';
import type { ClaimProposal, FigureProposal } from './types';

interface Cue {
  first: Token;
  last: Token;
  info: CueInfo;
  /** A participle's own subject: ", with officials saying…" → [with, officials]. */
  withSubject?: { with: Token; start: number; end: number };
}

type SpeakerHow =
  | { mode: 'phrase'; start: number; end: number }
  | { mode: 'standalone' }
  | { mode: 'unattributed' }
  | { mode: 'outlet' }
  | { mode: 'sentence-subject' }
  | { mode: 'same-as-previous' };

interface Draft {
  kind: 'direct' | 'indirect';
  cue: string;
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  quoteStart?: number;
  quoteEnd?: number;
  how: SpeakerHow;
  /** Where the attribution begins, to cut the previous claim of the sentence there. */
  attributionStart: number;
  participle?: boolean;
  sentence: Sentence;
}

export interface ClaimInput extends SpeakerContext {
  quotes: Quote[];
  figures: FigureProposal[];
  /** The article's outlet, as the analyst typed it: the voice of the writer's own comments. */
  outlet?: string;
}

const SOURCE_NOUNS =
  /^(?:(?:statements?|reports?|estimates?|data|figures|information|sources|assessments?)\s+(?:from|by|of|in)\s+)/i;
// "…, X said on Monday." (not "X said in December that…": the content follows)
const AFTER_CUE_ADVERBIAL =
  /^(?:\s+(?:on|in|at|during|late|last|this|earlier|later|yesterday|today|separately|again|also|recently)\b(?:(?!\bthat\b)[^,.;:"“”]){0,40})?\s*([,.;!?]|$)/;
/** ", News.bg reports." ending a sentence after an attribution: an outlet passing the words on. */
const CREDIT_AFTER = new RegExp(
  String.raw`^[^,;:]*,\s*${OUTLET_NAME}\s+(?:${CREDIT_VERBS}|${CREDIT_VERBS_PAST})\s*[.!?]?["”’]?\s*$`,
  'u',
);
/** Conjunctions after which a sentence goes on about something else: ", as Kyiv's forces struggled…". */
const ASIDE_CONJUNCTIONS = new Set([
  'as',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'amid',
  'when',
  'and',
  'but',
]);
/**
 * Whether the word after an attribution's comma opens an aside, not the
 * words attributed: "…, the Pentagon said on Monday, in the clearest…",
 * ", adding…", ", according to…", ", as Kyiv's forces struggled…".
 */
const opensAside = (key: string): boolean =>
  PREPOSITIONS.has(key) || /ing$/.test(key) || ASIDE_CONJUNCTIONS.has(key);
/**
 * The writer's comment on what a claim reports, set after it: "…described
 * using soldiers as bait, a risky tactic that … has likely contributed to
 * between 1,000 and 4,000 casualties". A noun summing up the claim, then
 * "that" or "which": the words from there are the writer's, not the speaker's.
 */
const WRITERS_GLOSS =
  /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:tactic|move|step|claim|figure|number|estimate|decision|strategy|practice|policy|approach|development|assertion)\s+(?:that|which)\b/u;
/** Words in -ing that are not what a verb of saying takes: "said during a briefing that…". */
const NOT_A_GERUND =
  /^(?:during|following|regarding|concerning|including|according|notwithstanding|nothing|something|anything|everything|morning|evening|meeting|briefing|building|thing)$/;
/** The cue of the writer's comment: no verb of the article introduces it. */
export const WRITERS_COMMENT_CUE = '(the writer’s comment)';
/**
 * The writer's own judgement in a sentence no one else speaks in: "it’s not
 * clear how effective they will be", "That attrition rate is simply not
 * sustainable", "it seems that North Korea has no compelling reasons…".
 */
const WRITERS_STANCE =
  /\bit(?:['’]s|\s+is|\s+was|\s+remains|\s+remained)\s+(?:still\s+|not\s+|far\s+from\s+)?(?:un)?clear\b|\bit\s+(?:seems|appears|seemed|appeared)\s+(?:that|to|as\s+if|likely|unlikely)\b|\b(?:is|are|was|were)\s+(?:simply\s+|clearly\s+|hardly\s+|probably\s+)?(?:not\s+)?(?:un)?sustainable\b/i;
/**
 * A denial closing another's claim: "…, a claim Moscow denies.", "…, which
 * the Kremlin has rejected.", "…, a figure that Moscow disputes.". Group 1:
 * the words before the one who denies; 2: who; 3: the verb.
 */
const DENIED_BY =
  /(,\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:claims?|allegations?|charges?|accusations?|assertions?|figures?|numbers?|estimates?|reports?|accounts?|version)\s+(?:that\s+|which\s+)?|which\s+))([^,.;:"“”]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:(?:strongly|flatly|repeatedly|categorically|publicly|also)\s+)?(denie[sd]|deny|rejecte?d?s?|dismisse[sd]|dismiss|dispute[sd]?|refute[sd]?|rebut(?:s|ted)?)\b[^.;]*[.!?]?["”’]?\s*$/u;
/**
 * "KCNA quoted leader Kim Jong Un as saying that…", "…cited an official as
 * warning…": the one quoted is the speaker, the one quoting the report.
 * Groups: 1 the words before the speaker, 2 the verb, 3 the speaker, 4 the verb of saying.
 */
const QUOTED_AS =
  /(\b(quoted|cited)\s+)((?:[\p{L}\p{N}.'’-]+\s+){0,7}?[\p{L}\p{N}.'’-]+)\s+as\s+(saying|stating|telling\s+[\p{L}-]+|warning|claiming|announcing|declaring|vowing|adding)\s*(?:that\s+|:\s*|,\s*)?/iu;
/**
 * A figure given without a verb of saying: "…, put the figure at “hundreds”
 * killed and wounded", "puts the death toll of the assault at 1,000". The
 * sentence's subject gives it.
 */
const PUT_FIGURE_AT =
  /\b(?:put|puts|putting|placed|places)\s+(?:the|its|their|his|her|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:figure|number|toll|tally|estimate|count|losses|casualties)\s+(?:of\s+[^,.;]{1,60}?\s+)?at\b/iu;
/** A negation between the one who would deny and the verb: "Moscow has not denied". */
const NEGATED = /\b(?:not|never|no\s+longer)\b|n['’]t\b/i;
/** Cues that deny, or dispute, what another claims: their claim's figures are not theirs. */
const denies = (cue: string) => isDenial(cue) || /^disputes?d?$/i.test(cue);
/** ", according to lawmaker Lee Seong-kweun, who attended the session." closing a claim's words. */
const PASSED_ON_BY = /,\s+according\s+to\s+[^,;:"“”]+(?:,[^;:"“”]*)?[.!?]?\s*$/i;
/** The cue of the writer's assessment standing alone. */
export const WRITERS_ASSESSMENT_CUE = '(the writer’s assessment)';
/** Shorter quotations opening a sentence are as often titles or scare quotes as words said. */
const GLOSSED_QUOTE_MIN_WORDS = 8;
/** Words before a noun: "in a report that…" names a report, not a cue. */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'this', 'that']);
/** A conjunction that ends one claim's words and opens the next claim: ", while", "and". */
const CONJUNCTION_BEFORE = /[\s,;]*\b(?:and|but|while|whereas|although|though)[\s,]*$/i;

/** Claims with no speaker: "It is reported that…", "Estimates suggest that…". */
const IMPERSONAL =
  /\b(?:it\s+(?:is|was|has\s+been)\s+(?:widely\s+)?(?:reported|believed|said|claimed|estimated|thought|expected|understood|feared|alleged)|(?:reports|estimates|assessments)\s+(?:indicate|suggest|say|show))\s+that\b/gi;
/**
 * A sentence that passes on what is said with no one saying it: "reportedly",
 * "reports emerged", "the latest reported casualties being close to 700,000".
 */
const HEARSAY =
  /\breportedly\b|\breports\s+(?:have\s+)?emerged\b|\bthe\s+(?:latest\s+|last\s+|official\s+|newly\s+)?reported\s+(?:casualties|losses|deaths|death\s+toll|toll|figures?|numbers?)\b/i;
/** "In Zelenskyy's opinion, …": the speaker is the possessor. */
const OPINION =
  /^\s*In\s+([\p{L}][\p{L}\p{N}\s.'’-]{0,60}?)(?:['’]s?)?\s+(opinion|view|words|assessment),/u;

const NEGATIONS = new Set([
  'not',
  'never',
  'didnt',
  'doesnt',
  'dont',
  'hasnt',
  'havent',
  'wont',
  'cannot',
]);
/** Cues that still state a view when negated: "does not believe that…". */
const STANCE_WHEN_NEGATED = new Set(['believe', 'think', 'expect', 'anticipate']);
const AUXILIARIES = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'will', 'would']);
const NOT_A_SPEAKER = new Set([
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'as',
  'to',
  'of',
  'while',
  'though',
  'with',
]);

function wordIndexAt(words: Token[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "officials from …", "representatives of …": a group named by where it comes from. */
const GROUP_OF = new Set(['from', 'of']);
/** What opens the object of "X reports …" when it is a finding, not "reports to the president". */
const REPORTED_OBJECT = new Set(['their', 'its', 'his', 'her', 'the', 'a', 'an', 'heavy', 'new']);

export function findClaims(input: ClaimInput): ClaimProposal[] {
  const { text, sentences, quotes } = input;
  const words = input.tokens.filter((t) => t.kind === 'word');
  const wordsBetween = (a: number, b: number) =>
    words.slice(wordIndexAt(words, a), wordIndexAt(words, b));
  // Spaces, and the comma a claim cut at the next attribution ends on ("…alongside Russians,").
  const endTrim = (s: number, e: number) => {
    while (e > s && /[\s,;]/.test(text[e - 1]!)) e--;
    return e;
  };

  /** Whether the words before `ws[i]` end with a name: a mention, or a graph entity's name ("South Korean intelligence"). */
  const namedJustBefore = (ws: Token[], i: number): boolean => {
    const prev = ws[i - 1];
    if (!prev) return false;
    if (mentionAt(input, prev.start)) return true;
    for (let k = Math.max(0, i - 4); k < i; k++)
      if (lookupPhrase(input.index, text.slice(ws[k]!.start, prev.end)).some((e) => !e.demonym))
        return true;
    return false;
  };

  /**
   * ", with officials characterizing them as…": the words between "with" and
   * the participle at `i` speak, when they are a short noun phrase.
   */
  const participleSubject = (ws: Token[], i: number): Cue['withSubject'] | undefined => {
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const w = ws[k]!;
      if (w.key !== 'with') continue;
      const np = ws.slice(k + 1, i);
      const plain =
        np.length > 0 &&
        !/[,;:.()“”"]/.test(text.slice(w.end, ws[i]!.start)) &&
        /,\s*$/.test(text.slice(ws[k - 1]?.fullEnd ?? 0, w.start)) &&
        np.every((x) => !CLAUSE_BREAKERS.has(x.key) && !cueOf(x.key));
      return plain ? { with: w, start: np[0]!.start, end: np[np.length - 1]!.end } : undefined;
    }
    return undefined;
  };

  /**
   * The first word of a negation just before the cue at `i` ("does not",
   * "didn't", "never"), or undefined: "do not anticipate" → "do".
   */
  const negationBefore = (ws: Token[], i: number): Token | undefined => {
    const k = [i - 1, i - 2].find((j) => ws[j] && NEGATIONS.has(ws[j]!.key));
    if (k === undefined) return undefined;
    return ws[k - 1] && AUXILIARIES.has(ws[k - 1]!.key) ? ws[k - 1] : ws[k];
  };

  // ---- speech cues, sentence by sentence -------------------------------------------
  const cuesOf = new Map<number, Cue[]>();
  for (const s of sentences) {
    const list: Cue[] = [];
    const ws = wordsBetween(s.start, s.end);
    ws.forEach((t, i) => {
      if (input.inQuote(t.start)) return;
      const prev = ws[i - 1];
      const next = ws[i + 1];
      if (t.key === 'according' && next?.key === 'to') {
        list.push({ first: t, last: next, info: { base: 'according to' } });
        return;
      }
      const info = cueOf(t.key);
      if (!info) return;
      if (t.cap && i > 0) return;
      if (info.participle) {
        const before = text.slice(prev?.fullEnd ?? s.start, t.start);
        if (!/,\s*$/.test(before)) {
          const withSubject = participleSubject(ws, i);
          if (withSubject) list.push({ first: t, last: t, info, withSubject });
          return;
        }
      }
      // "The Pentagon does not believe that…" is a stance, "did not say that…" no claim
      const negated = negationBefore(ws, i);
      if (negated && !STANCE_WHEN_NEGATED.has(info.base)) return;
      if (!info.participle && !negated && prev && (NOT_BEFORE_CUE.has(prev.key) || prev.possessive))
        return;
      const first = negated ?? t;
      if (info.needThat && next?.key !== 'that') {
        // "The NIS believes Pyongyang is…": a clause with a named or pronoun subject
        const clause =
          next && (next.cap || /^(?:he|she|it|they|we)$/.test(next.key)) && next.start > t.end;
        // "South Korean intelligence reports their presence": a named reporter's finding
        const finding =
          t.key === 'reports' && REPORTED_OBJECT.has(next?.key ?? '') && namedJustBefore(ws, i);
        if ((!clause && !finding) || /[,.;:]/.test(text.slice(t.end, next!.start))) return;
      }
      if (info.base === 'call' && !/^[^.;:]{0,25}?["“]/.test(text.slice(t.end, s.end))) return;
      list.push({ first, last: t, info });
    });
    cuesOf.set(s.index, list);
  }

  const quotesIn = (s: Sentence) => quotes.filter((q) => q.open >= s.start && q.open < s.end);

  /**
   * "Moscow and Pyongyang deny": the "and" at `k` joins a name to the name
   * that ends the subject, so both speak; elsewhere it starts a clause.
   */
  const joinsTwoNames = (ws: Token[], k: number): boolean => {
    const before = ws[k - 1];
    const after = ws[k + 1]?.key === 'the' ? ws[k + 2] : ws[k + 1];
    const last = ws[ws.length - 1];
    if (!before || !after || !last) return false;
    const second = mentionAt(input, after.start);
    return (
      !!mentionAt(input, before.start) &&
      !!second &&
      second.start === after.start &&
      second === mentionAt(input, last.start)
    );
  };

  /**
   * "officials from Ukraine, …": where the group named before "from" or "of"
   * begins in a part's words, given where the first name of the list begins;
   * null when the name has no such group before it.
   */
  const groupHeadStart = (ws: Token[], nameStart: number): number | null => {
    const at = ws.findIndex((w) => w.start >= nameStart);
    const prep = ws[at - 1]?.key === 'the' ? ws[at - 2] : ws[at - 1];
    if (!prep || !GROUP_OF.has(prep.key)) return null;
    const headWords = ws.slice(0, ws.indexOf(prep));
    let k = headWords.length;
    while (k > 0 && !CLAUSE_BREAKERS.has(headWords[k - 1]!.key)) k--;
    const np = headWords.slice(k);
    return np.length ? np[0]!.start : null;
  };

  /**
   * "Russia, Belarus and North Korea deny": where a list of names that ends
   * the subject begins, given its comma-separated parts; null when the parts
   * end otherwise. Its first name may follow a clause opener ("While Russia,
   * Belarus and…"). A list that says where a group is from ("officials from
   * Ukraine, the U.S. and…") begins with the group.
   */
  const nameListStart = (parts: [number, number][]): number | null => {
    /** The actor's mention a part is, whole ("the Kremlin"), or null: a place does not speak. */
    const nameOf = (a: number, b: number) => {
      const [s0, e0] = trimPhrase(input, a, b);
      const ws = wordsIn(input, s0, e0);
      const first = ws[0]?.key === 'the' ? ws[1] : ws[0];
      const m = first ? mentionAt(input, first.start) : undefined;
      // the mention may take in the article ("the U.S.") or not ("the Kremlin"),
      // and leave out a final stop ("U.S.")
      const whole =
        m && m.start >= s0 && m.start <= first!.start && !/\w/.test(text.slice(m.end, e0));
      return whole && m.label === 'Actor' ? m : null;
    };
    if (parts.length < 2) return null;
    // The last part is "and C" (after "A, B,") or "B and C" (after "A,").
    const [ls, le] = parts[parts.length - 1]!;
    const lastWords = wordsIn(input, ls, le);
    const and = lastWords.find((w) => w.key === 'and' && !mentionAt(input, w.start));
    if (!and || !nameOf(and.fullEnd, le)) return null;
    if (and !== lastWords[0] && !nameOf(ls, and.start)) return null;
    let start: number | null = null;
    for (let k = parts.length - 2; k >= 0; k--) {
      const [a, b] = parts[k]!;
      const m = nameOf(a, b);
      if (m) {
        start = trimPhrase(input, a, b)[0];
        continue;
      }
      const ws = wordsIn(input, a, b);
      const tail = ws[ws.length - 1];
      const opener = ws[0];
      const last = tail ? mentionAt(input, tail.start) : undefined;
      // "officials from Ukraine, the U.S. and South Korea": the names are where
      // the group comes from, and the group is the one speaker.
      const head = last ? groupHeadStart(ws, last.start) : null;
      if (head !== null) return head;
      if (
        last &&
        opener &&
        CLAUSE_BREAKERS.has(opener.key) &&
        wordsIn(input, opener.fullEnd, last.start).length === 0
      )
        start = last.start;
      break;
    }
    return start;
  };

  /** The subject before a cue: "Kyrylo Budanov, the head of HUR, said" → "Kyrylo Budanov". */
  const subjectBefore = (cue: Token, from: number): [number, number] | null => {
    const ws = wordsBetween(from, cue.start);
    const prevWord = ws[ws.length - 1];
    if (prevWord && /^(?:he|she|it|they|we|i)$/.test(prevWord.key))
      return [prevWord.start, prevWord.end];
    // comma-separated parts, not splitting a mention or a parenthesis
    const parts: [number, number][] = [];
    let ps = from;
    let depth = 0;
    for (let i = from; i < cue.start; i++) {
      const c = text[i];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if ((c === ',' || c === ';' || c === ':') && depth === 0 && !mentionAt(input, i)) {
        parts.push([ps, i]);
        ps = i + 1;
      }
    }
    parts.push([ps, cue.start]);
    const list = nameListStart(parts);
    if (list !== null) return trimPhrase(input, list, cue.start);
    const trimmed = (p: [number, number]) => trimPhrase(input, p[0], p[1]);
    const isEmpty = (p: [number, number]) => {
      const w = wordsIn(input, p[0], p[1]);
      return !w.length || w.every((x) => SUBJECT_TRAILERS.has(x.key));
    };
    const last = trimmed(parts[parts.length - 1]!);
    if (isEmpty(last)) {
      // "Name, apposition, said": go back over the appositions to the name
      for (let k = parts.length - 2; k >= Math.max(0, parts.length - 4); k--) {
        const p = trimmed(parts[k]!);
        const w = wordsIn(input, p[0], p[1]);
        if (!w.length) continue;
        const lead = w[0]!;
        const relative = ['who', 'which', 'whose', 'where', 'when'].includes(lead.key);
        const apposition =
          relative ||
          ['a', 'an', 'the'].includes(lead.key) ||
          (!lead.cap && !mentionAt(input, lead.start));
        // the first part of the sentence is the subject, whatever its article
        if (!apposition || (k === 0 && !relative && p[0] - from < 3)) return p;
      }
      return null;
    }
    // cut at the last clause boundary ("…remarks came as Ukrainian officials in Kiev")
    const lw = wordsIn(input, last[0], last[1]);
    let s0 = last[0];
    for (let k = lw.length - 1; k >= 0; k--) {
      const w = lw[k]!;
      if (w.key === 'and' && joinsTwoNames(lw, k)) continue;
      if (CLAUSE_BREAKERS.has(w.key) && !w.cap && !mentionAt(input, w.start)) {
        s0 = w.fullEnd;
        break;
      }
      // "That agency revealed…": a demonstrative, not a clause
      const demonstrative = w.key === 'that' && lw.length > 1;
      if (CLAUSE_BREAKERS.has(w.key) && w.cap && k === 0 && !demonstrative) {
        s0 = w.fullEnd;
        break;
      }
    }
    const p = trimPhrase(input, s0, last[1]);
    return isEmpty(p) ? null : p;
  };

  /** "Kremlin spokesman Dmitry Peskov on Wednesday…" → "Kremlin spokesman Dmitry Peskov". */
  const leadingSubject = (s: Sentence): [number, number] | null => {
    let from = s.start;
    // skip an opening phrase: "In a statement to the Financial Times, Ukrainian officials…"
    const firstWord = wordsBetween(s.start, s.end)[0];
    const comma = text.indexOf(',', s.start);
    if (firstWord && PREPOSITIONS.has(firstWord.key) && comma > 0 && comma < s.end)
      from = comma + 1;
    while (from < s.end && /\s/.test(text[from]!)) from++;
    const ws = wordsBetween(from, s.end);
    let end = from;
    for (const w of ws) {
      if (text.slice(end, w.start).includes(',') && end > from) break;
      const ok =
        mentionAt(input, w.start) ||
        w.cap ||
        TITLES.has(w.key) ||
        DEMONYMS.has(w.key) ||
        ['the', 'a', 'an'].includes(w.key);
      if (!ok) break;
      end = w.fullEnd;
    }
    return end > from ? [from, end] : null;
  };

  /** After a cue: the content starts after "that" if it comes soon, else after the cue. */
  const contentAfter = (cue: Cue, s: Sentence): number => {
    // not the "that" of the writer's comment: "said 12,000 had arrived, a figure that…"
    const gloss = WRITERS_GLOSS.exec(text.slice(cue.last.fullEnd, s.end));
    const until = gloss ? cue.last.fullEnd + gloss.index : s.end;
    const ws = wordsBetween(cue.last.fullEnd, until).slice(0, 14);
    for (const [i, w] of ws.entries()) {
      // "described using soldiers as bait to draw in drones that…": what the
      // verb takes is the gerund, and the later "that" a relative pronoun
      if (i === 0 && /ing$/.test(w.key) && !w.cap && !NOT_A_GERUND.test(w.key)) break;
      // a stop inside the sentence is an abbreviation's ("on Oct. 31 that…")
      if (/[;:!?]/.test(text.slice(cue.last.fullEnd, w.start))) break;
      if (w.key === 'that') {
        let p = w.fullEnd;
        while (p < s.end && /\s/.test(text[p]!)) p++;
        return p;
      }
      // "wrote in a report that…": a noun, not another attribution
      if (cueOf(w.key) && !DETERMINERS.has(ws[i - 1]?.key ?? '')) break;
    }
    let p = cue.last.fullEnd;
    while (p < s.end && /[\s,:]/.test(text[p]!)) p++;
    // "Putin told Kim Jong Un the troops would stay": whom he told is not what
    if (cue.info.base === 'tell') {
      const told = mentionAt(input, p);
      const audience = /^(?:reporters|journalists|lawmakers|parliament|the\s+press)\b/i.exec(
        text.slice(p, s.end),
      );
      const end = told?.start === p ? told.end : audience ? p + audience[0].length : p;
      if (end > p && wordsBetween(end, s.end).length >= 3) {
        p = end;
        while (p < s.end && /[\s,:]/.test(text[p]!)) p++;
      }
    }
    return p;
  };

  const drafts: Draft[] = [];
  for (const s of sentences) {
    const local: Draft[] = [];
    const used = new Set<Token>();
    const sq = quotesIn(s);

    // ---- direct quotations ----------------------------------------------------------
    let prevClose = s.start;
    for (const q of sq) {
      const quoteFields = {
        quoteStart: q.start,
        quoteEnd: q.end,
        contentStart: q.start,
        contentEnd: q.end,
      };
      let made = false;
      // after: "…,” said X" / "…,” X said"
      if (q.closed) {
        const after = wordsBetween(q.close + 1, s.end);
        const gap = text.slice(q.close + 1, after[0]?.start ?? s.end);
        const inner = text.slice(q.start, q.end).trimEnd();
        const punctuated = /[,!?…—-]$/.test(inner) || /^\s*,/.test(gap);
        if (
          after.length &&
          /^\s*,?\s*$/.test(gap) &&
          punctuated &&
          !NOT_A_SPEAKER.has(after[0]!.key)
        ) {
          const w0 = after[0]!;
          if (INVERTED_CUES.has(w0.key) && !w0.cap) {
            const npWords = after.slice(1);
            if (npWords.length) {
              let npEnd = npWords[0]!.fullEnd;
              for (const w of npWords.slice(1)) {
                if (/[,;.:“"(]/.test(text.slice(npEnd, w.start))) break;
                npEnd = w.fullEnd;
              }
              used.add(w0);
              local.push({
                kind: 'direct',
                cue: w0.raw,
                start: q.open,
                end: s.end,
                ...quoteFields,
                how: { mode: 'phrase', start: npWords[0]!.start, end: npEnd },
                attributionStart: q.open,
                sentence: s,
              });
              made = true;
            }
          } else {
            for (let k = 1; k < Math.min(after.length, 9); k++) {
              const w = after[k]!;
              if (/[,;.:“"()]/.test(text.slice(after[k - 1]!.fullEnd, w.start))) break;
              if (!(cueOf(w.key) || INVERTED_CUES.has(w.key)) || w.cap) continue;
              used.add(w);
              local.push({
                kind: 'direct',
                cue: w.raw,
                start: q.open,
                end: s.end,
                ...quoteFields,
                how: { mode: 'phrase', start: w0.start, end: after[k - 1]!.fullEnd },
                attributionStart: q.open,
                sentence: s,
              });
              made = true;
              break;
            }
          }
        }
      }
      // before: "X said, “…”" / "Putin said: “…”" / "X told reporters: “…”"
      if (!made) {
        const before = wordsBetween(prevClose, q.open);
        const lastW = before[before.length - 1];
        const tail = lastW ? text.slice(lastW.fullEnd, q.open) : '';
        let cueTok: Token | undefined;
        if (lastW && /^\s*[,:]?\s*$/.test(tail)) {
          const info = cueOf(lastW.key);
          if (info && !info.needThat && !info.participle && !lastW.cap) cueTok = lastW;
          else if (/^\s*[,:]\s*$/.test(tail))
            cueTok = before.slice(-4).find((w) => w.key === 'told' || w.key === 'tells');
        }
        if (cueTok) {
          const subj = subjectBefore(cueTok, prevClose);
          if (subj) {
            used.add(cueTok);
            local.push({
              kind: 'direct',
              cue: cueTok.raw,
              start: subj[0],
              end: q.closed ? q.close + 1 : q.close,
              ...quoteFields,
              how: { mode: 'phrase', start: subj[0], end: subj[1] },
              attributionStart: subj[0],
              sentence: s,
            });
            made = true;
          }
        }
      }
      // alone: the sentence is nothing but the quotation
      if (!made && q.words >= 3) {
        const outside =
          text.slice(s.start, q.open) + text.slice(Math.min(q.close + 1, s.end), s.end);
        if (/^[\s\p{P}]*$/u.test(outside)) {
          local.push({
            kind: 'direct',
            cue: 'quoted',
            start: s.start,
            end: s.end,
            ...quoteFields,
            how: { mode: 'standalone' },
            attributionStart: s.start,
            sentence: s,
          });
        }
      }
      // leading: the sentence opens with a long quotation ended by a comma,
      // and the writer's own words follow with no attribution of theirs:
      // "“… and they don't really want to fight,” that is why North Korea…".
      // The quotation alone is the claim, of the speaker a quotation alone has.
      if (!made && q.closed && q.words >= GLOSSED_QUOTE_MIN_WORDS) {
        const inner = text.slice(q.start, q.end).trimEnd();
        const after = wordsBetween(q.close + 1, s.end);
        const gap = text.slice(q.close + 1, after[0]?.start ?? s.end);
        if (
          /^[\s\p{P}]*$/u.test(text.slice(s.start, q.open)) &&
          (inner.endsWith(',') || /^\s*,/.test(gap)) &&
          after.length &&
          !after.some((w) => cueOf(w.key) || INVERTED_CUES.has(w.key))
        ) {
          local.push({
            kind: 'direct',
            cue: 'quoted',
            start: q.open,
            end: q.close + 1,
            ...quoteFields,
            how: { mode: 'standalone' },
            attributionStart: q.open,
            sentence: s,
          });
        }
      }
      prevClose = q.closed ? q.close + 1 : q.close;
    }

    // ---- "It is reported that…", "Estimates suggest that…": no speaker ------------
    const sentText = text.slice(s.start, s.end);
    for (const m of sentText.matchAll(IMPERSONAL)) {
      const at = s.start + m.index;
      if (input.inQuote(at)) continue;
      const cueEnd = at + m[0].length;
      local.push({
        kind: 'indirect',
        cue: m[0].replace(/\s+that$/i, ''),
        start: at,
        end: s.end,
        contentStart: cueEnd,
        contentEnd: s.end,
        how: { mode: 'unattributed' },
        attributionStart: at,
        sentence: s,
      });
    }
    // ---- "In Zelenskyy's opinion, …", "In their view, …" ----------------------------
    const opinion = OPINION.exec(sentText);
    if (opinion && !input.inQuote(s.start + opinion.index)) {
      const at = s.start + opinion.index;
      const npStart = at + opinion[0].indexOf(opinion[1]!);
      local.push({
        kind: 'indirect',
        cue: `in … ${opinion[2]!.toLowerCase()}`,
        start: at,
        end: s.end,
        contentStart: at + opinion[0].length,
        contentEnd: s.end,
        how: { mode: 'phrase', start: npStart, end: npStart + opinion[1]!.length },
        attributionStart: at,
        sentence: s,
      });
    }

    // ---- "KCNA quoted Kim Jong Un as saying that…": the one quoted speaks ------------
    const quotedAs = QUOTED_AS.exec(sentText);
    if (quotedAs && !input.inQuote(s.start + quotedAs.index)) {
      const at = s.start + quotedAs.index;
      const npStart = at + quotedAs[1]!.length;
      const contentStart = at + quotedAs[0].length;
      // the verb of saying inside it is this attribution's, not another's
      for (const cue of cuesOf.get(s.index) ?? [])
        if (cue.first.start >= at && cue.first.start < contentStart) used.add(cue.first);
      local.push({
        kind: 'indirect',
        cue: `${quotedAs[2]!.toLowerCase()} … as ${quotedAs[4]!.toLowerCase()}`,
        start: s.start,
        end: s.end,
        contentStart,
        contentEnd: s.end,
        how: { mode: 'phrase', start: npStart, end: npStart + quotedAs[3]!.length },
        attributionStart: npStart,
        sentence: s,
      });
    }

    // ---- indirect speech ------------------------------------------------------------
    for (const cue of cuesOf.get(s.index) ?? []) {
      if (used.has(cue.first)) continue;
      // "Estimates suggest that…" is the impersonal claim above, not "Estimates" speaking.
      const impersonal = local.some(
        (d) =>
          d.how.mode === 'unattributed' &&
          d.attributionStart <= cue.first.start &&
          cue.first.start < d.contentStart,
      );
      if (impersonal) continue;
      // a cue inside the content of an earlier claim is reported speech within it,
      // unless a new clause begins (", and it said…", ", though the ISW said…")
      const outer = local.filter((d) => d.kind === 'indirect' && d.contentStart <= cue.first.start);
      const host = outer[outer.length - 1];
      let floor = s.start;
      if (host) {
        const between = text.slice(host.contentStart, cue.first.start);
        // "While Moscow denies that…, South Korean intelligence reports…": the
        // host is a subordinate clause, and the main clause follows its comma.
        const subordinate = /^\W*(?:while|although|though|whereas)\s/i.test(
          text.slice(s.start, host.attributionStart),
        );
        const clause = (
          subordinate
            ? /,\s+[^,;]*$/
            : /(?:[,;]\s*(?:and|but|though|although|while|whereas)|;)\s+[^,;]*$/i
        ).exec(between);
        const prevWord = wordsBetween(host.contentStart, cue.first.start).pop();
        if (
          prevWord &&
          (prevWord.key === 'and' || prevWord.key === 'but') &&
          !cue.info.participle
        ) {
          local.push({
            kind: 'indirect',
            cue: cue.first.raw,
            start: s.start,
            end: s.end,
            contentStart: contentAfter(cue, s),
            contentEnd: s.end,
            how: { mode: 'same-as-previous' },
            attributionStart: prevWord.start,
            sentence: s,
          });
          continue;
        }
        if (!clause && !cue.info.participle) {
          // "…believe that the troops have entered Ukraine, a spokesperson said
          // on Monday.": the words attributed again end at the comma
          const comma = text.lastIndexOf(',', cue.first.start);
          const after = AFTER_CUE_ADVERBIAL.exec(text.slice(cue.last.fullEnd, s.end));
          if (
            after &&
            comma > host.contentStart &&
            wordsBetween(comma, cue.first.start).length <= 8 &&
            /^[\s"”’.!?]*$/.test(text.slice(cue.last.fullEnd + after[0].length, s.end))
          )
            host.contentEnd = Math.min(host.contentEnd, comma);
          continue;
        }
        if (clause) floor = host.contentStart + clause.index;
      }
      const quoteBefore = sq.filter((q) => q.close < cue.first.start).pop();
      if (quoteBefore) floor = Math.max(floor, quoteBefore.close + 1);

      if (cue.info.base === 'according to') {
        let npEnd = s.end;
        for (let i = cue.last.fullEnd; i < s.end; i++) {
          if (text[i] === ',' && !mentionAt(input, i)) {
            npEnd = i;
            break;
          }
        }
        let npStart = cue.last.fullEnd;
        const src = SOURCE_NOUNS.exec(text.slice(npStart).replace(/^\s+/, ''));
        if (src) npStart = text.indexOf(src[0], npStart) + src[0].length;
        const before = text.slice(floor, cue.first.start);
        const atStart =
          !/[\p{L}\p{N}]/u.test(before) || /^\s*(?:in|and|but|however),?\s*$/i.test(before);
        const [cs, ce] = atStart
          ? [Math.min(npEnd + 1, s.end), s.end]
          : [floor, before.lastIndexOf(',') + floor];
        local.push({
          kind: 'indirect',
          cue: text.slice(cue.first.start, cue.last.end),
          start: atStart ? cue.first.start : floor,
          end: s.end,
          contentStart: cs,
          contentEnd: ce > cs ? ce : s.end,
          how: { mode: 'phrase', start: npStart, end: npEnd },
          attributionStart: cue.first.start,
          sentence: s,
        });
        continue;
      }
      if (cue.withSubject) {
        local.push({
          kind: 'indirect',
          cue: cue.first.raw,
          start: cue.withSubject.start,
          end: s.end,
          contentStart: contentAfter(cue, s),
          contentEnd: s.end,
          how: { mode: 'phrase', start: cue.withSubject.start, end: cue.withSubject.end },
          attributionStart: cue.withSubject.with.start,
          sentence: s,
        });
        continue;
      }
      if (cue.info.participle) {
        local.push({
          kind: 'indirect',
          cue: cue.first.raw,
          start: s.start,
          end: s.end,
          contentStart: contentAfter(cue, s),
          contentEnd: s.end,
          how: { mode: 'sentence-subject' },
          attributionStart: cue.first.start,
          participle: true,
          sentence: s,
        });
        continue;
      }
      // "…, X said on Sunday." / "At that rate, X noted, the…" / "…, said X."
      const afterCue = text.slice(cue.last.fullEnd, s.end);
      const adv = AFTER_CUE_ADVERBIAL.exec(afterCue);
      const lastComma = text.lastIndexOf(',', cue.first.start);
      const partStart = lastComma >= floor ? lastComma + 1 : floor;
      const partWords = wordsBetween(partStart, cue.first.start);
      // "…, South Korea's spy agency told lawmakers on Thursday." / "…, Shoigu
      // told Kim during a visit to Pyongyang on Wednesday, according to…"
      const toComma = /^[^,;:"“]*/.exec(afterCue)![0];
      const rest = wordsBetween(cue.last.fullEnd, cue.last.fullEnd + toComma.length);
      const tail = afterCue.slice(toComma.length);
      const tailFirst = wordsBetween(cue.last.fullEnd + toComma.length, s.end)[0];
      const tellsEnd =
        !adv &&
        cue.info.base === 'tell' &&
        !rest.some((w) => w.key === 'that') &&
        ((rest.length <= 6 && /^[.!?]?["”]?\s*$/.test(tail)) ||
          (rest.length <= 12 && tail.startsWith(',') && !!tailFirst && opensAside(tailFirst.key)));
      if ((adv || tellsEnd) && partWords.length && lastComma >= floor) {
        const delim = adv ? adv[1] : '.';
        // "…region, the Pentagon said on Monday, in the clearest…": the content came first
        const before = wordsBetween(floor, lastComma);
        const afterComma = wordsBetween(cue.last.fullEnd + (adv?.[0].length ?? 0), s.end)[0];
        // "…, the SBU reported, News.bg reports.": what follows is another attribution
        const creditAfter = CREDIT_AFTER.test(text.slice(cue.last.fullEnd, s.end));
        const contentFirst =
          delim === ',' &&
          before.length >= 6 &&
          !!afterComma &&
          (opensAside(afterComma.key) || creditAfter);
        if (delim === ',' && !contentFirst) {
          const after = cue.last.fullEnd + (adv?.[0].length ?? 0);
          local.push({
            kind: 'indirect',
            cue: cue.first.raw,
            start: s.start,
            end: s.end,
            contentStart: after,
            contentEnd: s.end,
            how: { mode: 'phrase', start: partStart, end: cue.first.start },
            attributionStart: partStart,
            sentence: s,
          });
        } else {
          local.push({
            kind: 'indirect',
            cue: cue.first.raw,
            start: s.start,
            end: s.end,
            contentStart: floor,
            contentEnd: lastComma,
            how: { mode: 'phrase', start: partStart, end: cue.first.start },
            attributionStart: partStart,
            sentence: s,
          });
        }
        continue;
      }
      let npEnd = s.end;
      const comma = text.indexOf(',', cue.last.fullEnd);
      if (comma >= 0 && comma < s.end) npEnd = comma;
      const np = wordsBetween(cue.last.fullEnd, npEnd);
      // "…, said Ramon Pacheco Pardo, a professor…" — unless "Name, apposition, said" reads
      const inverted =
        !partWords.length &&
        lastComma >= floor &&
        INVERTED_CUES.has(cue.first.key) &&
        np.length > 0 &&
        np.length <= 5 &&
        (np[0]!.cap || ['a', 'an'].includes(np[0]!.key)) &&
        !np.some((w) => w.key === 'that') &&
        !subjectBefore(cue.first, floor);
      if (inverted) {
        // "…, said Ramon Pacheco Pardo, a professor…"
        local.push({
          kind: 'indirect',
          cue: cue.first.raw,
          start: s.start,
          end: s.end,
          contentStart: floor,
          contentEnd: lastComma,
          how: { mode: 'phrase', start: cue.last.fullEnd, end: npEnd },
          attributionStart: cue.first.start,
          sentence: s,
        });
        continue;
      }
      const subj = subjectBefore(cue.first, floor);
      if (!subj) continue;
      local.push({
        kind: 'indirect',
        cue: text.slice(cue.first.start, cue.last.end),
        start: subj[0],
        end: s.end,
        contentStart: contentAfter(cue, s),
        contentEnd: s.end,
        how: { mode: 'phrase', start: subj[0], end: subj[1] },
        attributionStart: subj[0],
        sentence: s,
      });
    }

    // ---- "A senior US official … put the figure at “hundreds”": its subject gives it --
    const putAt = PUT_FIGURE_AT.exec(sentText);
    const putAtPos = putAt ? s.start + putAt.index : -1;
    const putVerb = putAt ? wordsBetween(putAtPos, s.end)[0] : undefined;
    const putBy = putVerb ? subjectBefore(putVerb, s.start) : null;
    if (
      putAt &&
      putBy &&
      !input.inQuote(putAtPos) &&
      !local.some((d) => d.contentStart <= putAtPos && putAtPos < d.contentEnd)
    ) {
      local.push({
        kind: 'indirect',
        cue: putAt[0].replace(/\s+/g, ' '),
        start: putBy[0],
        end: s.end,
        contentStart: putAtPos,
        contentEnd: s.end,
        how: { mode: 'phrase', start: putBy[0], end: putBy[1] },
        attributionStart: putBy[0],
        sentence: s,
      });
    }

    // ---- "…have reportedly been killed.", "Reports emerged of…": no speaker -----------
    // Only where the sentence holds no other claim: elsewhere "reportedly" is
    // a hedge inside someone's words ("…the troops reportedly relocated…").
    const hearsay = local.length ? null : HEARSAY.exec(sentText);
    if (hearsay && /[.!?]["”’]?\s*$/.test(sentText) && !input.inQuote(s.start + hearsay.index)) {
      local.push({
        kind: 'indirect',
        // "the latest reported casualties": the words that pass it on, "latest reported"
        cue: hearsay[0]
          .trim()
          .replace(/^the\s+/i, '')
          .replace(/\s+(?:casualties|losses|deaths|death\s+toll|toll|figures?|numbers?)$/i, ''),
        start: s.start,
        end: s.end,
        contentStart: s.start,
        contentEnd: s.end,
        how: { mode: 'unattributed' },
        attributionStart: s.start + hearsay.index,
        sentence: s,
      });
    }

    // ---- "it’s not clear how…", "…is simply not sustainable": the writer's own view ----
    // Only where no one else speaks in the sentence, as with hearsay above.
    const stance = local.length ? null : WRITERS_STANCE.exec(sentText);
    if (stance && /[.!?]["”’]?\s*$/.test(sentText) && !input.inQuote(s.start + stance.index)) {
      local.push({
        kind: 'indirect',
        cue: WRITERS_ASSESSMENT_CUE,
        start: s.start,
        end: s.end,
        contentStart: s.start,
        contentEnd: s.end,
        how: { mode: 'outlet' },
        attributionStart: s.start,
        sentence: s,
      });
    }

    // an indirect claim whose content is a direct quotation of someone else is dropped
    const directs = local.filter((d) => d.kind === 'direct');
    const kept = local.filter(
      (d) =>
        d.kind === 'direct' ||
        !directs.some((q) => q.quoteStart! < d.contentEnd && d.contentStart < q.quoteEnd!),
    );
    kept.sort((a, b) => a.attributionStart - b.attributionStart);
    // each claim's content ends where the next attribution begins
    for (let i = 0; i < kept.length - 1; i++) {
      const a = kept[i]!;
      const b = kept[i + 1]!;
      if (
        a.kind === 'indirect' &&
        b.attributionStart > a.contentStart &&
        b.attributionStart < a.contentEnd
      ) {
        // "…are ready, while Putin said…": the conjunction opens the next claim
        const joiner = CONJUNCTION_BEFORE.exec(text.slice(a.contentStart, b.attributionStart));
        const cut = joiner ? a.contentStart + joiner.index : b.attributionStart;
        a.contentEnd = cut;
        if (!b.participle) a.end = Math.min(a.end, cut);
      } else if (
        a.kind === 'direct' &&
        !b.participle &&
        b.attributionStart >= a.contentEnd &&
        b.attributionStart < a.end
      ) {
        // "“We are ready,” Kim said Tuesday, while Putin said…": the quotation's
        // claim ends where the next speaker's begins
        const joiner = CONJUNCTION_BEFORE.exec(text.slice(a.contentEnd, b.attributionStart));
        a.end = joiner ? a.contentEnd + joiner.index : b.attributionStart;
      }
    }
    // the words claimed start at a word: ", the ISW noted, the roughly…"
    for (const d of kept)
      if (d.kind === 'indirect')
        while (d.contentStart < d.contentEnd && /\s/.test(text[d.contentStart]!)) d.contentStart++;
    // "…, a claim Moscow denies.": the denial is a claim of its own, of the words
    // the sentence's speaker claimed, and the words from the comma are not theirs
    for (const d of [...kept]) {
      if (d.kind !== 'indirect' || d.how.mode !== 'phrase') continue;
      if (d.attributionStart > d.contentStart) continue;
      const denied = DENIED_BY.exec(text.slice(d.contentStart, s.end));
      if (!denied || denied.index === 0 || input.inQuote(d.contentStart + denied.index)) continue;
      const cut = d.contentStart + denied.index;
      const who = cut + denied[1]!.length;
      // the attribution read from the same words ("Moscow denies") is this one
      for (let i = kept.length - 1; i >= 0; i--)
        if (kept[i] !== d && kept[i]!.attributionStart >= cut) kept.splice(i, 1);
      d.contentEnd = cut;
      d.end = Math.min(d.end, cut);
      // "…, which Moscow has not denied.": not the speaker's words, and no denial either
      if (NEGATED.test(denied[2]!)) continue;
      kept.push({
        kind: 'indirect',
        cue: denied[3]!,
        start: d.start,
        end: s.end,
        contentStart: d.contentStart,
        contentEnd: cut,
        how: { mode: 'phrase', start: who, end: who + denied[2]!.length },
        attributionStart: who,
        sentence: s,
      });
    }
    // "…had been killed, according to lawmaker Lee, who attended.": who passed the
    // words on closes the sentence, and is no part of what the speaker said
    for (const d of kept) {
      if (d.kind !== 'indirect' || d.attributionStart > d.contentStart) continue;
      const passedOn = PASSED_ON_BY.exec(text.slice(d.contentStart, d.contentEnd));
      if (passedOn && !input.inQuote(d.contentStart + passedOn.index))
        d.contentEnd = d.contentStart + passedOn.index;
    }
    // the writer's comment closing an attributed sentence is a claim of its own
    for (const d of [...kept]) {
      if (d.kind !== 'indirect' || d.how.mode === 'unattributed') continue;
      if (d.attributionStart > d.contentStart || d.end < d.contentEnd) continue;
      const gloss = WRITERS_GLOSS.exec(text.slice(d.contentStart, d.contentEnd));
      if (!gloss || input.inQuote(d.contentStart + gloss.index)) continue;
      const cut = d.contentStart + gloss.index;
      const from = cut + /^,\s*/.exec(gloss[0])![0].length;
      kept.push({
        kind: 'indirect',
        cue: WRITERS_COMMENT_CUE,
        start: from,
        end: d.end,
        contentStart: from,
        contentEnd: d.contentEnd,
        how: { mode: 'outlet' },
        attributionStart: from,
        sentence: s,
      });
      d.contentEnd = cut;
      d.end = cut;
    }
    drafts.push(...kept);
  }

  // ---- speakers, in text order ----------------------------------------------------------
  drafts.sort((a, b) => a.attributionStart - b.attributionStart);
  const out: ClaimProposal[] = [];
  let prevDraft: { d: Draft; r: ResolvedSpeaker } | null = null;
  for (const d of drafts) {
    let r: ResolvedSpeaker | null;
    // "Moscow and Pyongyang deny…": one claim per speaker, each the whole statement.
    let joint: ResolvedSpeaker[] | null = null;
    const s = d.sentence;
    if (d.how.mode === 'phrase') {
      joint = coordinatedSpeakers(input, d.how.start, d.how.end);
      r = joint?.[0] ?? resolveSpeakerPhrase(input, d.how.start, d.how.end);
    } else if (d.how.mode === 'same-as-previous') {
      r = prevDraft && prevDraft.d.sentence === s ? prevDraft.r : null;
    } else if (d.how.mode === 'sentence-subject') {
      const same = out.length && prevDraft && prevDraft.d.sentence === s ? prevDraft : null;
      if (same) {
        // ", arguing that…" continues the claim of the sentence's speaker
        const last = out[out.length - 1]!;
        last.contentEnd = Math.max(last.contentEnd, endTrim(d.contentStart, d.contentEnd));
        last.end = Math.max(last.end, endTrim(d.start, d.end));
        last.text = text.slice(last.start, last.end);
        continue;
      }
      const subj = leadingSubject(s);
      r = subj ? resolveSpeakerPhrase(input, subj[0], subj[1]) : null;
    } else if (d.how.mode === 'outlet') {
      r = outletSpeaker(input);
    } else if (d.how.mode === 'unattributed') {
      r = {
        speaker: { mentionId: null, entityId: null, text: '', unattributed: true },
        person: false,
        org: false,
        plural: false,
      };
    } else {
      r = standaloneSpeaker(input, d, cuesOf);
    }
    if (!r) continue;
    const start = d.start;
    const end = endTrim(start, d.end);
    const contentEnd = endTrim(d.contentStart, d.contentEnd);
    const speakers = joint ?? [r];
    // What it is about is the same for each speaker: none of them is a subject.
    const speakerMentions = new Set(speakers.map((x) => x.speaker.mentionId));
    const about = mentionsIn(input, d.contentStart, contentEnd)
      .filter((m) => !speakerMentions.has(m.id))
      .map((m) => m.id);
    for (const one of speakers) {
      const claim: ClaimProposal = {
        id: '',
        speaker: one.speaker,
        text: text.slice(start, end),
        kind: d.kind,
        cue: d.cue,
        start,
        end,
        contentStart: d.contentStart,
        contentEnd,
        about,
        // A denial's figures are what it denies ("…, a figure Moscow disputes"), not its own.
        figures: denies(d.cue) ? [] : input.figures.filter((f) => f.start >= start && f.end <= end),
      };
      if (d.quoteStart !== undefined) {
        claim.quoteStart = d.quoteStart;
        claim.quoteEnd = d.quoteEnd;
      }
      out.push(claim);
      // Neither hearsay nor the writer is a speaker "he" or "the agency" can refer back to.
      if (d.how.mode !== 'unattributed' && d.how.mode !== 'outlet')
        input.history.push({
          ...one,
          sentence: s.index,
          paragraph: s.paragraph,
          pos: d.attributionStart,
        });
    }
    prevDraft = { d, r };
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  out.forEach((c, i) => (c.id = `c${i + 1}`));
  return out;
}

/**
 * The voice of the writer's comments: the article's outlet, as the graph
 * knows it by name or alias, else its name alone for the analyst to link.
 */
function outletSpeaker(ctx: ClaimInput): ResolvedSpeaker {
  const outlet = ctx.outlet?.trim() ?? '';
  const known = outlet
    ? lookupPhrase(ctx.index, outlet).find((e) => e.label === 'Actor')
    : undefined;
  return {
    speaker: {
      mentionId: null,
      entityId: known?.entityId ?? null,
      text: known?.entityName ?? outlet,
      resolvedFrom: 'outlet',
    },
    person: false,
    org: true,
    plural: false,
  };
}

/** A quotation standing alone: the speaker named in the next sentence, or the last speaker. */
function standaloneSpeaker(
  ctx: ClaimInput,
  d: Draft,
  cuesOf: Map<number, Cue[]>,
): ResolvedSpeaker | null {
  const s = d.sentence;
  const next = ctx.sentences[s.index + 1];
  if (next && next.paragraph === s.paragraph && !(cuesOf.get(next.index) ?? []).length) {
    const first = mentionsIn(ctx, next.start, next.end)[0];
    const lead = ctx.text.slice(next.start, first?.start ?? next.start);
    if (first && !first.possessive && /^[\s“"]*$/.test(lead) && sortOfMention(ctx, first).person)
      return fromMention(ctx, first, first, 'context');
  }
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i]!;
    if (h.pos >= s.start) continue;
    if (s.index - h.sentence <= 3 && s.paragraph - h.paragraph <= 1)
      return resolved(ctx, h, null, 'context');
    break;
  }
  const prev = ctx.sentences[s.index - 1];
  if (prev && s.paragraph - prev.paragraph <= 1) {
    const m = mentionsIn(ctx, prev.start, prev.end).find(
      (x) => !x.possessive && sortOfMention(ctx, x).person,
    );
    if (m) return fromMention(ctx, m, m, 'context');
  }
  return {
    speaker: { mentionId: null, entityId: null, text: '' },
    person: false,
    org: false,
    plural: false,
  };
}
