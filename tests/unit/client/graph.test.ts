import {
  DatasetGraph,
  expansionToken,
  extent,
  nextPageSize,
  parseExpansionToken,
  ringPositions,
  treePositions,
} from '../../../client/src/core/graph';
import { edge, graph, node, overview } from './fixtures';

function loaded(): DatasetGraph {
  const d = new DatasetGraph();
  d.load(overview());
  return d;
}

describe('DatasetGraph', () => {
  test('load puts every node somewhere finite and keeps the API attributes', () => {
    const d = loaded();
    expect(d.graph.order).toBe(9);
    expect(d.graph.size).toBe(8);
    d.graph.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
    });
    expect(d.graph.getNodeAttribute('act-russia', 'kind')).toBe('state');
    expect(d.canUndo).toBe(false);
  });

  test('expand adds neighbours near the expanded node; collapse takes exactly them back', () => {
    const d = loaded();
    d.graph.updateEachNodeAttributes((n, a) => ({ ...a, x: n === 'place-kursk' ? 1000 : 0, y: 0 }));
    const before = { nodes: d.graph.nodes().sort(), edges: d.graph.edges().sort() };
    const r = d.expand(
      'place-kursk',
      graph(
        [
          node('place-kursk', 'Place', 'region'),
          node('unit-nk', 'Unit', 'contingent'),
          node('act-russia', 'Actor', 'state'),
        ],
        [
          edge('e9', 'unit-nk', 'place-kursk', 'DEPLOYED_TO'),
          edge('e10', 'place-kursk', 'act-russia', 'LOCATED_IN'),
        ],
      ),
    );
    expect(r.addedNodes).toEqual(['unit-nk']);
    expect(r.addedEdges.sort()).toEqual(['e10', 'e9']);
    expect(d.isExpanded('place-kursk')).toBe(true);
    // Placed near its parent (x = 1000), not near the others (x = 0).
    expect(Math.abs(d.graph.getNodeAttribute('unit-nk', 'x') - 1000)).toBeLessThan(500);

    const removed = d.collapse('place-kursk');
    expect(removed).toEqual(['unit-nk']);
    expect(d.graph.nodes().sort()).toEqual(before.nodes);
    expect(d.graph.edges().sort()).toEqual(before.edges);
    expect(d.isExpanded('place-kursk')).toBe(false);
  });

  test('collapse cascades through nodes that were expanded in turn, but keeps nodes with another origin', () => {
    const d = loaded();
    d.expand(
      'act-zelensky',
      graph(
        [node('act-zelensky', 'Actor', 'person'), node('act-a', 'Actor', 'person')],
        [edge('x1', 'act-zelensky', 'act-a', 'ALLIED_WITH')],
      ),
    );
    d.expand(
      'act-a',
      graph(
        [
          node('act-a', 'Actor', 'person'),
          node('act-b', 'Actor', 'person'),
          node('act-russia', 'Actor', 'state'),
        ],
        [
          edge('x2', 'act-a', 'act-b', 'ALLIED_WITH'),
          edge('x3', 'act-a', 'act-russia', 'ALLIED_WITH'),
        ],
      ),
    );
    expect(d.graph.hasNode('act-b')).toBe(true);
    const removed = d.collapse('act-zelensky');
    expect(removed.sort()).toEqual(['act-a', 'act-b']);
    expect(d.graph.hasNode('act-russia')).toBe(true);
    expect(d.expanded).toEqual([]);
  });

  test('undo restores the previous topology but keeps current positions', () => {
    const d = loaded();
    d.expand(
      'act-russia',
      graph(
        [node('act-russia', 'Actor', 'state'), node('act-putin', 'Actor', 'person')],
        [edge('p1', 'act-putin', 'act-russia', 'LEADS')],
      ),
    );
    d.setPositions([['act-russia', { x: 42, y: 43 }]]);
    d.collapse('act-russia');
    expect(d.graph.hasNode('act-putin')).toBe(false);
    expect(d.undoLabel).toBe('collapse act-russia');
    d.undo();
    expect(d.graph.hasNode('act-putin')).toBe(true);
    expect(d.isExpanded('act-russia')).toBe(true);
    expect(d.graph.getNodeAttribute('act-russia', 'x')).toBe(42);
    d.undo();
    expect(d.graph.hasNode('act-putin')).toBe(false);
    expect(d.undo()).toBeNull();
  });

  test('hide records an undo step; unhideAll shows all again', () => {
    const d = loaded();
    d.hide(['act-russia', 'nope']);
    expect([...d.hidden]).toEqual(['act-russia']);
    d.undo();
    expect(d.hidden.size).toBe(0);
    d.hide(['act-russia']);
    d.unhideAll();
    expect(d.hidden.size).toBe(0);
  });

  test('merge keeps the union of attributes and emits a change', () => {
    const d = loaded();
    const changes: string[] = [];
    d.onChange((c) => changes.push(c.reason));
    d.merge(
      graph([node('act-russia', 'Actor', 'state', { description: 'The Russian state' })]),
      'cypher:1',
    );
    expect(d.graph.getNodeAttribute('act-russia', 'description')).toBe('The Russian state');
    expect(d.graph.getNodeAttribute('act-russia', 'degree')).toBe(9);
    expect(changes).toEqual(['merge cypher:1']);
    d.removeOrigin('cypher:1');
    // Still there: it came with the overview too.
    expect(d.graph.hasNode('act-russia')).toBe(true);
  });

  test('truncation reported by the API is passed on', () => {
    const d = loaded();
    const r = d.expand(
      'act-zelensky',
      graph([node('act-zelensky', 'Actor', 'person')], [], {
        truncated: true,
        omitted: { nodes: 12, edges: 30 },
      }),
    );
    expect(r.truncated).toBe(true);
    expect(r.omitted).toEqual({ nodes: 12, edges: 30 });
  });
});

describe('expansions by type and by page', () => {
  // Russia's ALLIED_WITH links, a page of two at a time out of five.
  const allies = (keys: string[], nextOffset: number | null, left: number) =>
    graph(
      [node('act-russia', 'Actor', 'state'), ...keys.map((k) => node(k, 'Actor', 'state'))],
      keys.map((k) => edge(`al-${k}`, 'act-russia', k, 'ALLIED_WITH')),
      { truncated: left > 0, omitted: { nodes: 0, edges: left }, nextOffset },
    );

  test('a typed expansion pages on, and taking it back removes every page', () => {
    const d = loaded();
    const before = d.graph.nodes().sort();
    d.expand('act-russia', allies(['act-a', 'act-b'], 2, 3), { type: 'ALLIED_WITH' });
    expect(d.isExpanded('act-russia')).toBe(false);
    expect(d.isExpanded('act-russia', 'ALLIED_WITH')).toBe(true);
    expect(d.expansion('act-russia', 'ALLIED_WITH')).toMatchObject({
      pages: 1,
      next: 2,
      remaining: 3,
    });
    expect(d.expanded).toEqual(['act-russia*ALLIED_WITH']);
    d.expandMore('act-russia', allies(['act-c', 'act-d'], 4, 1), 'ALLIED_WITH');
    expect(d.expansion('act-russia', 'ALLIED_WITH')).toMatchObject({ pages: 2, next: 4 });
    expect(nextPageSize(d.expansion('act-russia', 'ALLIED_WITH')!)).toBe(1);
    d.expandMore('act-russia', allies(['act-e'], null, 0), 'ALLIED_WITH');
    expect(d.expansion('act-russia', 'ALLIED_WITH')).toMatchObject({
      pages: 3,
      next: null,
      remaining: 0,
    });
    expect(d.expanded).toEqual(['act-russia*ALLIED_WITH*3']);
    expect(d.undoLabel).toBe('bring in more allied with of act-russia');

    const removed = d.takeBack('act-russia', 'ALLIED_WITH');
    expect(removed.sort()).toEqual(['act-a', 'act-b', 'act-c', 'act-d', 'act-e']);
    expect(d.graph.nodes().sort()).toEqual(before);
    expect(d.expanded).toEqual([]);
    // Undo brings back all three pages and where the next would start.
    d.undo();
    expect(d.graph.hasNode('act-e')).toBe(true);
    expect(d.expansion('act-russia', 'ALLIED_WITH')).toMatchObject({ pages: 3, next: null });
    d.undo();
    expect(d.graph.hasNode('act-e')).toBe(false);
    expect(d.expansion('act-russia', 'ALLIED_WITH')).toMatchObject({ pages: 2, next: 4 });
  });

  test('collapse takes back every expansion of the node; takeBack only the one named', () => {
    const d = loaded();
    d.expand('act-russia', allies(['act-a'], null, 0), { type: 'ALLIED_WITH' });
    d.expand(
      'act-russia',
      graph(
        [node('act-russia', 'Actor', 'state'), node('act-putin', 'Actor', 'person')],
        [edge('p1', 'act-putin', 'act-russia', 'LEADS')],
      ),
    );
    // The node's own expansions are no reason for it to stay.
    d.takeBack('act-russia', null);
    expect(d.graph.hasNode('act-putin')).toBe(false);
    expect(d.graph.hasNode('act-a')).toBe(true);
    expect(d.graph.hasNode('act-russia')).toBe(true);
    d.expand('act-a', allies([], null, 0), { type: 'FIGHTS_AGAINST' });
    const removed = d.collapse('act-russia');
    // act-a goes, and with it its own expansion.
    expect(removed).toEqual(['act-a']);
    expect(d.expanded).toEqual([]);
  });

  test('the next page is as big as the pages before it, at most what is left', () => {
    expect(nextPageSize({ next: 60, pages: 1, remaining: 61_310 })).toBe(60);
    expect(nextPageSize({ next: 120, pages: 2, remaining: 7 })).toBe(7);
    expect(nextPageSize({ next: null, pages: 4, remaining: 0 })).toBe(0);
  });

  test('expansion tokens survive a round trip and refuse what is not one', () => {
    for (const e of [
      { id: 'act-russia', type: null, pages: 1, depth: 1 },
      { id: 'act-russia', type: 'ALLIED_WITH', pages: 1, depth: 1 },
      { id: 'src-x.y:1', type: null, pages: 12, depth: 1 },
      { id: 'act-russia', type: 'SAID', pages: 3, depth: 1 },
      { id: 'src-new', type: null, pages: 1, depth: 2 },
      { id: 'src-new', type: 'REPORTED_IN', pages: 1, depth: 3 },
    ]) {
      expect(parseExpansionToken(expansionToken(e))).toEqual(e);
    }
    expect(expansionToken({ id: 'a', type: 'SAID', pages: 2, depth: 1 })).toBe('a*SAID*2');
    expect(expansionToken({ id: 'a', type: null, pages: 1, depth: 2 })).toBe('a*d2');
    // Links written before depths were: depth 1.
    expect(parseExpansionToken('a*SAID*2')).toEqual({ id: 'a', type: 'SAID', pages: 2, depth: 1 });
    for (const bad of [
      '',
      'a*said',
      'a*0',
      'a*SAID*1000',
      'a b',
      'a*SAID*2*3',
      'a~SAID',
      'a*d1',
      'a*d4',
      'a*d2*2',
      'a*D2',
    ])
      expect([bad, parseExpansionToken(bad)]).toEqual([bad, null]);
  });
});

describe('placement helpers', () => {
  test('ringPositions spreads points around the centre within the radius', () => {
    const pts = ringPositions(10, 20, 12, 50);
    expect(pts).toHaveLength(12);
    for (const p of pts) expect(Math.hypot(p.x - 10, p.y - 20)).toBeLessThanOrEqual(50.0001);
    expect(new Set(pts.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(12);
  });

  test('extent of nothing is empty', () => {
    expect(extent([]).size).toBe(0);
    expect(
      extent([
        { x: 0, y: 0 },
        { x: 4, y: 1 },
      ]).size,
    ).toBe(4);
  });

  test('treePositions starts linked nodes next to each other', () => {
    // Two stars of 40 leaves each, and one node linked to nothing.
    const keys = ['a', 'b', 'lonely'];
    const links: { source: string; target: string }[] = [];
    for (let i = 0; i < 40; i++) {
      keys.push(`a${i}`, `b${i}`);
      links.push({ source: 'a', target: `a${i}` }, { source: `b${i}`, target: 'b' });
    }
    const pos = treePositions(keys, links, 0, 0, 100);
    expect(pos.size).toBe(keys.length);
    for (const p of pos.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    const d = (u: string, v: string) =>
      Math.hypot(pos.get(u)!.x - pos.get(v)!.x, pos.get(u)!.y - pos.get(v)!.y);
    const hubs = d('a', 'b');
    for (let i = 0; i < 40; i++) {
      expect(d('a', `a${i}`)).toBeLessThan(hubs / 2);
      expect(d('b', `b${i}`)).toBeLessThan(hubs / 2);
    }
    // Leaves of a star are spread, not stacked.
    expect(
      new Set(keys.map((k) => `${pos.get(k)!.x.toFixed(3)},${pos.get(k)!.y.toFixed(3)}`)).size,
    ).toBe(keys.length);
    // The same input gives the same picture.
    expect(treePositions(keys, links, 0, 0, 100)).toEqual(pos);
  });

  test('a fresh load starts each node next to the node it is linked to', () => {
    const d = new DatasetGraph();
    const nodes = [node('zelensky', 'Actor', 'person'), node('isw', 'Actor', 'organisation')];
    const edges = [];
    for (let i = 0; i < 30; i++) {
      nodes.push(node(`z${i}`, 'Claim', null), node(`i${i}`, 'Claim', null));
      edges.push(
        edge(`ez${i}`, 'zelensky', `z${i}`, 'SAID'),
        edge(`ei${i}`, 'isw', `i${i}`, 'SAID'),
      );
    }
    d.load(graph(nodes, edges), 'overview');
    const dist = (u: string, v: string) => {
      const [a, b] = [d.graph.getNodeAttributes(u), d.graph.getNodeAttributes(v)];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    for (let i = 0; i < 30; i++) {
      expect(dist(`z${i}`, 'zelensky')).toBeLessThan(dist(`z${i}`, 'isw'));
      expect(dist(`i${i}`, 'isw')).toBeLessThan(dist(`i${i}`, 'zelensky'));
    }
  });
});
