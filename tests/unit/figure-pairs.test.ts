import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { indexFigures } from '../../server/domain/claim-disputes';
import { FIGURE_PAIR_CSV_COLUMNS, figurePairsCsv } from '../../server/domain/figure-pairs-csv';
import { figurePairsOf } from '../../server/domain/figure-pairs';
import {
  disagreementOf,
  findDisagreementsCapped,
  pairAt,
  WIDEST_PER_MEASURE,
  type ComparedPoint,
} from '../../server/domain/figures';
import type { ReportedIn } from '../../server/domain/reported-in';
import { claimIds, figureGraph } from '../support/figure-graphs';

describe('the figure pairs of a list of claims', () => {
  it("are /api/figures' pairs with a listed claim on a side, in its order, each once", () => {
    const asked = figureGraph.chain((points) =>
      fc.record({
        points: fc.constant(points),
        view: fc.subarray(claimIds(points)),
        order: fc.constantFrom('first' as const, 'widest' as const),
        measure: fc.constantFrom(null, 'nk_troops_deployed', 'other'),
        limit: fc.integer({ min: 1, max: 12 }),
      }),
    );
    fc.assert(
      fc.property(asked, ({ points, view, order, measure, limit }) => {
        const inView = new Set(view);
        // The graph's list, every pair, on copies (it marks the points it pairs).
        const all = findDisagreementsCapped(
          points.map((p) => ({ ...p })),
          Number.POSITIVE_INFINITY,
          { order },
        ).keys;
        const expected = all.filter((key) => {
          const { a, b } = pairAt(points, key);
          return (
            (measure === null || a.measure === measure) &&
            (inView.has(a.claimId) || inView.has(b.claimId))
          );
        });
        // Asked twice and in another order: the same answer.
        const got = figurePairsOf(indexFigures(points), [...view].reverse().concat(view), {
          measure,
          order,
          limit,
        });
        expect(got.total).toBe(expected.length);
        expect(got.keys).toEqual(expected.slice(0, limit));
      }),
      { numRuns: 400 },
    );
  });

  it('with every claim listed, are the graph’s first pairs exactly', () => {
    fc.assert(
      fc.property(
        figureGraph,
        fc.constantFrom('first' as const, 'widest' as const),
        (points, order) => {
          const graph = findDisagreementsCapped(
            points.map((p) => ({ ...p })),
            5,
            { order },
          );
          const got = figurePairsOf(indexFigures(points), claimIds(points), {
            measure: null,
            order,
            limit: 5,
            widestPerMeasure: WIDEST_PER_MEASURE,
          });
          expect(got.total).toBe(graph.total);
          expect(got.keys).toEqual(graph.keys);
          expect(got.byMeasure).toEqual(graph.byMeasure);
          // Each measure's widest: the same pairs, named alike, ties in the same order.
          const named = (keys: number[]) => keys.map((k) => disagreementOf(pairAt(points, k)));
          expect(
            Object.fromEntries(
              Object.entries(got.widestByMeasure).map(([m, keys]) => [m, named(keys)]),
            ),
          ).toEqual(graph.widest);
          // Naming fewer than are kept lists the first of them, and keeps the same keys.
          const fewer = findDisagreementsCapped(
            points.map((p) => ({ ...p })),
            5,
            { order, named: 2 },
          );
          expect(fewer.keys).toEqual(graph.keys);
          expect(fewer.list).toEqual(graph.list.slice(0, 2));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the figure pairs CSV table', () => {
  const at = (claimId: string, speaker: string, f: Partial<ComparedPoint>): ComparedPoint => ({
    claimId,
    speaker: { id: `act-${speaker.toLowerCase()}`, name: speaker },
    date: '2024-11-01',
    asOf: null,
    measure: 'nk_troops_deployed',
    unit: 'persons',
    disagrees: false,
    ...f,
  });
  const reported = new Map<string, ReportedIn>([
    [
      'clm-blinken',
      {
        excerpt: 'Blinken said 8,000 North Korean soldiers',
        source: { id: 'src-a', title: 'Briefing', outlet: 'State Dept' },
        relayedFrom: null,
      },
    ],
    [
      'clm-intel',
      {
        excerpt: '=about 3,000 infantry',
        source: { id: 'src-b', title: 'Digest', outlet: null },
        relayedFrom: { id: 'src-c', title: 'Original report', outlet: 'Reuters' },
      },
    ],
  ]);

  it('names each side: figure as stated and as numbers, date, source, relay and excerpt', async () => {
    const points = [
      at('clm-blinken', 'Blinken', { value: 8000, asOf: '2024-10-31' }),
      at('clm-intel', 'Intel', { value: 3000, qualifier: 'about' }),
      at('clm-zero', 'Nobody', { low: 10000, qualifier: 'over' }),
    ];
    const csv = await figurePairsCsv(
      [pairAt(points, 1), { ...pairAt(points, 2), b: points[2]!, factor: null }],
      reported,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...FIGURE_PAIR_CSV_COLUMNS]);
    expect(rows[0]).toMatchObject({
      measure: 'nk_troops_deployed',
      unit: 'persons',
      factor: '2.67',
      claim_a_id: 'clm-blinken',
      claim_a_speaker_id: 'act-blinken',
      claim_a_speaker: 'Blinken',
      claim_a_figure: '8,000',
      claim_a_low: '8000',
      claim_a_high: '8000',
      claim_a_date: '2024-10-31',
      claim_a_source_id: 'src-a',
      claim_a_source: 'Briefing',
      claim_a_outlet: 'State Dept',
      claim_a_relayed_from: '',
      claim_a_excerpt: 'Blinken said 8,000 North Korean soldiers',
      claim_b_figure: 'about 3,000',
      claim_b_date: '2024-11-01',
      claim_b_relayed_from_id: 'src-c',
      claim_b_relayed_from: 'Original report (Reuters)',
      // A cell a spreadsheet would run as a formula is escaped.
      claim_b_excerpt: "'=about 3,000 infantry",
    });
    // Unbounded above, of no known source, and one side 0: empty cells, not "Infinity".
    expect(rows[1]).toMatchObject({
      factor: '',
      claim_b_figure: 'over 10,000',
      claim_b_low: '10000',
      claim_b_high: '',
      claim_b_source_id: '',
      claim_b_excerpt: '',
    });
  });
});
