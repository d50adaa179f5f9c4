/**
 * Turns an analyst's words into a Lucene query for the full-text indexes:
 * every word must match, as itself (boosted), as a prefix (autocomplete) or
 * within one or two edits (typos: "Zelenski" finds Zelensky).
 */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * The stop words of Lucene's English analyzer, which the 'standard-folding'
 * indexes drop: requiring them would make "Institute for the Study" match nothing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/**
 * The analyst's words as the indexes' analyzer cuts them: a dot between
 * letters or digits stays inside the word, as Lucene's standard tokenizer
 * keeps it ("News.bg", "www.rfa.org", "1.5"), so that such a name is found.
 */
export function luceneTerms(q: string): string[] {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/(?:[^\p{L}\p{N}.]|(?<![\p{L}\p{N}])\.|\.(?![\p{L}\p{N}]))+/u)
    .filter(Boolean)
    .slice(0, 12);
}

/** Lucene for "any of these words", the closest matches first: related text, not a search. */
export function luceneAnyOf(words: readonly string[]): string | null {
  const terms = words.map((w) => w.replace(LUCENE_SPECIAL, '\\$&')).filter(Boolean);
  return terms.length ? terms.join(' ') : null;
}

/** The words that can match: stop words are dropped unless nothing else is left. */
function searchableTerms(q: string): string[] {
  const terms = luceneTerms(q);
  const content = terms.filter((t) => !STOP_WORDS.has(t));
  return content.length > 0 ? content : terms;
}

export function luceneQuery(q: string): string | null {
  const terms = searchableTerms(q);
  if (terms.length === 0) return null;
  return terms
    .map((raw) => {
      const t = raw.replace(LUCENE_SPECIAL, '\\$&');
      const parts = [`${t}^4`, `${t}*^2`];
      if (t.length >= 4) parts.push(`${t}~${t.length >= 7 ? 2 : 1}`);
      return `+(${parts.join(' ')})`;
    })
    .join(' ');
}
