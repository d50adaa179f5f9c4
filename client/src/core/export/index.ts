/** Export: PNG of the canvas, GEXF and JSON of the filtered graph. */
import { downloadAsPNG } from '@sigma/export-image';
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { VisualAttrs } from './types';
import { fileStamp, toGexf, toJson } from './utils';

export * from './types';
export * from './utils';

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Saves `blob` as a file the browser downloads. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function exportPng(sigma: Sigma): Promise<void> {
  await downloadAsPNG(sigma, {
    fileName: `claimgraph-${fileStamp()}`,
    backgroundColor: '#ffffff',
    layers: ['edges', 'nodes', 'edgeLabels', 'labels'],
  });
}

export function exportGexf(graph: Graph, visual: (n: string) => VisualAttrs | null): void {
  downloadText(toGexf(graph, visual), `claimgraph-${fileStamp()}.gexf`, 'application/xml');
}

export function exportJson(graph: Graph, view: unknown): void {
  downloadText(toJson(graph, view), `claimgraph-${fileStamp()}.json`, 'application/json');
}
