/**
 * A copy of a graph (node positions and sizes, bare links) for a layout
 * worker to move, so that the worker's many position updates do not each
 * re-process and redraw the displayed graph. Positions are copied back once
 * per animation frame at most, and only when the host is ready for a frame
 * (the GPU has drawn the last one), plus once when stopped.
 */
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';

/** The renderer, as the mirror sees it. */
export interface MirrorHost {
  /** Whether a new frame can be drawn without waiting for the last one. */
  readyForFrame(): boolean;
  /**
   * If given, positions are written into the target's attributes in place,
   * without graph events, and this is called instead: a renderer that re-reads
   * every position when it draws (sigma's process) need not re-run its reducers
   * on every node, twice, for each event (~100 ms a frame on 10k nodes).
   */
  positionsMoved?(): void;
}

export interface SlicedBuild {
  /** Nodes or links copied per task. */
  slice?: number;
  /** Waits for the next task. */
  nextTask?: () => Promise<void>;
  /** Checked between slices: the build is abandoned (null) once true. */
  cancelled?: () => boolean;
}

/** Only what the layouts read: positions and sizes, and which nodes are linked. */
function emptyShadow(): Graph {
  // Parallel edges once: cheaper to build, and they barely change a layout.
  return new Graph({ type: 'directed', multi: false, allowSelfLoops: true });
}

function copyNode(shadow: Graph, node: string, a: Attributes): void {
  shadow.addNode(node, { x: a.x as number, y: a.y as number, size: a.size as number });
}

export class PositionMirror {
  readonly shadow: Graph;
  private dirty = false;
  private frame: number | null = null;

  /** Copies `target` at once; `shadow`: a copy built already (see `build`). */
  constructor(
    private readonly target: Graph,
    private readonly host: MirrorHost,
    shadow?: Graph,
  ) {
    if (!shadow) {
      shadow = emptyShadow();
      target.forEachNode((node, a) => copyNode(shadow!, node, a));
      target.forEachEdge((_edge, _attrs, source, dest) => shadow!.mergeEdge(source, dest));
    }
    this.shadow = shadow;
    const mark = () => (this.dirty = true);
    this.shadow.on('eachNodeAttributesUpdated', mark);
    this.shadow.on('nodeAttributesUpdated', mark);
  }

  /**
   * Copies `target` a slice per task: at once, a 10k-node graph blocked the
   * page for 55–145 ms. What the graph gains or loses meanwhile is copied or
   * skipped as it is met; a link is kept only between nodes the copy has.
   */
  static async build(
    target: Graph,
    host: MirrorHost,
    {
      slice = 2_500,
      nextTask = () => new Promise((r) => setTimeout(r, 0)),
      cancelled = () => false,
    }: SlicedBuild = {},
  ): Promise<PositionMirror | null> {
    const shadow = emptyShadow();
    const nodes = target.nodes();
    for (let i = 0; i < nodes.length; i += slice) {
      if (i > 0) await nextTask();
      if (cancelled()) return null;
      for (const node of nodes.slice(i, i + slice)) {
        if (target.hasNode(node)) copyNode(shadow, node, target.getNodeAttributes(node));
      }
    }
    const links: string[] = [];
    target.forEachEdge((_edge, _attrs, source, dest) => links.push(source, dest));
    for (let i = 0; i < links.length; i += 2 * slice) {
      await nextTask();
      if (cancelled()) return null;
      for (let j = i; j < Math.min(i + 2 * slice, links.length); j += 2) {
        const [source, dest] = [links[j]!, links[j + 1]!];
        if (shadow.hasNode(source) && shadow.hasNode(dest)) shadow.mergeEdge(source, dest);
      }
    }
    return new PositionMirror(target, host, shadow);
  }

  /** Starts copying positions back as frames allow. */
  start(): void {
    if (this.frame !== null) return;
    const tick = () => {
      if (this.dirty && this.host.readyForFrame()) this.flush();
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  /** Copies the latest positions, and stops. */
  stop(): void {
    this.flush();
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  /** Copies the shadow's positions to the target now (nodes the target no longer has are skipped). */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    if (this.host.positionsMoved) {
      this.copyInPlace();
      this.host.positionsMoved();
    } else this.copyWithEvent();
  }

  private copyInPlace(): void {
    this.target.forEachNode((node, attrs) => this.copyPosition(node, attrs));
  }

  private copyWithEvent(): void {
    this.target.updateEachNodeAttributes((node, attrs) => this.copyPosition(node, attrs), {
      attributes: ['x', 'y'],
    });
  }

  /** The shadow's position into `attrs` (a node the shadow lacks keeps its own). */
  private copyPosition(node: string, attrs: Attributes): Attributes {
    if (!this.shadow.hasNode(node)) return attrs;
    const p = this.shadow.getNodeAttributes(node);
    attrs.x = p.x;
    attrs.y = p.y;
    return attrs;
  }
}
