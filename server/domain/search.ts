/**
 * Turns an analyst's words into a Lucene query for the full-text indexes:
 * every word must match, as itself (boosted), as a prefix (autocomplete) or
 * within one or two edits (typos: "Zelenski" finds Zelensky).
 */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function luceneTerms(q: string): string[] {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
}

export function luceneQuery(q: string): string | null {
  const terms = luceneTerms(q);
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
