/**
 * Names the graph does not know yet. Runs of capitalised words not covered by a known
 * mention are the candidates ("NATO Secretary General Mark Rutte" → "Mark Rutte" once
 * NATO and the titles are set aside); compromise, run once over the sentences that hold
 * candidates, confirms doubtful ones and votes on the label, with keyword and context
 * rules on top ("…Brigade" is a Unit, "the village of X" a Place, "X said" an Actor).
 */
import type { EntityIndex } from './entity-index';
import {
  COMMON_ABBREVIATIONS,
  COMMON_CAPITALISED,
  HEADLINE_SMALL_WORDS,
  HYPHEN_NON_NAME,
  LOCATIVE,
  MONTHS,
  NAME_CONNECTORS,
  ORG_KEYWORDS,
  OUTLET_HEADS,
  PLACE_KEYWORDS,
  TITLES,
  UNIT_KEYWORDS,
  WEEKDAYS,
} from './lexicon';
import type { KnownMatch } from './mentions';
import { runNlp, type NlpCategory, type NlpResult } from './nlp';
import { separation, type Token } from './normalise';
import { sentenceAt, type Sentence } from './sentences';
import type { EntityLabel } from './types';

export interface Candidate {
  first: number;
  last: number;
  start: number;
  end: number;
  possessive: boolean;
  label: EntityLabel;
  kindGuess: string;
  source: 'nlp' | 'heuristic';
}

interface Run {
  first: number;
  last: number;
  sentenceInitial: boolean;
}

const SPEECH_AFTER =
  /^\s*(?:,\s*)?(?:has |had |have |also |again |previously |later |separately )*(?:said|says|told|tells|wrote|writes|added|adds|stated|announced|warned|noted|argued|claimed|reported|stressed|insisted|confirmed)\b/;

const APPOSITION_AFTER =
  /^,\s+(?:who\b|(?:a|an|the)\s+(?:\S+\s+){0,2}(?:member|professor|fellow|head|chief|spokesman|spokeswoman|spokesperson|director|minister|adviser|advisor|analyst|researcher|commander|officer|official|lawmaker|leader|ambassador|envoy|secretary|deputy|chair|chairman|president|senator|expert|general|colonel)\b)/i;

function isStopWord(t: Token): boolean {
  return (
    COMMON_CAPITALISED.has(t.key) ||
    COMMON_ABBREVIATIONS.has(t.key) ||
    MONTHS.has(t.key) ||
    WEEKDAYS.has(t.key)
  );
}

/**
 * The spans of the lines written in title case: a headline capitalises most
 * of its words, and words a sentence leaves small ("How Is Russia Benefiting
 * From…", "A New Turn in the War"); a heading of four words or more
 * capitalises most of them and ends without a stop ("Battlefield Tactics and
 * Consequences"). Their capitals say nothing of names: known names are still
 * linked there, new ones are left to the text, where a name is written as one.
 */
export function headlineSpans(text: string, tokens: Token[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let lineStart = 0;
  let words: Token[] = [];
  const close = (end: number) => {
    const capitalised = words.filter((w) => w.cap);
    const titleCase = words.length >= 4 && capitalised.length >= 0.7 * words.length;
    const smallCapitalised = capitalised.some(
      (w) => w !== words[0] && HEADLINE_SMALL_WORDS.has(w.key),
    );
    const unstopped = !/[.!?:;,"”'’)]\s*$/u.test(text.slice(lineStart, end));
    if (titleCase && (smallCapitalised || unstopped)) spans.push({ start: lineStart, end });
    words = [];
  };
  // One pass: the text's line breaks are found as the tokens reach them.
  let lineEnd = text.indexOf('\n');
  for (const t of tokens) {
    while (lineEnd !== -1 && t.start > lineEnd) {
      close(lineEnd);
      lineStart = lineEnd + 1;
      lineEnd = text.indexOf('\n', lineStart);
    }
    if (t.kind === 'word' && /\p{L}/u.test(t.raw)) words.push(t);
  }
  close(lineEnd === -1 ? text.length : lineEnd);
  return spans;
}

/**
 * The spans of an author's bio ("Ethan Kim is an award-winning journalist…
 * He received his degree from Stanford University…"): the outlet's page
 * around the article, not what it reports. Known names are still linked
 * there; new ones are not proposed.
 */
export function authorBioSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(AUTHOR_BIO))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

// A line that opens "<Name> is a(n) [award-winning…] journalist|reporter|…".
const AUTHOR_BIO =
  /^[ \t]*(?:\p{Lu}[\p{L}'’.-]+[ \t]+){1,3}is[ \t]+an?[ \t]+(?:[\p{L}-]+[ \t]+){0,4}(?:journalist|reporter|writer|editor|correspondent|author|columnist|contributor)\b[^\n]*/gmu;

function isHyphenContinuation(text: string, a: Token, b: Token): boolean {
  return (
    text.slice(a.fullEnd, b.start) === '-' &&
    !a.possessive &&
    !b.cap &&
    /^\p{Ll}+$/u.test(b.raw) &&
    !HYPHEN_NON_NAME.has(b.key)
  );
}

/** Runs of capitalised words (with "of", "for the"… inside, and "Jong-un" style hyphens). */
function capitalisedRuns(
  text: string,
  tokens: Token[],
  covered: Uint8Array,
  sentences: Sentence[],
) {
  const runs: Run[] = [];
  const startsName = (t: Token | undefined) =>
    !!t &&
    t.kind === 'word' &&
    t.cap &&
    !covered[t.index] &&
    !MONTHS.has(t.key) &&
    !WEEKDAYS.has(t.key);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const ordinal = /^\d+(?:st|nd|rd|th)$/.test(t.raw);
    if (!startsName(t) || (ordinal && !startsName(tokens[i + 1]))) {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      const cur = tokens[last]!;
      if (cur.possessive) break;
      // the next word, stepping over a hyphen ("Won-sik", "Indo-Pacific")
      let n = last + 1;
      if (tokens[n]?.kind === 'punct' && /^[-‐‑]$/.test(tokens[n]!.raw)) n++;
      const nxt = tokens[n];
      if (!nxt || nxt.kind !== 'word' || separation(text, cur, nxt) !== 'join') break;
      if (startsName(nxt)) {
        last = n;
        continue;
      }
      if (isHyphenContinuation(text, cur, nxt)) {
        last = n;
        continue;
      }
      // connectors: "Institute for the Study of War"
      let k = last + 1;
      while (
        tokens[k] &&
        tokens[k]!.kind === 'word' &&
        NAME_CONNECTORS.has(tokens[k]!.key) &&
        !tokens[k]!.cap &&
        k - last <= 2
      )
        k++;
      // …but "and" between two complete names lists them: "the Washington Post
      // and the Moscow Times", "the Kyiv Independent and Reuters".
      const listing =
        tokens[last + 1]!.key === 'and' &&
        (tokens[last + 2]?.key === 'the' || ORG_KEYWORDS.has(cur.key));
      if (
        k > last + 1 &&
        !listing &&
        startsName(tokens[k]) &&
        separation(text, tokens[k - 1]!, tokens[k]!) === 'join'
      ) {
        last = k;
        continue;
      }
      break;
    }
    const s = sentenceAt(sentences, t.start);
    const before = s ? text.slice(s.start, t.start) : '';
    // at a sentence start, also inside a quotation ("… training. Nobody told us…")
    const initial = !/[\p{L}\p{N}]/u.test(before) || /[.!?:]["“”]?\s*["“]?$/u.test(before);
    runs.push({ first: i, last, sentenceInitial: initial });
    i = last + 1;
  }
  return runs;
}

/**
 * "NATO Secretary General Mark Rutte" → "NATO" | "Secretary General Mark Rutte": a title
 * inside a run starts a new name (the titles are trimmed off afterwards).
 */
function splitAtTitles(tokens: Token[], run: Run): Run[] {
  for (let k = run.first + 1; k <= run.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !TITLES.has(t.key) || !t.cap) continue;
    const prev = tokens[k - 1]!;
    if (prev.kind !== 'word' || NAME_CONNECTORS.has(prev.key) || TITLES.has(prev.key)) continue;
    // a person's name must follow the titles
    let j = k;
    while (j <= run.last && tokens[j]!.kind === 'word' && TITLES.has(tokens[j]!.key)) j++;
    const rest = tokens.slice(j, run.last + 1).filter((w) => w.kind === 'word');
    if (!rest.length || ORG_KEYWORDS.has(rest[0]!.key) || rest[0]!.key === 'of') continue;
    return [
      { first: run.first, last: k - 1, sentenceInitial: run.sentenceInitial },
      ...splitAtTitles(tokens, { first: k, last: run.last, sentenceInitial: false }),
    ];
  }
  return [run];
}

/** Common words that open names of several capitalised words ("Human Rights Watch", "Central Election Commission"). */
const NAME_OPENERS = new Set(['human', 'north', 'south', 'east', 'west', 'central', 'new']);

/** "Human Rights Watch urged…": a word that may open a sentence opens the name it is capitalised with. */
function opensName(first: Token, rest: Token[]): boolean {
  return (
    NAME_OPENERS.has(first.key) &&
    rest.length >= 2 &&
    rest.every((w) => w.cap || NAME_CONNECTORS.has(w.key))
  );
}

/** Drops titles, demonyms and sentence-initial function words from the edges of a run. */
function trimRun(tokens: Token[], run: Run, index: EntityIndex): Run | null {
  let { first, last } = run;
  let initial = run.sentenceInitial;
  const words = () => {
    const out: Token[] = [];
    for (let k = first; k <= last; k++) if (tokens[k]!.kind === 'word') out.push(tokens[k]!);
    return out;
  };
  for (let guard = 0; guard < 12 && first <= last; guard++) {
    const t = tokens[first]!;
    const t2 = tokens[first + 1];
    const pair = t2 ? `${t.key} ${t2.key}` : '';
    const rest = words().slice(1);
    const restHead = rest[0];
    if (t.kind !== 'word' || NAME_CONNECTORS.has(t.key)) {
      if (t.key === 'the' && !initial && t.cap && rest.length) break; // "The War Zone"
      first++;
      continue;
    }
    if (index.demonyms.has(pair) && first + 1 <= last) {
      first += 2;
      initial = false;
      continue;
    }
    if (index.demonyms.has(t.key) && rest.length) {
      first++;
      initial = false;
      continue;
    }
    if (
      TITLES.has(t.key) &&
      restHead &&
      !ORG_KEYWORDS.has(restHead.key) &&
      !UNIT_KEYWORDS.has(restHead.key)
    ) {
      // "Secretary of State Antony Blinken": drop "Secretary of State" too
      if (restHead.key === 'of') {
        if (rest.length <= 2) return null;
        first = rest[1]!.index + 1;
      } else first++;
      initial = false;
      continue;
    }
    if (initial && isStopWord(t) && rest.length && !opensName(t, rest)) {
      first++;
      initial = false;
      continue;
    }
    break;
  }
  while (last >= first && (tokens[last]!.kind !== 'word' || NAME_CONNECTORS.has(tokens[last]!.key)))
    last--;
  if (last < first) return null;
  const ws = words();
  if (!ws.length) return null;
  if (ws.every((w) => isStopWord(w) || TITLES.has(w.key) || index.demonyms.has(w.key))) return null;
  if (ws.length === 1 && ws[0]!.raw.length < 2) return null;
  // "FPVs", "IEDs and UAVs": plural acronyms are kinds of things
  if (ws.every((w) => /^\p{Lu}{2,}s$/u.test(w.raw) || NAME_CONNECTORS.has(w.key))) return null;
  // "Ukrainians", "North Koreans": people of a country, not a name
  const joined = ws.map((w) => w.key).join(' ');
  if (/s$/.test(joined) && index.demonyms.has(joined.slice(0, -1))) return null;
  return { first, last, sentenceInitial: initial && first === run.first };
}

type Guess = { label: EntityLabel; kindGuess: string };

/** Labels that follow from the words of the name or what precedes it, without NLP. */
function keywordLabel(text: string, tokens: Token[], run: Run): Guess | null {
  const ws: Token[] = [];
  for (let k = run.first; k <= run.last; k++) if (tokens[k]!.kind === 'word') ws.push(tokens[k]!);
  const keys = ws.map((w) => w.key);
  const lastKey = keys[keys.length - 1]!;
  if (UNIT_KEYWORDS.has(lastKey))
    return { label: 'Unit', kindGuess: keys.includes('special') ? 'special-forces' : 'formation' };
  if (keys.some((k) => ORG_KEYWORDS.has(k))) {
    const media = keys.some(
      (k) => OUTLET_HEADS.has(k) || /^(?:tv|radio|broadcasting|press)$/.test(k),
    );
    const agency = keys.some((k) => /^(?:service|agency|intelligence|directorate|bureau)$/.test(k));
    return { label: 'Actor', kindGuess: media ? 'media' : agency ? 'agency' : 'organisation' };
  }
  if (keys.some((k) => PLACE_KEYWORDS.has(k))) return { label: 'Place', kindGuess: 'area' };
  if (ws.length === 1 && ws[0]!.upper) return { label: 'Actor', kindGuess: 'organisation' };
  const prev = tokens[run.first - 1];
  if (prev && prev.kind === 'word' && TITLES.has(prev.key))
    return { label: 'Actor', kindGuess: 'person' };
  const before = text.slice(Math.max(0, tokens[run.first]!.start - 30), tokens[run.first]!.start);
  if (/\b(?:village|town|city|region|province|district|settlement) of\s+$/i.test(before))
    return { label: 'Place', kindGuess: 'settlement' };
  return null;
}

/** The label from compromise's vote and the context ("in X" → Place, "X said" → Actor). */
function contextLabel(text: string, tokens: Token[], run: Run, nlpVote: NlpCategory | null): Guess {
  const ws = tokens.slice(run.first, run.last + 1).filter((t) => t.kind === 'word');
  const prev = tokens[run.first - 1];
  const prevKey = prev && prev.kind === 'word' ? prev.key : '';
  const after = text.slice(tokens[run.last]!.fullEnd, tokens[run.last]!.fullEnd + 40);
  const speaks = SPEECH_AFTER.test(after);
  if (prevKey === 'told') return { label: 'Actor', kindGuess: ws.length > 1 ? 'media' : 'person' };
  // "Park Sun-won", "Kim Yo-jong": a family name and a hyphenated given name
  const raw = text.slice(tokens[run.first]!.start, tokens[run.last]!.end);
  if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u.test(raw))
    return { label: 'Actor', kindGuess: 'person' };
  // "X, a member of…", "X, the head of…", "X, who…": a person described
  if (APPOSITION_AFTER.test(after)) return { label: 'Actor', kindGuess: 'person' };
  if (nlpVote === 'country') return { label: 'Actor', kindGuess: 'state' };
  if (nlpVote === 'place' && !speaks) return { label: 'Place', kindGuess: 'city' };
  if (nlpVote === 'person') return { label: 'Actor', kindGuess: 'person' };
  if (nlpVote === 'organisation') return { label: 'Actor', kindGuess: 'organisation' };
  if (LOCATIVE.has(prevKey) || (prevKey === 'from' && ws.length === 1))
    return { label: 'Place', kindGuess: 'city' };
  if (speaks || ws.length >= 2) return { label: 'Actor', kindGuess: 'person' };
  return { label: 'Actor', kindGuess: 'person' };
}

function vote(nlpRes: NlpResult, tokens: Token[], run: Run): NlpCategory | null {
  const start = tokens[run.first]!.start;
  const end = tokens[run.last]!.end;
  const counts = new Map<NlpCategory, number>();
  for (const s of nlpRes.spans) {
    if (s.end <= start || s.start >= end) continue;
    counts.set(s.category, (counts.get(s.category) ?? 0) + 2);
  }
  for (let k = run.first; k <= run.last; k++) {
    const c = nlpRes.wordTags.get(tokens[k]!.start);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  if ([...counts.keys()].includes('country')) return 'country';
  let best: NlpCategory | null = null;
  let n = 0;
  for (const [c, v] of counts) if (v > n) [best, n] = [c, v];
  return best;
}

export function findCandidates(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  known: KnownMatch[],
  index: EntityIndex,
): Candidate[] {
  const covered = new Uint8Array(tokens.length);
  for (const k of known) for (let i = k.first; i <= k.last; i++) covered[i] = 1;
  // Headlines and an author's bio propose no new names.
  const noNewNames = [...headlineSpans(text, tokens), ...authorBioSpans(text)];
  const inNoNewNames = (r: Run) => {
    const at = tokens[r.first]!.start;
    return noNewNames.some((h) => at >= h.start && at < h.end);
  };
  const runs = capitalisedRuns(text, tokens, covered, sentences)
    .filter((r) => !inNoNewNames(r))
    .flatMap((r) => splitAtTitles(tokens, r))
    .map((r) => trimRun(tokens, r, index))
    .filter((r): r is Run => r !== null);

  // capitalised somewhere other than at a sentence start → a name, not a capital letter
  const midSentence = new Set<string>();
  for (const r of runs)
    if (!r.sentenceInitial) for (let k = r.first; k <= r.last; k++) midSentence.add(tokens[k]!.key);

  const doubtful = (r: Run) => {
    if (!r.sentenceInitial) return false;
    const ws = tokens.slice(r.first, r.last + 1).filter((t) => t.kind === 'word');
    if (ws.length > 1)
      return (
        isStopWord(ws[0]!) &&
        !opensName(ws[0]!, ws.slice(1)) &&
        ws.slice(1).every((w) => !midSentence.has(w.key))
      );
    const w = ws[0]!;
    return !w.upper && !midSentence.has(w.key);
  };

  // one compromise pass, over short windows around the names that need it
  const keyed = runs.map((r) => keywordLabel(text, tokens, r));
  const windows: { start: number; end: number }[] = [];
  runs.forEach((r, i) => {
    if (keyed[i] && !doubtful(r)) return;
    const s = sentenceAt(sentences, tokens[r.first]!.start);
    let a = r.first;
    let b = r.last;
    for (let n = 0; n < 4 && a > 0 && tokens[a - 1]!.start >= (s?.start ?? 0); n++) a--;
    for (
      let n = 0;
      n < 3 && b < tokens.length - 1 && tokens[b + 1]!.end <= (s?.end ?? text.length);
      n++
    )
      b++;
    const w = { start: tokens[a]!.start, end: tokens[b]!.end };
    const prev = windows[windows.length - 1];
    if (prev && w.start <= prev.end) prev.end = Math.max(prev.end, w.end);
    else windows.push(w);
  });
  const nlpRes = runNlp(text, windows);

  const out: Candidate[] = [];
  runs.forEach((r, i) => {
    const v = keyed[i] && !doubtful(r) ? null : vote(nlpRes, tokens, r);
    if (doubtful(r)) {
      // a lone capitalised word at a sentence start: keep it only if compromise calls it a name
      const w = tokens[r.first]!;
      if (!nlpRes.wordTags.get(w.start) || isStopWord(w)) return;
    }
    const { label, kindGuess } = keyed[i] ?? contextLabel(text, tokens, r, v);
    const firstTok = tokens[r.first]!;
    const lastTok = tokens[r.last]!;
    out.push({
      first: r.first,
      last: r.last,
      start: firstTok.start,
      end: lastTok.end,
      possessive: lastTok.possessive,
      label,
      kindGuess,
      source: v ? 'nlp' : 'heuristic',
    });
  });
  return out;
}
