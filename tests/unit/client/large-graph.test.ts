/**
 * How a large graph is drawn and laid out: the draw mode by size, the edge
 * overlay, crowded node sizes, the layout's position mirror, and when the
 * layout tells the renderer that positions settled.
 */
import { MultiDirectedGraph } from 'graphology';
import { crowdScale, labelSizeThreshold, nodeDisplay } from '../../../client/src/core/appearance';
import {
  FULL_DRAW,
  LARGE_GRAPH_EDGES,
  drawModeFor,
  edgeOverlay,
  reduceEdge,
  reduceNode,
  type Focus,
} from '../../../client/src/core/display';
import { LayoutController } from '../../../client/src/core/layout';
import { PositionMirror } from '../../../client/src/core/layout/position-mirror';

const edge = { size: 1, color: '#cbd5e1', label: '', relType: 'SAID', type: 'arrow' };

describe('draw mode', () => {
  test('edges lose their arrowheads only above the large-graph threshold', () => {
    expect(drawModeFor(LARGE_GRAPH_EDGES).simpleEdges).toBe(false);
    expect(drawModeFor(LARGE_GRAPH_EDGES + 1).simpleEdges).toBe(true);
  });

  test('out of focus, a large graph draws plain lines; in focus, arrows with their colour', () => {
    const large = drawModeFor(20_000);
    expect(reduceEdge('e1', edge, null, large).type).toBe('line');
    expect(reduceEdge('e1', edge, null, FULL_DRAW)).toBe(edge);
    const focus: Focus = { nodes: new Set(['a', 'b']), edges: new Set(['e1']), center: 'a' };
    const focused = reduceEdge('e1', edge, focus, large);
    expect(focused.type).toBe('arrow');
    expect(focused.label).toBe('said');
    const dimmed = reduceEdge('e2', edge, focus, large);
    expect(dimmed.type).toBe('line');
    expect(dimmed.color).not.toBe(edge.color);
    // The data handed in is never changed.
    expect(edge.type).toBe('arrow');
  });

  test('nothing to overlay gives no overlay and no copy', () => {
    expect(edgeOverlay('e1', edge, null, FULL_DRAW)).toBeNull();
    const node = { size: 5, color: '#000', label: 'x' };
    const state = {
      selected: null,
      hovered: null,
      highlight: null,
      narrowed: null,
      disputed: new Set<string>(),
    };
    expect(reduceNode('n', node, null, state)).toBe(node);
    const selected = reduceNode('n', node, null, { ...state, selected: 'n' });
    expect(selected).not.toBe(node);
    expect(selected.highlighted).toBe(true);
    expect(node).toEqual({ size: 5, color: '#000', label: 'x' });
  });
});

describe('crowded graphs', () => {
  test('nodes keep their size up to 2,000 and shrink to at most 0.45', () => {
    expect(crowdScale(165)).toBe(1);
    expect(crowdScale(2000)).toBe(1);
    expect(crowdScale(4000)).toBeCloseTo(Math.SQRT1_2, 5);
    expect(crowdScale(10_000)).toBe(0.45);
    expect(crowdScale(1_000_000)).toBe(0.45);
    const a = { category: 'Actor' as const, kind: 'person', name: 'A', x: 0, y: 0 };
    const full = nodeDisplay('a', a, 3, 10, false);
    expect(nodeDisplay('a', a, 3, 10, false, 0.5).size).toBeCloseTo(full.size / 2, 5);
  });

  test('the label threshold shrinks with the nodes: the same nodes are labelled at any size', () => {
    expect(labelSizeThreshold(165)).toBe(9);
    expect(labelSizeThreshold(2000)).toBe(9);
    expect(labelSizeThreshold(10_000)).toBe(4);
    const actor = { category: 'Actor' as const, kind: 'state', name: 'A', x: 0, y: 0 };
    const claim = { category: 'Claim' as const, name: 'C', x: 0, y: 0 };
    const max = 400;
    const labelled = (n: number, a: typeof actor | typeof claim, degree: number) =>
      nodeDisplay('a', a, degree, max, false, crowdScale(n)).size >= labelSizeThreshold(n);
    for (const n of [3000, 5000, 10_000, 50_000]) {
      // The hub is labelled in the overview of any graph; the least linked entity and claims are not.
      expect(labelled(n, actor, max)).toBe(true);
      expect(labelled(n, actor, 0)).toBe(false);
      expect(labelled(n, claim, max)).toBe(false);
      // Every entity labelled in a small graph is in a crowded one too.
      for (let degree = 0; degree <= max; degree += 1) {
        if (labelled(100, actor, degree)) expect(labelled(n, actor, degree)).toBe(true);
      }
    }
  });
});

describe('position mirror', () => {
  function graph() {
    const g = new MultiDirectedGraph();
    g.addNode('a', { x: 0, y: 0, size: 4, label: 'A', color: '#111' });
    g.addNode('b', { x: 1, y: 1, size: 6, label: 'B', color: '#222' });
    g.addEdgeWithKey('e1', 'a', 'b', { relType: 'SAID' });
    g.addEdgeWithKey('e2', 'a', 'b', { relType: 'ABOUT' });
    return g;
  }

  test('the copy carries positions, sizes and links (parallel edges once), nothing else', () => {
    const g = graph();
    g.addNode('c', { x: 2, y: 2, size: 1 });
    g.addEdgeWithKey('e3', 'b', 'c', { relType: 'SAID' });
    const m = new PositionMirror(g, { readyForFrame: () => true });
    expect(m.shadow.order).toBe(3);
    expect(m.shadow.size).toBe(2);
    expect(m.shadow.hasEdge('a', 'b') && m.shadow.hasEdge('b', 'c')).toBe(true);
    expect(m.shadow.getNodeAttributes('b')).toEqual({ x: 1, y: 1, size: 6 });
  });

  test('built a slice per task, the copy is the one built at once', async () => {
    const g = graph();
    g.addNode('c', { x: 2, y: 2, size: 1 });
    g.addEdgeWithKey('e3', 'b', 'c', { relType: 'SAID' });
    let tasks = 0;
    const sliced = await PositionMirror.build(
      g,
      { readyForFrame: () => true },
      { slice: 1, nextTask: async () => void tasks++ },
    );
    const whole = new PositionMirror(g, { readyForFrame: () => true });
    const copy = (m: PositionMirror) => ({
      nodes: m.shadow.export().nodes,
      links: m.shadow.mapEdges((_e, _a, source, target) => `${source}>${target}`),
    });
    expect(copy(sliced!)).toEqual(copy(whole));
    expect(copy(whole).links).toEqual(['a>b', 'b>c']);
    expect(tasks).toBe(2 + 3); // nodes after the first slice, then each of 3 links
  });

  test('a sliced build skips what the graph lost meanwhile, and stops when cancelled', async () => {
    const g = graph();
    g.addNode('c', { x: 2, y: 2, size: 1 });
    g.addEdgeWithKey('e3', 'b', 'c', { relType: 'SAID' });
    const host = { readyForFrame: () => true };
    // 'c' is dropped once the first slice (a, b) is copied: nor it nor its link are.
    const lost = await PositionMirror.build(g, host, {
      slice: 2,
      nextTask: async () => {
        if (g.hasNode('c')) g.dropNode('c');
      },
    });
    expect(lost!.shadow.nodes()).toEqual(['a', 'b']);
    expect(lost!.shadow.size).toBe(1);
    let calls = 0;
    const cancelled = await PositionMirror.build(g, host, {
      slice: 1,
      nextTask: async () => void calls++,
      cancelled: () => calls > 0,
    });
    expect(cancelled).toBeNull();
  });

  test('flush copies moved positions back, once, and skips nodes the graph lost', () => {
    const g = graph();
    const m = new PositionMirror(g, { readyForFrame: () => true });
    let updates = 0;
    g.on('eachNodeAttributesUpdated', () => updates++);
    m.flush();
    expect(updates).toBe(0); // nothing moved yet
    m.shadow.updateEachNodeAttributes((_n, a) => ({ ...a, x: a.x + 10, y: a.y - 1 }));
    g.dropNode('a');
    m.flush();
    expect(updates).toBe(1);
    expect(g.getNodeAttributes('b')).toMatchObject({ x: 11, y: 0, label: 'B' });
    m.flush();
    expect(updates).toBe(1); // no change since: no update
  });

  test('with a host that re-reads positions, copies go in place with a notice, no event', () => {
    const g = graph();
    let moved = 0;
    let events = 0;
    const m = new PositionMirror(g, { readyForFrame: () => true, positionsMoved: () => moved++ });
    g.on('eachNodeAttributesUpdated', () => events++);
    const frames: (() => void)[] = [];
    const raf = globalThis.requestAnimationFrame;
    const caf = globalThis.cancelAnimationFrame;
    globalThis.requestAnimationFrame = (fn: FrameRequestCallback) => frames.push(() => fn(0));
    globalThis.cancelAnimationFrame = () => {};
    try {
      m.start();
      m.shadow.updateEachNodeAttributes((_n, a) => ({ ...a, x: a.x + 5 }));
      frames.shift()!(); // one frame: copied in place
      expect(moved).toBe(1);
      expect(events).toBe(0);
      expect(g.getNodeAttribute('a', 'x')).toBe(5);
      frames.shift()!(); // nothing moved since: nothing copied
      expect(moved).toBe(1);
      m.shadow.updateEachNodeAttributes((_n, a) => ({ ...a, y: 7 }));
      m.stop(); // copies the last positions
      expect(moved).toBe(2);
      expect(events).toBe(0);
      expect(g.getNodeAttributes('b')).toMatchObject({ x: 6, y: 7 });
    } finally {
      globalThis.requestAnimationFrame = raf;
      globalThis.cancelAnimationFrame = caf;
    }
  });
});

describe('layout controller', () => {
  test('a layout cancelled before it moved anything tells the host once that positions settled', async () => {
    const g = new MultiDirectedGraph();
    for (let i = 0; i < 5; i++) g.addNode(`n${i}`, { x: i, y: i % 2, size: 3 });
    for (let i = 1; i < 5; i++) g.addEdge('n0', `n${i}`);
    let settled = 0;
    const layout = new LayoutController(g, {
      readyForFrame: () => true,
      unitsPerPixel: () => 1,
      positionsSettled: () => settled++,
    });
    const run = layout.run(); // its worker would start in the next task
    expect(settled).toBe(0);
    layout.cancel();
    await expect(run).resolves.toMatchObject({ stoppedBy: 'cancelled' });
    expect(settled).toBe(1);
    layout.cancel(); // nothing running: nothing to settle
    expect(settled).toBe(1);
  });
});
