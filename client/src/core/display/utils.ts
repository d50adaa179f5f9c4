/**
 * Filtered graph → display graph (what sigma draws), and the reducers that
 * overlay hover, selection and highlights without touching any graph. DOM-free.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import {
  DIMMED_EDGE_COLOR,
  DIMMED_NODE_COLOR,
  DISPUTED_COLOR,
  RELATION_COLORS,
  SELECTED_COLOR,
  crowdScale,
  degreeOf,
  edgeDisplay,
  maxDegree,
  nodeDisplay,
  relTypeLabel,
} from '../appearance';
import { formatCount } from '../format';
import type { NodeAttrs } from '../graph/types';
import type { WhoSaidInView } from '../state/types';
import type {
  Direction,
  DisplayEdge,
  DisplayNode,
  DrawMode,
  Focus,
  FocusState,
  PlacedNode,
} from './types';

/**
 * Makes `display` mirror `filtered`: adds and drops nodes and edges, refreshes
 * their looks, keeps the positions the display already has (the layout's).
 */
export function syncDisplay(
  display: Graph<DisplayNode, DisplayEdge>,
  filtered: Graph<NodeAttrs>,
  disputed: { has(id: string): boolean } = new Set<string>(),
): { added: string[]; removed: string[] } {
  const added: string[] = [];
  const removed: string[] = [];
  display.forEachEdge((e) => {
    if (!filtered.hasEdge(e)) display.dropEdge(e);
  });
  display.forEachNode((n) => {
    if (!filtered.hasNode(n)) removed.push(n);
  });
  removed.forEach((n) => display.dropNode(n));

  const max = maxDegree(filtered);
  const scale = crowdScale(filtered.order);
  filtered.forEachNode((n, a) => {
    const look = nodeDisplay(n, a, degreeOf(filtered, n), max, disputed.has(n), scale);
    if (display.hasNode(n)) {
      const cur = display.getNodeAttributes(n);
      // Position: the display's own (the layout moved it) unless the dataset moved it.
      display.replaceNodeAttributes(n, { ...look, x: cur.x, y: cur.y });
    } else {
      display.addNode(n, look);
      added.push(n);
    }
  });
  filtered.forEachEdge((e, a, s, t) => {
    if (display.hasEdge(e)) return;
    display.addEdgeWithKey(e, s, t, edgeDisplay(String(a.relType)));
  });
  return { added, removed };
}

/** Which nodes and edges are in focus for a state, given the display graph. */
export function computeFocus(graph: Graph, s: FocusState): Focus | null {
  const center = s.hovered && graph.hasNode(s.hovered) ? s.hovered : null;
  if (center) return neighbourhoodFocus(graph, center);
  if (s.highlight && s.highlight.nodes.some((n) => graph.hasNode(n))) {
    const nodes = new Set(s.highlight.nodes.filter((n) => graph.hasNode(n)));
    const edges = new Set(s.highlight.edges.filter((e) => graph.hasEdge(e)));
    if (s.highlight.kind === 'search') {
      // A picked search result lights up with its neighbours.
      for (const n of [...nodes]) {
        graph.forEachNeighbor(n, (m) => nodes.add(m));
        graph.forEachEdge(n, (e) => edges.add(e));
      }
    }
    if (s.selected && graph.hasNode(s.selected)) nodes.add(s.selected);
    return {
      nodes,
      edges,
      center: s.highlight.kind === 'search' ? (s.highlight.nodes[0] ?? null) : null,
    };
  }
  const narrowed = s.narrowed ? narrowedFocus(graph, s.narrowed) : null;
  if (narrowed) return narrowed;
  if (s.selected && graph.hasNode(s.selected)) return neighbourhoodFocus(graph, s.selected);
  return null;
}

/**
 * What a narrowed who-said-what list shows, as far as the graph holds it: the
 * claims about `of` said by `by`, and those `of` said about `about`, with
 * both ends, the links between them and the sources that reported them.
 * Null when the entity is not in the graph.
 */
export function narrowedFocus(graph: Graph, n: WhoSaidInView): Focus | null {
  if (!graph.hasNode(n.of)) return null;
  const nodes = new Set<string>([n.of]);
  const edges = new Set<string>();
  const take = (claim: string, ...links: string[]) => {
    nodes.add(claim);
    links.forEach((e) => edges.add(e));
    graph.forEachOutEdge(claim, (e, a, _claim, source) => {
      if (a.relType !== 'REPORTED_IN') return;
      edges.add(e);
      nodes.add(source);
    });
  };
  if (n.by) {
    if (graph.hasNode(n.by)) nodes.add(n.by);
    graph.forEachInEdge(n.of, (about, a, claim) => {
      if (a.relType !== 'ABOUT') return;
      const said = graph.findInEdge(
        claim,
        (_e, b, speaker) => b.relType === 'SAID' && speaker === n.by,
      );
      if (said) take(claim, about, said);
    });
  }
  if (n.about) {
    if (graph.hasNode(n.about)) nodes.add(n.about);
    graph.forEachOutEdge(n.of, (said, a, _speaker, claim) => {
      if (a.relType !== 'SAID') return;
      const about = graph.findOutEdge(
        claim,
        (_e, b, _claim, subject) => b.relType === 'ABOUT' && subject === n.about,
      );
      if (about) take(claim, said, about);
    });
  }
  return { nodes, edges, center: n.of };
}

function neighbourhoodFocus(graph: Graph, center: string): Focus {
  const nodes = new Set<string>([center]);
  const edges = new Set<string>();
  graph.forEachEdge(center, (e, _a, src, tgt) => {
    edges.add(e);
    nodes.add(src === center ? tgt : src);
  });
  return { nodes, edges, center };
}

/** The node as drawn in this state. Returns a new object; `data` is not changed. */
export function reduceNode(
  id: string,
  data: Attributes,
  focus: Focus | null,
  s: FocusState,
): Attributes {
  const disputed = s.disputed.has(id);
  // Nothing to overlay (the common case, per node per frame): no copy.
  if (!focus && !disputed && id !== s.selected) return data;
  const out: Attributes = { ...data };
  if (disputed) out.borderColor = DISPUTED_COLOR;
  if (id === s.selected) {
    out.borderColor = SELECTED_COLOR;
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 3;
    out.size = (data.size as number) * 1.25;
  }
  if (!focus) return out;
  if (focus.nodes.has(id)) {
    out.forceLabel = true;
    out.zIndex = Math.max(out.zIndex ?? 0, id === focus.center ? 3 : 2);
    if (id === focus.center) out.highlighted = true;
    if (id === focus.center || s.highlight?.nodes.includes(id))
      out.label = data.fullLabel ?? data.label;
  } else {
    out.color = DIMMED_NODE_COLOR;
    out.borderColor = undefined;
    out.label = '';
    out.zIndex = 0;
  }
  return out;
}

/** Everything drawn in full: small graphs, and tests. */
export const FULL_DRAW: DrawMode = { simpleEdges: false };

/**
 * Above this many edges, edges out of focus lose their arrowheads and are
 * drawn as plain lines: arrowheads cost most of a frame (notably without a
 * GPU) and cannot be told apart in thousands of edges anyway.
 */
export const LARGE_GRAPH_EDGES = 4000;

export function drawModeFor(edgeCount: number): DrawMode {
  return { simpleEdges: edgeCount > LARGE_GRAPH_EDGES };
}

const SIMPLE_EDGE = { type: 'line' } as const;

/**
 * What the state changes in how an edge is drawn, or null for nothing: the
 * renderer applies it to its own copy of the edge's data, with no allocation
 * per edge per frame in the common case.
 */
export function edgeOverlay(
  id: string,
  data: Attributes,
  focus: Focus | null,
  mode: DrawMode,
): Attributes | null {
  if (focus?.edges.has(id)) {
    return {
      color: RELATION_COLORS[data.relType as string] ?? '#64748b',
      size: (data.size as number) + 1,
      label: relTypeLabel(String(data.relType ?? '')),
      forceLabel: true,
      zIndex: 2,
    };
  }
  const simple = mode.simpleEdges ? SIMPLE_EDGE : null;
  if (!focus) return simple;
  return { ...simple, color: DIMMED_EDGE_COLOR, label: '', zIndex: 0 };
}

/** The edge as drawn in this state. Returns a new object or `data` itself, never changed. */
export function reduceEdge(
  id: string,
  data: Attributes,
  focus: Focus | null,
  mode: DrawMode = FULL_DRAW,
): Attributes {
  const overlay = edgeOverlay(id, data, focus, mode);
  return overlay ? { ...data, ...overlay } : data;
}

const UNIT: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * Where an arrow key moves the selection from `from`: the nearest node within
 * 60° of the direction, weighed against straying from it (distance ÷ cosine).
 * Neighbours of `from` come first, so that the arrows walk the graph; when no
 * neighbour lies that way, any node does. null: nothing that way.
 */
export function nodeInDirection(
  from: PlacedNode,
  direction: Direction,
  nodes: Iterable<PlacedNode>,
  isNeighbour: (id: string) => boolean,
): string | null {
  const [ux, uy] = UNIT[direction];
  let best: { id: string; score: number; neighbour: boolean } | null = null;
  for (const n of nodes) {
    if (n.id === from.id) continue;
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * ux + dy * uy) / dist;
    if (cos < 0.5) continue;
    const candidate = { id: n.id, score: dist / cos, neighbour: isNeighbour(n.id) };
    if (
      !best ||
      (candidate.neighbour && !best.neighbour) ||
      (candidate.neighbour === best.neighbour && candidate.score < best.score)
    )
      best = candidate;
  }
  return best?.id ?? null;
}

/** The node drawn nearest to a point (where keyboard navigation starts: the centre). */
export function nearestNode(point: { x: number; y: number }, nodes: Iterable<PlacedNode>) {
  let best: { id: string; d: number } | null = null;
  for (const n of nodes) {
    const d = Math.hypot(n.x - point.x, n.y - point.y);
    if (!best || d < best.d) best = { id: n.id, d };
  }
  return best?.id ?? null;
}

/**
 * How many of a node's connections the canvas shows, out of those in the
 * database when more are there: "0 of 12 connections shown". A node drawn
 * alone is not a node without links.
 */
export function connectionsShown(shown: number, links: number | undefined): string {
  const more = links !== undefined && links > shown;
  const count = more ? `${formatCount(shown)} of ${formatCount(links)}` : formatCount(shown);
  return `${count} connection${(more ? links : shown) === 1 ? '' : 's'} shown`;
}

/**
 * The claims the canvas draws (after filters), in id order: what "the claims
 * in view" means for the claims CSV export and the timeline.
 */
export function claimsInView(display: Graph): string[] {
  return display.filterNodes((_n, a) => a.category === 'Claim').sort();
}
