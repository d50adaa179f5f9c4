import { parse } from 'csv-parse/sync';
import {
  CLAIM_CSV_COLUMNS,
  claimsCsv,
  contradictionsOf,
  corroboratedBy,
  DISPUTED_BY_SHOWN,
  figureCell,
  withRecorded,
} from '../../server/domain/claims-csv';
import { comparedPoints } from '../../server/domain/figures';
import { indexFigures } from '../../server/domain/claim-disputes';
import type { ClaimJson } from '../../server/domain/claims';
import { CSV_ROWS } from '../../server/http/send-table';
import { BY_IDS_CAP, csvFileName } from '../../server/routes/claims';
import { CLAIMS_BY_IDS_MAX, CLAIMS_CSV_MAX } from '../../client/src/core/api';

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
  relayedFrom: null,
  excerpt: 'Zelensky said that "3,800 of the 12,000"\nwere killed or wounded',
  start: 10,
  end: 72,
  ...over,
});

const rowsOf = (csv: string) =>
  parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('claims as CSV', () => {
  it('gives one row per claim under a header, commas, quotes and line breaks kept in their cells', async () => {
    const csv = await claimsCsv(
      [claim(), claim({ id: 'clm-2', note: 'Year from context.' })],
      new Map(),
    );
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
      disputed: 'no',
      disputed_by: '',
      corroborated_by: '',
      excerpt: 'Zelensky said that "3,800 of the 12,000"\nwere killed or wounded',
      excerpt_start: '10',
      excerpt_end: '72',
      source_id: 'src-1',
      source_title: 'ISW: "North Korean POWs", day 2',
      outlet: 'Fakti',
      published: '2025-01-12',
      source_url: 'https://example.org/a?b=1,2',
      relayed_from_id: '',
      relayed_from: '',
      note: '',
    });
    expect(rows[1]!.note).toBe('Year from context.');
  });

  it('names the report a claim is relayed from, with its outlet and date when known', async () => {
    const relayed = async (relayedFrom: ClaimJson['relayedFrom']) =>
      rowsOf(await claimsCsv([claim({ relayedFrom })], new Map()))[0]!;
    expect(
      await relayed({
        id: 'src-briefing',
        title: 'Blinken briefing',
        outlet: 'United States government',
        publishedDate: '2024-10-31',
      }),
    ).toMatchObject({
      relayed_from_id: 'src-briefing',
      relayed_from: 'Blinken briefing (United States government, 2024-10-31)',
    });
    expect(
      await relayed({ id: 'src-csis', title: 'CSIS piece', outlet: null, publishedDate: null }),
    ).toMatchObject({ relayed_from_id: 'src-csis', relayed_from: 'CSIS piece' });
  });

  it('says whether a claim is disputed, and by which figures', async () => {
    const fig = (value: number) => [{ measure: 'nk_casualties', unit: 'persons', value, text: '' }];
    const speaker = (id: string) => ({ id, name: id.toUpperCase(), kind: 'person' });
    const claims = [
      claim({ id: 'a', figures: fig(3800), speaker: speaker('x') }),
      claim({ id: 'b', figures: fig(3800), speaker: speaker('y') }),
      claim({ id: 'c', figures: fig(12000), speaker: speaker('z'), date: '2025-01-20' }),
      claim({ id: 'd', quote: true }),
    ];
    const contradictions = contradictionsOf(
      indexFigures(comparedPoints(claims, null)),
      new Set(['a', 'b', 'c', 'd']),
    );
    const rows = rowsOf(await claimsCsv(claims, contradictions));
    expect(rows.map((r) => [r.claim_id, r.disputed, r.disputed_by, r.quote])).toEqual([
      ['a', 'yes', 'nk_casualties: Z: 12,000 (2025-01-20), 3.2× apart [c]', 'no'],
      ['b', 'yes', 'nk_casualties: Z: 12,000 (2025-01-20), 3.2× apart [c]', 'no'],
      [
        'c',
        'yes',
        'nk_casualties: X: 3,800 (2025-01-12), 3.2× apart [a]; nk_casualties: Y: 3,800 (2025-01-12), 3.2× apart [b]',
        'no',
      ],
      ['d', 'no', '', 'yes'],
    ]);
    // Only the claims asked about are described; the others still count against them.
    expect([
      ...contradictionsOf(indexFigures(comparedPoints(claims, null)), new Set(['c'])).keys(),
    ]).toEqual(['c']);
  });

  it(`names ${DISPUTED_BY_SHOWN} contradicting figures at most, then counts the rest`, async () => {
    const fig = (value: number) => [{ measure: 'nk_casualties', unit: 'persons', value, text: '' }];
    const others = Array.from({ length: DISPUTED_BY_SHOWN + 3 }, (_, i) =>
      claim({
        id: `o${i}`,
        figures: fig(10000),
        speaker: { id: `s${i}`, name: `S${i}`, kind: null },
      }),
    );
    const own = claim({ id: 'own', figures: fig(100) });
    const cell = rowsOf(
      await claimsCsv(
        [own],
        contradictionsOf(indexFigures(comparedPoints([own, ...others], null)), new Set(['own'])),
      ),
    )[0]!.disputed_by!;
    const parts = cell.split('; ');
    expect(parts).toHaveLength(DISPUTED_BY_SHOWN + 1);
    expect(parts.at(-1)).toBe('and 3 more');
  });

  it('names and counts a figure stated twice once, on either side', () => {
    const fig = (value: number) => ({ measure: 'nk_casualties', unit: 'persons', value, text: '' });
    // The own claim states 100 twice; of the others, o0 states its figure twice.
    const own = claim({ id: 'own', figures: [fig(100), fig(100)] });
    const others = Array.from({ length: DISPUTED_BY_SHOWN + 2 }, (_, i) =>
      claim({
        id: `o${i}`,
        figures: i === 0 ? [fig(9000), fig(9000)] : [fig(1000 + 500 * i)],
        speaker: { id: `s${i}`, name: `S${i}`, kind: null },
      }),
    );
    const found = contradictionsOf(
      indexFigures(comparedPoints([own, ...others], null)),
      new Set(['own', 'o0']),
    );
    // Twelve other figures: the ten widest named, each once, and two counted.
    const { against, more } = found.get('own')!;
    expect(against).toHaveLength(DISPUTED_BY_SHOWN);
    expect(new Set(against).size).toBe(DISPUTED_BY_SHOWN);
    expect(against[0]).toBe('nk_casualties: S0: 9,000 (2025-01-12), 90× apart [o0]');
    expect(more).toBe(2);
    // o0's 9,000 meets the own 100 once: stating each figure once would name
    // and count the same.
    const o0 = found.get('o0')!;
    expect(o0.against.filter((t) => t.endsWith('[own]'))).toEqual([
      'nk_casualties: Volodymyr Zelensky: 100 (2025-01-12), 90× apart [own]',
    ]);
    const stated = (c: ClaimJson) => claim({ ...c, figures: c.figures.slice(0, 1) });
    const onceEach = contradictionsOf(
      indexFigures(comparedPoints([stated(own), ...others.map(stated)], null)),
      new Set(['own', 'o0']),
    );
    expect(found).toEqual(onceEach);
  });

  it('names the widest apart first, whatever their dates, and counts the narrower', () => {
    const fig = (value: number) => [{ measure: 'nk_casualties', unit: 'persons', value, text: '' }];
    // Thirteen figures against the own 100, dated so that date order is not
    // width order: o0 (earliest) is the narrowest, o12 the widest.
    const values = Array.from({ length: DISPUTED_BY_SHOWN + 3 }, (_, i) => 1000 + 500 * i);
    const others = values.map((v, i) =>
      claim({
        id: `o${i}`,
        figures: fig(v),
        date: `2025-01-${String(10 + ((i * 7) % 13)).padStart(2, '0')}`,
        speaker: { id: `s${i}`, name: `S${i}`, kind: null },
      }),
    );
    const own = claim({ id: 'own', figures: fig(100), date: '2025-01-15' });
    const { against, more } = contradictionsOf(
      indexFigures(comparedPoints([own, ...others], null)),
      new Set(['own']),
    ).get('own')!;
    const named = against.map((t) => /\[(o\d+)\]$/.exec(t)![1]);
    expect(named).toEqual(
      Array.from({ length: DISPUTED_BY_SHOWN }, (_, i) => `o${values.length - 1 - i}`),
    );
    expect(against[0]).toBe('nk_casualties: S12: 7,000 (2025-01-16), 70× apart [o12]');
    expect(more).toBe(3);
  });

  it('puts recorded contradictions first, on either end of the pair, within the same cap', async () => {
    const fig = (value: number) => [{ measure: 'nk_casualties', unit: 'persons', value, text: '' }];
    const said = (id: string, text: string, speaker: string) => ({
      id,
      text,
      date: null,
      speaker: { id: `act-${speaker}`, name: speaker },
      source: null,
      relayedFrom: null,
    });
    const recorded = (a: ReturnType<typeof said>, b: ReturnType<typeof said>) => ({
      claims: [a.id, b.id] as [string, string],
      note: 'n',
      origin: 'seed',
      reason: 'r',
      recordedAt: null,
      editedAt: null,
      a,
      b,
    });
    const denial = said('den', 'It denies.', 'Russia');
    const capture = said('cap', 'Two were captured.', 'Zelensky');
    const others = Array.from({ length: DISPUTED_BY_SHOWN }, (_, i) =>
      claim({
        id: `o${i}`,
        figures: fig(10000),
        speaker: { id: `s${i}`, name: `S${i}`, kind: null },
      }),
    );
    const own = claim({ id: 'cap', figures: fig(100) });
    const plain = claim({ id: 'den' });
    const ids = new Set(['cap', 'den']);
    const byFigures = contradictionsOf(indexFigures(comparedPoints([own, ...others], null)), ids);
    const rows = rowsOf(
      await claimsCsv([own, plain], withRecorded(byFigures, [recorded(denial, capture)], ids)),
    );
    const cap = rows[0]!.disputed_by!.split('; ');
    expect(cap[0]).toBe('contradicts Russia: It denies. [den]');
    expect(cap.slice(1, DISPUTED_BY_SHOWN)).toEqual(
      byFigures.get('cap')!.against.slice(0, DISPUTED_BY_SHOWN - 1),
    );
    expect(cap.at(-1)).toBe('and 1 more');
    expect(rows[1]).toMatchObject({
      claim_id: 'den',
      disputed: 'yes',
      disputed_by: 'contradicts Zelensky: Two were captured. [cap]',
    });
    // A claim not asked about is left out, and nothing recorded leaves the figures as they were.
    expect([
      ...withRecorded(new Map(), [recorded(denial, capture)], new Set(['den'])).keys(),
    ]).toEqual(['den']);
    expect(withRecorded(byFigures, [], ids)).toEqual(byFigures);

    // Recorded corroborations name the other claim, either way round, in their own column.
    const pulled = said('pul', 'Pulled from the front.', 'Zelensky');
    const withdrawn = said('wdr', 'Withdrawn from the front.', 'Unattributed');
    const quiet = said('qui', 'No combat since January.', 'Agency');
    const corroborations = corroboratedBy(
      [recorded(withdrawn, pulled), recorded(quiet, withdrawn)],
      new Set(['wdr', 'qui']),
    );
    expect([...corroborations.keys()].sort()).toEqual(['qui', 'wdr']);
    const table = rowsOf(
      await claimsCsv(
        [claim({ id: 'wdr' }), claim({ id: 'qui' }), claim({ id: 'pul' })],
        new Map(),
        corroborations,
      ),
    );
    expect(table.map((r) => [r.claim_id, r.corroborated_by, r.disputed])).toEqual([
      [
        'wdr',
        'Zelensky: Pulled from the front. [pul]; Agency: No combat since January. [qui]',
        'no',
      ],
      ['qui', 'Unattributed: Withdrawn from the front. [wdr]', 'no'],
      // Not asked about: its cell stays empty.
      ['pul', '', 'no'],
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

  it('escapes cells a spreadsheet would run as a formula; offsets stay numbers', async () => {
    const csv = await claimsCsv(
      [claim({ text: '=HYPERLINK("http://evil.example","x")', note: '@SUM(A1)', start: 0 })],
      new Map(),
    );
    const [row] = rowsOf(csv);
    expect(row!.statement).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row!.note).toBe(`'@SUM(A1)`);
    expect(row!.excerpt_start).toBe('0');
  });

  it("the explorer's caps are the server's", () => {
    expect(CLAIMS_CSV_MAX).toBe(CSV_ROWS);
    expect(CLAIMS_BY_IDS_MAX).toBe(BY_IDS_CAP);
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
    expect(csvFileName({ speaker: 'act-x', offset: 10_000 })).toBe(
      'claims-act-x-from-row-10001.csv',
    );
    expect(csvFileName({ speaker: 'act-x', offset: 0 })).toBe('claims-act-x.csv');
  });
});
