import './dom-stub';
import {
  claimsCsvSaved,
  figurePairsCsvSaved,
  placesCsvSaved,
  scalarAttributes,
  toGexf,
  toJson,
} from '../../../client/src/core/export/utils';
import { DatasetGraph } from '../../../client/src/core/graph';
import { overview } from './fixtures';

describe('export', () => {
  test('GEXF has every node with label, attributes and viz; lists become text', () => {
    const d = new DatasetGraph();
    d.load(overview());
    d.graph.setNodeAttribute('act-russia', 'aliases', ['Moscow', 'Russian Federation']);
    const xml = toGexf(d.graph, (n) => ({ color: '#7c3aed', size: 7, x: 1, y: 2, label: n }));
    expect(xml).toContain('<gexf');
    expect((xml.match(/<node /g) ?? []).length).toBe(9);
    expect(xml).toContain('Moscow; Russian Federation');
    expect(xml).toContain('viz:color');
    expect(scalarAttributes({ a: [1, 2], b: { c: 1 }, x: 1, n: null })).toEqual({
      a: '1; 2',
      b: '{"c":1}',
    });
  });

  test('JSON holds the graph and the view', () => {
    const d = new DatasetGraph();
    d.load(overview());
    const doc = JSON.parse(toJson(d.graph, { selected: 'act-russia' }));
    expect(doc.view.selected).toBe('act-russia');
    expect(doc.graph.nodes).toHaveLength(9);
  });
});

describe('claimsCsvSaved', () => {
  const file = (rows: number, total: number) => ({ fileName: 'claims.csv', rows, total });

  test('a whole table says how many claims it holds', () => {
    expect(claimsCsvSaved(file(1, 1))).toBe('Saved 1 claim to claims.csv.');
    expect(claimsCsvSaved(file(16, 16))).toBe('Saved 16 claims to claims.csv.');
    expect(claimsCsvSaved(file(40, 40), 40)).toBe('Saved 40 claims to claims.csv.');
  });

  test('a first page of a filter says how many more there are and how to get them', () => {
    expect(claimsCsvSaved(file(10_000, 12_345))).toBe(
      'Saved the first 10,000 of 12,345 claims by date to claims.csv; ' +
        '/api/claims.csv?offset= pages through the rest.',
    );
  });

  test('a view with more claims than a table holds says that some were left out', () => {
    const said = claimsCsvSaved(file(10_000, 10_000), 12_001);
    expect(said).toMatch(/^Saved 10,000 of the 12,001 claims in view to claims\.csv; /);
    expect(said).toContain('a table holds at most 10,000');
  });
});

describe('figurePairsCsvSaved', () => {
  const file = (rows: number, total: number) => ({ fileName: 'pairs.csv', rows, total });

  test('a whole table says how many pairs it holds', () => {
    expect(figurePairsCsvSaved(file(1, 1), 'widest')).toBe('Saved 1 pair of figures to pairs.csv.');
    expect(figurePairsCsvSaved(file(3, 3), 'date')).toBe('Saved 3 pairs of figures to pairs.csv.');
  });

  test('a first page says which pairs it holds, of how many, and how to get the rest', () => {
    expect(figurePairsCsvSaved(file(10_000, 16_794_198), 'widest')).toBe(
      'Saved the 10,000 widest apart of 16,794,198 pairs of figures to pairs.csv; ' +
        '/api/figures.csv?offset= pages through the rest.',
    );
    expect(figurePairsCsvSaved(file(10_000, 10_001), 'date')).toMatch(
      /^Saved the 10,000 first by date of 10,001 pairs of figures/,
    );
  });
});

describe('placesCsvSaved', () => {
  test('says how many places the table holds, and which when it holds the first of more', () => {
    const file = (rows: number, total: number) => ({ fileName: 'places.csv', rows, total });
    expect(placesCsvSaved(file(1, 1))).toBe('Saved 1 place to places.csv.');
    expect(placesCsvSaved(file(16, 16))).toBe('Saved 16 places to places.csv.');
    expect(placesCsvSaved(file(5_000, 6_200))).toBe(
      'Saved the 5,000 places with most claims, of 6,200, to places.csv.',
    );
  });
});
