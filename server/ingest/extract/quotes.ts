/**
 * Quotations in double quotation marks, straight or curly, paired within a paragraph.
 * Single quotation marks are left alone: ’ is far more often an apostrophe.
 */

export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (the paragraph end when the quote is not closed). */
  close: number;
  /** The quoted words: [start, end) between the marks, trimmed. */
  start: number;
  end: number;
  closed: boolean;
  words: number;
}

function makeQuote(text: string, open: number, close: number, closed: boolean): Quote {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const words = (text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return { open, close, start, end, closed, words };
}

export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    let open = -1;
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (c === '“') {
        if (open < 0) open = i;
      } else if (c === '”') {
        if (open >= 0) {
          out.push(makeQuote(text, open, i, true));
          open = -1;
        }
      } else if (c === '"') {
        if (open < 0) open = i;
        else {
          out.push(makeQuote(text, open, i, true));
          open = -1;
        }
      }
    }
    // A quotation that runs on into the next paragraph is left open at the line end.
    if (open >= 0 && to - open > 1) out.push(makeQuote(text, open, to, false));
  }
  return out;
}
