/**
 * The one compromise pass. Only the sentences that hold candidate names are parsed
 * (joined into one document), so compromise runs at most once over the text.
 * Returns its people / organisations / places, and per-word tag votes, in the
 * offsets of the original text.
 */
import nlp from 'compromise';

export type NlpCategory = 'person' | 'organisation' | 'place' | 'country';

export interface NlpSpan {
  start: number;
  end: number;
  category: NlpCategory;
}

export interface NlpResult {
  spans: NlpSpan[];
  /** Category votes of single words, keyed by the word's start offset. */
  wordTags: Map<number, NlpCategory>;
}

interface JsonTerm {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface JsonMatch {
  text: string;
  offset?: { start: number; length: number };
  terms?: JsonTerm[];
}

let warmed = false;
const WARM_UP =
  'NATO Secretary General Mark Rutte said in Brussels on Monday that North Korean troops had ' +
  'reached the Kursk region. Kyrylo Budanov, the head of HUR, told The War Zone that Kim ' +
  'Yo-jong and Sergei Shoigu met in Pyongyang, while Tokyo and Japan stayed silent.';
/** compromise compiles its lexicon on first use (~200 ms); do it while the index is built. */
export function warmUpNlp(): void {
  if (warmed) return;
  for (let i = 0; i < 3; i++) {
    const doc = nlp(WARM_UP);
    doc.people().json({ offset: true });
    doc.places().json({ offset: true });
    doc.organizations().json({ offset: true });
    doc.json({ offset: true, terms: { tags: true, offset: true } });
  }
  warmed = true;
}

function categoryOfTags(tags: string[]): NlpCategory | null {
  if (tags.includes('Person') || tags.includes('FirstName') || tags.includes('LastName'))
    return 'person';
  if (tags.includes('Organization')) return 'organisation';
  if (tags.includes('Country')) return 'country';
  if (tags.includes('Place') || tags.includes('City')) return 'place';
  return null;
}

/** Trims punctuation and a possessive off a compromise match, in original offsets. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
  for (;;) {
    while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
    if (/['’]s$/i.test(text.slice(start, end))) end -= 2;
    else break;
  }
  return [start, end];
}

export function runNlp(text: string, segments: { start: number; end: number }[]): NlpResult {
  const spans: NlpSpan[] = [];
  const wordTags = new Map<number, NlpCategory>();
  if (!segments.length) return { spans, wordTags };
  warmUpNlp();
  // join the segments; map offsets back through the table
  const parts: string[] = [];
  const table: { joined: number; orig: number; len: number }[] = [];
  let at = 0;
  for (const s of segments) {
    const piece = text.slice(s.start, s.end);
    table.push({ joined: at, orig: s.start, len: piece.length });
    parts.push(piece);
    at += piece.length + 2;
  }
  const joined = parts.join('\n\n');
  const toOrig = (pos: number): number | null => {
    let lo = 0;
    let hi = table.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const row = table[mid]!;
      if (pos < row.joined) hi = mid - 1;
      else if (pos > row.joined + row.len) lo = mid + 1;
      else return row.orig + (pos - row.joined);
    }
    return null;
  };

  const doc = nlp(joined);
  const collect = (matches: JsonMatch[], category: NlpCategory) => {
    for (const m of matches) {
      if (!m.offset) continue;
      const s = toOrig(m.offset.start);
      const e = toOrig(m.offset.start + m.offset.length);
      if (s === null || e === null) continue;
      const [start, end] = trimSpan(text, s, e);
      if (end > start) spans.push({ start, end, category });
    }
  };
  collect(doc.people().json({ offset: true }) as JsonMatch[], 'person');
  collect(doc.organizations().json({ offset: true }) as JsonMatch[], 'organisation');
  collect(doc.places().json({ offset: true }) as JsonMatch[], 'place');

  const sentences = doc.json({ offset: true, terms: { tags: true, offset: true } }) as JsonMatch[];
  for (const s of sentences) {
    for (const t of s.terms ?? []) {
      if (!t.offset || !t.tags) continue;
      const cat = categoryOfTags(t.tags);
      if (!cat) continue;
      const o = toOrig(t.offset.start);
      const e = toOrig(t.offset.start + t.offset.length);
      if (o === null || e === null) continue;
      const [start, end] = trimSpan(text, o, e);
      if (end > start) wordTags.set(start, cat);
    }
  }
  return { spans, wordTags };
}
