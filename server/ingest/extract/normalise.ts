/**
 * Normalisation and tokenisation. Names are compared on normalised token keys:
 * case, diacritics, hyphens and possessives are ignored, and common transliteration
 * endings are folded, so Zelenskyy / Zelensky / Zelenskiy, "Kim Jong-un" / "Kim Jong Un"
 * and "South Korea's" / "South Korea" all produce the same keys.
 */

export interface Token {
  /** Offsets of the token in the text; for a possessive the 's is excluded. */
  start: number;
  end: number;
  /** End including a possessive 's, when there is one. */
  fullEnd: number;
  /** The raw characters [start, end). */
  raw: string;
  /** Normalised key (see tokenKey); '' for punctuation. */
  key: string;
  kind: 'word' | 'punct';
  /** First letter upper case. */
  cap: boolean;
  /** Every letter upper case and at least two letters (an acronym: US, NIS, DPRK). */
  upper: boolean;
  possessive: boolean;
  /** Index of the token in the token array. */
  index: number;
}

const COMBINING = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´]/g;

/** Lower case, no diacritics, no apostrophes. */
export function foldCase(s: string): string {
  return s.normalize('NFKD').replace(COMBINING, '').toLowerCase().replace(APOSTROPHES, "'");
}

/**
 * The comparison key of one word: folded, apostrophes removed, and transliteration
 * endings unified (-yy, -iy, -yi, -ii → -y), so Zelenskyy, Zelenskiy and Zelensky agree.
 */
const keyCache = new Map<string, string>();
export function tokenKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  let k = foldCase(word).replace(/'/g, '');
  if (k.length >= 5) k = k.replace(/(?:yy|iy|yi|ii)$/, 'y');
  if (keyCache.size > 50_000) keyCache.clear();
  keyCache.set(word, k);
  return k;
}

// A web name's dots stay in the word ("News.bg", "www.rfa.org"): a dot followed
// by a lower-case domain of 2–6 letters ending the word, unlike "U.S." or "said.Next".
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+|\.[a-z]{2,6}(?![\p{L}\p{N}]))*/uy;
const POSSESSIVE = /['’]s$/i;
const SPACE = /\s/;
const CONTRACTIONS = new Set([
  "it's",
  "that's",
  "there's",
  "here's",
  "he's",
  "she's",
  "what's",
  "who's",
  "where's",
  "let's",
]);

/** Splits text into word and punctuation tokens with exact offsets. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      const raw = m[0];
      const fullEnd = i + raw.length;
      let end = fullEnd;
      let possessive = false;
      // "Korea's" → Korea + possessive; but keep "it's", "let's" and one-letter words.
      if (POSSESSIVE.test(raw) && raw.length > 3 && !CONTRACTIONS.has(foldCase(raw))) {
        possessive = true;
        end = fullEnd - 2;
      }
      const word = text.slice(i, end);
      const letters = word.replace(/[^\p{L}]/gu, '');
      tokens.push({
        start: i,
        end,
        fullEnd,
        raw: word,
        key: tokenKey(word),
        kind: 'word',
        cap: /^\p{Lu}/u.test(word) || /^\p{N}+(?:st|nd|rd|th)$/u.test(word),
        upper: letters.length >= 2 && letters === letters.toUpperCase(),
        possessive,
        index: tokens.length,
      });
      i = fullEnd;
      continue;
    }
    // plural possessive: "forces’" — swallow the apostrophe into the previous word
    const prev = tokens[tokens.length - 1];
    if (
      (ch === "'" || ch === '’') &&
      prev &&
      prev.kind === 'word' &&
      prev.fullEnd === i &&
      /s$/i.test(prev.raw) &&
      !/\p{L}/u.test(text[i + 1] ?? '')
    ) {
      prev.fullEnd = i + 1;
      prev.possessive = true;
      i++;
      continue;
    }
    tokens.push({
      start: i,
      end: i + 1,
      fullEnd: i + 1,
      raw: ch,
      key: '',
      kind: 'punct',
      cap: false,
      upper: false,
      possessive: false,
      index: tokens.length,
    });
    i++;
  }
  return tokens;
}

/** Abbreviations after which a full stop does not end a name or a sentence. */
export const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'jr',
  'sr',
  'prof',
  'rep',
  'sen',
  'gov',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * How two consecutive tokens of a name may be separated: 'join' (spaces, hyphens, the
 * dots of an initialism), 'comma', or 'break' (anything else).
 */
export function separation(text: string, a: Token, b: Token): 'join' | 'comma' | 'break' {
  const between = text.slice(a.fullEnd, b.start);
  if (between.length === 0) return 'join';
  if (/^[\s\-‐‑]+$/.test(between) && !/\n/.test(between)) return 'join';
  if (/^\s*,\s*$/.test(between)) return 'comma';
  const abbreviation = a.raw.length === 1 || ABBREVIATIONS.has(a.key);
  if (/^\.\s*$/.test(between) && abbreviation) return 'join';
  // "the U.S., and South Korea": the abbreviation's stop, then the comma
  if (/^\.\s*,\s*$/.test(between) && abbreviation) return 'comma';
  return 'break';
}

const DETERMINERS = new Set(['the', 'a', 'an']);

export interface NameKeys {
  /** Keys of the words, with ',' for a comma. */
  keys: string[];
  /** The word tokens (no commas), to check case against. */
  words: Token[];
}

/**
 * Keys of a whole name or alias ("the Kremlin" → ["kremlin"], "Washington, DC" →
 * ["washington", ",", "dc"]). Leading determiners and parenthetical notes are dropped.
 * Returns null when the name has punctuation that cannot be matched in running text.
 */
export function nameKeys(name: string): NameKeys | null {
  const cleaned = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const toks = tokenise(cleaned);
  const words: Token[] = [];
  const keys: string[] = [];
  let prev: Token | null = null;
  for (const t of toks) {
    if (t.kind === 'punct') continue;
    if (prev) {
      const sep = separation(cleaned, prev, t);
      if (sep === 'break') return null;
      if (sep === 'comma') keys.push(',');
    }
    words.push(t);
    keys.push(t.key);
    prev = t;
  }
  while (keys.length > 1 && DETERMINERS.has(keys[0]!)) {
    keys.shift();
    words.shift();
  }
  if (!words.length) return null;
  return { keys, words };
}

/** One normalised string for a whole phrase (for dictionary look-ups). */
export function phraseKey(phrase: string): string {
  const nk = nameKeys(phrase);
  return nk ? nk.keys.join(' ') : '';
}

/** Levenshtein distance, with an early exit above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Similarity in [0, 1] of two normalised strings. */
export function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  if (!len) return 1;
  return 1 - editDistance(a, b) / len;
}
