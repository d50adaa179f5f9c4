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

/**
 * The sigma program key of every node. NodeShapeProgram draws all the shapes;
 * it is registered under sigma's default key, 'circle', because sigma always
 * registers a program under that key: with any other key, sigma also compiles
 * its own circle program and that program's hover copy, which no node uses
 * (20–120 ms of the first frame without a GPU).
 */
export const NODE_TYPE = 'circle';

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
  type: typeof NODE_TYPE;
  borderColor?: string;
  /** Claims whose figures conflict with another source's. */
  disputed?: boolean;
  /** The node's links in the database, when the API said: more than the canvas may show. */
  links?: number;
}

export interface EdgeDisplay {
  size: number;
  color: string;
  label: string;
  relType: string;
  type: 'arrow' | 'line';
}
