/** Pure helpers of the dataset graph. DOM-free. */
import type { SerializedGraph } from '../api/types';
import type { Expansion } from './types';

/**
 * An expansion's key: the node's id for all its links, `id~TYPE` for one
 * relationship type's. Node ids cannot hold "~" (the API's id pattern).
 */
export const expansionKey = (id: string, type: string | null = null) =>
  type ? `${id}~${type}` : id;

export const expandOrigin = (key: string) => `expand:${key}`;
export const isExpandOrigin = (o: string) => o.startsWith('expand:');
export const expansionKeyOf = (o: string) => o.slice('expand:'.length);

/** The node an expansion key (or origin) belongs to. */
export const expandedIdOf = (keyOrOrigin: string) =>
  (isExpandOrigin(keyOrOrigin) ? expansionKeyOf(keyOrOrigin) : keyOrOrigin).split('~')[0]!;

const TOKEN = /^([A-Za-z0-9:_.-]+)(?:\*([A-Z][A-Z_]*))?(?:\*([1-9][0-9]{0,2}))?(?:\*d([23]))?$/;

/** What an expansion token holds. */
export type ExpansionRef = Pick<Expansion, 'id' | 'type' | 'pages' | 'depth'>;

/**
 * An expansion as a link writes it: `id`, `id*TYPE` for one type's links, then
 * `*N` when N pages were brought in, and `*d2` or `*d3` for a deeper expansion
 * (the ingest panel brings a new source in to depth 2). "*" is left as it is in
 * a URL; "~" is not.
 */
export function expansionToken(e: ExpansionRef): string {
  return (
    e.id +
    (e.type ? `*${e.type}` : '') +
    (e.pages > 1 ? `*${e.pages}` : '') +
    (e.depth > 1 ? `*d${e.depth}` : '')
  );
}

/** How many links the expansion's next page brings: as many as its pages held, at most what is left. */
export function nextPageSize(e: Pick<Expansion, 'next' | 'pages' | 'remaining'>): number {
  if (e.next === null) return 0;
  return Math.min(e.remaining, Math.max(1, Math.round(e.next / e.pages)));
}

/** Reads an expansion token back; null when it is not one. */
export function parseExpansionToken(token: string): ExpansionRef | null {
  const m = TOKEN.exec(token);
  if (!m) return null;
  return {
    id: m[1]!,
    type: m[2] ?? null,
    pages: m[3] ? Number(m[3]) : 1,
    depth: m[4] ? Number(m[4]) : 1,
  };
}

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

/**
 * Positions for new nodes that have no placed neighbour, given the links among
 * them: each connected group hangs from its best-connected node, every node
 * around the node it was reached from (breadth first, so most hang from a hub).
 * The group roots go on a ring as `ringPositions` places them. Linked nodes
 * start close together: the first frame shows clusters instead of a ball of
 * chords, draws far fewer edge pixels (the cost of a frame in software WebGL),
 * and ForceAtlas2 has less to untangle.
 */
export function treePositions(
  keys: string[],
  links: Iterable<{ source: string; target: string }>,
  cx: number,
  cy: number,
  radius: number,
): Map<string, { x: number; y: number }> {
  const n = keys.length;
  const index = new Map(keys.map((k, i) => [k, i]));
  // Adjacency in compressed rows (runs on 10k nodes before the first frame).
  const pairs: number[] = [];
  const degree = new Int32Array(n);
  for (const { source, target } of links) {
    const a = index.get(source);
    const b = index.get(target);
    if (a === undefined || b === undefined || a === b) continue;
    pairs.push(a, b);
    degree[a]!++;
    degree[b]!++;
  }
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i]! + degree[i]!;
  const fill = rowStart.slice(0, n);
  const adjacent = new Int32Array(pairs.length);
  for (let j = 0; j < pairs.length; j += 2) {
    adjacent[fill[pairs[j]!]!++] = pairs[j + 1]!;
    adjacent[fill[pairs[j + 1]!]!++] = pairs[j]!;
  }
  const byDegree = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => degree[b]! - degree[a]! || a - b,
  );

  // Breadth first from each unreached node, best connected first. A node's
  // children are pushed together: they are a run of the queue.
  const queue = new Int32Array(n);
  const childStart = new Int32Array(n);
  const childCount = new Int32Array(n);
  const reached = new Uint8Array(n);
  const roots: number[] = [];
  let tail = 0;
  for (const root of byDegree) {
    if (reached[root]) continue;
    reached[root] = 1;
    roots.push(root);
    let head = tail;
    queue[tail++] = root;
    for (; head < tail; head++) {
      const node = queue[head]!;
      childStart[node] = tail;
      for (let j = rowStart[node]!; j < rowStart[node + 1]!; j++) {
        const m = adjacent[j]!;
        if (reached[m]) continue;
        reached[m] = 1;
        queue[tail++] = m;
      }
      childCount[node] = tail - childStart[node]!;
    }
  }

  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const ring = ringPositions(cx, cy, roots.length, roots.length === 1 ? 0 : radius);
  roots.forEach((r, i) => {
    xs[r] = ring[i]!.x;
    ys[r] = ring[i]!.y;
  });
  // The queue holds every parent before its children.
  for (let q = 0; q < n; q++) {
    const parent = queue[q]!;
    const count = childCount[parent]!;
    if (count === 0) continue;
    // A cluster's area grows with its size: a hub of 1,000 on 10,000 nodes
    // takes about a third of the ring's radius.
    const r = radius * Math.max(0.02, Math.sqrt(count / n));
    const around = ringPositions(xs[parent]!, ys[parent]!, count, r, hash01(keys[parent]!) * 6.28);
    for (let c = 0; c < count; c++) {
      const child = queue[childStart[parent]! + c]!;
      xs[child] = around[c]!.x;
      ys[child] = around[c]!.y;
    }
  }
  return new Map(keys.map((k, i) => [k, { x: xs[i]!, y: ys[i]! }]));
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
