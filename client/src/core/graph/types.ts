import type { SerializedGraph, WireEdgeAttributes, WireNodeAttributes } from '../api/types';

/** A node of the dataset graph: what the API said, plus a position. */
export interface NodeAttrs extends WireNodeAttributes {
  x: number;
  y: number;
}

export type EdgeAttrs = WireEdgeAttributes;

/**
 * Why an element is in the dataset graph. One element can have several:
 * it stays until the last one is withdrawn (collapse, undo).
 */
export type Origin = string;

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
  /** The merged response's truncation report, when it had one. */
  truncated: boolean;
  omitted: { nodes: number; edges: number } | null;
  /** The API's offset for the next page of a depth-1 neighbourhood (null: no more). */
  next: number | null;
}

/**
 * A node's links brought in from the database: all of them (type null) or one
 * relationship type's, a page at a time (the API's supernode guard caps a page).
 */
export interface Expansion {
  id: string;
  type: string | null;
  depth: number;
  /** Pages brought in so far. */
  pages: number;
  /** The API's offset for the next page; null when the last page held the rest. */
  next: number | null;
  /** Links the database holds beyond the pages brought in (what `next` would start on). */
  remaining: number;
}

export interface Snapshot {
  graph: SerializedGraph;
  nodeOrigins: [string, Origin[]][];
  edgeOrigins: [string, Origin[]][];
  expansions: Expansion[];
  hidden: string[];
  label: string;
}

export interface DatasetChange {
  /** What happened, for logs and the status line. */
  reason: string;
  addedNodes: string[];
  removedNodes: string[];
}
