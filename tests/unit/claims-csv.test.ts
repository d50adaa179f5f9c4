import { parse } from 'csv-parse/sync';
import { CLAIM_CSV_COLUMNS, claimsCsv, figureCell } from '../../server/domain/claims-csv';
import type { ClaimJson } from '../../server/domain/claims';
import { csvFileName } from '../../server/routes/claims';

const claim = (over: Partial<ClaimJson> = {}): ClaimJson => ({
  id: 'clm-1',
  text: 'Zelensky said 3,800 were killed or wounded.',
  quote: false,
  cue: 'said',
  date: '2025-01-12',
  dateBasis: 'stated',
  note: null,
  figures: [],
  speaker: { id: 'act-zelensky', name: 'Volodymyr Zelensky', kind: 'person' },
  about: [
    { id: 'unit-nk', name: 'North Korean contingent', category: 'Unit' },
    { id: 'place-kursk', name: 'Kursk region', category: 'Place' },
  ],
  source: {
    id: 'src-1',
    title: 'ISW: "North Korean POWs", day 2',
    outlet: 'Fakti',
    publishedDate: '2025-01-12',
    url: 'https://example.org/a?b=1,2',
  },
  excerpt: 'Zelensky said that "3,800 of the 12,000"\nwere killed or wounded',
  start: 10,
  end: 72,
  ...over,
});

const rowsOf = (csv: string) =>
  parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('claims as CSV', () => {
  it('gives one row per claim under a header, commas, quotes and line breaks kept in their cells', () => {
    const csv = claimsCsv([claim(), claim({ id: 'clm-2', note: 'Year from context.' })], new Set());
    expect(csv.startsWith('\ufeffclaim_id,date,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('\ufeff' + CLAIM_CSV_COLUMNS.join(','));
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      claim_id: 'clm-1',
      date: '2025-01-12',
      date_basis: 'stated',
      speaker_id: 'act-zelensky',
      speaker: 'Volodymyr Zelensky',
      cue: 'said',
      quote: 'no',
      statement: 'Zelensky said 3,800 were killed or wounded.',
      // By name: the graph keeps no order among a claim's subjects.
      about: 'Kursk region; North Korean contingent',
      about_ids: 'place-kursk; unit-nk',
      figures: '',
      disputed: '',
      excerpt: 'Zelensky said that "3,800 of the 12,000"\nwere killed or wounded',
      excerpt_start: '10',
      excerpt_end: '72',
      source_id: 'src-1',
      source_title: 'ISW: "North Korean POWs", day 2',
      outlet: 'Fakti',
      published: '2025-01-12',
      source_url: 'https://example.org/a?b=1,2',
      note: '',
    });
    expect(rows[1]!.note).toBe('Year from context.');
  });

  it('says whether a claim with figures is disputed, and leaves it empty without figures', () => {
    const figures = [{ measure: 'nk_casualties', unit: 'persons', value: 3800, text: '3,800' }];
    const rows = rowsOf(
      claimsCsv(
        [claim({ id: 'a', figures }), claim({ id: 'b', figures }), claim({ id: 'c', quote: true })],
        new Set(['a', 'c']),
      ),
    );
    expect(rows.map((r) => [r.claim_id, r.disputed, r.quote])).toEqual([
      ['a', 'yes', 'no'],
      ['b', 'no', 'no'],
      ['c', '', 'yes'],
    ]);
  });

  it('writes figures as plain numbers, with ranges, hedges and as-of dates', () => {
    expect(figureCell({ measure: 'nk_casualties', unit: 'persons', value: 3800, text: '' })).toBe(
      'nk_casualties: 3800 persons',
    );
    expect(
      figureCell({
        measure: 'nk_troops_deployed',
        unit: 'persons',
        low: 10000,
        high: 12000,
        qualifier: 'about',
        asOf: '2024-11',
        text: '',
      }),
    ).toBe('nk_troops_deployed: about 10000-12000 persons (as of 2024-11)');
  });

  it('escapes cells a spreadsheet would run as a formula; offsets stay numbers', () => {
    const csv = claimsCsv(
      [claim({ text: '=HYPERLINK("http://evil.example","x")', note: '@SUM(A1)', start: 0 })],
      new Set(),
    );
    const [row] = rowsOf(csv);
    expect(row!.statement).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row!.note).toBe(`'@SUM(A1)`);
    expect(row!.excerpt_start).toBe('0');
  });

  it('names the file after its filters', () => {
    expect(csvFileName({ speaker: 'act-zelensky' })).toBe('claims-act-zelensky.csv');
    expect(csvFileName({ about: 'place-kursk', from: '2024-11-01' })).toBe(
      'claims-about-place-kursk-2024-11-01-to-end.csv',
    );
    expect(csvFileName({ source: 'src-1', to: '2025-01-31' })).toBe(
      'claims-in-src-1-start-to-2025-01-31.csv',
    );
    expect(csvFileName({})).toBe('claims.csv');
  });
});
