import './dom-stub';
import { scalarAttributes, toGexf, toJson } from '../../../client/src/core/export/utils';
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
