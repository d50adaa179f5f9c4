import {
  applyFilters,
  dateInRange,
  datePrecision,
  dateSpan,
  DEFAULT_FILTERS,
  activeFilterCount,
  toggle,
} from '../../../client/src/core/filters';
import { DatasetGraph } from '../../../client/src/core/graph';
import { edge, graph, node, overview } from './fixtures';

const dataset = () => {
  const d = new DatasetGraph();
  d.load(overview());
  return d;
};

describe('date spans of partial ISO dates', () => {
  test('year, month and day', () => {
    expect(dateSpan('2025')).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 31)]);
    expect(dateSpan('2024-02')).toEqual([Date.UTC(2024, 1, 1), Date.UTC(2024, 1, 29)]);
    expect(dateSpan('2025-01-12')).toEqual([Date.UTC(2025, 0, 12), Date.UTC(2025, 0, 12)]);
    expect(dateSpan(null)).toBeNull();
    expect(dateSpan('soon')).toBeNull();
  });

  test('how precisely a date is given', () => {
    expect(['2025', '2024-11', '2025-01-12', null, 'soon'].map(datePrecision)).toEqual([
      'year',
      'month',
      'day',
      null,
      null,
    ]);
  });

  test('a partial date is in a range when its span overlaps it', () => {
    expect(dateInRange('2025', '2025-06-01', null, true)).toBe(true);
    expect(dateInRange('2024-10', '2024-10-31', '2024-11-30', true)).toBe(true);
    expect(dateInRange('2024-10', '2024-11-01', null, true)).toBe(false);
    expect(dateInRange(null, '2024-11-01', null, true)).toBe(true);
    expect(dateInRange(null, '2024-11-01', null, false)).toBe(false);
    expect(dateInRange('2020', null, null, false)).toBe(true);
  });
});

describe('applyFilters', () => {
  test('default filters keep everything but hidden nodes', () => {
    const d = dataset();
    d.hide(['act-russia']);
    const g = applyFilters(d.graph, DEFAULT_FILTERS, { hidden: d.hidden });
    expect(g.order).toBe(8);
    expect(g.hasNode('act-russia')).toBe(false);
    expect(g.hasEdge('e6')).toBe(false);
  });

  test('filters that leave everything give the dataset graph itself, not a copy', () => {
    const d = dataset();
    expect(applyFilters(d.graph, DEFAULT_FILTERS)).toBe(d.graph);
    // A date range every dated node falls in leaves everything too.
    expect(applyFilters(d.graph, { ...DEFAULT_FILTERS, from: '1900-01-01', undated: true })).toBe(
      d.graph,
    );
    // Anything left out, and it is a graph of its own.
    d.hide(['act-russia']);
    const g = applyFilters(d.graph, DEFAULT_FILTERS, { hidden: d.hidden });
    expect(g).not.toBe(d.graph);
    expect(d.graph.hasNode('act-russia')).toBe(true);
    // Hiding a relation type copies even when it leaves every node.
    const byType = applyFilters(d.graph, { ...DEFAULT_FILTERS, hiddenRels: ['LEADS'] });
    expect(byType).not.toBe(d.graph);
    expect(byType.hasEdge('e7')).toBe(false);
    expect(d.graph.hasEdge('e7')).toBe(true);
  });

  test('kinds and relation types', () => {
    const d = dataset();
    const g = applyFilters(d.graph, {
      ...DEFAULT_FILTERS,
      hiddenKinds: ['claim'],
      hiddenRels: ['LEADS'],
    });
    expect(g.filterNodes((_n, a) => a.category === 'Claim')).toEqual([]);
    expect(g.hasEdge('e7')).toBe(false);
    expect(g.hasEdge('e6')).toBe(true);
    // The dataset graph is not touched.
    expect(d.graph.order).toBe(9);
  });

  test('a source keeps its claims, the relations it supports, and drops entities left without links', () => {
    const d = dataset();
    const g = applyFilters(d.graph, { ...DEFAULT_FILTERS, sources: ['src-a'] });
    expect(g.hasNode('src-a')).toBe(true);
    expect(g.hasNode('src-b')).toBe(false);
    expect(g.hasNode('clm-1')).toBe(true);
    expect(g.hasNode('clm-2')).toBe(false);
    expect(g.hasEdge('e6')).toBe(true); // FIGHTS_AGAINST supported by src-a
    expect(g.hasEdge('e7')).toBe(false); // LEADS supported by src-b only
    expect(g.hasNode('act-zelensky')).toBe(true); // still said clm-1
  });

  test('a cited report keeps the claims relayed from it, wherever they are reported', () => {
    const base = overview();
    const d = new DatasetGraph();
    d.load(
      graph(
        [...base.nodes, node('src-report', 'Source', null, { publishedDate: '2024-10-31' })],
        [...base.edges, edge('e9', 'clm-2', 'src-report', 'RELAYED_FROM')],
      ),
    );
    const g = applyFilters(d.graph, { ...DEFAULT_FILTERS, sources: ['src-report'] });
    expect(g.hasNode('clm-2')).toBe(true); // reported in src-b, relayed from the report
    expect(g.hasNode('clm-1')).toBe(false);
    expect(g.hasEdge('e9')).toBe(true);
  });

  test('a date range filters claims and sources; undated ones follow the option', () => {
    const d = dataset();
    const f = { ...DEFAULT_FILTERS, from: '2025-01-01' };
    const g = applyFilters(d.graph, f);
    expect(g.hasNode('clm-1')).toBe(true);
    expect(g.hasNode('clm-2')).toBe(false);
    expect(g.hasNode('src-b')).toBe(false);
    expect(g.hasNode('clm-3')).toBe(true);
    expect(applyFilters(d.graph, { ...f, undated: false }).hasNode('clm-3')).toBe(false);
  });

  test('pinned nodes stay whatever the filters say', () => {
    const d = dataset();
    const g = applyFilters(
      d.graph,
      { ...DEFAULT_FILTERS, hiddenKinds: ['claim'] },
      { pinned: new Set(['clm-2']) },
    );
    expect(g.hasNode('clm-2')).toBe(true);
    expect(g.hasNode('clm-1')).toBe(false);
  });

  test('bookkeeping helpers', () => {
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, hiddenKinds: ['claim'], to: '2025' })).toBe(2);
    expect(toggle(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggle(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggle(['a'], 'a', true)).toEqual(['a']);
  });
});
