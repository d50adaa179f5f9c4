import { formatFactor } from '../../../client/src/core/format';
import type { Claim, Disagreement, Dispute } from '../../../client/src/core/api/types';
import {
  cueOf,
  dateKey,
  disagreementIndex,
  disagreementsHeading,
  figureWhen,
  formatDate,
  figureLabel,
  figureWords,
  formatFigure,
  groupBySource,
  measureLabel,
  recordedWhen,
  contradictionMatches,
  segmentText,
  isWebUrl,
  sourceHref,
  sourceTitle,
  sourceWords,
  speakerSeries,
  timeExtent,
  whenLabel,
} from '../../../client/src/core/claims';
import { nextPageLabel } from '../../../client/src/views/dom';
import { claimFixture } from './fixtures';

const claim = (
  id: string,
  sourceId: string,
  date: string | null,
  start = 0,
  publishedDate: string | null = null,
): Claim =>
  claimFixture({
    id,
    date,
    start,
    end: start + 1,
    source: { id: sourceId, title: `Title ${sourceId}`, outlet: null, publishedDate, url: null },
  });

describe('segmentText', () => {
  test('cuts at span boundaries and rebuilds the text exactly', () => {
    const text = 'Zelensky said that 3,800 were killed. Russia denied it.';
    const segs = segmentText(text, [
      { id: 'a', start: 0, end: 37 },
      { id: 'b', start: 19, end: 24 },
      { id: 'c', start: 38, end: 55 },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.text === '3,800')?.claims.sort()).toEqual(['a', 'b']);
    expect(segs.find((s) => s.text === 'Russia denied it.')?.claims).toEqual(['c']);
    expect(segs.find((s) => s.text === ' ')?.claims).toEqual([]);
  });

  test('clips spans outside the text and ignores empty ones', () => {
    const segs = segmentText('abc', [
      { id: 'x', start: -5, end: 1 },
      { id: 'y', start: 2, end: 99 },
      { id: 'z', start: 2, end: 2 },
    ]);
    expect(segs).toEqual([
      { text: 'a', start: 0, end: 1, claims: ['x'] },
      { text: 'b', start: 1, end: 2, claims: [] },
      { text: 'c', start: 2, end: 3, claims: ['y'] },
    ]);
  });

  test('no spans: one plain segment', () => {
    expect(segmentText('hello', [])).toEqual([{ text: 'hello', start: 0, end: 5, claims: [] }]);
  });
});

describe('sourceWords', () => {
  it('names the outlet, else the title, and the report it is relayed from', () => {
    const fakti = { title: 'Fakti: ISW on North Korean POWs', outlet: 'Fakti' };
    expect(sourceWords(fakti, null)).toBe('Fakti');
    expect(sourceWords(fakti, { title: 'News.bg report', outlet: 'News.bg' })).toBe(
      'Fakti, from News.bg',
    );
    expect(
      sourceWords({ title: 'GZERO piece', outlet: null }, { title: 'KBS interview', outlet: null }),
    ).toBe('GZERO piece, from KBS interview');
  });
});

describe('sourceTitle and isWebUrl', () => {
  it('titles a source in full, with the report it is relayed from', () => {
    expect(sourceTitle({ title: 'Fakti piece' }, null)).toBe('Fakti piece');
    expect(sourceTitle({ title: 'Fakti piece' }, { title: 'News.bg report' })).toBe(
      'Fakti piece, relayed from “News.bg report”',
    );
  });

  it('takes http and https addresses only, whole', () => {
    expect(isWebUrl('https://www.rfa.org/english/a.html')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'https://',
      'https://a b',
      'ftp://x.org',
      'www.rfa.org',
    ])
      expect(isWebUrl(bad)).toBe(false);
  });
});

describe('sourceHref', () => {
  it('links http and https addresses only', () => {
    expect(sourceHref('https://www.rfa.org/english/news/korea/a.html')).toBe(
      'https://www.rfa.org/english/news/korea/a.html',
    );
    expect(sourceHref(' HTTP://example.org/x ')).toBe('HTTP://example.org/x');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>',
      'ftp://x',
      'www.rfa.org',
      '',
      null,
      undefined,
    ])
      expect(sourceHref(bad)).toBeNull();
  });
});

describe('grouping and formatting', () => {
  test('the disagreements heading gives the total when the API listed only the first', () => {
    expect(disagreementsHeading(3, 3)).toBe('Where sources disagree (3)');
    expect(disagreementsHeading(2000, 123456)).toBe(
      'Where sources disagree (123,456; the first 2,000 listed)',
    );
    expect(disagreementsHeading(2000, 123456, 'widest')).toBe(
      'Where sources disagree (123,456; the widest apart 2,000 listed)',
    );
    expect(disagreementsHeading(3, 3, 'widest')).toBe('Where sources disagree (3)');
  });

  test('claims grouped by source, sources and claims by date, undated last', () => {
    const groups = groupBySource([
      claim('c3', 'src-b', null, 5, '2025-01'),
      claim('c1', 'src-a', '2024-11', 0, '2024'),
      claim('c2', 'src-b', '2025-01-02', 9, '2025-01'),
    ]);
    expect(groups.map((g) => g.source.id)).toEqual(['src-a', 'src-b']);
    expect(groups[1]!.claims.map((c) => c.id)).toEqual(['c2', 'c3']);
    expect(dateKey(null)).toBeGreaterThan(dateKey('2100'));
  });

  test('dates read as people write them', () => {
    expect(formatDate('2025-01-12')).toBe('12 Jan 2025');
    expect(formatDate('2024-10')).toBe('Oct 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate(null)).toBe('undated');
  });

  test("an analyst's contradiction says when it was recorded and reworded, in the analyst's zone; the seed's says nothing", () => {
    expect(recordedWhen({ recordedAt: '2026-12-04T18:31:02.512Z' }, 'UTC')).toEqual({
      text: 'recorded 4 Dec 2026',
      title: 'Recorded 4 Dec 2026, 18:31 UTC',
    });
    expect(
      recordedWhen({ recordedAt: '2026-11-30T09:00:00Z', editedAt: '2026-12-04T18:31:02Z' }, 'UTC'),
    ).toEqual({
      text: 'recorded 30 Nov 2026, reworded 4 Dec 2026',
      title: 'Recorded 30 Nov 2026, 09:00 UTC; reworded 4 Dec 2026, 18:31 UTC',
    });
    // The analyst's own day: late evening in Kyiv is already the next day there.
    expect(recordedWhen({ recordedAt: '2026-12-04T22:40:00Z' }, 'Europe/Kyiv')).toEqual({
      text: 'recorded 5 Dec 2026',
      title: 'Recorded 5 Dec 2026, 00:40 GMT+2',
    });
    expect(recordedWhen({})).toBeNull();
  });

  test('a contradiction matches what an analyst types: every word, anywhere in the pair, any case or accent', () => {
    const k = {
      reason: 'Russia vs Volodymyr Zelensky: Moscow denies it',
      note: 'Moscow denies it',
      a: {
        text: 'Russia denies that North Korean soldiers fight.',
        speaker: { id: 'act-russia', name: 'Russia' },
      },
      b: {
        text: 'Zelensky announced two North Korean soldiers captured in Kursk.',
        speaker: { id: 'act-zelensky', name: 'Volodymyr Zelensky' },
      },
    };
    expect(contradictionMatches(k, '')).toBe(true);
    expect(contradictionMatches(k, '  ')).toBe(true);
    expect(contradictionMatches(k, 'zelensky')).toBe(true);
    expect(contradictionMatches(k, 'KURSK moscow')).toBe(true);
    expect(contradictionMatches(k, 'Kúrsk')).toBe(true);
    expect(contradictionMatches(k, 'kursk Pyongyang')).toBe(false);
    expect(contradictionMatches({ ...k, b: { ...k.b, speaker: null } }, 'Volodymyr')).toBe(true);
    expect(
      contradictionMatches({ ...k, reason: 'x', b: { ...k.b, speaker: null } }, 'Volodymyr'),
    ).toBe(false);
  });

  test('a claim without a reporting verb reads "said"', () => {
    expect(cueOf({ ...claim('c1', 's1', null), cue: 'claimed' })).toBe('claimed');
    expect(cueOf({ ...claim('c1', 's1', null), cue: null })).toBe('said');
  });

  test('figures: values, ranges, qualifiers and units', () => {
    expect(formatFigure({ value: 12000, unit: 'persons' })).toBe('12,000');
    expect(formatFigure({ low: 20000, high: 25000, unit: 'persons' })).toBe('20,000–25,000');
    expect(formatFigure({ value: 40, unit: 'percent', qualifier: 'about' })).toBe('about 40 %');
    expect(formatFigure({ value: 50, unit: 'km' })).toBe('50 km');
    expect(formatFigure({ low: 3, unit: 'persons_per_day' })).toBe('≥ 3 persons per day');
    expect(measureLabel('nk_troops_deployed')).toBe('NK troops deployed');
  });

  test('names a figure by its measure, or in its own words when it has no known measure', () => {
    const f = { unit: 'persons', value: 8000, text: '8,000 North Korean troops' };
    expect(figureLabel({ ...f, measure: 'nk_troops_deployed' })).toBe('NK troops deployed: 8,000');
    expect(
      figureLabel({ measure: 'other', unit: 'ratio', value: 6, text: 'outnumbered six times' }),
    ).toBe('“outnumbered six times”');
    // without its words, by its amount
    expect(figureLabel({ measure: 'other', unit: 'hours', value: 8 })).toBe('Other: 8 hours');
    // the amount alone, where the measure is named around it (the figures view's table)
    expect(figureWords({ ...f, measure: 'nk_troops_deployed' })).toBe('8,000');
    expect(figureWords({ measure: 'other', unit: 'hours', value: 8, text: 'eight hours' })).toBe(
      '“eight hours”',
    );
  });

  test('says how far apart two figures are', () => {
    expect(formatFactor(8000 / 3000)).toBe('2.7× apart');
    expect(formatFactor(3)).toBe('3× apart');
    expect(formatFactor(1.04)).toBe('1.04× apart');
    expect(formatFactor(1.001)).toBe('1.01× apart');
    expect(formatFactor(9.96)).toBe('10× apart');
    expect(formatFactor(1234.4)).toBe('1,234× apart');
    expect(formatFactor(null)).toBe('one of them 0');
  });

  test('disagreement index lists each claim’s disputes, figures and recorded contradictions', () => {
    const figures: Disagreement[] = [
      { measure: 'm', claims: ['a', 'b'], sides: ['a: 1', 'b: 2'], reason: 'r1', factor: 2 },
    ];
    const recorded: Dispute[] = [{ claims: ['a', 'c'], reason: 'r2' }];
    const idx = disagreementIndex([...figures, ...recorded]);
    expect(idx.get('a')?.map((d) => d.reason)).toEqual(['r1', 'r2']);
    expect(idx.get('c')).toHaveLength(1);
    expect(idx.has('d')).toBe(false);
  });
});

describe('the figures chart at scale', () => {
  const said = (counts: Record<string, number>) =>
    Object.entries(counts).flatMap(([name, n]) =>
      Array.from({ length: n }, () => ({ speaker: { name } })),
    );

  test('gives the speakers with most figures a series each, and the rest one', () => {
    const figures = said({ Ann: 1, Bob: 5, Cy: 3, Di: 3, Ed: 2 });
    expect(speakerSeries(figures, 2)).toEqual({ own: ['Bob', 'Cy'], others: ['Di', 'Ed', 'Ann'] });
    // One speaker more than the colours: no "1 other speaker" series.
    expect(speakerSeries(figures, 4)).toEqual({
      own: ['Bob', 'Cy', 'Di', 'Ed', 'Ann'],
      others: [],
    });
    expect(speakerSeries([], 10)).toEqual({ own: [], others: [] });
  });

  test('labels the next page of a long list with what is left', () => {
    expect(nextPageLabel(2_911, 200, 'figure')).toBe('Show 200 more (2,911 figures not shown)');
    expect(nextPageLabel(1, 200, 'disagreement')).toBe('Show 1 more (1 disagreement not shown)');
  });
});

describe('when a figure holds', () => {
  test('a date given only to the year or the month spans it whole, plotted at its middle', () => {
    const year = figureWhen({ asOf: null, date: '2025' })!;
    expect(year).toMatchObject({
      precision: 'year',
      from: Date.UTC(2025, 0, 1),
      to: Date.UTC(2025, 11, 31),
    });
    expect(year.mid).toBe((Date.UTC(2025, 0, 1) + Date.UTC(2025, 11, 31)) / 2);
    // The as-of date (when the figure holds) wins over the claim's date.
    expect(figureWhen({ asOf: '2024-11', date: '2025-01-12' })).toMatchObject({
      iso: '2024-11',
      precision: 'month',
      from: Date.UTC(2024, 10, 1),
      to: Date.UTC(2024, 10, 30),
    });
    const day = figureWhen({ asOf: null, date: '2025-01-12' })!;
    expect([day.from, day.mid, day.to]).toEqual(Array(3).fill(Date.UTC(2025, 0, 12)));
    expect(figureWhen({ asOf: null, date: null })).toBeNull();
  });

  test('the time axis holds every span whole', () => {
    const whens = ['2024-10-31', '2025', '2024-11'].map((d) =>
      figureWhen({ asOf: null, date: d })!,
    );
    expect(timeExtent(whens)).toEqual([Date.UTC(2024, 9, 31), Date.UTC(2025, 11, 31)]);
    expect(timeExtent([])).toBeNull();
  });

  test('says when the source gives only the month or the year', () => {
    const label = (date: string) => whenLabel(figureWhen({ asOf: null, date })!);
    expect(label('2025')).toBe('2025 (the source gives only the year)');
    expect(label('2024-11')).toBe('Nov 2024 (the source gives only the month)');
    expect(label('2025-01-12')).toBe('12 Jan 2025');
  });
});
