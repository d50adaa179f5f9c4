/**
 * Finding typed words in an article's text (client/src/core/ingest/find-words):
 * the keyboard's way to choose the words of a claim to mark.
 */
import { enoughToFind, findWords, markableWords } from '../../../client/src/core/ingest';

const TEXT =
  'Zelensky said on Monday that Pyongyang had sent 12,000 troops.\n' +
  'That tactic has likely cost North Korea between 1,000 and 4,000 casualties – a toll\n' +
  'Pyongyang cannot sustain. “We will not stop,” the minister’s aide wrote. Pyongyang denied it.';

const words = (spans: [number, number][], text = TEXT) => spans.map(([s, e]) => text.slice(s, e));

test('words typed as they are in the text are found at their offsets', () => {
  const spans = findWords(TEXT, 'likely cost North Korea');
  expect(spans).toEqual([
    [TEXT.indexOf('likely cost'), TEXT.indexOf('North Korea') + 'North Korea'.length],
  ]);
});

test('case, quote and dash styles, apostrophes and line breaks do not stop a match', () => {
  // Typed with straight quotes, a hyphen, a plain apostrophe and one space for the line break.
  expect(words(findWords(TEXT, 'casualties - a TOLL pyongyang'))).toEqual([
    'casualties – a toll\nPyongyang',
  ]);
  expect(words(findWords(TEXT, '"We will not stop," the minister\'s aide'))).toEqual([
    '“We will not stop,” the minister’s aide',
  ]);
  // Extra spaces typed around and between the words.
  expect(words(findWords(TEXT, '  between   1,000  and 4,000 '))).toEqual([
    'between 1,000 and 4,000',
  ]);
});

test('diacritics are ignored both ways', () => {
  const text = 'Zelenskyy met Kuleba in Kyiv; Zélensky said the talks went well.';
  expect(words(findWords(text, 'zelensky said'), text)).toEqual(['Zélensky said']);
  expect(words(findWords('Zelensky said so.', 'Zélensky'), 'Zelensky said so.')).toEqual([
    'Zelensky',
  ]);
});

test('every place the words are, in order, none overlapping', () => {
  expect(words(findWords(TEXT, 'pyongyang'))).toEqual(['Pyongyang', 'Pyongyang', 'Pyongyang']);
  const starts = findWords(TEXT, 'Pyongyang').map(([s]) => s);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  expect(findWords('aaaa aaaa', 'aaa')).toEqual([
    [0, 3],
    [5, 8],
  ]);
});

test('too little to search, or words not in the text, find nothing', () => {
  expect(findWords(TEXT, '')).toEqual([]);
  expect(findWords(TEXT, '   ')).toEqual([]);
  expect(findWords(TEXT, 'a ')).toEqual([]);
  expect(findWords(TEXT, 'th')).toEqual([]);
  expect(findWords(TEXT, 'Kim Jong Un said')).toEqual([]);
  // Spaces do not count: what the box says it needs.
  expect(enoughToFind('a b')).toBe(false);
  expect(enoughToFind('a b c')).toBe(true);
});

test('part of a word found is widened to whole words when marked', () => {
  const [span] = findWords(TEXT, 'ely cost North Kor');
  expect(span).toBeDefined();
  const marked = markableWords(TEXT, ...span!);
  expect(marked && TEXT.slice(...marked)).toBe('likely cost North Korea');
});
