import type { EdgeDisplay, NodeDisplay } from '../appearance/types';
import type { Highlight, WhoSaidInView } from '../state/types';

export type DisplayNode = NodeDisplay;
export type DisplayEdge = EdgeDisplay;

/** What the reducers need to know: all transient, none stored on the graph. */
export interface FocusState {
  selected: string | null;
  hovered: string | null;
  highlight: Highlight | null;
  /** The who-said-what list on screen, when it is narrowed (see whoSaidInView). */
  narrowed: WhoSaidInView | null;
  disputed: { has(id: string): boolean };
}

/** The nodes and edges in focus, or null when nothing is (everything drawn normally). */
export interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
  /** The node the focus is about (hovered or selected), whose edges get labels. */
  center: string | null;
}

/** How edges are drawn, by the size of the graph: rendering cost grows with edges. */
export interface DrawMode {
  /** Edges out of focus drawn as plain one-pixel lines, without arrowheads. */
  simpleEdges: boolean;
}

/** An arrow key's direction on screen. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** A node where it is drawn (viewport pixels, y down). */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}
