/**
 * Where labels go (views/canvas/label-layout.ts): node labels keep inside the
 * canvas, flipped or shortened; an edge label's box is where sigma's own
 * drawStraightEdgeLabel puts its text, checked by replaying sigma's drawing on
 * a context that records it.
 */
import './webgl-stub';
import { drawStraightEdgeLabel } from 'sigma/rendering';
import {
  edgeLabelBox,
  placeNodeLabel,
  type LabelSettings,
} from '../../../client/src/views/canvas/label-layout';

/** Every character 6 px wide; records what sigma does to draw a label. */
function recordingContext() {
  const calls = {
    translate: [0, 0] as [number, number],
    rotate: 0,
    text: null as null | [string, number, number],
  };
  const ctx = {
    font: '',
    fillStyle: '',
    measureText: (t: string) => ({ width: t.length * 6 }),
    save() {},
    restore() {},
    translate(x: number, y: number) {
      calls.translate = [x, y];
    },
    rotate(a: number) {
      calls.rotate = a;
    },
    fillText(t: string, x: number, y: number) {
      calls.text = [t, x, y];
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const settings = {
  labelSize: 12,
  labelWeight: '500',
  labelFont: 'sans-serif',
  edgeLabelSize: 11,
  edgeLabelWeight: 'normal',
  edgeLabelFont: 'sans-serif',
  edgeLabelColor: { color: '#000' },
} as unknown as LabelSettings;

describe('node labels', () => {
  const node = (x: number, label: string) => ({ x, y: 100, size: 5, label });

  test('right of the node when there is room', () => {
    const { ctx } = recordingContext();
    const l = placeNodeLabel(ctx, node(100, 'Zelensky'), settings, 800)!;
    expect(l.text).toBe('Zelensky');
    expect(l.x).toBe(100 + 5 + 4);
    expect(l.box.x0).toBeGreaterThan(105);
    expect(l.box.x1).toBe(l.x + 48 + 2);
  });

  test('left of the node when it would run off the right edge', () => {
    const { ctx } = recordingContext();
    const l = placeNodeLabel(ctx, node(780, 'Volodymyr Zelensky'), settings, 800)!;
    expect(l.text).toBe('Volodymyr Zelensky');
    expect(l.x + l.width).toBe(780 - 5 - 4); // ends just left of the node
    expect(l.box.x1).toBeLessThan(775);
    expect(l.box.x0).toBeGreaterThanOrEqual(0);
  });

  test('on the side asked for (where the other is taken), shortened to its room', () => {
    const { ctx } = recordingContext();
    const left = placeNodeLabel(ctx, node(300, 'Zelensky'), settings, 800, 'left')!;
    expect(left.side).toBe('left');
    expect(left.x + left.width).toBe(300 - 5 - 4);
    const cramped = placeNodeLabel(ctx, node(40, 'Volodymyr Zelensky'), settings, 800, 'left')!;
    expect(cramped.text).toBe('Vol…'); // 29 px of room: four characters of 6 px
    expect(cramped.box.x0).toBeGreaterThanOrEqual(0);
    expect(placeNodeLabel(ctx, node(12, 'Zelensky'), settings, 800, 'left')).toBeNull();
  });

  test('shortened with "…" on the right while the right has room to be of use', () => {
    const { ctx } = recordingContext();
    const long = 'Yeo said North Korean troops are certainly better trained to fight';
    const l = placeNodeLabel(ctx, node(150, long), settings, 400)!;
    expect(l.text.endsWith('…')).toBe(true);
    expect(long.startsWith(l.text.slice(0, -1))).toBe(true);
    expect(l.x).toBe(159); // the right keeps 239 px, more than the 141 px on the left
    expect(l.box.x1).toBeLessThanOrEqual(400);
    expect(placeNodeLabel(ctx, node(100, ''), settings, 400)).toBeNull();
    // 89 px left on the right: too cramped, so it goes left, whole.
    const flipped = placeNodeLabel(ctx, node(700, long), settings, 800)!;
    expect(flipped.side).toBe('left');
    expect(flipped.text).toBe(long);
  });
});

describe('edge labels: the box is where sigma draws the text', () => {
  /** The axis-aligned box of the text sigma drew, from its recorded transform. */
  function sigmaBox(
    source: { x: number; y: number; size: number },
    target: { x: number; y: number; size: number },
    label: string,
  ) {
    const { ctx, calls } = recordingContext();
    drawStraightEdgeLabel(ctx, { label, size: 1, color: '#000' }, source, target, settings);
    if (!calls.text) return null;
    const [text, x, baseline] = calls.text;
    const [cx, cy] = calls.translate;
    const [cos, sin] = [Math.cos(calls.rotate), Math.sin(calls.rotate)];
    const size = 11;
    const corners = [
      [x, baseline - size * 0.8],
      [x + text.length * 6, baseline - size * 0.8],
      [x, baseline + size * 0.25],
      [x + text.length * 6, baseline + size * 0.25],
    ];
    const xs = corners.map(([u, v]) => cx + u! * cos - v! * sin);
    const ys = corners.map(([u, v]) => cy + u! * sin + v! * cos);
    return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  }

  const ends: [string, { x: number; y: number; size: number }][] = [
    ['right', { x: 300, y: 200, size: 6 }],
    ['down-right', { x: 260, y: 330, size: 6 }],
    ['up-right', { x: 280, y: 90, size: 6 }],
    ['left', { x: 40, y: 210, size: 6 }],
    ['down-left', { x: 90, y: 320, size: 6 }],
    ['up-left', { x: 60, y: 70, size: 6 }],
    ['straight down', { x: 150, y: 350, size: 6 }],
  ];
  test.each(ends)('an edge going %s', (_name, target) => {
    const source = { x: 150, y: 200, size: 8 };
    for (const label of ['said', 'reported in', 'a label far longer than the edge itself is']) {
      const ours = edgeLabelBox(
        recordingContext().ctx,
        { label, size: 1 },
        source,
        target,
        settings,
      );
      const theirs = sigmaBox(source, target, label);
      if (!theirs) {
        expect(ours).toBeNull();
        continue;
      }
      expect(ours).not.toBeNull();
      // Ours may be longer by the "…" sigma adds when it cuts the text: never shorter.
      expect(ours!.x0).toBeLessThanOrEqual(theirs.x0 + 1e-6);
      expect(ours!.y0).toBeLessThanOrEqual(theirs.y0 + 1e-6);
      expect(ours!.x1).toBeGreaterThanOrEqual(theirs.x1 - 1e-6);
      expect(ours!.y1).toBeGreaterThanOrEqual(theirs.y1 - 1e-6);
      expect(ours!.x1 - ours!.x0).toBeLessThanOrEqual(theirs.x1 - theirs.x0 + 7);
      expect(ours!.y1 - ours!.y0).toBeLessThanOrEqual(theirs.y1 - theirs.y0 + 7);
    }
  });

  test('none where sigma draws none: nodes that touch, or no room for three letters', () => {
    const { ctx } = recordingContext();
    const a = { x: 100, y: 100, size: 10 };
    expect(
      edgeLabelBox(ctx, { label: 'said', size: 1 }, a, { x: 115, y: 100, size: 10 }, settings),
    ).toBeNull();
    expect(sigmaBox(a, { x: 115, y: 100, size: 10 }, 'said')).toBeNull();
    const near = { x: 144, y: 100, size: 10 }; // 24 px between the rims: "rep…" is 24 px
    expect(sigmaBox(a, near, 'reported in')).not.toBeNull();
    expect(edgeLabelBox(ctx, { label: 'reported in', size: 1 }, a, near, settings)).not.toBeNull();
    const nearer = { x: 143, y: 100, size: 10 }; // 23 px: no room
    expect(sigmaBox(a, nearer, 'reported in')).toBeNull();
    expect(edgeLabelBox(ctx, { label: 'reported in', size: 1 }, a, nearer, settings)).toBeNull();
    expect(
      edgeLabelBox(ctx, { label: '', size: 1 }, a, { x: 300, y: 100, size: 5 }, settings),
    ).toBeNull();
  });
});
