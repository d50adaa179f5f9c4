/**
 * Where the arrow keys go on the figures chart: left and right through time
 * (ties: the lower figure first), up and down to the nearest figure in time
 * that is higher or lower (ties: the closest in value, then the earlier in
 * that order); Home and End to the first and the last. With no figure yet,
 * End goes to the last and any other key starts at the first. A move past an
 * end stays where it is. DOM-free.
 */
import { stepAlong, type TimelineStep } from '../timeline/utils';

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
  const order = points
    .map((_p, i) => i)
    .sort((a, b) => points[a]!.x - points[b]!.x || points[a]!.y - points[b]!.y || a - b);
  const along = stepAlong(order, from, step);
  if (along !== undefined || from === null) return along ?? null;
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
