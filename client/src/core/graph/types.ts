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
}

export interface Snapshot {
  graph: SerializedGraph;
  nodeOrigins: [string, Origin[]][];
  edgeOrigins: [string, Origin[]][];
  expanded: string[];
  hidden: string[];
  label: string;
}

export interface DatasetChange {
  /** What happened, for logs and the status line. */
  reason: string;
  addedNodes: string[];
  removedNodes: string[];
}
