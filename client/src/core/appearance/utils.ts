/** Colour, shape and size rules. DOM-free. */
import type { Category, RelationType } from '../api/types';
import type { GroupStyle, KindGroup, Shape } from './types';

/**
 * Colours chosen to stay apart for common colour-vision deficiencies and to
 * read on the light canvas; shapes carry the same information a second way.
 * Red is kept for disagreement.
 */
export const GROUPS: readonly GroupStyle[] = [
  {
    group: 'person',
    label: 'Person',
    color: '#2563eb',
    shape: 'circle',
    covers: 'people, unattributed speakers',
  },
  {
    group: 'state',
    label: 'State / government',
    color: '#7c3aed',
    shape: 'diamond',
    covers: 'states, governments',
  },
  {
    group: 'organisation',
    label: 'Organisation',
    color: '#059669',
    shape: 'hexagon',
    covers: 'organisations, agencies, armed services, groups',
  },
  {
    group: 'media',
    label: 'Media outlet',
    color: '#db2777',
    shape: 'square',
    covers: 'newspapers, TV, news agencies',
  },
  {
    group: 'unit',
    label: 'Military unit',
    color: '#c2410c',
    shape: 'triangle',
    covers: 'armed forces, formations, contingents',
  },
  {
    group: 'place',
    label: 'Place',
    color: '#0e7490',
    shape: 'star',
    covers: 'countries, regions, cities, fronts',
  },
  {
    group: 'source',
    label: 'Source',
    color: '#475569',
    shape: 'square',
    covers: 'articles and reports',
  },
  {
    group: 'claim',
    label: 'Claim',
    color: '#a16207',
    shape: 'ring',
    covers: 'statements attributed to a speaker',
  },
];

export const GROUP_BY_KEY: Record<KindGroup, GroupStyle> = Object.fromEntries(
  GROUPS.map((g) => [g.group, g]),
) as Record<KindGroup, GroupStyle>;

export const DISPUTED_COLOR = '#dc2626';
/** A recorded corroboration: the green of the panels' agreements (--agree). */
export const AGREED_COLOR = '#15803d';
export const SELECTED_COLOR = '#111827';
export const DIMMED_NODE_COLOR = '#e5e7eb';
export const DIMMED_EDGE_COLOR = '#f1f5f9';
export const EDGE_COLOR = '#cbd5e1';

/** Which legend group a node belongs to. */
export function kindGroup(
  category: Category | string | undefined,
  kind?: string | null,
): KindGroup {
  switch (category) {
    case 'Unit':
      return 'unit';
    case 'Place':
      return 'place';
    case 'Source':
      return 'source';
    case 'Claim':
      return 'claim';
    default:
      break;
  }
  switch (kind) {
    case 'state':
    case 'government':
      return 'state';
    case 'media':
      return 'media';
    case 'organisation':
    case 'agency':
    case 'military':
    case 'group':
      return 'organisation';
    default:
      return 'person';
  }
}

export const SHAPE_CODES: Record<Shape, number> = {
  circle: 0,
  square: 1,
  diamond: 2,
  triangle: 3,
  hexagon: 4,
  star: 5,
  ring: 6,
};

/**
 * Edge colours by relation type (shown on hover/selection, and in the filter
 * list); every type of the model has one (`satisfies`), looked up by any string.
 */
export const RELATION_COLORS: Readonly<Record<string, string>> = {
  SAID: '#2563eb',
  REPORTED_IN: '#64748b',
  ABOUT: '#a16207',
  PUBLISHED_BY: '#db2777',
  CITES: '#475569',
  RELAYED_FROM: '#0369a1',
  CONTRADICTS: DISPUTED_COLOR,
  CORROBORATES: AGREED_COLOR,
  DEPLOYED_TO: '#c2410c',
  PART_OF: '#9a3412',
  LOCATED_IN: '#0e7490',
  LEADS: '#7c3aed',
  MEMBER_OF: '#059669',
  ALLIED_WITH: '#16a34a',
  FIGHTS_AGAINST: '#b91c1c',
} satisfies Record<RelationType, string>;

/** Node size (pixels at zoom 1) from its degree. Claims stay small. */
/** A relationship type as the UI writes it: "ALLIED_WITH" → "allied with". */
export function relTypeLabel(type: string): string {
  return type.replace(/_/g, ' ').toLowerCase();
}

export function sizeFor(degree: number, maxDegree: number, group: KindGroup): number {
  const d = Math.max(0, degree);
  const m = Math.max(1, maxDegree);
  const t = Math.sqrt(d / m);
  if (group === 'claim') return 4 + 3 * t;
  return 5 + 13 * t;
}

/**
 * How much smaller nodes are drawn in a crowded graph: 1 up to 2,000 nodes,
 * then shrinking with the square root of the count, to 0.45 (10,000 nodes).
 * Thousands of full-size nodes would cover the whole stage (and each drawn
 * pixel costs, notably without a GPU).
 */
export function crowdScale(nodeCount: number): number {
  if (nodeCount <= 2000) return 1;
  return Math.max(0.45, Math.sqrt(2000 / nodeCount));
}

/** Rendered size (px) from which a node of a graph of up to 2,000 nodes is labelled. */
export const LABEL_SIZE_THRESHOLD = 9;

/**
 * The rendered size from which a node is labelled in a graph of `nodeCount`
 * nodes. Nodes are drawn smaller in a crowded graph (crowdScale), and so is the
 * threshold: the same nodes, relative to the largest, carry a label whatever the
 * graph's size (at a fixed 9 px no node of a 10,000-node overview had one, not
 * even its hubs). In half-pixel steps, so that a graph growing by a few nodes
 * rarely changes the setting (a change makes sigma process every node again).
 */
export function labelSizeThreshold(nodeCount: number): number {
  return Math.floor(LABEL_SIZE_THRESHOLD * crowdScale(nodeCount) * 2) / 2;
}

/** A label short enough to sit on the canvas. */
export function shortLabel(name: string, max = 34): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * Text broken into lines of at most `width` characters at spaces, for a
 * canvas tooltip (which draws each line as given and would run off the
 * chart's edge). A word longer than a line gets a line of its own.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Parses #rrggbb to [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const n = parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance contrast between two colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = hexToRgb(hex).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}
