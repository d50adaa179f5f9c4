/**
 * Wires the pipeline: dataset graph → filtered graph → display graph (sigma),
 * the UI store, the URL, the layout and the views.
 */
import { MultiDirectedGraph } from 'graphology';
import {
  ApiClient,
  CLAIMS_CSV_MAX,
  describeError,
  isTransient,
  type SerializedGraph,
} from './core/api';
import { OVERVIEW_LIMIT } from './core/api/opening';
import { kindGroup } from './core/appearance';
import { DisputeLedger } from './core/claims';
import {
  claimsInView,
  narrowedFocus,
  syncDisplay,
  type DisplayEdge,
  type DisplayNode,
} from './core/display';
import { exportGexf, exportJson, exportPng } from './core/export';
import { applyFilters, type FilteredGraph } from './core/filters';
import { relTypeLabel } from './core/appearance';
import { plural } from './core/format';
import {
  DatasetGraph,
  expansionToken,
  parseExpansionToken,
  type ExpansionRef,
  type MergeResult,
} from './core/graph';
import { LayoutController } from './core/layout';
import { SelectionTrail, Store, changed, whoSaidInView, type UiState } from './core/state';
import {
  EMPTY_VIEW,
  readUrl,
  writeUrl,
  type DetailTab,
  type PanelId,
  type ViewState,
} from './core/url-state';
import { clearCache } from './views/cache';
import type { Actions, AppContext } from './views/context';
import { saveClaimsCsv } from './views/claims-csv';
import { tryAgain } from './views/failure';
import { mountFilters } from './views/filters-panel';
import { GraphCanvas, type DrawnLabel } from './views/graph-canvas';
import { mountLegend } from './views/legend';
import { PanelLight } from './views/panel-light';
import { SidePanel } from './views/side-panel';
import { readToken } from './views/ingest-token';
import { StatusView } from './views/status';
import { mountToolbar } from './views/toolbar';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function defaultTab(category: unknown): DetailTab {
  return category === 'Claim' || category === 'Source' ? 'said' : 'info';
}

export interface DebugHooks {
  ready: boolean;
  counts(): Record<string, number>;
  state(): UiState;
  nodes(): {
    id: string;
    category: string;
    group: string;
    x: number;
    y: number;
    hidden?: boolean;
  }[];
  viewport(id: string): { x: number; y: number } | null;
  nodeDisplay(id: string): Record<string, unknown> | null;
  layoutPhase(): string;
  /** Redraws as a layout frame does (positions changed in place); true when done without a full refresh. */
  layoutFrame(): boolean;
  /** Re-grids the labels as when a layout settles; true when done without a full refresh. */
  layoutSettled(): boolean;
  /** The labels drawn in the last frame, nodes' and edges', with their boxes in viewport pixels. */
  drawnLabels(): readonly DrawnLabel[];
  /** The sigma instance, for tests that compare its buffers. */
  renderer(): unknown;
  firstRenderMs(): number | null;
  waitIdle(): Promise<void>;
}

declare global {
  interface Window {
    __claimgraph?: DebugHooks;
  }
}

/** Above this many nodes (before + after), display updates go through GraphCanvas.batch. */
const BATCH_ABOVE_NODES = 1000;
/** Nodes an expansion asks for; the API's supernode guard pages the links at 60. */
const EXPANSION_LIMIT = 200;
/** While the server or Neo4j is away at start, the overview is asked again this often (ms). */
const OVERVIEW_RETRY_MS = 3_000;

export async function startApp(): Promise<void> {
  const appEl = $('app');
  const api = new ApiClient();
  api.setTokenProvider(readToken);
  // Asked for first: the server answers while the renderer starts (WebGL's
  // first shaders take up to a second without a GPU). Awaited below.
  const overviewRequest = api.overview({ limit: OVERVIEW_LIMIT });
  overviewRequest.catch(() => undefined);
  const dataset = new DatasetGraph();
  const display = new MultiDirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: true });
  const view = readUrl();
  const store = new Store<UiState>({
    selected: null,
    hovered: null,
    highlight: null,
    panel: view.panel === 'details' ? null : view.panel,
    tab: view.tab ?? 'info',
    filters: view.filters,
    filtersOpen: view.filtersOpen,
    measure: view.measure,
    narrow: view.narrow,
    disputesInView: view.disputesInView,
    disputesAgree: view.disputesAgree,
    mapInView: view.mapInView,
    mapFocus: null,
    timelineAll: view.timelineAll,
    timelinePeriod: view.timelinePeriod,
    figuresPeriod: view.figuresPeriod,
    figuresWidest: view.figuresWidest,
    figuresInView: view.figuresInView,
    path: view.path,
    cypher: view.cypher,
    whoSaid: view.whoSaid && view.selected ? { of: view.selected, ...view.whoSaid } : null,
    sources: view.sources,
    disputed: new Map(),
    reviewWaiting: false,
  });
  const status = new StatusView($('toasts'), $('busy'));
  const disputes = new DisputeLedger(api, (disputed) => store.set({ disputed }));
  let filtered: FilteredGraph = applyFilters(dataset.graph, store.get().filters);
  let restoring = true;
  let layoutDone: Promise<unknown> = Promise.resolve();

  // eslint-disable-next-line prefer-const
  let canvas: GraphCanvas;

  const runLayout = (movable: Set<string> | null) => {
    if (!movable) canvas.unfreeze();
    layoutDone = layout.run({ movable }).then((r) => {
      if (!movable && r.stoppedBy !== 'cancelled') canvas.fit(false);
      appEl.dataset.layoutStoppedBy = r.stoppedBy;
      appEl.dataset.layoutMs = String(Math.round(r.ms));
      if (r.lastMove !== undefined) appEl.dataset.layoutLastMove = r.lastMove.toExponential(2);
      dataset.setPositions(
        display.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as [string, { x: number; y: number }]),
      );
    });
    return layoutDone;
  };

  const recompute = () => {
    const s = store.get();
    const before = display.order;
    const pinned = new Set<string>(s.selected ? [s.selected] : []);
    filtered = applyFilters(dataset.graph, s.filters, { hidden: dataset.hidden, pinned });
    let added: string[] = [];
    const sync = () => ({ added } = syncDisplay(display, filtered, s.disputed));
    // syncDisplay touches every node: on big graphs, one redraw beats one per node.
    if (display.order + filtered.order > BATCH_ABOVE_NODES) canvas.batch(sync);
    else sync();
    if (!restoring && added.length) {
      const incremental = before > 0 && added.length < display.order;
      void runLayout(incremental ? new Set(added) : null);
    }
    appEl.dataset.datasetNodes = String(dataset.graph.order);
    appEl.dataset.datasetEdges = String(dataset.graph.size);
    appEl.dataset.visibleNodes = String(display.order);
    appEl.dataset.visibleEdges = String(display.size);
    appEl.dataset.hiddenNodes = String(dataset.hidden.size);
    appEl.dataset.expanded = dataset.expanded.join(',');
    updateLegend();
    updateFilters();
    syncUrl();
  };

  const currentView = (): ViewState => {
    const s = store.get();
    const narrowedView = whoSaidInView(s);
    return {
      selected: s.selected,
      panel: s.panel,
      tab: s.panel === 'details' ? s.tab : null,
      expanded: dataset.expanded,
      hidden: [...dataset.hidden],
      filters: s.filters,
      filtersOpen: s.filtersOpen,
      measure: s.measure,
      narrow: s.panel === 'disputes' ? s.narrow : null,
      disputesInView: s.panel === 'disputes' && s.disputesInView,
      disputesAgree: s.panel === 'disputes' && s.disputesAgree,
      mapInView: s.panel === 'map' && s.mapInView,
      timelineAll: s.panel === 'timeline' && s.timelineAll,
      timelinePeriod: s.panel === 'timeline' ? s.timelinePeriod : null,
      figuresPeriod: s.panel === 'figures' ? s.figuresPeriod : null,
      figuresWidest: s.panel === 'figures' && s.figuresWidest,
      figuresInView: s.panel === 'figures' && s.figuresInView,
      path: s.path,
      cypher: s.panel === 'cypher' ? s.cypher : null,
      whoSaid: narrowedView ? { by: narrowedView.by, about: narrowedView.about } : null,
      sources: s.panel === 'sources' ? s.sources : EMPTY_VIEW.sources,
    };
  };
  const syncUrl = () => {
    if (!restoring) writeUrl(currentView());
  };

  /** `retry`: what "Try again" reruns after a failure; the reveal itself by default. */
  const reveal = async (id: string, retry?: () => void): Promise<boolean> => {
    if (dataset.graph.hasNode(id)) return true;
    try {
      const nb = await status.track('Loading', api.neighborhood(id, { depth: 1, limit: 60 }));
      if (!nb.nodes.some((n) => n.key === id)) return false;
      // Bring the node and its links to what is already there; keep it light.
      const keep = new Set([
        id,
        ...nb.nodes.filter((n) => dataset.graph.hasNode(n.key)).map((n) => n.key),
      ]);
      const slim: SerializedGraph = {
        attributes: nb.attributes,
        nodes: nb.nodes.filter((n) => keep.has(n.key)),
        edges: nb.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
      };
      const anchor = slim.nodes.find((n) => n.key !== id)?.key ?? null;
      dataset.merge(
        slim,
        `reveal:${id}`,
        { anchor },
        `show ${nb.nodes.find((n) => n.key === id)?.attributes.name ?? id}`,
      );
      return true;
    } catch (err) {
      status.notify(
        `Could not load ${id}: ${describeError(err)}`,
        'error',
        undefined,
        tryAgain(err, retry ?? (() => void reveal(id))),
      );
      return false;
    }
  };

  /** One page of a node's links, all or one type's (depth 1: the next page starts at `offset`). */
  const expansionPage = (id: string, type: string | null, offset = 0, depth = 1) =>
    api.neighborhood(id, {
      depth,
      limit: EXPANSION_LIMIT,
      rels: type ? [type] : undefined,
      offset,
    });

  /**
   * Brings an expansion back as a link or a reload names it: its first page,
   * then as many more as it had. `place` keeps known nodes where they were.
   */
  const restoreExpansion = async (
    token: ExpansionRef,
    place: (g: SerializedGraph) => SerializedGraph = (g) => g,
  ) => {
    const { id, type, depth } = token;
    dataset.expand(id, place(await expansionPage(id, type, 0, depth)), { type, depth });
    for (let page = 1; page < token.pages; page++) {
      const next = dataset.expansion(id, type)?.next ?? null;
      if (next === null) break;
      dataset.expandMore(id, place(await expansionPage(id, type, next)), type);
    }
  };

  /** The nodes selected before the current one, for Back. */
  const trail = new SelectionTrail();

  const actions: Actions = {
    previousSelection: () => trail.previous(),
    async back() {
      const step = trail.back();
      if (step) await actions.select(step.id, { center: true });
    },
    async select(id, opts = {}) {
      if (!id) {
        store.set({
          selected: null,
          highlight: null,
          panel: store.get().panel === 'details' ? null : store.get().panel,
        });
        return;
      }
      const ok = await reveal(id, () => void actions.select(id, opts));
      if (!ok) return;
      const a = dataset.graph.getNodeAttributes(id);
      const keepHighlight = store.get().highlight?.nodes.includes(id);
      store.set({
        selected: id,
        panel: 'details',
        tab: opts.tab ?? (store.get().selected === id ? store.get().tab : defaultTab(a.category)),
        highlight: keepHighlight ? store.get().highlight : null,
      });
      if (opts.center) {
        await layoutDone;
        canvas.focusNode(id);
      }
    },
    ensureNode: reveal,
    async expand(id, opts = {}) {
      const type = opts.type ?? null;
      const name = dataset.nameOf(id);
      const links = type ? `${relTypeLabel(type)} links` : 'links';
      // Expanded already: the next page, when the database holds more.
      const current = dataset.expansion(id, type);
      if (current && current.next === null) {
        if (!opts.quiet) status.notify(`All the ${links} of ${name} are already brought in.`);
        return;
      }
      try {
        const page = await status.track(
          `Expanding ${name}`,
          current
            ? expansionPage(id, type, current.next ?? 0)
            : expansionPage(id, type, 0, opts.depth ?? 1),
        );
        const r = current
          ? dataset.expandMore(id, page, type)
          : dataset.expand(id, page, { type, depth: opts.depth ?? 1 });
        if (opts.quiet) return;
        const after = dataset.expansion(id, type);
        const extra =
          after && after.next !== null
            ? ` (${plural(after.remaining, 'more link')} in the database: ${type ? 'Details brings in more' : 'double-click for more'})`
            : r.truncated && r.omitted && r.omitted.nodes
              ? ` (${plural(r.omitted.nodes, 'more node')} not shown: limit reached)`
              : '';
        const done = current
          ? `Brought in more ${links} of ${name}`
          : type
            ? `Brought in the ${links} of ${name}`
            : `Expanded ${name}`;
        status.notify(
          r.addedNodes.length
            ? `${done}: ${plural(r.addedNodes.length, 'new node')}${extra}.`
            : `${done}: no neighbours that are not already shown${extra}.`,
          'success',
        );
      } catch (err) {
        status.notify(
          `Could not expand: ${describeError(err)}`,
          'error',
          undefined,
          tryAgain(err, () => void actions.expand(id, opts)),
        );
      }
    },
    collapse(id) {
      const removed = dataset.collapse(id);
      status.notify(`Collapsed ${dataset.nameOf(id)}: ${plural(removed.length, 'node')} removed.`);
    },
    takeBack(id, type) {
      const removed = dataset.takeBack(id, type);
      status.notify(
        `Took back ${type ? `the ${relTypeLabel(type)} links of ` : 'the expansion of '}${dataset.nameOf(id)}: ${plural(removed.length, 'node')} removed.`,
      );
    },
    hide(id) {
      const name = dataset.nameOf(id);
      dataset.hide([id]);
      if (store.get().selected === id) store.set({ selected: null, panel: null });
      status.notify(`Hid ${name}. Undo or “Show them” in Filters brings it back.`);
    },
    unhideAll: () => dataset.unhideAll(),
    undo() {
      const label = dataset.undo();
      if (label) status.notify(`Undid: ${label}.`);
      const sel = store.get().selected;
      if (sel && !dataset.graph.hasNode(sel)) store.set({ selected: null, panel: null });
    },
    focusNode: (id) => canvas.focusNode(id),
    async focusNodes(ids) {
      await layoutDone;
      canvas.focusNodes(ids);
    },
    sourceRemoved(removal, { review }) {
      side.ingest.forgetSource(removal.source.id);
      if (!review) return;
      side.ingest.prefill(
        removal.article,
        removal.review
          ? { review: removal.review, names: removal.reviewNames, kept: removal.reportsKept }
          : null,
      );
      actions.openPanel('ingest');
    },
    openPanel(panel: PanelId | null) {
      if (panel === 'filters') {
        store.set({ filtersOpen: true });
        return;
      }
      store.set({ panel });
      if (panel === 'details' && !store.get().selected) store.set({ panel: null });
    },
    addGraph(graph, origin, label, anchor = null): MergeResult {
      return dataset.merge(graph, origin, { anchor }, label);
    },
    relayout: () => void runLayout(null),
    fit: () => canvas.fit(),
    async exportAs(format) {
      if (format === 'claims') {
        // The claims on screen, with their provenance: the server has what the graph does not.
        const ids = claimsInView(display);
        if (!ids.length) {
          status.notify('No claims in view: expand a speaker or a source to bring some in.');
          return;
        }
        await saveClaimsCsv(
          status,
          () => api.claimsCsvOf(ids.slice(0, CLAIMS_CSV_MAX)),
          ids.length,
        );
        return;
      }
      try {
        if (format === 'png') await exportPng(canvas.sigma);
        else if (format === 'gexf')
          exportGexf(filtered, (n) => (display.hasNode(n) ? display.getNodeAttributes(n) : null));
        else exportJson(filtered, currentView());
        status.notify(`Exported ${format.toUpperCase()}.`, 'success');
      } catch (err) {
        status.notify(`Export failed: ${describeError(err)}`, 'error');
      }
    },
    async copyLink() {
      writeUrl(currentView());
      try {
        await navigator.clipboard.writeText(window.location.href);
        status.notify('Link copied: it reopens this view.', 'success');
      } catch {
        status.notify(`Copy this link: ${window.location.href}`, 'info', 10000);
      }
    },
    dataChanged() {
      clearCache();
      void disputes.reload();
      // Asked after reload forgot them: the claims drawn now, a new source's among them.
      void disputes.ensure(claimsIn(dataset));
    },
    async reload(renamed = {}, gone = []) {
      const rename = (id: string) => renamed[id] ?? id;
      const removed = new Set([...Object.keys(renamed), ...gone]);
      trail.forget(removed);
      // Everything already drawn comes back where it was.
      const positions = new Map<string, { x: number; y: number }>();
      display.forEachNode((n, a) => positions.set(n, { x: a.x, y: a.y }));
      const placed = (g: SerializedGraph): SerializedGraph => ({
        ...g,
        nodes: g.nodes.map((n) => {
          const p = positions.get(n.key);
          return p ? { ...n, attributes: { ...n.attributes, ...p } } : n;
        }),
      });
      const before = new Set(display.nodes());
      // A merged-away node's expansions become those of the node that replaces it.
      const expanded = [
        ...new Set(
          dataset.expansions
            .filter((e) => !gone.includes(e.id))
            .map((e) => expansionToken({ ...e, id: rename(e.id) })),
        ),
      ];
      const hidden = [...dataset.hidden].filter((id) => !removed.has(id));
      const previous = store.get().selected;
      const selected = previous ? rename(previous) : null;
      // Cached reads are stale; disagreements are reloaded once the graph is back.
      clearCache();
      restoring = true;
      try {
        const overview = await status.track(
          'Reloading the graph',
          api.overview({ limit: OVERVIEW_LIMIT }),
        );
        dataset.load(placed(overview));
        for (const token of expanded) {
          const expansion = parseExpansionToken(token);
          if (!expansion) continue;
          try {
            await status.track('Reloading the graph', restoreExpansion(expansion, placed));
          } catch {
            // Gone since: nothing to expand.
          }
        }
        if (hidden.length) dataset.hide(hidden);
        if (selected) await reveal(selected);
        dataset.clearHistory();
      } catch (err) {
        status.notify(`Could not reload the graph: ${describeError(err)}`, 'error');
      } finally {
        restoring = false;
      }
      recompute();
      actions.dataChanged();
      const added = display.filterNodes((n) => !before.has(n));
      if (added.length) void runLayout(added.length < display.order ? new Set(added) : null);
      const panel = store.get().panel;
      if (selected && dataset.graph.hasNode(selected)) {
        if (selected !== previous) store.set({ selected });
        else side.update(panel, true);
      } else if (previous) {
        store.set({ selected: null, panel: panel === 'details' ? null : panel });
      }
    },
  };

  const ctx: AppContext = {
    api,
    disputes,
    dataset,
    display,
    filtered: () => filtered,
    store,
    status,
    light: new PanelLight(store, (id) => display.hasNode(id)),
    actions,
  };

  canvas = new GraphCanvas($('graph'), ctx, (id, x, y) => dataset.setPositions([[id, { x, y }]]));
  // The canvas is the layout's host: its zoom, its frame pacing, its redraws.
  const layout = new LayoutController(display, canvas);
  layout.onPhase((p) => (appEl.dataset.layout = p));
  const { search } = mountToolbar($('toolbar'), ctx);
  const updateLegend = mountLegend($('legend'), ctx);
  const updateFilters = mountFilters($('filters-panel'), ctx);
  const side = new SidePanel($('side-panel'), ctx);

  new ResizeObserver(() => {
    canvas.sigma.resize();
    canvas.sigma.refresh();
  }).observe($('graph'));

  dataset.onChange(() => {
    recompute();
    // The claims drawn get their disputes marked, however many pairs the graph holds.
    if (!restoring) void disputes.ensure(claimsIn(dataset));
    // Expand/collapse/hide change what the details panel offers.
    if (store.get().panel === 'details') side.update('details', true);
  });
  store.subscribe((s, prev) => {
    if (changed(s, prev, 'selected') && s.selected)
      trail.visit({ id: s.selected, name: dataset.nameOf(s.selected) });
    if (
      changed(s, prev, 'filters') ||
      (changed(s, prev, 'selected') && s.selected !== prev.selected)
    ) {
      // The selection is pinned through filters; filters rebuild the filtered graph.
      recompute();
      // The details panel says how many of its links, or of a narrowed list's claims, the filters hide.
      if (changed(s, prev, 'filters') && s.panel === 'details') side.details.filtersChanged();
    }
    if (changed(s, prev, 'disputed')) syncDisplay(display, filtered, s.disputed);
    if (changed(s, prev, 'filtersOpen')) $('filters-panel').hidden = !s.filtersOpen;
    // The Disputes panel's title says which side it lists.
    if (changed(s, prev, 'panel', 'selected', 'tab', 'measure', 'disputed', 'disputesAgree')) {
      // Disagreements mark claim cards, which only Who said what shows: the
      // details tab would only ask the server again for what it shows already.
      const disputesShown = changed(s, prev, 'disputed') && s.tab === 'said';
      side.update(s.panel, changed(s, prev, 'selected', 'tab') || disputesShown);
    }
    // What a link holds (currentView).
    if (
      changed(
        s,
        prev,
        'panel',
        'selected',
        'tab',
        'measure',
        'narrow',
        'disputesInView',
        'disputesAgree',
        'mapInView',
        'timelineAll',
        'timelinePeriod',
        'figuresPeriod',
        'figuresWidest',
        'figuresInView',
        'path',
        'cypher',
        'filtersOpen',
        'whoSaid',
        'sources',
      )
    )
      syncUrl();
    appEl.dataset.selected = s.selected ?? '';
    appEl.dataset.panel = s.panel ?? '';
  });

  // Keyboard: "/" search, Escape closes, Ctrl+Z undoes.
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    const typing = t.closest('input, textarea, select, [contenteditable="true"], .cm-editor');
    if (e.key === '/' && !typing) {
      e.preventDefault();
      search.input.focus();
    } else if (e.key === 'Escape' && !e.defaultPrevented) {
      const s = store.get();
      if (typing && t.closest('.cm-editor')) return;
      if (s.highlight) store.set({ highlight: null });
      else if (s.panel) actions.openPanel(null);
      else if (s.selected) store.set({ selected: null });
      else if (s.filtersOpen) store.set({ filtersOpen: false });
    } else if (e.key === 'ArrowLeft' && e.altKey && !typing && trail.previous()) {
      // As a browser goes back a page: the node selected before.
      e.preventDefault();
      void actions.back();
    } else if (e.key.toLowerCase() === 'f' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      store.set({ filtersOpen: !store.get().filtersOpen });
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !typing) {
      e.preventDefault();
      actions.undo();
    }
  });

  // Pointing at a node's name in a panel lights it up on the canvas, as hovering it there would.
  const brushed = (e: Event) => (e.target as HTMLElement).closest<HTMLElement>('[data-node-id]');
  document.addEventListener('mouseover', (e) => {
    const el = brushed(e);
    if (el?.dataset.nodeId) ctx.light.set(el.dataset.nodeId, el);
  });
  document.addEventListener('mouseout', (e) => {
    const el = brushed(e);
    // Onto a child of the same element (a row's title, its badge) is not leaving it.
    const into = e.relatedTarget instanceof Node ? e.relatedTarget : null;
    if (el && !(into && el.contains(into))) ctx.light.set(null, el);
  });

  // ---- First screen, then what the URL asks for. ----
  $('filters-panel').hidden = !store.get().filtersOpen;
  appEl.dataset.ready = 'false';
  performance.mark('claimgraph:start');
  /**
   * The first screen's overview. While the server or Neo4j is away (a 503, no
   * answer), the page says so and asks again every few seconds instead of
   * giving up: Claimgraph opened before its database is up starts by itself.
   */
  const openingOverview = async (): Promise<SerializedGraph> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await status.track(
          'Loading the overview',
          attempt === 1 ? overviewRequest : api.overview({ limit: OVERVIEW_LIMIT }),
        );
      } catch (err) {
        if (!isTransient(err)) throw err;
        // No "try again in 5 s" from the server here: the page tries again itself.
        const msg = `Could not load the overview: ${describeError(err, { advice: false })}`;
        const every = `Trying again every ${OVERVIEW_RETRY_MS / 1000} s`;
        $('graph-message').hidden = false;
        $('graph-message').textContent = `${msg} ${every} (${plural(attempt, 'attempt')} so far).`;
        if (attempt === 1) status.notify(`${msg} ${every}.`, 'error');
        appEl.dataset.ready = 'waiting';
        await new Promise((resolve) => setTimeout(resolve, OVERVIEW_RETRY_MS));
      }
    }
  };
  try {
    const overview = await openingOverview();
    $('graph-message').hidden = true;
    dataset.load(overview);
  } catch (err) {
    const msg = describeError(err);
    $('graph-message').hidden = false;
    $('graph-message').textContent = `Could not load the overview: ${msg}`;
    status.notify(`Could not load the overview: ${msg}`, 'error');
    appEl.dataset.ready = 'error';
    restoring = false;
    return;
  }
  if (dataset.graph.order === 0) {
    $('graph-message').hidden = false;
    $('graph-message').textContent = 'The database holds no data yet. Seed it with `npm run seed`.';
  }

  for (const token of view.expanded) {
    const expansion = parseExpansionToken(token);
    if (!expansion) continue;
    try {
      // Linked to what is already there first, as selecting it would.
      if (!dataset.graph.hasNode(expansion.id)) await reveal(expansion.id);
      await status.track('Restoring the view', restoreExpansion(expansion));
    } catch (err) {
      status.notify(
        `Could not restore the expansion of ${expansion.id}: ${describeError(err)}`,
        'error',
      );
    }
  }
  if (view.hidden.length) dataset.hide(view.hidden);
  if (view.selected) await reveal(view.selected);
  dataset.clearHistory();
  restoring = false;
  recompute();
  void disputes.ensure(claimsIn(dataset));
  const firstLayout = runLayout(null);
  if (view.selected && dataset.graph.hasNode(view.selected)) {
    const a = dataset.graph.getNodeAttributes(view.selected);
    store.set({
      selected: view.selected,
      panel: view.panel ?? 'details',
      tab: view.tab ?? defaultTab(a.category),
    });
  } else side.update(store.get().panel, true);
  if (view.path) void side.path.restore(view.path);
  if (view.cypher) side.cypher.setQuery(view.cypher);
  syncUrl();

  void firstLayout.then(() => {
    appEl.dataset.ready = 'true';
    if (!view.selected || !dataset.graph.hasNode(view.selected)) return;
    // A link to a narrowed who-said-what list frames what the list lights up, as choosing it does.
    const narrowed = whoSaidInView(store.get());
    const lit = narrowed && narrowedFocus(display, narrowed);
    if (lit && lit.nodes.size > 1) canvas.focusNodes([...lit.nodes]);
    else canvas.focusNode(view.selected);
  });

  // Disagreements, in the background: conflicting claims get a red outline everywhere.
  void disputes.readLists();

  window.__claimgraph = {
    get ready() {
      return appEl.dataset.ready === 'true';
    },
    counts: () => ({
      datasetNodes: dataset.graph.order,
      datasetEdges: dataset.graph.size,
      visibleNodes: display.order,
      visibleEdges: display.size,
      hidden: dataset.hidden.size,
      expanded: dataset.expanded.length,
      disputed: store.get().disputed.size,
    }),
    state: () => store.get(),
    nodes: () =>
      display.mapNodes((n, a) => ({
        id: n,
        category: a.category,
        group: kindGroup(a.category, dataset.graph.getNodeAttribute(n, 'kind') ?? null),
        x: a.x,
        y: a.y,
      })),
    viewport: (id) => canvas.viewportPosition(id),
    nodeDisplay: (id) =>
      (canvas.sigma.getNodeDisplayData(id) as unknown as Record<string, unknown>) ?? null,
    layoutPhase: () => layout.phase,
    layoutFrame: () => canvas.positionsMoved(),
    layoutSettled: () => canvas.positionsSettled(),
    drawnLabels: () => canvas.drawnLabels(),
    renderer: () => canvas.sigma,
    firstRenderMs: () =>
      performance.getEntriesByName('claimgraph:first-render')[0]?.startTime ?? null,
    waitIdle: async () => {
      await layoutDone;
    },
  };
}

/** The claims of the dataset graph. */
function claimsIn(dataset: DatasetGraph): string[] {
  return dataset.graph.filterNodes((_n, a) => a.category === 'Claim');
}
