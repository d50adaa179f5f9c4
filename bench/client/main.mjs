/* global window, document, location, fetch, performance, requestAnimationFrame, setTimeout, PerformanceObserver, URLSearchParams */
// The client benchmark page. It loads a given graph (?graph=URL, serialized
// graphology JSON as the API sends it) through the client's own pipeline:
// DatasetGraph → applyFilters → syncDisplay → GraphCanvas (sigma, the app's node program and
// reducers) → LayoutController (ForceAtlas2 in a web worker, then noverlap),
// and measures what bench/client-bench.ts reads from window.__bench.
import { MultiDirectedGraph } from 'graphology';
import { syncDisplay } from '../../client/src/core/display';
import { applyFilters, DEFAULT_FILTERS } from '../../client/src/core/filters';
import { DatasetGraph } from '../../client/src/core/graph';
import { LayoutController } from '../../client/src/core/layout';
import { Store } from '../../client/src/core/state';
import { GraphCanvas } from '../../client/src/views/graph-canvas';

const state = {
  done: false,
  error: null,
  firstFrameMs: null,
  firstFrameDrawnMs: null,
  parsedMs: null,
  canvasMs: null,
  loadedMs: null,
  nodes: 0,
  edges: 0,
  phases: [],
  longTasks: [],
  renders: [],
};
window.__bench = state;

new PerformanceObserver((list) => {
  for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, ms: e.duration });
}).observe({ type: 'longtask', buffered: true });

function frames(ms) {
  return new Promise((resolve) => {
    const end = performance.now() + ms;
    const tick = () => (performance.now() >= end ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });
}

async function main() {
  const params = new URLSearchParams(location.search);
  // In the order of client/src/app.ts: the graph is asked for, the canvas is
  // built on the empty display graph, then the graph is loaded into it.
  const request = fetch(params.get('graph') ?? '/graph.json').then((res) => res.json());
  const dataset = new DatasetGraph();
  const display = new MultiDirectedGraph({ allowSelfLoops: true });
  const store = new Store({
    selected: null,
    hovered: null,
    highlight: null,
    panel: null,
    tab: 'info',
    filters: {},
    filtersOpen: false,
    measure: null,
    path: null,
    cypher: null,
    disputed: new Map(),
  });
  const noop = async () => {};
  const ctx = {
    display,
    dataset,
    store,
    filtered: () => applyFilters(dataset.graph, DEFAULT_FILTERS),
    actions: { select: noop, expand: noop, openPanel: () => {} },
  };
  const container = document.getElementById('graph');
  const canvas = new GraphCanvas(container, ctx, () => {});
  state.canvasMs = performance.now();
  window.__canvas = canvas;
  // Diagnostics only (bench/client-bench.ts --client-variants): what the app's settings cost.
  for (const [name, value] of params) {
    if (name.startsWith('set.')) canvas.sigma.setSetting(name.slice(4), JSON.parse(value));
  }
  canvas.sigma.on('afterRender', () => {
    if (display.order === 0) return;
    const now = performance.now();
    if (state.firstFrameMs === null) {
      state.firstFrameMs = now;
      // Drawn: the GPU has finished that frame (a fence, polled without blocking).
      const poll = () => {
        if (canvas.readyForFrame()) state.firstFrameDrawnMs = performance.now();
        else setTimeout(poll, 2);
      };
      setTimeout(poll, 0);
    }
    state.renders.push(now);
  });
  const data = await request;
  state.parsedMs = performance.now();
  dataset.load(data, 'overview');
  // As the app's recompute does on a load: the default filters, then the display.
  canvas.batch(() => syncDisplay(display, applyFilters(dataset.graph, DEFAULT_FILTERS)));
  state.nodes = display.order;
  state.edges = display.size;
  state.loadedMs = performance.now();
  // The first frame, as the app draws it before any layout.
  await frames(50);
  while (state.firstFrameDrawnMs === null) await frames(10);

  // Wired as client/src/app.ts wires it.
  const layout = new LayoutController(display, canvas);
  layout.onPhase((phase) => state.phases.push({ phase, at: performance.now() }));
  const report = await layout.run({
    movable: null,
    ...(params.has('layoutMs') ? { maxMs: Number(params.get('layoutMs')) } : {}),
  });
  state.layout = report;
  canvas.fit(false);
  await frames(300);

  // Panning: the camera moves a little every frame, as when dragging the stage.
  const camera = canvas.sigma.getCamera();
  const start = camera.getState();
  const panFrom = performance.now();
  await new Promise((resolve) => {
    const step = () => {
      const t = (performance.now() - panFrom) / 1000;
      camera.setState({ x: start.x + 0.2 * Math.sin(t * 2), y: start.y + 0.2 * Math.cos(t * 2) });
      if (t < 3) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  state.pan = { from: panFrom, to: performance.now() };
  state.done = true;
}

main().catch((err) => {
  state.error = String(err && err.stack ? err.stack : err);
  state.done = true;
});
