/** Pure helpers of the dataset graph. DOM-free. */
import type { SerializedGraph } from '../api/types';

export const expandOrigin = (id: string) => `expand:${id}`;
export const isExpandOrigin = (o: string) => o.startsWith('expand:');
export const expandedIdOf = (o: string) => o.slice('expand:'.length);

/** Positions for `count` new nodes on a ring around (cx, cy), spread evenly. */
export function ringPositions(
  cx: number,
  cy: number,
  count: number,
  radius: number,
  phase = 0,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    // Golden-angle spiral so that many nodes do not sit on one circle.
    const angle = phase + i * 2.399963229728653;
    const r = radius * (0.6 + 0.4 * Math.sqrt((i + 1) / Math.max(1, count)));
    out.push({ x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
  }
  return out;
}

/** A small deterministic hash in [0, 1) for stable jitter. */
export function hash01(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 100000) / 100000;
}

/** Extent of positions: used to choose how far from its parent a new node goes. */
export function extent(points: Iterable<{ x: number; y: number }>): {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  size: number;
} {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  if (minX === Infinity) return { minX: 0, maxX: 0, minY: 0, maxY: 0, size: 0 };
  return { minX, maxX, minY, maxY, size: Math.max(maxX - minX, maxY - minY) };
}

/** An empty serialized graph. */
export function emptySerialized(): SerializedGraph {
  return { attributes: {}, nodes: [], edges: [] };
}

/** Strips the fields graphology adds to an export so that it can be imported again. */
export function isSerializedGraph(v: unknown): v is SerializedGraph {
  return (
    !!v &&
    typeof v === 'object' &&
    Array.isArray((v as SerializedGraph).nodes) &&
    Array.isArray((v as SerializedGraph).edges)
  );
}
