/** GEXF and JSON documents of the filtered graph. DOM-free. */
import type Graph from 'graphology';
import { write } from 'graphology-gexf/browser';
import { CLAIMS_CSV_MAX } from '../api';
import { formatCount, plural } from '../format';
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

/**
 * What a saved claims table says it holds. `inView`: the claims on screen
 * when the table was the view's; more of them than rows means some were left
 * out (a table holds at most CLAIMS_CSV_MAX), which the analyst must be told.
 */
export function claimsCsvSaved(
  file: { fileName: string; rows: number; total: number },
  inView?: number,
): string {
  if (inView !== undefined && inView > file.rows) {
    return (
      `Saved ${formatCount(file.rows)} of the ${plural(inView, 'claim')} in view to ` +
      `${file.fileName}; a table holds at most ${formatCount(CLAIMS_CSV_MAX)}: ` +
      'filter the view or export a speaker’s or a source’s claims for the rest.'
    );
  }
  if (file.rows < file.total) {
    return (
      `Saved the first ${formatCount(file.rows)} of ${plural(file.total, 'claim')} ` +
      `by date to ${file.fileName}; /api/claims.csv?offset= pages through the rest.`
    );
  }
  return `Saved ${plural(file.rows, 'claim')} to ${file.fileName}.`;
}

/** What a saved table of places holds: all of them, or the first (most claims) of how many. */
export function placesCsvSaved(file: { fileName: string; rows: number; total: number }): string {
  if (file.rows < file.total)
    return (
      `Saved the ${formatCount(file.rows)} places with most claims, of ${formatCount(file.total)}, ` +
      `to ${file.fileName}.`
    );
  return `Saved ${plural(file.rows, 'place')} to ${file.fileName}.`;
}

/** What a saved table of figures that agree holds: all its pairs, or the closest of them. */
export function agreeingPairsCsvSaved(file: {
  fileName: string;
  rows: number;
  total: number;
}): string {
  if (file.rows < file.total) {
    return (
      `Saved the ${formatCount(file.rows)} closest of ${plural(file.total, 'pair')} of figures ` +
      `that agree to ${file.fileName}; ?offset= pages through the rest.`
    );
  }
  return `Saved ${plural(file.rows, 'pair')} of figures that agree to ${file.fileName}.`;
}

/**
 * What a saved table of figures that disagree says it holds: at scale the
 * pairs number in the millions, and a table holds the first CLAIMS_CSV_MAX
 * in the order asked.
 */
export function figurePairsCsvSaved(
  file: { fileName: string; rows: number; total: number },
  order: 'date' | 'widest',
): string {
  if (file.rows < file.total) {
    return (
      `Saved the ${formatCount(file.rows)} ${order === 'widest' ? 'widest apart' : 'first by date'} ` +
      `of ${plural(file.total, 'pair')} of figures to ${file.fileName}; ` +
      '/api/figures.csv?offset= pages through the rest.'
    );
  }
  return `Saved ${plural(file.rows, 'pair')} of figures to ${file.fileName}.`;
}
