/** Layout rules: settings by graph size, convergence, noverlap scale. DOM-free. */
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { NoverlapSettings } from 'graphology-layout-noverlap';

export type Positions = Map<string, { x: number; y: number }>;

export function fa2Settings(order: number): ForceAtlas2Settings {
  return {
    barnesHutOptimize: order > 400,
    strongGravityMode: false,
    gravity: 0.5,
    scalingRatio: 4,
    slowDown: 1 + Math.log(Math.max(1, order)),
    // LinLog pulls communities apart: who-cites-whom and who-said-what clusters read better.
    linLogMode: true,
    adjustSizes: false,
    outboundAttractionDistribution: true,
  };
}

/** How long FA2 may run before it is stopped anyway. */
export function timeBudgetMs(order: number, incremental: boolean): number {
  if (incremental) return Math.min(1500, 500 + order * 4);
  return Math.min(5000, 2000 + order * 12);
}

/** Mean distance moved since `prev`, and the positions now. */
export function meanDisplacement(
  prev: Positions,
  now: Iterable<[string, { x: number; y: number }]>,
): { mean: number; next: Positions } {
  const next: Positions = new Map();
  let total = 0;
  let count = 0;
  for (const [k, p] of now) {
    next.set(k, { x: p.x, y: p.y });
    const q = prev.get(k);
    if (!q) continue;
    total += Math.hypot(p.x - q.x, p.y - q.y);
    count++;
  }
  return { mean: count ? total / count : Infinity, next };
}

/** Converged when nodes move, on average, less than a small share of the drawing's size. */
export function isConverged(mean: number, extentSize: number, threshold = 0.0015): boolean {
  if (!Number.isFinite(mean)) return false;
  return mean <= Math.max(extentSize, 1) * threshold;
}

/**
 * Noverlap works in graph units; sigma sizes are pixels. `unitsPerPixel`
 * converts, so that nodes end at least `marginPx` apart on screen.
 */
export function noverlapSettings(unitsPerPixel: number, marginPx = 6): NoverlapSettings {
  const k = Number.isFinite(unitsPerPixel) && unitsPerPixel > 0 ? unitsPerPixel : 1;
  return { ratio: k * 1.15, margin: marginPx * k, expansion: 1.1, gridSize: 20, speed: 3 };
}
