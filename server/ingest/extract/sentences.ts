/**
 * Paragraph and sentence boundaries. The splitter does not break inside a quotation,
 * so a quoted passage of several sentences stays in one sentence with its attribution
 * ("“… war. This knowledge will not stay in Kursk,” Zelensky told KBS.").
 */
import { DATELINE } from './lexicon';
import { ABBREVIATIONS, foldCase } from './normalise';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
}

const OPENERS = new Set(['“', '"', '‘', '(', '[']);
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']']);

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "A. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "D.C"
  return ABBREVIATIONS.has(foldCase(word));
}

/** Paragraphs are lines; sentences end at . ! ? outside quotation marks. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lineStart = m.index;
    const line = m[0];
    if (!line.trim()) continue;
    const straight = (line.match(/"/g) ?? []).length;
    const trackStraight = straight % 2 === 0;
    let depth = 0;
    let sentStart = lineStart;
    const push = (end: number) => {
      let s = sentStart;
      let e = end;
      // "SEOUL, Feb 14 (Reuters) - North Korea has…": the dateline is no part of what is said.
      const dateline = s === lineStart ? DATELINE.exec(text.slice(s, e)) : null;
      if (dateline) s += dateline[0].length;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) out.push({ index: out.length, start: s, end: e, paragraph });
    };
    for (let i = lineStart; i < lineStart + line.length; i++) {
      const c = text[i]!;
      if (c === '“') depth = 1;
      else if (c === '”') depth = 0;
      else if (c === '"' && trackStraight) depth = depth ? 0 : 1;
      if (c !== '.' && c !== '!' && c !== '?') continue;
      if (c === '.' && isAbbreviationBefore(text, i)) continue;
      let j = i + 1;
      let d = depth;
      while (j < lineStart + line.length && CLOSERS.has(text[j]!)) {
        if (text[j] === '”') d = 0;
        else if (text[j] === '"' && trackStraight) d = d ? 0 : 1;
        j++;
      }
      if (d !== 0) continue;
      if (j >= lineStart + line.length) break;
      if (!/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < lineStart + line.length && /\s/.test(text[k]!)) k++;
      const next = text[k];
      if (next === undefined) break;
      if (!(/[\p{Lu}\p{N}]/u.test(next) || OPENERS.has(next))) continue;
      push(j);
      sentStart = j;
      depth = d;
      i = j - 1;
    }
    push(lineStart + line.length);
    paragraph++;
  }
  return out;
}

/** The sentence containing a position (binary search). */
export function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
