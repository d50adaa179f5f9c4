/**
 * Finding words the analyst types in the article's text: the keyboard's way
 * to choose the words of a claim to mark (see added-claims.ts). DOM-free.
 */
import { foldCase } from '../../../../server/ingest/extract/normalise';

/** Fewer letters than this find too much to be worth showing. */
export const FIND_MIN_CHARS = 3;

const SPACE = /\s/;
const QUOTES = /[“”„«»]/g;
const DASHES = /[‐‑‒–—―−]/g;

/** One character as the search compares it; '' for a mark that folds away. */
function foldChar(ch: string): string {
  return foldCase(ch).replace(QUOTES, '"').replace(DASHES, '-');
}

/**
 * The text folded for comparison (case, diacritics, quote and dash styles
 * ignored, each run of white space one space), with the offset in the text
 * each folded character comes from.
 */
function folded(text: string): { folded: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SPACE.test(ch)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
      at.push(i);
      continue;
    }
    for (const f of foldChar(ch)) {
      out += f;
      at.push(i);
    }
  }
  return { folded: out, at };
}

/** Whether what is typed holds enough to search for: FIND_MIN_CHARS characters, spaces not counted. */
export function enoughToFind(query: string): boolean {
  return folded(query.trim()).folded.replace(/ /g, '').length >= FIND_MIN_CHARS;
}

/**
 * Every place, in order and not overlapping, where `query` is in `text`, as
 * [start, end) offsets of the text. Case, diacritics, the style of quotes,
 * apostrophes and dashes, and line breaks are ignored, so words typed from
 * a printout or pasted from elsewhere are found.
 */
export function findWords(text: string, query: string): [number, number][] {
  if (!enoughToFind(query)) return [];
  const q = folded(query.trim()).folded;
  const { folded: t, at } = folded(text);
  const found: [number, number][] = [];
  for (let i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + q.length)) {
    found.push([at[i]!, at[i + q.length - 1]! + 1]);
  }
  return found;
}
