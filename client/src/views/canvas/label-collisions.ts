/**
 * Keeps labels (nodes' and edges') from overlapping within one frame. sigma's
 * label grid shows one label per cell, but a long label runs into the next
 * cells and over their labels, and sigma draws edge labels over both. Labels that must show (the selected and hovered nodes') are
 * reserved first and always drawn; any other label is drawn only where it
 * overlaps none reserved or placed before it.
 */

/** A label's box on screen, in viewport pixels. */
export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export class LabelCollisions {
  private boxes: LabelBox[] = [];

  /** A new frame: nothing drawn yet. */
  reset(): void {
    this.boxes = [];
  }

  /** A label that is drawn whatever overlaps it. */
  reserve(box: LabelBox): void {
    this.boxes.push(box);
  }

  /** Takes the box and answers true when it overlaps none taken before; else false. */
  place(box: LabelBox): boolean {
    if (this.boxes.some((b) => overlaps(b, box))) return false;
    this.boxes.push(box);
    return true;
  }

  /** The boxes taken in this frame (for tests). */
  taken(): readonly LabelBox[] {
    return this.boxes;
  }
}
