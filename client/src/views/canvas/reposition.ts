/**
 * Redraws moved nodes without re-indexing the graph. A layout frame moves
 * every node and changes nothing else, yet sigma's refresh re-indexes the
 * whole graph for it (its `process`: an id → index map and a lookup object per
 * node and edge, the label grid, the programs reallocated). On 10k nodes and
 * 20k edges that was a 100–230 ms main-thread task per layout frame. This
 * writes only the new positions into the programs' buffers, in the slots the
 * last full process gave each item.
 *
 * It reads sigma 3's private fields, so it checks them first and declines
 * (returns false) when any is missing, when sigma has a full process pending
 * (the graph changed), or when an item has no slot yet: the caller then does a
 * full refresh. The label grid keeps the last full process's choice of labels
 * (drawn at their new positions) until the next full refresh, which the caller
 * does when the layout settles.
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { createNormalizationFunction, graphExtent, type NormalizationFunction } from 'sigma/utils';
import { sigmaInternals } from './sigma-internals';

type Extent = { x: [number, number]; y: [number, number] };
type Slots = Record<string, number>;

interface NodeProgramLike {
  process(fingerprint: number, slot: number, data: NodeDisplayData): void;
}
interface EdgeProgramLike {
  process(
    fingerprint: number,
    slot: number,
    source: NodeDisplayData,
    target: NodeDisplayData,
    data: EdgeDisplayData,
  ): void;
}

/** The part of sigma 3's private state this relies on (checked at run time). */
interface SigmaInternals {
  needToProcess: boolean;
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  nodeIndices: Slots;
  edgeIndices: Slots;
  nodeProgramIndex: Slots;
  edgeProgramIndex: Slots;
  nodePrograms: Record<string, NodeProgramLike>;
  edgePrograms: Record<string, EdgeProgramLike>;
  nodeExtent: Extent;
  normalizationFunction: NormalizationFunction;
}

const OBJECT_FIELDS = [
  'nodeDataCache',
  'edgeDataCache',
  'nodeIndices',
  'edgeIndices',
  'nodeProgramIndex',
  'edgeProgramIndex',
  'nodePrograms',
  'edgePrograms',
  'nodeExtent',
] as const;

function internalsOf(sigma: Sigma): SigmaInternals | null {
  return sigmaInternals<SigmaInternals>(sigma, OBJECT_FIELDS, ['normalizationFunction']);
}

/**
 * Writes every node's current position (and so every edge's ends) into
 * sigma's buffers and schedules a render. Returns false, having scheduled
 * nothing, when it cannot: the caller must then refresh sigma in full.
 */
export function repositionInPlace(sigma: Sigma): boolean {
  const internals = internalsOf(sigma);
  if (!internals || internals.needToProcess) return false;
  const graph: Graph = sigma.getGraph();

  // As sigma's process does: the frame follows the nodes' extent unless a
  // custom box is set, and autoRescale off keeps the scale of the viewport.
  let extent = graphExtent(graph) as Extent;
  if (!sigma.getSetting('autoRescale')) {
    const { width, height } = sigma.getDimensions();
    const cx = (extent.x[0] + extent.x[1]) / 2;
    const cy = (extent.y[0] + extent.y[1]) / 2;
    extent = { x: [cx - width / 2, cx + width / 2], y: [cy - height / 2, cy + height / 2] };
  }
  const normalize = createNormalizationFunction(sigma.getCustomBBox() ?? extent);
  internals.nodeExtent = extent;
  internals.normalizationFunction = normalize;

  // A partial write below is harmless: the full refresh that follows a
  // `false` rewrites every buffer.
  const { nodeDataCache, nodeIndices, nodeProgramIndex, nodePrograms } = internals;
  const nodeMissing = graph.someNode((node, attrs) => {
    const data = nodeDataCache[node];
    const slot = nodeProgramIndex[node];
    const fingerprint = nodeIndices[node];
    const program = data && nodePrograms[data.type];
    if (!program || slot === undefined || fingerprint === undefined) return true;
    data.x = attrs.x as number;
    data.y = attrs.y as number;
    normalize.applyTo(data);
    program.process(fingerprint, slot, data);
    return false;
  });
  if (nodeMissing) return false;

  const { edgeDataCache, edgeIndices, edgeProgramIndex, edgePrograms } = internals;
  const edgeMissing = graph.someEdge((edge, _attrs, source, target) => {
    const data = edgeDataCache[edge];
    const slot = edgeProgramIndex[edge];
    const fingerprint = edgeIndices[edge];
    const program = data && edgePrograms[data.type];
    const from = nodeDataCache[source];
    const to = nodeDataCache[target];
    if (!program || slot === undefined || fingerprint === undefined || !from || !to) return true;
    program.process(fingerprint, slot, from, to, data);
    return false;
  });
  if (edgeMissing) return false;

  sigma.scheduleRender();
  return true;
}
