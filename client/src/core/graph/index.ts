/**
 * The dataset graph: every node and edge the analyst has brought into view,
 * with the API's attributes and a position. Merges, expansions, collapses and
 * hides are recorded so that each can be undone. DOM-free.
 */
import { MultiDirectedGraph } from 'graphology';
import { relTypeLabel } from '../appearance/utils';
import type { SerializedGraph } from '../api/types';
import type {
  DatasetChange,
  EdgeAttrs,
  Expansion,
  MergeResult,
  NodeAttrs,
  Origin,
  Snapshot,
} from './types';
import {
  expandOrigin,
  expandedIdOf,
  expansionKey,
  expansionKeyOf,
  expansionToken,
  extent,
  hash01,
  isExpandOrigin,
  ringPositions,
  treePositions,
} from './utils';
import { OriginIndex } from './origins';

export * from './types';
export * from './utils';

export type DatasetGraphType = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export interface MergeOptions {
  /** Node near which new nodes are placed (the expanded node, say). */
  anchor?: string | null;
}

const HISTORY_LIMIT = 50;

/** Where an expansion stands after a page: the next page's offset, and the links left after it. */
const pageEnd = (page: MergeResult): Pick<Expansion, 'next' | 'remaining'> => ({
  next: page.next,
  remaining: page.next === null ? 0 : (page.omitted?.edges ?? 0),
});

export class DatasetGraph {
  readonly graph: DatasetGraphType = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({
    allowSelfLoops: true,
  });
  private nodeOrigins = new OriginIndex();
  private edgeOrigins = new OriginIndex();
  /** By expansion key (utils: expansionKey). */
  private expansionMap = new Map<string, Expansion>();
  private hiddenSet = new Set<string>();
  private history: Snapshot[] = [];
  private listeners = new Set<(change: DatasetChange) => void>();

  /** The expansions as a link writes them (utils: expansionToken), in the order made. */
  get expanded(): string[] {
    return [...this.expansionMap.values()].map(expansionToken);
  }

  get expansions(): Expansion[] {
    return [...this.expansionMap.values()].map((e) => ({ ...e }));
  }

  get hidden(): ReadonlySet<string> {
    return this.hiddenSet;
  }

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  get undoLabel(): string | null {
    return this.history.at(-1)?.label ?? null;
  }

  /** Whether all of the node's links (type null) or one type's were brought in. */
  isExpanded(id: string, type: string | null = null): boolean {
    return this.expansionMap.has(expansionKey(id, type));
  }

  expansion(id: string, type: string | null = null): Expansion | null {
    const e = this.expansionMap.get(expansionKey(id, type));
    return e ? { ...e } : null;
  }

  /** Every expansion of the node: all its links, one type's. */
  expansionsOf(id: string): Expansion[] {
    return this.expansions.filter((e) => e.id === id);
  }

  originsOf(id: string): Origin[] {
    return this.nodeOrigins.get(id);
  }

  onChange(fn: (change: DatasetChange) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(change: DatasetChange): void {
    for (const fn of this.listeners) fn(change);
  }

  /** Replaces everything with `data` (the overview, say). Clears the history. */
  load(data: SerializedGraph, origin: Origin = 'overview'): MergeResult {
    const removed = this.graph.nodes();
    this.graph.clear();
    this.nodeOrigins.clear();
    this.edgeOrigins.clear();
    this.expansionMap.clear();
    this.hiddenSet.clear();
    this.history = [];
    const result = this.mergeInto(data, origin, {});
    this.emit({ reason: `load ${origin}`, addedNodes: result.addedNodes, removedNodes: removed });
    return result;
  }

  /** Adds `data` under `origin`, recording an undo step. */
  merge(
    data: SerializedGraph,
    origin: Origin,
    opts: MergeOptions = {},
    label?: string,
  ): MergeResult {
    this.push(label ?? `add ${origin}`);
    const result = this.mergeInto(data, origin, opts);
    this.emit({ reason: `merge ${origin}`, addedNodes: result.addedNodes, removedNodes: [] });
    return result;
  }

  /**
   * Merges the first page of a node's neighbourhood: all its links, or those of
   * one relationship type. collapse(id) or takeBack(id, type) takes it back.
   */
  expand(
    id: string,
    data: SerializedGraph,
    opts: { type?: string | null; depth?: number } = {},
  ): MergeResult {
    const type = opts.type ?? null;
    const key = expansionKey(id, type);
    this.push(
      type ? `bring in ${relTypeLabel(type)} of ${this.nameOf(id)}` : `expand ${this.nameOf(id)}`,
    );
    const result = this.mergeInto(data, expandOrigin(key), { anchor: id });
    this.expansionMap.delete(key);
    this.expansionMap.set(key, { id, type, depth: opts.depth ?? 1, pages: 1, ...pageEnd(result) });
    this.emit({ reason: `expand ${key}`, addedNodes: result.addedNodes, removedNodes: [] });
    return result;
  }

  /** Merges the next page of an expansion (data: the API's page at its `next` offset). */
  expandMore(id: string, data: SerializedGraph, type: string | null = null): MergeResult {
    const key = expansionKey(id, type);
    const e = this.expansionMap.get(key);
    if (!e) throw new Error(`${key} is not expanded`);
    this.push(`bring in more ${type ? `${relTypeLabel(type)} ` : ''}of ${this.nameOf(id)}`);
    const result = this.mergeInto(data, expandOrigin(key), { anchor: id });
    this.expansionMap.set(key, { ...e, pages: e.pages + 1, ...pageEnd(result) });
    this.emit({ reason: `expand more ${key}`, addedNodes: result.addedNodes, removedNodes: [] });
    return result;
  }

  /**
   * Takes back what expanding `id` brought, all its links and each type's, and
   * what expanding those nodes brought in turn. Nodes there for another reason stay.
   */
  collapse(id: string): string[] {
    const keys = this.expansionsOf(id).map((e) => expansionKey(e.id, e.type));
    if (!keys.length) return [];
    this.push(`collapse ${this.nameOf(id)}`);
    const removed = this.withdraw(...keys.map(expandOrigin));
    this.emit({ reason: `collapse ${id}`, addedNodes: [], removedNodes: removed });
    return removed;
  }

  /** Takes back one expansion of the node (type null: the one of all its links). */
  takeBack(id: string, type: string | null): string[] {
    const key = expansionKey(id, type);
    if (!this.expansionMap.has(key)) return [];
    this.push(
      type
        ? `take back ${relTypeLabel(type)} of ${this.nameOf(id)}`
        : `collapse ${this.nameOf(id)}`,
    );
    const removed = this.withdraw(expandOrigin(key));
    this.emit({ reason: `take back ${key}`, addedNodes: [], removedNodes: removed });
    return removed;
  }

  /** Withdraws every element added under `origin` (cascading through expansions). */
  removeOrigin(origin: Origin, label?: string): string[] {
    this.push(label ?? `remove ${origin}`);
    const removed = this.withdraw(origin);
    this.emit({ reason: `remove ${origin}`, addedNodes: [], removedNodes: removed });
    return removed;
  }

  hide(ids: string[]): void {
    const fresh = ids.filter((id) => this.graph.hasNode(id) && !this.hiddenSet.has(id));
    if (!fresh.length) return;
    this.push(fresh.length === 1 ? `hide ${this.nameOf(fresh[0]!)}` : `hide ${fresh.length} nodes`);
    fresh.forEach((id) => this.hiddenSet.add(id));
    this.emit({ reason: 'hide', addedNodes: [], removedNodes: [] });
  }

  unhideAll(): void {
    if (!this.hiddenSet.size) return;
    this.push('show hidden nodes');
    this.hiddenSet.clear();
    this.emit({ reason: 'unhide', addedNodes: [], removedNodes: [] });
  }

  /** Forgets the undo history (after a view was restored from a link). */
  clearHistory(): void {
    this.history = [];
  }

  /** Restores the state before the last recorded step. Positions of kept nodes stay. */
  undo(): string | null {
    const snap = this.history.pop();
    if (!snap) return null;
    const positions = new Map<string, { x: number; y: number }>();
    this.graph.forEachNode((n, a) => positions.set(n, { x: a.x, y: a.y }));
    const before = new Set(this.graph.nodes());
    this.graph.clear();
    this.graph.import(snap.graph as unknown as Parameters<DatasetGraphType['import']>[0]);
    this.graph.updateEachNodeAttributes((n, a) => {
      const p = positions.get(n);
      return p ? { ...a, x: p.x, y: p.y } : a;
    });
    this.nodeOrigins = OriginIndex.from(snap.nodeOrigins);
    this.edgeOrigins = OriginIndex.from(snap.edgeOrigins);
    this.expansionMap = new Map(snap.expansions.map((e) => [expansionKey(e.id, e.type), { ...e }]));
    this.hiddenSet = new Set(snap.hidden);
    const after = new Set(this.graph.nodes());
    this.emit({
      reason: `undo ${snap.label}`,
      addedNodes: [...after].filter((n) => !before.has(n)),
      removedNodes: [...before].filter((n) => !after.has(n)),
    });
    return snap.label;
  }

  /** Writes layout positions back (after the layout ran on the display graph). */
  setPositions(positions: Iterable<[string, { x: number; y: number }]>): void {
    for (const [id, p] of positions) {
      if (!this.graph.hasNode(id)) continue;
      this.graph.mergeNodeAttributes(id, { x: p.x, y: p.y });
    }
  }

  nameOf(id: string): string {
    return this.graph.hasNode(id) ? String(this.graph.getNodeAttribute(id, 'name') ?? id) : id;
  }

  private push(label: string): void {
    this.history.push({
      graph: this.graph.export() as unknown as SerializedGraph,
      nodeOrigins: this.nodeOrigins.entries(),
      edgeOrigins: this.edgeOrigins.entries(),
      expansions: this.expansions,
      hidden: [...this.hiddenSet],
      label,
    });
    if (this.history.length > HISTORY_LIMIT) this.history.shift();
  }

  private mergeInto(data: SerializedGraph, origin: Origin, opts: MergeOptions): MergeResult {
    const g = this.graph;
    const addedNodes: string[] = [];
    const addedEdges: string[] = [];
    const ownId = isExpandOrigin(origin) ? expandedIdOf(origin) : null;
    const fresh = data.nodes.filter((n) => !g.hasNode(n.key));

    // Where new nodes go: around the anchor, else around an already placed
    // neighbour, else around the centre of what is there, linked ones together.
    const box = extent(g.nodes().map((n) => g.getNodeAttributes(n)));
    const spread = Math.max(box.size, 100);
    const neighbourOf = new Map<string, string>();
    for (const e of data.edges) {
      if (g.hasNode(e.source) && !g.hasNode(e.target)) neighbourOf.set(e.target, e.source);
      if (g.hasNode(e.target) && !g.hasNode(e.source)) neighbourOf.set(e.source, e.target);
    }
    const groups = new Map<string, string[]>();
    for (const n of fresh) {
      const anchor =
        opts.anchor && g.hasNode(opts.anchor) ? opts.anchor : (neighbourOf.get(n.key) ?? '');
      const list = groups.get(anchor) ?? [];
      list.push(n.key);
      groups.set(anchor, list);
    }
    const position = new Map<string, { x: number; y: number }>();
    for (const [anchor, keys] of groups) {
      const center = anchor
        ? { x: g.getNodeAttribute(anchor, 'x'), y: g.getNodeAttribute(anchor, 'y') }
        : { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
      const radius = anchor
        ? spread * Math.min(0.25, 0.06 + 0.01 * Math.sqrt(keys.length))
        : g.order === 0
          ? 100
          : spread * 0.6;
      if (anchor) {
        const ring = ringPositions(center.x, center.y, keys.length, radius, hash01(anchor) * 6.28);
        keys.forEach((k, i) => position.set(k, ring[i]!));
      } else {
        // Nothing placed to start from: linked new nodes start next to each other.
        const placed = treePositions(keys, data.edges, center.x, center.y, radius);
        for (const [k, p] of placed) position.set(k, p);
      }
    }

    for (const n of data.nodes) {
      // A node's own expansion is no reason for it to be there.
      if (n.key !== ownId || !g.hasNode(n.key)) this.nodeOrigins.add(n.key, origin);
      if (g.hasNode(n.key)) {
        // Newer responses may carry more properties: keep the union, keep the position.
        const { x, y } = g.getNodeAttributes(n.key);
        g.mergeNodeAttributes(n.key, { ...n.attributes, x, y });
      } else {
        const p = position.get(n.key) ?? { x: 0, y: 0 };
        const ax = typeof n.attributes.x === 'number' ? n.attributes.x : p.x;
        const ay = typeof n.attributes.y === 'number' ? n.attributes.y : p.y;
        g.addNode(n.key, {
          ...n.attributes,
          aliases: n.attributes.aliases ?? [],
          x: ax,
          y: ay,
        });
        addedNodes.push(n.key);
      }
    }
    for (const e of data.edges) {
      if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
      this.edgeOrigins.add(e.key, origin);
      if (g.hasEdge(e.key)) {
        g.mergeEdgeAttributes(e.key, e.attributes);
      } else {
        g.addEdgeWithKey(e.key, e.source, e.target, { ...e.attributes });
        addedEdges.push(e.key);
      }
    }
    const attrs = data.attributes ?? {};
    return {
      addedNodes,
      addedEdges,
      truncated: Boolean(attrs.truncated),
      omitted: attrs.omitted ?? null,
      next: typeof attrs.nextOffset === 'number' ? attrs.nextOffset : null,
    };
  }

  /** Removes the origins everywhere; drops what is left without one. Returns dropped nodes. */
  private withdraw(...first: Origin[]): string[] {
    const g = this.graph;
    const removed: string[] = [];
    const queue: Origin[] = [...first];
    const done = new Set<Origin>();
    while (queue.length) {
      const origin = queue.shift()!;
      if (done.has(origin)) continue;
      done.add(origin);
      if (isExpandOrigin(origin)) this.expansionMap.delete(expansionKeyOf(origin));
      for (const edge of this.edgeOrigins.withdraw(origin)) {
        if (g.hasEdge(edge)) g.dropEdge(edge);
      }
      for (const node of this.nodeOrigins.withdraw(origin)) {
        if (!g.hasNode(node)) continue;
        g.forEachEdge(node, (edge) => this.edgeOrigins.delete(edge));
        g.dropNode(node);
        this.hiddenSet.delete(node);
        removed.push(node);
        // What this node's own expansions brought goes with it.
        for (const e of this.expansionMap.values())
          if (e.id === node) queue.push(expandOrigin(expansionKey(e.id, e.type)));
      }
    }
    return removed;
  }
}
