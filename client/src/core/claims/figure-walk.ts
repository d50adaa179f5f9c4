/**
 * Where the arrow keys go on the figures chart: left and right through time
 * (ties: the lower figure first), up and down to the nearest figure in time
 * that is higher or lower (ties: the closest in value, then the earlier in
 * that order); Home and End to the first and the last. With no figure yet,
 * End goes to the last and any other key starts at the first. A move past an
 * end stays where it is. DOM-free.
 */
import type { TimelineStep } from '../timeline/utils';

/** A figure as the chart draws it: x its date (ms, the middle of its span), y its value. */
export interface ChartedFigure {
  x: number;
  y: number;
}

export function stepAmongFigures(
  points: readonly ChartedFigure[],
  from: number | null,
  step: TimelineStep,
): number | null {
  if (points.length === 0) return null;
  const order = points
    .map((_p, i) => i)
    .sort((a, b) => points[a]!.x - points[b]!.x || points[a]!.y - points[b]!.y || a - b);
  if (step === 'last') return order[order.length - 1]!;
  if (step === 'first' || from === null || from < 0 || from >= points.length) return order[0]!;
  const at = order.indexOf(from);
  if (step === 'previous') return order[Math.max(0, at - 1)]!;
  if (step === 'next') return order[Math.min(order.length - 1, at + 1)]!;
  const here = points[from]!;
  const dir = step === 'up' ? 1 : -1;
  let best = -1;
  for (const i of order) {
    const p = points[i]!;
    if ((p.y - here.y) * dir <= 0) continue;
    if (best < 0) {
      best = i;
      continue;
    }
    const b = points[best]!;
    const dx = Math.abs(p.x - here.x) - Math.abs(b.x - here.x);
    if (dx < 0 || (dx === 0 && Math.abs(p.y - here.y) < Math.abs(b.y - here.y))) best = i;
  }
  return best < 0 ? from : best;
}
