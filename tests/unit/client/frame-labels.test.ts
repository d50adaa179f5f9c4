/**
 * Which node labels a frame draws (views/canvas/frame-labels.ts): sigma offers
 * its candidates in the order of its label grid's cells; where two labels
 * would overlap, the larger node's wins whatever that order, and the
 * selection's label always shows.
 */
import './webgl-stub';
import type Sigma from 'sigma';
import { FrameLabels, type LabelFocus } from '../../../client/src/views/canvas/frame-labels';
import type { LabelSettings } from '../../../client/src/views/canvas/label-layout';

const WIDTH = 800;

/** Every character 6 px wide; text drawn is recorded. */
function context() {
  const texts: string[] = [];
  const ctx = {
    font: '',
    lineWidth: 1,
    lineJoin: '',
    strokeStyle: '',
    fillStyle: '',
    measureText: (t: string) => ({ width: t.length * 6 }),
    strokeText() {},
    fillText(t: string) {
      texts.push(t);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts };
}

const settings = {
  labelSize: 12,
  labelWeight: '500',
  labelFont: 'sans-serif',
} as unknown as LabelSettings;

interface Node {
  key: string;
  x: number;
  y: number;
  size: number;
  label: string;
}

/** The part of sigma FrameLabels uses: frame events and nodes on screen (graph = viewport here). */
function fakeSigma(nodes: Node[]) {
  const handlers: Record<string, (() => void)[]> = {};
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const sigma = {
    on(event: string, fn: () => void) {
      (handlers[event] ??= []).push(fn);
    },
    getDimensions: () => ({ width: WIDTH, height: 600 }),
    getNodeDisplayData: (key: string) => byKey.get(key),
    framedGraphToViewport: (p: { x: number; y: number }) => ({ x: p.x, y: p.y }),
    scaleSize: (s: number) => s,
  };
  const emit = (event: string) => (handlers[event] ?? []).forEach((fn) => fn());
  return { sigma: sigma as unknown as Sigma, emit };
}

/** One frame in which sigma offers `offered` (in that order) as label candidates. */
function frame(nodes: Node[], offered: string[], focus: LabelFocus | null = null) {
  const { sigma, emit } = fakeSigma(nodes);
  const labels = new FrameLabels(() => focus);
  labels.attach(sigma);
  const { ctx, texts } = context();
  emit('beforeRender');
  for (const key of offered) {
    const n = nodes.find((m) => m.key === key)!;
    labels.drawNodeLabel(ctx, { ...n, color: '#000', hidden: false } as never, settings as never);
  }
  emit('afterRender');
  return { labels, texts, emit };
}

// Two nodes near the canvas's left edge: no room on their left, and their
// labels on the right would overlap; only one can be labelled.
const small: Node = { key: 'a', x: 20, y: 100, size: 5, label: 'Small node' };
const large: Node = { key: 'b', x: 24, y: 104, size: 12, label: 'Large hub' };

describe('frame labels', () => {
  test.each([
    ['the small one first', ['a', 'b']],
    ['the large one first', ['b', 'a']],
  ])('where two labels would overlap, the larger node is labelled (offered %s)', (_, order) => {
    const { labels, texts } = frame([small, large], order);
    expect(labels.drawnLabels().map((l) => l.key)).toEqual(['b']);
    expect(texts).toEqual(['Large hub']);
  });

  test('labels that do not overlap are all drawn, the largest node first', () => {
    const far: Node = { key: 'c', x: 20, y: 300, size: 8, label: 'Far away' };
    const { labels } = frame([small, large, far], ['a', 'c', 'b']);
    expect(labels.drawnLabels().map((l) => l.key)).toEqual(['b', 'c']);
  });

  test('the selected node’s label shows, and a larger node gives way to it', () => {
    const { labels } = frame([small, large], ['b', 'a'], { first: ['a'], nodes: [] });
    expect(labels.drawnLabels().map((l) => ({ key: l.key, forced: l.forced }))).toEqual([
      { key: 'a', forced: true },
    ]);
  });

  test('a new frame starts with no label drawn', () => {
    const { labels, emit } = frame([small, large], ['a', 'b']);
    expect(labels.drawnLabels()).toHaveLength(1);
    emit('beforeRender');
    expect(labels.drawnLabels()).toHaveLength(0);
  });

  test('before it is attached to sigma (a render inside sigma’s constructor), nothing is drawn', () => {
    const labels = new FrameLabels(() => null);
    const { ctx, texts } = context();
    labels.drawNodeLabel(
      ctx,
      { ...large, color: '#000', hidden: false } as never,
      settings as never,
    );
    expect(texts).toEqual([]);
    expect(labels.drawnLabels()).toEqual([]);
  });
});
