/**
 * Layout: ForceAtlas2 in a web worker that stops by itself (converged or out
 * of time), then noverlap so that no two nodes sit on each other. The workers
 * move a copy of the display graph (PositionMirror); its positions reach the
 * display graph as fast as the renderer can draw them. The caller copies the
 * final positions back to the dataset graph.
 */
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import NoverlapWorker from 'graphology-layout-noverlap/worker';
import { extent } from '../graph/utils';
import { PositionMirror, type MirrorHost } from './position-mirror';
import type { LayoutPhase, LayoutReport, LayoutRunOptions } from './types';
import {
  fa2Settings,
  isConverged,
  meanDisplacement,
  noverlapSettings,
  timeBudgetMs,
  type Positions,
} from './utils';

export * from './types';
export * from './utils';

/** What the layout needs from the renderer. */
export interface LayoutHost extends MirrorHost {
  /** Graph units per screen pixel (from the camera). */
  unitsPerPixel(): number;
  /**
   * If given, called when nodes stop moving (the last worker stopped): a
   * renderer that redraws layout frames cheaply can then do its full update.
   */
  positionsSettled?(): void;
}

/** Up to this many nodes noverlap runs inline (a few ms); above, in a worker. */
const NOVERLAP_INLINE_MAX = 1500;
/** The longest noverlap may run in its worker before it is stopped. */
const NOVERLAP_WORKER_MAX_MS = 3000;

export class LayoutController {
  private fa2: FA2Layout | null = null;
  /** The copy for ForceAtlas2 being built; `cancelled` abandons it. */
  private building: { cancelled: boolean } | null = null;
  private fa2Start: ReturnType<typeof setTimeout> | null = null;
  private fa2Mirror: PositionMirror | null = null;
  private noverlapMirror: PositionMirror | null = null;
  private noverlapWorker: NoverlapWorker | null = null;
  private noverlapTimer: ReturnType<typeof setTimeout> | null = null;
  private noverlapStart: ReturnType<typeof setTimeout> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private finish: ((r: LayoutReport) => void) | null = null;
  private phaseValue: LayoutPhase = 'idle';
  private lastMove: number | undefined;
  private listeners = new Set<(phase: LayoutPhase) => void>();

  constructor(
    private readonly graph: Graph,
    private readonly host: LayoutHost,
  ) {}

  get phase(): LayoutPhase {
    return this.phaseValue;
  }

  onPhase(fn: (phase: LayoutPhase) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private setPhase(p: LayoutPhase): void {
    this.phaseValue = p;
    this.listeners.forEach((fn) => fn(p));
  }

  /** Runs FA2 then noverlap. Resolves when done; a new run cancels the current one. */
  run(opts: LayoutRunOptions = {}): Promise<LayoutReport> {
    this.cancel();
    this.stopNoverlap();
    const g = this.graph;
    const t0 = performance.now();
    if (g.order < 2) return Promise.resolve({ phase: 'idle', ms: 0, stoppedBy: 'skipped' });
    const movable = opts.movable ?? null;
    if (movable && movable.size === 0) {
      this.runNoverlap();
      return Promise.resolve({ phase: 'idle', ms: 0, stoppedBy: 'skipped' });
    }
    const budget = opts.maxMs ?? timeBudgetMs(g.order, Boolean(movable));

    return new Promise<LayoutReport>((resolve) => {
      this.finish = resolve;
      this.setPhase('forceatlas2');
      // The copy is built a slice per task, and the worker starts in a task of
      // its own: the copy and the worker's matrices each take tens of ms on a
      // 10k-node graph.
      const building = { cancelled: false };
      this.building = building;
      void PositionMirror.build(g, this.host, { cancelled: () => building.cancelled }).then(
        (mirror) => {
          if (!mirror || building.cancelled) return;
          this.building = null;
          this.fa2Mirror = mirror;
          this.fa2Start = setTimeout(() => startFa2(mirror), 0);
        },
      );
      const startFa2 = (mirror: PositionMirror) => {
        this.fa2Start = null;
        const shadow = mirror.shadow;
        if (movable) {
          shadow.forEachNode((n) => shadow.setNodeAttribute(n, 'fixed', !movable.has(n)));
        }
        this.fa2 = new FA2Layout(shadow, { settings: fa2Settings(g.order), getEdgeWeight: null });
        this.fa2.start();
        mirror.start();
        let prev: Positions = new Map();
        // The worker takes a moment to start: no movement yet is not convergence.
        let started = false;
        const minMs = movable ? 400 : 1000;
        const positions = () =>
          shadow.mapNodes(
            (n, a) =>
              [n, { x: a.x as number, y: a.y as number }] as [string, { x: number; y: number }],
          );
        // The supervisor writes each iteration's positions in one update.
        let iterations = 0;
        shadow.on('eachNodeAttributesUpdated', () => (iterations += 1));
        this.timer = setInterval(() => {
          const elapsed = performance.now() - t0;
          let converged = false;
          // A check with no iteration since the last (the worker or the main
          // thread busy) saw nothing move: that is no sign of convergence.
          if (iterations > 0) {
            iterations = 0;
            // Movement per check, not per iteration: converged when the picture
            // has stopped moving, at whatever rate the host iterates.
            const { mean, next } = meanDisplacement(prev, positions());
            prev = next;
            const box = extent(next.values());
            if (mean > 0 && Number.isFinite(mean)) started = true;
            this.lastMove = mean / Math.max(box.size, 1);
            converged = started && elapsed > minMs && isConverged(mean, box.size);
          }
          if (converged || elapsed >= budget) this.stop(converged ? 'converged' : 'time', t0);
        }, 150);
      };
    });
  }

  /** Stops FA2 now (keeps positions) and runs noverlap. */
  stop(reason: LayoutReport['stoppedBy'] = 'cancelled', t0 = performance.now()): void {
    if (this.building) this.building.cancelled = true;
    this.building = null;
    if (this.fa2Start) clearTimeout(this.fa2Start);
    this.fa2Start = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.fa2) {
      this.fa2.stop();
      this.fa2.kill();
      this.fa2 = null;
    }
    // The display graph gets the last positions ('fixed' stays on the copy).
    const mirror = this.fa2Mirror;
    mirror?.stop();
    this.fa2Mirror = null;
    if (reason !== 'cancelled') this.runNoverlap(mirror);
    else this.host.positionsSettled?.();
    this.setPhase('idle');
    const done = this.finish;
    this.finish = null;
    done?.({
      phase: 'idle',
      ms: performance.now() - t0,
      stoppedBy: reason,
      lastMove: this.lastMove,
    });
  }

  cancel(): void {
    if (this.fa2 || this.timer || this.fa2Start || this.building) this.stop('cancelled');
  }

  /** `copy`: ForceAtlas2's, reused when it still has every node (building one is a long task on 10k nodes). */
  private runNoverlap(copy: PositionMirror | null = null): void {
    this.setPhase('noverlap');
    const settings = noverlapSettings(this.host.unitsPerPixel());
    if (this.graph.order <= NOVERLAP_INLINE_MAX) {
      noverlap.assign(this.graph, { maxIterations: 120, settings });
      return;
    }
    // On large graphs noverlap takes seconds: run it in a worker, bounded in time,
    // so the page stays responsive while it tidies up.
    this.stopNoverlap();
    // In a task of its own: the task that stopped ForceAtlas2 has drawn its last positions.
    this.noverlapStart = setTimeout(() => {
      this.noverlapStart = null;
      const mirror =
        copy && copy.shadow.order === this.graph.order
          ? copy
          : new PositionMirror(this.graph, this.host);
      const worker = new NoverlapWorker(mirror.shadow, {
        settings,
        onConverged: () => this.stopNoverlap(),
      });
      this.noverlapWorker = worker;
      this.noverlapMirror = mirror;
      worker.start();
      mirror.start();
      this.noverlapTimer = setTimeout(() => this.stopNoverlap(), NOVERLAP_WORKER_MAX_MS);
    }, 0);
  }

  private stopNoverlap(): void {
    if (this.noverlapStart) clearTimeout(this.noverlapStart);
    this.noverlapStart = null;
    if (this.noverlapTimer) clearTimeout(this.noverlapTimer);
    this.noverlapTimer = null;
    this.noverlapWorker?.kill();
    this.noverlapWorker = null;
    if (this.noverlapMirror) {
      this.noverlapMirror.stop();
      this.noverlapMirror = null;
      this.host.positionsSettled?.();
    }
  }

  kill(): void {
    this.cancel();
    this.stopNoverlap();
    this.listeners.clear();
  }
}
