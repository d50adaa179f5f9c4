/**
 * Subgraphs in graphology's serialized format, the shape the Sigma client
 * imports directly. Node keys are the stable `id` property; edge keys are
 * Neo4j element ids. Attribute names avoid sigma's reserved display names
 * (label, type, size, color, x, y): display is the client's business.
 */
import type { Json, PlainNode, PlainRelationship } from '../../db/values';
import { NODE_LABELS } from '../../seed/model';

export interface SerializedNode {
  key: string;
  attributes: Record<string, Json>;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: Record<string, Json>;
}

export interface SerializedGraph {
  attributes: Record<string, Json>;
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

/**
 * The node's model label (the first of seed/model's NODE_LABELS it has);
 * secondary labels such as Entity are not categories.
 */
export function categoryOf(labels: string[]): string {
  return NODE_LABELS.find((c) => labels.includes(c)) ?? labels[0] ?? 'Node';
}

/** Source properties too large for a graph view: fetched on demand by /api/sources/:id. */
const HEAVY_SOURCE_PROPERTIES = new Set(['text', 'textHash']);

/**
 * Bookkeeping, not facts about the node: a place's changes of location still to
 * undo (server/ingest/locate.ts). Left out of graph views and their exports;
 * /api/nodes/:id gives it.
 */
const BOOKKEEPING_PROPERTIES = new Set(['locationHistory']);

export class GraphBuilder {
  private nodes = new Map<string, SerializedNode>();
  private edges = new Map<string, SerializedEdge>();
  private keyOfElement = new Map<string, string>();

  hasNode(elementId: string): boolean {
    return this.keyOfElement.has(elementId);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  get edgeCount(): number {
    return this.edges.size;
  }

  addNode(node: PlainNode, extra: Record<string, Json> = {}): string {
    const existing = this.keyOfElement.get(node.elementId);
    if (existing) return existing;
    const props = node.properties;
    const key = typeof props.id === 'string' ? props.id : node.elementId;
    const attributes: Record<string, Json> = { category: categoryOf(node.labels) };
    for (const [k, v] of Object.entries(props)) {
      if (k === 'category' || BOOKKEEPING_PROPERTIES.has(k)) continue;
      if (node.labels.includes('Source') && HEAVY_SOURCE_PROPERTIES.has(k)) continue;
      attributes[k] = v;
    }
    if (attributes.name === undefined) attributes.name = key;
    Object.assign(attributes, extra);
    this.keyOfElement.set(node.elementId, key);
    this.nodes.set(key, { key, attributes });
    return key;
  }

  /** Adds the relationship when both ends are in the graph; returns whether it did. */
  addEdge(rel: PlainRelationship): boolean {
    const source = this.keyOfElement.get(rel.startElementId);
    const target = this.keyOfElement.get(rel.endElementId);
    if (!source || !target) return false;
    if (!this.edges.has(rel.elementId)) {
      this.edges.set(rel.elementId, {
        key: rel.elementId,
        source,
        target,
        attributes: { relType: rel.type, ...rel.properties },
      });
    }
    return true;
  }

  nodeKeys(): string[] {
    return [...this.nodes.keys()];
  }

  elementIds(): string[] {
    return [...this.keyOfElement.keys()];
  }

  setNodeAttribute(key: string, name: string, value: Json): void {
    const node = this.nodes.get(key);
    if (node) node.attributes[name] = value;
  }

  build(attributes: Record<string, Json> = {}): SerializedGraph {
    return {
      attributes,
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
    };
  }
}

function isPlainNode(v: unknown): v is PlainNode {
  return !!v && typeof v === 'object' && 'elementId' in v && 'labels' in v && 'properties' in v;
}

function isPlainRelationship(v: unknown): v is PlainRelationship {
  return !!v && typeof v === 'object' && 'elementId' in v && 'startElementId' in v && 'type' in v;
}

/** Collects every node, relationship and path inside arbitrary result values. */
export function collectGraph(values: unknown[], builder = new GraphBuilder()): GraphBuilder {
  const rels: PlainRelationship[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (isPlainNode(v)) {
      builder.addNode(v);
      return;
    }
    if (isPlainRelationship(v)) {
      rels.push(v);
      return;
    }
    if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  values.forEach(visit);
  rels.forEach((r) => builder.addEdge(r));
  return builder;
}
