import fc from 'fast-check';
import {
  editDistance,
  nameKeys,
  phraseKey,
  tokenKey,
  tokenise,
} from '../../../server/ingest/extract/normalise';
import { splitSentences } from '../../../server/ingest/extract/sentences';
import { findQuotes } from '../../../server/ingest/extract/quotes';

describe('normalisation', () => {
  it('folds the transliterations of Zelensky', () => {
    expect(tokenKey('Zelenskyy')).toBe('zelensky');
    expect(tokenKey('Zelenskiy')).toBe('zelensky');
    expect(tokenKey('Zelensky')).toBe('zelensky');
    expect(tokenKey('ZELENSKYY')).toBe('zelensky');
    expect(tokenKey('Syrskyi')).toBe(tokenKey('Syrsky'));
  });

  it('ignores hyphens and case in names', () => {
    expect(phraseKey('Kim Jong-un')).toBe('kim jong un');
    expect(phraseKey('Kim Jong Un')).toBe('kim jong un');
    expect(phraseKey('KIM JONG-UN')).toBe('kim jong un');
  });

  it('drops possessives, straight or curly', () => {
    expect(phraseKey("South Korea's")).toBe('south korea');
    expect(phraseKey('South Korea’s')).toBe('south korea');
    expect(phraseKey('soldiers’')).toBe('soldiers');
    // but not contractions
    expect(tokenise("it's").map((t) => t.possessive)).toEqual([false]);
  });

  it('keeps a web name in one word, and nothing else a dot joins', () => {
    const raw = (s: string) => tokenise(s).map((t) => t.raw);
    expect(raw('News.bg reports, www.rfa.org says')).toEqual([
      'News.bg',
      'reports',
      ',',
      'www.rfa.org',
      'says',
    ]);
    // An abbreviation, a sentence run on after a dot, a decimal: cut as before.
    expect(raw('U.S. troops')).toEqual(['U', '.', 'S', '.', 'troops']);
    expect(raw('it ended.Then')).toEqual(['it', 'ended', '.', 'Then']);
    expect(raw('1.5 million')).toEqual(['1', '.', '5', 'million']);
  });

  it('ignores diacritics', () => {
    expect(phraseKey('Ramón Pacheco Pardo')).toBe(phraseKey('Ramon Pacheco Pardo'));
    expect(tokenKey('Zelenskÿ')).toBe('zelensky');
  });

  it('drops leading articles and parenthetical notes from names', () => {
    expect(nameKeys('The Kremlin')?.keys).toEqual(['kremlin']);
    expect(nameKeys('Some analysts (unnamed)')?.keys).toEqual(['some', 'analysts']);
    expect(nameKeys('Washington, DC')?.keys).toEqual(['washington', ',', 'dc']);
    expect(phraseKey('U.S.')).toBe('u s');
  });

  it('measures edit distance', () => {
    expect(editDistance('kyiv', 'kiev')).toBe(2);
    expect(editDistance('shoigu', 'shoygu')).toBe(1);
    expect(editDistance('abc', 'xyzuvw', 2)).toBeGreaterThan(2);
  });

  it('gives every token its exact span', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        for (const t of tokenise(s)) {
          expect(s.slice(t.start, t.end)).toBe(t.raw);
          expect(t.fullEnd).toBeGreaterThanOrEqual(t.end);
        }
      }),
    );
  });
});

describe('sentences and quotations', () => {
  it('does not split inside a quotation or after an abbreviation', () => {
    const text =
      '“North Korea is gaining experience. It will not stay in Kursk,” Zelensky told KBS. The U.S. agreed. “It will come back.”';
    const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual([
      '“North Korea is gaining experience. It will not stay in Kursk,” Zelensky told KBS.',
      'The U.S. agreed.',
      '“It will come back.”',
    ]);
  });

  it('pairs straight and curly quotation marks, not apostrophes', () => {
    const text = 'He said "yes, we will." Russia’s view: “no.”';
    const q = findQuotes(text).map((x) => text.slice(x.start, x.end));
    expect(q).toEqual(['yes, we will.', 'no.']);
  });
});
