/**
 * Known-entity mentions: one left-to-right scan of the tokens, taking at each word the
 * longest alias of the index that fits ("North Korean troops" before "North Korean"),
 * with case rules for short aliases ("US" is not "us"), demonyms skipped ("North Korean
 * soldiers" is not a mention of North Korea unless the graph has that phrase), one-word
 * person aliases checked against neighbouring capitals ("Kim" is not "Kim Yo-jong"), and
 * names shared by an Actor and a Place (Kyiv, Washington) resolved by context.
 */
import { caseFits, type AliasEntry, type EntityIndex } from './entity-index';
import { LOCATIVE, MOTION_VERBS, OUTLET_HEADS, TITLES } from './lexicon';
import { phraseKey, separation, type Token } from './normalise';
import type { EntityLabel, MatchMethod } from './types';

export interface KnownMatch {
  start: number;
  end: number;
  /** Token indices [first, last]. */
  first: number;
  last: number;
  entry: AliasEntry;
  label: EntityLabel;
  method: MatchMethod;
  score: number;
  possessive: boolean;
}

/** The previous / next word token, if only spaces or hyphens separate it from `t`. */
function adjacentWord(text: string, tokens: Token[], t: Token, dir: -1 | 1): Token | undefined {
  const o = tokens[t.index + dir];
  if (!o || o.kind !== 'word') return undefined;
  const [a, b] = dir < 0 ? [o, t] : [t, o];
  return separation(text, a, b) === 'join' && !a.possessive ? o : undefined;
}

function isSentenceStart(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 3), t.start);
  return t.start === 0 || /(?:[.!?]["”’]?\s+|\n\s*|^\s*)$/.test(before) || /["“]\s*$/.test(before);
}

/** A one-word person alias next to another capitalised word is someone else's name. */
function personWordFits(text: string, tokens: Token[], first: Token): boolean {
  const next = adjacentWord(text, tokens, first, 1);
  if (next && next.cap) return false;
  const prev = adjacentWord(text, tokens, first, -1);
  if (prev && prev.cap && !TITLES.has(prev.key) && !isSentenceStart(text, prev)) return false;
  return true;
}

/** Place or Actor for a name both an Actor and a Place carry ("in Kyiv" vs "Kyiv said"). */
function placeContext(text: string, tokens: Token[], first: Token, last: Token): boolean {
  const after = text.slice(last.fullEnd, last.fullEnd + 7);
  if (/^[-‐]based\b/.test(after)) return true;
  let i = first.index - 1;
  while (i >= 0 && tokens[i]!.kind === 'word' && tokens[i]!.key === 'the') i--;
  const prev = tokens[i];
  if (!prev || prev.kind !== 'word') return false;
  if (LOCATIVE.has(prev.key)) return true;
  if (prev.key === 'to' || prev.key === 'from') {
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const w = tokens[j]!;
      if (w.kind === 'word' && MOTION_VERBS.has(w.key)) return true;
    }
  }
  return false;
}

function choose(
  text: string,
  tokens: Token[],
  entries: AliasEntry[],
  first: Token,
  last: Token,
): { entry: AliasEntry; score: number } | null {
  const byEntity = new Map<string, AliasEntry>();
  for (const e of entries) {
    const had = byEntity.get(e.entityId);
    if (!had || (e.isName && !had.isName)) byEntity.set(e.entityId, e);
  }
  const distinct = [...byEntity.values()];
  if (distinct.length === 1) return { entry: distinct[0]!, score: 1 };
  const labels = new Set(distinct.map((e) => e.label));
  if (labels.has('Place') && labels.has('Actor')) {
    const want: EntityLabel = placeContext(text, tokens, first, last) ? 'Place' : 'Actor';
    const pick = distinct.filter((e) => e.label === want);
    const best = pick.find((e) => e.isName) ?? pick[0];
    if (best) return { entry: best, score: 0.8 };
  }
  const best = distinct.find((e) => e.isName) ?? distinct[0]!;
  return { entry: best, score: 0.7 };
}

/** Nouns that make the alias before them a modifier ("Ukraine's military intelligence agency"). */
const COMPOUND_NEXT = new Set(
  `intelligence agency service services officials official spokesman spokeswoman spokesperson
  command commander commanders leadership leaders leader analysts specialists experts sources
  chief chiefs equipment identity card doctrine hospital hospitals base bases budget vehicles
  aid assistance cooperation operations exercises drills registration documents uniforms`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words before a plural people-noun that make it the people at large ("all Koreans"). */
const PEOPLE_QUANTIFIERS = new Set(
  'all many most some few both ethnic fellow other ordinary millions thousands'.split(' '),
);

/** The next word token after token index i, if only spaces or hyphens lie between. */
function nextJoinedWord(text: string, tokens: Token[], i: number): Token | undefined {
  let k = i + 1;
  if (tokens[k]?.kind === 'punct' && /^[-‐‑]$/.test(tokens[k]!.raw)) k++;
  const w = tokens[k];
  const cur = tokens[i]!;
  if (!w || w.kind !== 'word' || cur.possessive) return undefined;
  return separation(text, cur, w) === 'join' ? w : undefined;
}

/** Candidate aliases starting at token i, longest first. */
function walk(text: string, tokens: Token[], index: EntityIndex, i: number) {
  const found: { last: number; entries: AliasEntry[] }[] = [];
  let node = index.root.next.get(tokens[i]!.key);
  let j = i;
  const words: Token[] = [tokens[i]!];
  while (node) {
    const fitting = node.entries.filter(
      (e) =>
        e.caseRules.length === words.length && e.caseRules.every((r, k) => caseFits(r, words[k]!)),
    );
    if (fitting.length) found.push({ last: j, entries: fitting });
    const cur = tokens[j]!;
    if (cur.possessive && !node.next.size) break;
    // step to the next word (through a comma if the alias has one)
    let k = j + 1;
    let viaComma = false;
    while (k < tokens.length && tokens[k]!.kind === 'punct') {
      if (tokens[k]!.raw === ',') viaComma = true;
      k++;
    }
    const nxt = tokens[k];
    if (!nxt) break;
    const sep = separation(text, cur, nxt);
    if (sep === 'break' || (sep === 'comma') !== viaComma) break;
    node = sep === 'comma' ? node.next.get(',')?.next.get(nxt.key) : node.next.get(nxt.key);
    j = k;
    words.push(nxt);
  }
  return found.reverse();
}

/**
 * "North Korea's army" → the graph's "North Korean army"; "Ukraine's armed forces" →
 * "Armed Forces of Ukraine": a possessive name followed by a noun, read both ways.
 */
function possessiveInversion(
  text: string,
  tokens: Token[],
  index: EntityIndex,
  owner: AliasEntry,
  lastOfOwner: number,
): { last: number; entry: AliasEntry } | null {
  const own = index.byEntity.get(owner.entityId) ?? [];
  const demonymKeys = own.filter((e) => e.demonym).map((e) => e.keys);
  const nameKeyLists = own.filter((e) => !e.demonym && !e.generic).map((e) => e.keys);
  const follow: Token[] = [];
  let t = tokens[lastOfOwner]!;
  let k = lastOfOwner + 1;
  while (follow.length < 3) {
    const w = tokens[k];
    if (!w || w.kind !== 'word' || separation(text, t, w) !== 'join') break;
    follow.push(w);
    t = w;
    if (w.possessive) break;
    k++;
  }
  for (let n = follow.length; n >= 1; n--) {
    const wk = follow.slice(0, n).map((w) => w.key);
    const tries = [
      ...demonymKeys.map((d) => [...d, ...wk]),
      ...nameKeyLists.map((nk) => [...wk, 'of', ...nk]),
    ];
    const after = nextJoinedWord(text, tokens, follow[n - 1]!.index);
    if (after && !after.cap && COMPOUND_NEXT.has(after.key)) continue;
    for (const keys of tries) {
      const hit = (index.byKey.get(keys.join(' ')) ?? []).find((e) => !e.demonym && !e.generic);
      if (hit) return { last: follow[n - 1]!.index, entry: hit };
    }
  }
  return null;
}

/** Kinds of Actor named after a place ("Kyiv" for Ukraine's government). */
const PLACE_LIKE_KINDS = new Set(['state', 'government', 'city']);

/**
 * Whether the place or state matched up to token `last` opens an outlet's name
 * ("Kyiv Independent", "Korea JoongAng Daily"): one or two capitalised words
 * follow it, the last of them a newspaper's (OUTLET_HEADS). The run is then left
 * to the new names, as one.
 */
function opensOutletName(text: string, tokens: Token[], last: number, entry: AliasEntry): boolean {
  if (entry.label !== 'Place' && !PLACE_LIKE_KINDS.has(entry.kind ?? '')) return false;
  let t = tokens[last]!;
  for (let n = 0; n < 2; n++) {
    const next = nextJoinedWord(text, tokens, t.index);
    if (!next?.cap) return false;
    if (OUTLET_HEADS.has(next.key)) return true;
    t = next;
  }
  return false;
}

/** Scans the tokens once for aliases of the index. Matches never overlap. */
export function findKnownMentions(text: string, tokens: Token[], index: EntityIndex): KnownMatch[] {
  const out: KnownMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    let chosen: { last: number; entry: AliasEntry; score: number; from?: number } | null = null;
    for (const cand of walk(text, tokens, index, i)) {
      const lastTok = tokens[cand.last]!;
      let entries = cand.entries.filter((e) => !e.generic && !e.demonym);
      entries = entries.filter((e) => !e.personWord || personWordFits(text, tokens, t));
      if (!entries.length) continue;
      // "Ukraine's military intelligence agency": the alias is only a modifier here
      const after = nextJoinedWord(text, tokens, cand.last);
      const lastRule = entries[0]!.caseRules[entries[0]!.caseRules.length - 1];
      if (after && !after.cap && lastRule === 'any' && COMPOUND_NEXT.has(after.key)) continue;
      // "all Koreans": the people, not the contingent
      let people: Token | undefined;
      if (cand.last === i && /s$/.test(t.key) && index.demonyms.has(t.key.slice(0, -1))) {
        const before = tokens[i - 1];
        if (before?.kind === 'word' && PEOPLE_QUANTIFIERS.has(before.key)) continue;
        // "South Koreans" are not the "North Korean contingent"; "North Koreans" may be
        if (
          before?.kind === 'word' &&
          before.cap &&
          (out[out.length - 1]?.end ?? -1) <= before.start &&
          separation(text, before, t) === 'join' &&
          index.demonyms.has(`${before.key} ${t.key.slice(0, -1)}`)
        ) {
          const compound = `${before.key} ${t.key.slice(0, -1)}`;
          entries = entries.filter((e) => phraseKey(e.entityName).includes(compound));
          if (!entries.length) continue;
          people = before;
        }
      }
      const picked = choose(text, tokens, entries, t, lastTok);
      if (picked) {
        chosen = { last: cand.last, ...picked, ...(people ? { from: i - 1 } : {}) };
        break;
      }
    }
    if (!chosen || opensOutletName(text, tokens, chosen.last, chosen.entry)) {
      i++;
      continue;
    }
    let { last, entry } = chosen;
    let score = chosen.score;
    if (tokens[last]!.possessive && entry.label === 'Actor') {
      const inv = possessiveInversion(text, tokens, index, entry, last);
      if (inv) {
        ({ last, entry } = inv);
        score = Math.min(score, 0.85);
      }
    }
    const lastTok = tokens[last]!;
    // the country's name before its people's joins the mention: "North Koreans"
    const first = chosen.from ?? i;
    const surface = text.slice(tokens[first]!.start, lastTok.end);
    const exact = entry.surfaces.includes(surface) || surface === entry.entityName;
    out.push({
      start: tokens[first]!.start,
      end: lastTok.end,
      first,
      last,
      entry,
      label: entry.label,
      method: exact ? 'exact-alias' : 'normalised-alias',
      score: exact ? score : Math.min(score, entry.derived ? 0.85 : 0.95),
      possessive: lastTok.possessive,
    });
    i = last + 1;
  }
  return out;
}
