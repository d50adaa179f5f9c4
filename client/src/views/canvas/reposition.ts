/**
 * Redraws moved nodes without re-indexing the graph. A layout frame moves
 * every node and changes nothing else, yet sigma's refresh re-indexes the
 * whole graph for it (its `process`: an id → index map and a lookup object per
 * node and edge, the label grid, the programs reallocated). On 10k nodes and
 * 20k edges that was a 100–230 ms main-thread task per layout frame. This
 * writes only the new positions into the programs' buffers, in the slots the
 * last full process gave each item.
 *
 * Where those slots are is worked out once per full process (a `SlotPlan`):
 * looking each item up in sigma's maps on every frame (five string-keyed
 * lookups per edge) was a third of a frame's cost. Each frame still checks
 * that every node and edge has the display data the plan was made with.
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
  /** Rewrites only the position of the node in `slot` (see NodeShapeProgram). */
  processPosition?(slot: number, data: NodeDisplayData): void;
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
 * Every node and edge of the last full process, in the graph's order: its
 * display data, program, slot and picking fingerprint; each edge's ends as
 * positions in the node arrays.
 */
interface SlotPlan {
  /** sigma's map of the process the plan was made from: a new process makes a new one. */
  madeFrom: Slots;
  nodeData: NodeDisplayData[];
  nodePrograms: NodeProgramLike[];
  nodeSlots: Int32Array;
  nodeFingerprints: Int32Array;
  edgeKeys: string[];
  edgeData: EdgeDisplayData[];
  edgePrograms: EdgeProgramLike[];
  edgeSlots: Int32Array;
  edgeFingerprints: Int32Array;
  edgeSources: Int32Array;
  edgeTargets: Int32Array;
}

const plans = new WeakMap<Sigma, SlotPlan>();

/** The plan for sigma's last full process, or null when an item has no slot. */
function makePlan(graph: Graph, internals: SigmaInternals): SlotPlan | null {
  const { nodeDataCache, nodeIndices, nodeProgramIndex, nodePrograms } = internals;
  const order = graph.order;
  const nodeData: NodeDisplayData[] = new Array<NodeDisplayData>(order);
  const programsOfNodes: NodeProgramLike[] = new Array<NodeProgramLike>(order);
  const nodeSlots = new Int32Array(order);
  const nodeFingerprints = new Int32Array(order);
  const position = new Map<string, number>();
  let i = 0;
  const nodeMissing = graph.someNode((node) => {
    const data = nodeDataCache[node];
    const slot = nodeProgramIndex[node];
    const fingerprint = nodeIndices[node];
    const program = data && nodePrograms[data.type];
    if (!data || !program || slot === undefined || fingerprint === undefined) return true;
    nodeData[i] = data;
    programsOfNodes[i] = program;
    nodeSlots[i] = slot;
    nodeFingerprints[i] = fingerprint;
    position.set(node, i++);
    return false;
  });
  if (nodeMissing) return null;

  const { edgeDataCache, edgeIndices, edgeProgramIndex, edgePrograms } = internals;
  const size = graph.size;
  const edgeKeys: string[] = new Array<string>(size);
  const edgeData: EdgeDisplayData[] = new Array<EdgeDisplayData>(size);
  const programsOfEdges: EdgeProgramLike[] = new Array<EdgeProgramLike>(size);
  const edgeSlots = new Int32Array(size);
  const edgeFingerprints = new Int32Array(size);
  const edgeSources = new Int32Array(size);
  const edgeTargets = new Int32Array(size);
  let j = 0;
  const edgeMissing = graph.someEdge((edge, _attrs, source, target) => {
    const data = edgeDataCache[edge];
    const slot = edgeProgramIndex[edge];
    const fingerprint = edgeIndices[edge];
    const program = data && edgePrograms[data.type];
    const from = position.get(source);
    const to = position.get(target);
    if (!data || !program || slot === undefined || fingerprint === undefined) return true;
    if (from === undefined || to === undefined) return true;
    edgeKeys[j] = edge;
    edgeData[j] = data;
    programsOfEdges[j] = program;
    edgeSlots[j] = slot;
    edgeFingerprints[j] = fingerprint;
    edgeSources[j] = from;
    edgeTargets[j++] = to;
    return false;
  });
  if (edgeMissing) return null;

  return {
    madeFrom: nodeIndices,
    nodeData,
    nodePrograms: programsOfNodes,
    nodeSlots,
    nodeFingerprints,
    edgeKeys,
    edgeData,
    edgePrograms: programsOfEdges,
    edgeSlots,
    edgeFingerprints,
    edgeSources,
    edgeTargets,
  };
}

function planFor(sigma: Sigma, graph: Graph, internals: SigmaInternals): SlotPlan | null {
  const cached = plans.get(sigma);
  if (
    cached &&
    cached.madeFrom === internals.nodeIndices &&
    cached.nodeData.length === graph.order &&
    cached.edgeData.length === graph.size
  ) {
    return cached;
  }
  const plan = makePlan(graph, internals);
  if (plan) plans.set(sigma, plan);
  else plans.delete(sigma);
  return plan;
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
  const plan = planFor(sigma, graph, internals);
  if (!plan) return false;

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
  // `false` rewrites every buffer. Display data replaced since the plan was
  // made (a reducer run without a process) makes the frame decline.
  const { nodeDataCache, edgeDataCache } = internals;
  const { nodeData, nodePrograms, nodeSlots, nodeFingerprints } = plan;
  let i = 0;
  const nodeChanged = graph.someNode((node, attrs) => {
    const data = nodeData[i]!;
    if (nodeDataCache[node] !== data) return true;
    data.x = attrs.x as number;
    data.y = attrs.y as number;
    normalize.applyTo(data);
    const program = nodePrograms[i]!;
    if (program.processPosition) program.processPosition(nodeSlots[i]!, data);
    else program.process(nodeFingerprints[i]!, nodeSlots[i]!, data);
    i++;
    return false;
  });
  if (nodeChanged) return false;

  const { edgeKeys, edgeData, edgePrograms, edgeSlots, edgeFingerprints } = plan;
  const { edgeSources, edgeTargets } = plan;
  for (let j = 0; j < edgeKeys.length; j++) {
    const data = edgeData[j]!;
    if (edgeDataCache[edgeKeys[j]!] !== data) return false;
    edgePrograms[j]!.process(
      edgeFingerprints[j]!,
      edgeSlots[j]!,
      nodeData[edgeSources[j]!]!,
      nodeData[edgeTargets[j]!]!,
      data,
    );
  }

  sigma.scheduleRender();
  return true;
}
