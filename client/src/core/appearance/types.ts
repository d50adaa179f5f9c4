export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star' | 'ring';

/** The eight groups the legend and the kind filter speak of. */
export type KindGroup =
  'person' | 'state' | 'organisation' | 'media' | 'unit' | 'place' | 'source' | 'claim';

export interface GroupStyle {
  group: KindGroup;
  label: string;
  color: string;
  shape: Shape;
  /** What falls in it, for the legend's tooltip. */
  covers: string;
}

/** What sigma draws for a node (display graph attributes). */
export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  fullLabel: string;
  shape: Shape;
  group: KindGroup;
  category: string;
  type: 'shape';
  borderColor?: string;
  /** Claims whose figures conflict with another source's. */
  disputed?: boolean;
}

export interface EdgeDisplay {
  size: number;
  color: string;
  label: string;
  relType: string;
  type: 'arrow' | 'line';
}
