import { nearestNode, nodeInDirection, type PlacedNode } from '../../../client/src/core/display';

// Screen coordinates, y down. From "a" at (100, 100):
//   "n" a neighbour far to the right, "x" a stranger nearer to the right,
//   "up" above, "diag" at 45° down-right, "steep" just right of straight down.
const nodes: PlacedNode[] = [
  { id: 'a', x: 100, y: 100 },
  { id: 'n', x: 300, y: 110 },
  { id: 'x', x: 150, y: 100 },
  { id: 'up', x: 100, y: 20 },
  { id: 'diag', x: 160, y: 160 },
  { id: 'steep', x: 110, y: 120 },
];
const a = nodes[0]!;

describe('keyboard navigation on the canvas', () => {
  it('walks to a neighbour that way before any nearer stranger', () => {
    expect(nodeInDirection(a, 'right', nodes, (id) => id === 'n')).toBe('n');
  });

  it('falls back to the nearest node that way when no neighbour lies there', () => {
    expect(nodeInDirection(a, 'right', nodes, (id) => id === 'up')).toBe('x');
    expect(nodeInDirection(a, 'up', nodes, () => false)).toBe('up');
  });

  it('prefers the node in line over a nearer one off to the side', () => {
    // Rightwards: "diag" is 85 px away at 45° (score 85 ÷ cos 45° = 120), "far"
    // 115 px away in line (115); "steep", nearest, is ~63° off: outside the cone.
    const side = nodes.filter((n) => ['a', 'diag', 'steep'].includes(n.id));
    side.push({ id: 'far', x: 215, y: 100 });
    expect(nodeInDirection(a, 'right', side, () => false)).toBe('far');
    expect(nodeInDirection(a, 'down', side, () => false)).toBe('steep');
  });

  it('answers null when nothing lies that way', () => {
    expect(nodeInDirection(a, 'left', nodes, () => true)).toBeNull();
  });

  it('starts from the node nearest a point', () => {
    expect(nearestNode({ x: 145, y: 98 }, nodes)).toBe('x');
    expect(nearestNode({ x: 0, y: 0 }, [])).toBeNull();
  });
});
