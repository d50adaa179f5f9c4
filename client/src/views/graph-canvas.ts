/**
 * The graph canvas: sigma on the display graph. Hover, selection and
 * highlights are drawn by the reducers from the UI store; nothing about them
 * is written to any graph.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import {
  computeFocus,
  connectionsShown,
  drawModeFor,
  edgeOverlay,
  nearestNode,
  nodeInDirection,
  reduceNode,
  type Direction,
  type DrawMode,
  type Focus,
  type FocusState,
  type PlacedNode,
} from '../core/display';
import { labelSizeThreshold, NODE_TYPE } from '../core/appearance';
import { extent } from '../core/graph/utils';
import { changed, whoSaidInView, type UiState } from '../core/state';
import { FramePacer } from './canvas/frame-pacer';
import { NodeShapeProgram } from './canvas/node-shape-program';
import { FrameLabels, type DrawnLabel, type LabelFocus } from './canvas/frame-labels';
import { drawPlacedLabel, placeNodeLabel } from './canvas/label-layout';
import { regridLabels } from './canvas/regrid-labels';
import { repositionInPlace } from './canvas/reposition';
import type { AppContext } from './context';

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

export type { DrawnLabel } from './canvas/frame-labels';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export class GraphCanvas {
  readonly sigma: Sigma;
  private focus: Focus | null = null;
  private focusState: FocusState;
  private dragged: string | null = null;
  private firstRender = false;
  private drawMode: DrawMode;
  private readonly pacer: FramePacer;
  private readonly labels = new FrameLabels(() => this.labelFocus());

  constructor(
    container: HTMLElement,
    private readonly ctx: AppContext,
    private readonly onNodeMoved: (id: string, x: number, y: number) => void,
  ) {
    this.focusState = focusStateOf(ctx.store.get());
    this.drawMode = drawModeFor(ctx.display.size);
    const settings: Partial<Settings> = {
      nodeProgramClasses: { [NODE_TYPE]: NodeShapeProgram },
      // 'line' (large graphs, see drawModeFor): one-pixel lines, not instanced,
      // so that 20k edges draw in milliseconds even without a GPU.
      edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram },
      defaultNodeType: NODE_TYPE,
      defaultEdgeType: 'arrow',
      renderEdgeLabels: true,
      enableEdgeEvents: false,
      zIndex: true,
      labelFont: FONT,
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#111827' },
      // A fine grid offers most labelled-size nodes as candidates; FrameLabels
      // then keeps the larger node's label where two would overlap. (At 150 px
      // a cell's one label hid the hubs next to it: 8–9 of the overview's 17.)
      labelDensity: 0.5,
      labelGridCellSize: 60,
      // Follows the nodes' crowd scale (see updateFocusAndMode).
      labelRenderedSizeThreshold: labelSizeThreshold(ctx.display.order),
      edgeLabelFont: FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#334155' },
      defaultDrawNodeLabel: this.labels.drawNodeLabel,
      defaultDrawNodeHover: this.drawHover,
      defaultDrawEdgeLabel: this.labels.drawEdgeLabel,
      minCameraRatio: 0.04,
      maxCameraRatio: 4,
      stagePadding: 36,
      nodeReducer: (node, data) => reduceNode(node, data, this.focus, this.focusState),
      // sigma hands the reducer its own copy of the edge's data: the overlay is
      // applied to it in place (no allocation per edge per frame).
      edgeReducer: (edge, data) => {
        const overlay = edgeOverlay(edge, data as Attributes, this.focus, this.drawMode);
        return overlay ? Object.assign(data, overlay) : data;
      },
    };
    this.sigma = new Sigma(ctx.display, container, settings);
    this.labels.attach(this.sigma);
    this.pacer = new FramePacer(this.sigma);
    if (ctx.display.order === 0) this.warmUp();
    this.bindEvents();

    ctx.store.subscribe((state, prev) => {
      // Any new selection (click, keys, search, a link in a panel) is announced for screen readers.
      if (state.selected && state.selected !== prev.selected) this.announce(state.selected);
      const focusing = ['selected', 'hovered', 'highlight', 'disputed'] as const;
      if (!changed(state, prev, ...focusing, 'panel', 'tab', 'whoSaid')) return;
      const next = focusStateOf(state);
      // The panel or tab changed without changing what the graph shows: no redraw.
      if (!changed(next, this.focusState, ...focusing, 'narrowed')) return;
      this.focusState = next;
      this.refreshFocus();
    });
    ctx.display.on('nodeAdded', () => this.scheduleFocus());
    ctx.display.on('nodeDropped', () => this.scheduleFocus());
    ctx.display.on('edgeAdded', () => this.scheduleFocus());

    this.sigma.on('afterRender', () => {
      if (this.firstRender || ctx.display.order === 0) return;
      this.firstRender = true;
      performance.mark('claimgraph:first-render');
      container.dataset.firstRender = 'true';
    });
  }

  /**
   * Draws a node and a plain-line edge once, off screen in effect (the display
   * graph is empty): the GPU compiles its pipelines on first use (hundreds of
   * ms without a GPU), and it then does so while the data loads rather than in
   * the first frame of a large graph. Arrows are left to their first use: a
   * large graph draws none until something is in focus, and queueing their
   * pipelines here would delay its first frame.
   */
  private warmUp(): void {
    const g = new MultiDirectedGraph();
    g.addNode('a', { x: 0, y: 0, size: 1, color: '#ffffff', type: NODE_TYPE });
    g.addNode('b', { x: 1, y: 1, size: 1, color: '#ffffff', type: NODE_TYPE });
    g.addEdge('b', 'a', { size: 1, color: '#ffffff', type: 'line' });
    this.sigma.setGraph(g);
    this.sigma.setGraph(this.ctx.display);
  }

  /** Hover and selection: a rounded white box behind the label, with a soft shadow. */
  private drawHover: NodeLabelDrawingFunction = (ctx, data, settings) => {
    const label = placeNodeLabel(
      ctx,
      { ...data, highlighted: true },
      settings,
      this.sigma.getDimensions().width,
    );
    const size = settings.labelSize;
    const more = label ? this.moreLinksLine(ctx, data.key) : null;
    ctx.save();
    ctx.shadowColor = 'rgba(15,23,42,0.35)';
    ctx.shadowBlur = 8;
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    // Text `width` wide, aligned with the label: to its left edge, or its right
    // edge when the label sits left of the node.
    const alignedX = (l: NonNullable<typeof label>, width: number) =>
      l.side === 'left' ? l.x + l.width - width : l.x;
    if (label) {
      const width = Math.max(label.width, more?.width ?? 0);
      const height = size + 10 + (more ? more.height : 0);
      ctx.roundRect(alignedX(label, width) - 5, data.y - size / 2 - 5, width + 10, height, 4);
    }
    ctx.fill();
    ctx.restore();
    if (label) drawPlacedLabel(ctx, label);
    if (label && more) {
      ctx.font = more.font;
      ctx.fillStyle = '#475569';
      ctx.fillText(more.text, alignedX(label, more.width), label.y + more.height);
    }
  };

  /**
   * Under a hovered or selected node's label, when the database holds links the
   * canvas does not show: how many, and how to bring them in.
   */
  private moreLinksLine(
    ctx: CanvasRenderingContext2D,
    node: string,
  ): { text: string; font: string; width: number; height: number } | null {
    const display = this.ctx.display;
    if (!display.hasNode(node)) return null;
    const links = display.getNodeAttribute(node, 'links');
    const shown = display.degree(node);
    if (links === undefined || links <= shown) return null;
    // Double-click expands, and on an expanded node brings the next page.
    const expansion = this.ctx.dataset.expansion(node);
    const hint = !expansion
      ? ' · double-click to expand'
      : expansion.next !== null
        ? ' · double-click for more'
        : '';
    const text = `${connectionsShown(shown, links)}${hint}`;
    const px = Math.max(10, Math.round(this.sigma.getSetting('labelSize') * 0.85));
    const font = `${px}px ${this.sigma.getSetting('labelFont')}`;
    ctx.font = font;
    return { text, font, width: ctx.measureText(text).width, height: px + 4 };
  }

  /** The labels drawn in the last frame, nodes' and edges', with their boxes (for tests). */
  drawnLabels(): readonly DrawnLabel[] {
    return this.labels.drawnLabels();
  }

  /** The focus's labels go first; the selected node's and the focus centre's always show. */
  private labelFocus(): LabelFocus | null {
    const first = [this.focusState.selected, this.focus?.center].filter(
      (n): n is string => typeof n === 'string',
    );
    if (first.length === 0 && !this.focus) return null;
    return { first, nodes: this.focus?.nodes ?? [] };
  }

  private pending = false;
  private scheduleFocus(): void {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.refreshFocus(false);
    });
  }

  /**
   * Recomputes the focus and the draw mode and redraws. `force`: the UI state
   * changed; otherwise (nodes added or dropped) only if something changed.
   */
  private refreshFocus(force = true): void {
    const hadFocus = this.focus !== null;
    const reindex = this.updateFocusAndMode();
    if (!force && !hadFocus && !this.focus && !reindex) return;
    this.sigma.refresh({ skipIndexation: !reindex });
  }

  /**
   * The focus, the draw mode and the label threshold for the display graph as
   * it is now. Returns whether the edge program changed (arrow/line): sigma
   * must then re-index.
   */
  private updateFocusAndMode(): boolean {
    this.focus = computeFocus(this.ctx.display, this.focusState);
    const mode = drawModeFor(this.ctx.display.size);
    const reindex = mode.simpleEdges !== this.drawMode.simpleEdges;
    this.drawMode = mode;
    // setSetting re-indexes every node at once: inside batch() sigma is
    // detached and that costs nothing; otherwise it happens only when the
    // threshold moves a half-pixel step (ten of them from 2,000 to 10,000 nodes).
    const threshold = labelSizeThreshold(this.ctx.display.order);
    if (threshold !== this.sigma.getSetting('labelRenderedSizeThreshold')) {
      this.sigma.setSetting('labelRenderedSizeThreshold', threshold);
    }
    return reindex;
  }

  /** Has sigma re-read every node's position on its next frame (no reducers run). */
  private reprocessPositions(): void {
    this.sigma.refresh({ partialGraph: { nodes: [] }, schedule: true });
  }

  /**
   * Runs a change of many nodes and edges with sigma detached from the display
   * graph, then processes and draws it once. Attached, sigma re-processes an
   * item on each graph event (~25 µs): loading 10k nodes and 20k edges that
   * way took a second of main thread.
   */
  batch(change: () => void): void {
    this.sigma.setGraph(new MultiDirectedGraph());
    try {
      change();
    } finally {
      // Focus and draw mode first, so that the one redraw is the right one.
      this.updateFocusAndMode();
      this.sigma.setGraph(this.ctx.display);
    }
  }

  /**
   * Node positions were changed in place (a running layout frame, see
   * PositionMirror): only the positions are rewritten into sigma's buffers
   * (a full re-index when that cannot be done). True when done in place.
   */
  positionsMoved(): boolean {
    if (repositionInPlace(this.sigma)) return true;
    this.reprocessPositions();
    return false;
  }

  /**
   * The layout has stopped: the labels are re-gridded for where the nodes now
   * are (a full process when that cannot be done alone). True when done alone.
   */
  positionsSettled(): boolean {
    if (regridLabels(this.sigma)) return true;
    this.reprocessPositions();
    return false;
  }

  /**
   * The canvas with keyboard focus: the arrow keys move the selection to the
   * nearest node that way, neighbours first (from the node nearest the centre
   * when nothing is selected); E or + expands the selected node, C or -
   * collapses it. Each move is announced for screen readers (as any new
   * selection is: see the store subscription).
   */
  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const { ctx } = this;
    const selected = ctx.store.get().selected;
    const at = selected && ctx.display.hasNode(selected) ? selected : null;
    const direction = ARROWS[e.key];
    if (direction) {
      e.preventDefault();
      const placed = this.placedNodes();
      const from = at ? placed.find((n) => n.id === at) : undefined;
      const { width, height } = this.sigma.getDimensions();
      const target = from
        ? nodeInDirection(from, direction, placed, (id) => ctx.display.areNeighbors(from.id, id))
        : nearestNode({ x: width / 2, y: height / 2 }, placed);
      if (!target) return;
      void ctx.actions.select(target);
      this.keepInView(target);
      return;
    }
    if (!at) return;
    const key = e.key.toLowerCase();
    if (key === 'e' || key === '+') {
      e.preventDefault();
      void ctx.actions.expand(at);
    } else if (key === 'c' || key === '-') {
      e.preventDefault();
      ctx.actions.collapse(at);
    }
  }

  /** Every drawn node where it is on screen. */
  private placedNodes(): PlacedNode[] {
    const out: PlacedNode[] = [];
    this.ctx.display.forEachNode((id) => {
      const p = this.viewportPosition(id);
      if (p) out.push({ id, x: p.x, y: p.y });
    });
    return out;
  }

  /** Pans (without zooming) to a node that is off screen or at its edge. */
  private keepInView(id: string): void {
    const p = this.viewportPosition(id);
    const { width, height } = this.sigma.getDimensions();
    const margin = 40;
    if (p && p.x > margin && p.y > margin && p.x < width - margin && p.y < height - margin) return;
    const d = this.sigma.getNodeDisplayData(id);
    if (d) void this.sigma.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
  }

  private announce(id: string): void {
    const region = document.getElementById('graph-announce');
    if (!region || !this.ctx.display.hasNode(id)) return;
    const a = this.ctx.display.getNodeAttributes(id);
    region.textContent =
      `${a.fullLabel}, ${a.category.toLowerCase()}, ` +
      connectionsShown(this.ctx.display.degree(id), a.links);
  }

  /** Whether the GPU has drawn the last frame (so a new one will not queue behind it). */
  readyForFrame(): boolean {
    return this.pacer.idle();
  }

  private bindEvents(): void {
    const { sigma, ctx } = this;
    const container = sigma.getContainer();
    container.addEventListener('keydown', (e) => this.onKey(e));
    sigma.on('enterNode', ({ node }) => {
      if (this.dragged) return;
      ctx.store.set({ hovered: node });
      container.style.cursor = 'pointer';
    });
    sigma.on('leaveNode', () => {
      if (this.dragged) return;
      ctx.store.set({ hovered: null });
      container.style.cursor = '';
    });
    sigma.on('clickNode', ({ node }) => {
      // The arrow keys then walk on from the node clicked.
      container.focus({ preventScroll: true });
      void ctx.actions.select(node);
    });
    sigma.on('doubleClickNode', (e) => {
      e.preventSigmaDefault();
      void ctx.actions.expand(e.node);
    });
    sigma.on('clickStage', () => {
      ctx.store.set({ selected: null, highlight: null });
      if (ctx.store.get().panel === 'details') ctx.actions.openPanel(null);
    });

    // Dragging a node moves it (and pins it where dropped).
    let moved = false;
    sigma.on('downNode', ({ node }) => {
      this.dragged = node;
      moved = false;
      sigma.getCamera().disable();
    });
    sigma.getMouseCaptor().on('mousemovebody', (e) => {
      if (!this.dragged) return;
      const p = sigma.viewportToGraph(e);
      ctx.display.mergeNodeAttributes(this.dragged, { x: p.x, y: p.y });
      moved = true;
      e.preventSigmaDefault();
      e.original.preventDefault();
      e.original.stopPropagation();
    });
    const drop = () => {
      if (!this.dragged) return;
      const id = this.dragged;
      this.dragged = null;
      sigma.getCamera().enable();
      if (moved && ctx.display.hasNode(id)) {
        const a = ctx.display.getNodeAttributes(id);
        this.onNodeMoved(id, a.x, a.y);
      }
    };
    sigma.getMouseCaptor().on('mouseup', drop);
    sigma.getMouseCaptor().on('mouseleave', drop);
  }

  /** Graph units per screen pixel at the current zoom. */
  unitsPerPixel(): number {
    const a = this.sigma.viewportToGraph({ x: 0, y: 0 });
    const b = this.sigma.viewportToGraph({ x: 100, y: 0 });
    return Math.hypot(b.x - a.x, b.y - a.y) / 100;
  }

  /** Centres the camera on `id`, zooming in a little. */
  focusNode(id: string): void {
    this.focusNodes([id]);
  }

  /** Moves the camera so that all of `ids` are in view. */
  focusNodes(ids: string[]): void {
    // After fit() or a layout frame, sigma re-normalises positions on its next
    // frame: aimed now, the camera would aim at where the nodes were drawn
    // before. That frame was asked for first, so it is drawn before this one.
    requestAnimationFrame(() => {
      const pts = ids
        .map((id) => this.sigma.getNodeDisplayData(id))
        .filter((d): d is NonNullable<typeof d> => !!d);
      if (!pts.length) return;
      const cam = this.sigma.getCamera();
      const [d] = pts;
      if (pts.length === 1 && d) {
        void cam.animate({ x: d.x, y: d.y, ratio: Math.min(cam.ratio, 0.7) }, { duration: 450 });
        return;
      }
      const xs = pts.map((p) => p.x);
      const ys = pts.map((p) => p.y);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const ratio = Math.min(1.1, Math.max(0.15, Math.max(x1 - x0, y1 - y0) * 1.5));
      void cam.animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 450 });
    });
  }

  /**
   * Frames the whole graph and freezes that frame: later additions (an
   * expansion, a path) then do not rescale the drawing under the analyst's eyes.
   */
  fit(animate = true): void {
    const box = extent(this.ctx.display.mapNodes((_n, a) => a));
    const frame: Box | null = this.ctx.display.order
      ? { x: [box.minX, box.maxX], y: [box.minY, box.maxY] }
      : null;
    // The frame sigma normalised positions with at its last process.
    const current = this.sigma.getCustomBBox() ?? this.sigma.getBBox();
    this.sigma.setCustomBBox(frame);
    // The frame is the nodes' extent: sigma re-normalises positions on its next
    // frame (no reducers, but a full process: ~160 ms on 10k nodes). When it
    // already is (a layout just settled, or nothing moved since), positions on
    // screen are right as they are; a process pending uses the new box anyway.
    if (!frame || !sameBox(frame, current)) this.reprocessPositions();
    const cam = this.sigma.getCamera();
    if (animate) void cam.animatedReset({ duration: 350 });
    else cam.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /** Lets the frame follow the graph again (during a full layout). */
  unfreeze(): void {
    this.sigma.setCustomBBox(null);
  }

  zoom(by: number): void {
    const cam = this.sigma.getCamera();
    void (by > 1 ? cam.animatedUnzoom({ duration: 200 }) : cam.animatedZoom({ duration: 200 }));
  }

  /** Where a node is drawn on screen (for tests and tooltips). */
  viewportPosition(id: string): { x: number; y: number } | null {
    const d = this.sigma.getNodeDisplayData(id);
    return d ? this.sigma.framedGraphToViewport(d) : null;
  }

  kill(): void {
    this.sigma.kill();
  }
}

type Box = { x: [number, number]; y: [number, number] };

function sameBox(a: Box, b: Box): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}

/** What the reducers read from the UI state. */
function focusStateOf(s: UiState): FocusState {
  return {
    selected: s.selected,
    hovered: s.hovered,
    highlight: s.highlight,
    narrowed: whoSaidInView(s),
    disputed: s.disputed,
  };
}
