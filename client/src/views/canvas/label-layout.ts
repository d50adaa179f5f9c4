/**
 * Where labels go on screen, in viewport pixels.
 *
 * A node's label sits right of the node, or left of it when it would run off
 * the right edge of the canvas with too little room there to be of use; what
 * does not fit is cut short with "…". An edge's label lies along the edge, where sigma's
 * drawStraightEdgeLabel draws it. The boxes feed LabelCollisions.
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { LabelBox } from './label-collisions';

export type LabelSettings = Parameters<NodeLabelDrawingFunction>[2];

/** A node's label as it will be drawn: its text (maybe shortened), baseline start and box. */
export interface PlacedLabel {
  side: 'right' | 'left';
  font: string;
  text: string;
  x: number;
  y: number;
  width: number;
  box: LabelBox;
}

/** A node where it is on screen: viewport pixels, its size scaled. */
export interface NodeOnScreen {
  x: number;
  y: number;
  size: number;
  label?: string | null;
  highlighted?: boolean;
}

const GAP = 4; // between the node's edge and its label
const HALO = 2; // the white stroke around the text
const MIN_ROOM = 160; // px: below this a label cut to fit the right side says little

export function labelFont(highlighted: boolean | undefined, settings: LabelSettings): string {
  return `${highlighted ? 600 : settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** The longest start of `text` that, with "…", is at most `max` pixels wide. */
function shorten(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${text.slice(0, lo).trimEnd()}…`;
}

/**
 * Places a node's label for a canvas `viewportWidth` pixels wide, on the side
 * given or else the one it fits (right first); null when it has no text or no
 * room. Sets the context's font to the label's.
 */
export function placeNodeLabel(
  ctx: CanvasRenderingContext2D,
  data: NodeOnScreen,
  settings: LabelSettings,
  viewportWidth: number,
  side?: PlacedLabel['side'],
): PlacedLabel | null {
  let text = data.label ?? '';
  if (!text) return null;
  const font = labelFont(data.highlighted, settings);
  ctx.font = font;
  let width = ctx.measureText(text).width;
  const right = data.x + data.size + GAP;
  const left = data.x - data.size - GAP; // where text placed left of the node ends
  const roomRight = viewportWidth - HALO - right;
  const roomLeft = left - HALO;
  // Right is where labels are read first: left only when the right is too cramped to be of use.
  const cramped = width > roomRight && roomRight < MIN_ROOM && roomLeft > roomRight;
  const onLeft = side ? side === 'left' : cramped;
  const room = onLeft ? roomLeft : roomRight;
  if (width > room) {
    text = shorten(ctx, text, room);
    if (!text) return null;
    width = ctx.measureText(text).width;
  }
  const x = onLeft ? left - width : right;
  const y = data.y + settings.labelSize / 3;
  return {
    side: onLeft ? 'left' : 'right',
    font,
    text,
    x,
    y,
    width,
    // From a little above the cap height to a little below the baseline.
    box: { x0: x - HALO, y0: data.y - settings.labelSize * 0.75, x1: x + width + HALO, y1: y + 3 },
  };
}

/** Text with a white halo, so that it stays readable over edges. */
export function drawPlacedLabel(ctx: CanvasRenderingContext2D, label: PlacedLabel): void {
  ctx.font = label.font;
  ctx.lineWidth = 3.5;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeText(label.text, label.x, label.y);
  ctx.fillStyle = '#111827';
  ctx.fillText(label.text, label.x, label.y);
}

interface EdgeEnd {
  x: number;
  y: number;
  size: number;
}

/**
 * The box of an edge's label as sigma's drawStraightEdgeLabel draws it
 * (centred between the nodes' rims, rotated along the edge, upright, cut to
 * the edge's length), or null where sigma draws none. Sets the context's font.
 */
export function edgeLabelBox(
  ctx: CanvasRenderingContext2D,
  edge: { label?: string | null; size: number },
  source: EdgeEnd,
  target: EdgeEnd,
  settings: LabelSettings,
): LabelBox | null {
  if (!edge.label) return null;
  const size = settings.edgeLabelSize;
  ctx.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
  let dx = target.x - source.x;
  let dy = target.y - source.y;
  let d = Math.hypot(dx, dy);
  if (d < source.size + target.size) return null;
  const sx = source.x + (dx * source.size) / d;
  const sy = source.y + (dy * source.size) / d;
  const tx = target.x - (dx * target.size) / d;
  const ty = target.y - (dy * target.size) / d;
  [dx, dy] = [tx - sx, ty - sy];
  d = Math.hypot(dx, dy);
  const full = ctx.measureText(edge.label).width;
  // Cut to the edge's length; sigma draws nothing shorter than three characters and "…".
  const tooShort = () =>
    edge.label!.length < 4 || d < ctx.measureText(`${edge.label!.slice(0, 3)}…`).width;
  if (full > d && tooShort()) return null;
  const length = Math.min(full, d);
  const angle = Math.atan2(dy, dx) + (dx > 0 ? 0 : Math.PI);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const baseline = edge.size / 2 + size;
  // The text's rectangle in the edge's frame, then turned and moved onto the screen.
  const corners: [number, number][] = [
    [-length / 2, baseline - size * 0.8],
    [length / 2, baseline - size * 0.8],
    [-length / 2, baseline + size * 0.25],
    [length / 2, baseline + size * 0.25],
  ];
  const cx = (sx + tx) / 2;
  const cy = (sy + ty) / 2;
  const xs = corners.map(([u, v]) => cx + u * cos - v * sin);
  const ys = corners.map(([u, v]) => cy + u * sin + v * cos);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
