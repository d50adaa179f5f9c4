/**
 * Labels in one frame do not overlap (views/canvas/label-collisions.ts): a
 * label is placed only clear of those taken before it; reserved ones (the
 * selection, the focus) are always kept.
 */
import { LabelCollisions, overlaps } from '../../../client/src/views/canvas/label-collisions';

const box = (x0: number, y0: number, w = 10, h = 4) => ({ x0, y0, x1: x0 + w, y1: y0 + h });

describe('label collisions', () => {
  test('boxes overlap when they share area, not when they only touch', () => {
    expect(overlaps(box(0, 0), box(5, 2))).toBe(true);
    expect(overlaps(box(0, 0), box(10, 0))).toBe(false); // side by side
    expect(overlaps(box(0, 0), box(0, 4))).toBe(false); // one above the other
    expect(overlaps(box(0, 0, 100, 100), box(40, 40))).toBe(true); // inside
  });

  test('places a label clear of those taken before it, and not one that overlaps', () => {
    const c = new LabelCollisions();
    expect(c.place(box(0, 0))).toBe(true);
    expect(c.place(box(20, 0))).toBe(true);
    expect(c.place(box(15, 1))).toBe(false);
    expect(c.taken()).toHaveLength(2);
  });

  test('a reserved label keeps the others clear of it; a new frame starts empty', () => {
    const c = new LabelCollisions();
    c.reserve(box(0, 0));
    c.reserve(box(5, 0)); // reserved labels may overlap each other
    expect(c.place(box(8, 2))).toBe(false);
    c.reset();
    expect(c.place(box(8, 2))).toBe(true);
  });
});
