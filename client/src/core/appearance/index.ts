/** Appearance: what the dataset's attributes look like on the canvas. DOM-free. */
import type Graph from 'graphology';
import type { NodeAttrs } from '../graph/types';
import { NODE_TYPE, type EdgeDisplay, type NodeDisplay } from './types';
import { CONTRADICTS, CORROBORATES } from '../../../../seed/model';
import {
  AGREED_COLOR,
  DISPUTED_COLOR,
  EDGE_COLOR,
  GROUP_BY_KEY,
  kindGroup,
  shortLabel,
  sizeFor,
} from './utils';

export * from './types';
export * from './utils';

/** The degree a node is sized by: the database's when the API gave it, else the visible one. */
export function degreeOf(graph: Graph, id: string): number {
  const d = graph.getNodeAttribute(id, 'degree');
  return typeof d === 'number' ? d : graph.degree(id);
}

export function maxDegree(graph: Graph): number {
  let max = 1;
  graph.forEachNode((n, a) => {
    if (a.category === 'Claim') return;
    max = Math.max(max, degreeOf(graph, n));
  });
  return max;
}

export function nodeDisplay(
  id: string,
  a: NodeAttrs,
  degree: number,
  max: number,
  disputed: boolean,
  /** crowdScale of the graph drawn: smaller nodes when there are thousands. */
  scale = 1,
): NodeDisplay {
  const group = kindGroup(a.category, a.kind ?? null);
  const style = GROUP_BY_KEY[group];
  const name = String(a.name ?? a.title ?? id);
  return {
    x: a.x,
    y: a.y,
    // Disputed claims are drawn larger so that their red outline shows.
    size: (sizeFor(degree, max, group) + (disputed ? 2.5 : 0)) * scale,
    color: style.color,
    label: group === 'claim' ? shortLabel(name, 28) : shortLabel(name),
    fullLabel: name,
    shape: style.shape,
    group,
    category: String(a.category),
    type: NODE_TYPE,
    ...(disputed ? { disputed: true } : {}),
    ...(typeof a.degree === 'number' ? { links: a.degree } : {}),
  };
}

export function edgeDisplay(relType: string): EdgeDisplay {
  // Where sources disagree shows at once: red, and without an arrowhead, since
  // "contradicts" reads the same both ways.
  if (relType === CONTRADICTS) {
    return { size: 2, color: DISPUTED_COLOR, label: '', relType, type: 'line' };
  }
  // Its counterpart, green: "corroborates" reads both ways too.
  if (relType === CORROBORATES) {
    return { size: 2, color: AGREED_COLOR, label: '', relType, type: 'line' };
  }
  return {
    size: relType === 'SAID' || relType === 'ABOUT' ? 1 : 1.5,
    color: EDGE_COLOR,
    label: '',
    relType,
    type: 'arrow',
  };
}
