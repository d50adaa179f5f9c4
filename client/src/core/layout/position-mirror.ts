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

export class PositionMirror {
  readonly shadow: Graph;
  private dirty = false;
  private frame: number | null = null;

  constructor(
    private readonly target: Graph,
    private readonly host: MirrorHost,
  ) {
    // Only what the layouts read: positions and sizes, and which nodes are
    // linked (parallel edges once: cheaper to build, and they barely change a layout).
    const shadow = new Graph({ type: 'directed', multi: false, allowSelfLoops: true });
    target.forEachNode((node, a) => {
      shadow.addNode(node, { x: a.x as number, y: a.y as number, size: a.size as number });
    });
    target.forEachEdge((_edge, _attrs, source, dest) => {
      shadow.mergeEdge(source, dest);
    });
    this.shadow = shadow;
    const mark = () => (this.dirty = true);
    this.shadow.on('eachNodeAttributesUpdated', mark);
    this.shadow.on('nodeAttributesUpdated', mark);
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
