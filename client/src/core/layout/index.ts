/**
 * Layout: ForceAtlas2 in a web worker that stops by itself (converged or out
 * of time), then noverlap so that no two nodes sit on each other. Runs on the
 * display graph; the caller copies positions back to the dataset graph.
 */
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import NoverlapWorker from 'graphology-layout-noverlap/worker';
import { extent } from '../graph/utils';
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

/** Up to this many nodes noverlap runs inline (a few ms); above, in a worker. */
const NOVERLAP_INLINE_MAX = 1500;
/** The longest noverlap may run in its worker before it is stopped. */
const NOVERLAP_WORKER_MAX_MS = 3000;

export class LayoutController {
  private fa2: FA2Layout | null = null;
  private noverlapWorker: NoverlapWorker | null = null;
  private noverlapTimer: ReturnType<typeof setTimeout> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private finish: ((r: LayoutReport) => void) | null = null;
  private phaseValue: LayoutPhase = 'idle';
  private lastMove: number | undefined;
  private listeners = new Set<(phase: LayoutPhase) => void>();

  constructor(
    private readonly graph: Graph,
    /** Graph units per screen pixel (from the renderer's camera). */
    private readonly unitsPerPixel: () => number,
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
    if (movable) g.forEachNode((n) => g.setNodeAttribute(n, 'fixed', !movable.has(n)));
    const budget = opts.maxMs ?? timeBudgetMs(g.order, Boolean(movable));

    return new Promise<LayoutReport>((resolve) => {
      this.finish = resolve;
      this.fa2 = new FA2Layout(g, { settings: fa2Settings(g.order), getEdgeWeight: null });
      this.setPhase('forceatlas2');
      this.fa2.start();
      let prev: Positions = new Map();
      // The worker takes a moment to start: no movement yet is not convergence.
      let started = false;
      const minMs = movable ? 400 : 1000;
      const positions = () =>
        g.mapNodes(
          (n, a) =>
            [n, { x: a.x as number, y: a.y as number }] as [string, { x: number; y: number }],
        );
      this.timer = setInterval(() => {
        const elapsed = performance.now() - t0;
        const { mean, next } = meanDisplacement(prev, positions());
        prev = next;
        const box = extent(next.values());
        if (mean > 0 && Number.isFinite(mean)) started = true;
        this.lastMove = mean / Math.max(box.size, 1);
        const converged = started && elapsed > minMs && isConverged(mean, box.size);
        if (converged || elapsed >= budget) this.stop(converged ? 'converged' : 'time', t0);
      }, 150);
    });
  }

  /** Stops FA2 now (keeps positions) and runs noverlap. */
  stop(reason: LayoutReport['stoppedBy'] = 'cancelled', t0 = performance.now()): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.fa2) {
      this.fa2.stop();
      this.fa2.kill();
      this.fa2 = null;
    }
    const g = this.graph;
    g.forEachNode((n, a) => {
      if ('fixed' in a) g.removeNodeAttribute(n, 'fixed');
    });
    if (reason !== 'cancelled') this.runNoverlap();
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
    if (this.fa2 || this.timer) this.stop('cancelled');
  }

  private runNoverlap(): void {
    this.setPhase('noverlap');
    const settings = noverlapSettings(this.unitsPerPixel());
    if (this.graph.order <= NOVERLAP_INLINE_MAX) {
      noverlap.assign(this.graph, { maxIterations: 120, settings });
      return;
    }
    // On large graphs noverlap takes seconds: run it in a worker, bounded in time,
    // so the page stays responsive while it tidies up.
    this.noverlapWorker?.kill();
    const worker = new NoverlapWorker(this.graph, {
      settings,
      onConverged: () => this.stopNoverlap(),
    });
    this.noverlapWorker = worker;
    worker.start();
    this.noverlapTimer = setTimeout(() => this.stopNoverlap(), NOVERLAP_WORKER_MAX_MS);
  }

  private stopNoverlap(): void {
    if (this.noverlapTimer) clearTimeout(this.noverlapTimer);
    this.noverlapTimer = null;
    this.noverlapWorker?.kill();
    this.noverlapWorker = null;
  }

  kill(): void {
    this.cancel();
    this.stopNoverlap();
    this.listeners.clear();
  }
}
