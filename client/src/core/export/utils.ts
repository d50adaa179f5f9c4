/** GEXF and JSON documents of the filtered graph. DOM-free. */
import type Graph from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { VisualAttrs } from './types';

/** GEXF attribute values must be scalars: lists become "a; b", objects JSON. */
export function scalarAttributes(
  attrs: Record<string, unknown>,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === 'x' || k === 'y' || k === 'fixed') continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (Array.isArray(v))
      out[k] = v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ');
    else out[k] = JSON.stringify(v);
  }
  return out;
}

/** GEXF 1.3 with viz colour, size and position from `visual` (the canvas's). */
export function toGexf(graph: Graph, visual: (node: string) => VisualAttrs | null): string {
  return write(graph, {
    version: '1.3',
    formatNode: (key, attrs) => {
      const v = visual(key);
      return {
        label: String(attrs.name ?? key),
        attributes: scalarAttributes(attrs),
        viz: v ? { color: v.color, size: v.size, x: v.x, y: v.y } : {},
      };
    },
    formatEdge: (_key, attrs) => ({
      label: String(attrs.relType ?? ''),
      attributes: scalarAttributes(attrs),
    }),
  });
}

/** The graph (graphology's serialisation) plus the view that produced it. */
export function toJson(graph: Graph, view: unknown): string {
  return JSON.stringify(
    { generator: 'Claimgraph', exportedAt: new Date().toISOString(), view, graph: graph.export() },
    null,
    2,
  );
}

export function fileStamp(d = new Date()): string {
  return d.toISOString().slice(0, 19).replace(/[:T]/g, '-');
}
