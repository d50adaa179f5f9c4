/**
 * Re-grids the labels for where the nodes now are, without re-indexing the
 * graph. When a layout settles, every position has already been written into
 * sigma's buffers (reposition.ts); only the label grid (which labels show at
 * each zoom, chosen by cell from the positions) is left from the last full
 * process. sigma's full process rebuilds it, but also re-indexes the graph and
 * every program: a 110–230 ms task on 10k nodes and 20k edges. This rebuilds
 * the grid as that process does, and nothing else.
 *
 * It reads sigma 3's private label grid and display data, checks them first,
 * and declines (returns false) when any is missing, when sigma has a full
 * process pending, or when a node has no display data: the caller then does a
 * full refresh.
 */
import type Sigma from 'sigma';
import { Camera } from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import { matrixFromCamera } from 'sigma/utils';
import { sigmaInternals } from './sigma-internals';

interface LabelGridLike {
  resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void;
  add(key: string, size: number, position: { x: number; y: number }): void;
  organize(): void;
}

interface SigmaInternals {
  needToProcess: boolean;
  nodeDataCache: Record<string, NodeDisplayData>;
  labelGrid: LabelGridLike;
}

function internalsOf(sigma: Sigma): SigmaInternals | null {
  const internals = sigmaInternals<SigmaInternals>(sigma, ['nodeDataCache', 'labelGrid']);
  const grid = internals?.labelGrid as Partial<Record<keyof LabelGridLike, unknown>> | undefined;
  const methods: (keyof LabelGridLike)[] = ['resizeAndClear', 'add', 'organize'];
  return grid && methods.every((m) => typeof grid[m] === 'function') ? internals : null;
}

/** Rebuilds sigma's label grid and schedules a render; false when the caller must refresh in full. */
export function regridLabels(sigma: Sigma): boolean {
  const internals = internalsOf(sigma);
  if (!internals || internals.needToProcess) return false;
  const { nodeDataCache, labelGrid } = internals;
  const graph = sigma.getGraph();

  // As sigma's process: positions on screen under a camera at rest.
  const dimensions = sigma.getDimensions();
  const matrix = matrixFromCamera(
    new Camera().getState(),
    dimensions,
    sigma.getGraphDimensions(),
    sigma.getStagePadding(),
  );
  labelGrid.resizeAndClear(dimensions, sigma.getSetting('labelGridCellSize'));
  // A grid left half-built below is harmless: the full refresh that follows a
  // `false` rebuilds it.
  const missing = graph.someNode((node) => {
    const data = nodeDataCache[node];
    if (!data) return true;
    if (typeof data.label === 'string' && !data.hidden) {
      labelGrid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix }));
    }
    return false;
  });
  if (missing) return false;
  labelGrid.organize();
  sigma.scheduleRender();
  return true;
}
