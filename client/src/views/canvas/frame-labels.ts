/**
 * Which labels one frame draws, and where. sigma offers a frame's label
 * candidates (its label grid's, by cell, and the forced ones) one call at a
 * time, in the order of the grid's cells. Drawn in that order, a small node's
 * label in one cell would keep out a hub's in the next; how many labels the
 * overview shows would then hang on where the layout happened to stop.
 *
 * So a frame's node labels are gathered first and placed together, the
 * largest node first:
 * 1. the focus's (selection, hover, highlight), before any other, the
 *    selected node's and the focus centre's always;
 * 2. the grid's candidates, largest first, each where it covers no label
 *    placed before it (right of the node, else left);
 * 3. edge labels ("said", "about"…), which sigma draws after the node labels,
 *    where they cover none of the above.
 */
import type Sigma from 'sigma';
import {
  drawStraightEdgeLabel,
  type EdgeLabelDrawingFunction,
  type NodeLabelDrawingFunction,
} from 'sigma/rendering';
import { LabelCollisions, type LabelBox } from './label-collisions';
import {
  drawPlacedLabel,
  edgeLabelBox,
  placeNodeLabel,
  type LabelSettings,
  type NodeOnScreen,
  type PlacedLabel,
} from './label-layout';

/** A label drawn in the last frame: a node's (forced: of the focus) or an edge's. */
export interface DrawnLabel {
  key: string;
  box: LabelBox;
  forced: boolean;
  edge: boolean;
}

/** The focus whose labels go first: `first` always show, `nodes` where they fit. */
export interface LabelFocus {
  first: readonly string[];
  nodes: Iterable<string>;
}

type NodeLabelData = Parameters<NodeLabelDrawingFunction>[1];

interface Candidate {
  context: CanvasRenderingContext2D;
  data: NodeLabelData;
  settings: LabelSettings;
}

export class FrameLabels {
  private readonly collisions = new LabelCollisions();
  /** Whether this frame's focus labels were placed (at its first label of any kind). */
  private begun = false;
  /** The focus labels placed for this frame. */
  private readonly focusLabels = new Map<string, PlacedLabel>();
  /** The grid's candidates sigma offered this frame, drawn at flush(). */
  private candidates: Candidate[] = [];
  private drawn: DrawnLabel[] = [];
  /** Set by attach(): the drawing functions go into sigma's settings before sigma exists. */
  private sigma: Sigma | null = null;

  constructor(private readonly focus: () => LabelFocus | null) {}

  /** Follows `sigma`'s frames; until then (a first render inside its constructor) no label is drawn. */
  attach(sigma: Sigma): void {
    this.sigma = sigma;
    sigma.on('beforeRender', () => {
      this.begun = false;
      this.candidates = [];
      this.drawn = [];
    });
    // A frame without edge labels still draws its node labels.
    sigma.on('afterRender', () => this.flush());
  }

  /** The labels drawn in the last frame, nodes' and edges', with their boxes (for tests). */
  drawnLabels(): readonly DrawnLabel[] {
    return this.drawn;
  }

  /** sigma's defaultDrawNodeLabel: a focus label now, any other at flush(). */
  readonly drawNodeLabel: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!this.sigma || !data.label) return;
    this.begin(this.sigma, context, settings);
    const label = this.focusLabels.get(data.key);
    if (label) {
      drawPlacedLabel(context, label);
      this.drawn.push({ key: data.key, box: label.box, forced: true, edge: false });
      return;
    }
    // A forced label not placed with the focus was left out there for want of room.
    if (data.forceLabel) return;
    this.candidates.push({ context, data, settings });
  };

  /** sigma's defaultDrawEdgeLabel: left out where it would cover a label placed before it. */
  readonly drawEdgeLabel: EdgeLabelDrawingFunction = (context, edge, source, target, settings) => {
    if (!this.sigma) return;
    this.begin(this.sigma, context, settings);
    this.flush();
    const box = edgeLabelBox(context, edge, source, target, settings);
    if (!box || !this.collisions.place(box)) return;
    drawStraightEdgeLabel(context, edge, source, target, settings);
    const key = (edge as { key?: string }).key ?? '';
    this.drawn.push({ key, box, forced: false, edge: true });
  };

  /**
   * The frame's focus labels are placed before its first label of any kind is
   * drawn: by then sigma has processed the frame's positions (at beforeRender
   * a pending process has not run yet).
   */
  private begin(sigma: Sigma, context: CanvasRenderingContext2D, settings: LabelSettings): void {
    if (this.begun) return;
    this.begun = true;
    this.collisions.reset();
    this.focusLabels.clear();
    const focus = this.focus();
    if (!focus) return;
    const first = new Set(focus.first);
    const width = sigma.getDimensions().width;
    const placed: { node: string; label: PlacedLabel; at: NodeOnScreen }[] = [];
    for (const node of new Set([...first, ...focus.nodes])) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden || !data.label) continue;
      const at = {
        ...data,
        ...sigma.framedGraphToViewport(data),
        size: sigma.scaleSize(data.size),
      };
      const label = placeNodeLabel(context, at, settings, width);
      if (label) placed.push({ node, label, at });
    }
    placed.sort(
      (a, b) => Number(first.has(b.node)) - Number(first.has(a.node)) || b.at.size - a.at.size,
    );
    for (const { node, label, at } of placed) {
      if (first.has(node)) {
        this.collisions.reserve(label.box);
        this.focusLabels.set(node, label);
        continue;
      }
      const clear = this.placeClear(context, at, settings, width, label);
      if (clear) this.focusLabels.set(node, clear);
    }
  }

  /** Places and draws the grid's candidates gathered so far, the largest node first. */
  private flush(): void {
    if (!this.sigma || this.candidates.length === 0) return;
    const candidates = this.candidates;
    this.candidates = [];
    // Ties by key, so that equal nodes keep the same precedence from frame to frame.
    candidates.sort((a, b) => b.data.size - a.data.size || (a.data.key < b.data.key ? -1 : 1));
    const width = this.sigma.getDimensions().width;
    for (const { context, data, settings } of candidates) {
      const first = placeNodeLabel(context, data, settings, width);
      const label = first && this.placeClear(context, data, settings, width, first);
      if (!label) continue;
      drawPlacedLabel(context, label);
      this.drawn.push({ key: data.key, box: label.box, forced: false, edge: false });
    }
  }

  /**
   * Takes a label's box if it covers none placed before it; else tries the
   * node's other side. The placed label, or null where neither side is clear.
   */
  private placeClear(
    context: CanvasRenderingContext2D,
    data: NodeOnScreen,
    settings: LabelSettings,
    width: number,
    label: PlacedLabel,
  ): PlacedLabel | null {
    if (this.collisions.place(label.box)) return label;
    const other = placeNodeLabel(
      context,
      data,
      settings,
      width,
      label.side === 'right' ? 'left' : 'right',
    );
    return other && this.collisions.place(other.box) ? other : null;
  }
}
