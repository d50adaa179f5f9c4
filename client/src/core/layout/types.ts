export interface LayoutRunOptions {
  /** Only these nodes move; the rest stay where they are. Null: all move. */
  movable?: ReadonlySet<string> | null;
  /** Hard time limit. */
  maxMs?: number;
}

export type LayoutPhase = 'idle' | 'forceatlas2' | 'noverlap';

export interface LayoutReport {
  phase: LayoutPhase;
  ms: number;
  stoppedBy: 'converged' | 'time' | 'cancelled' | 'skipped';
  /** Mean move per check, as a share of the drawing's size, when it stopped. */
  lastMove?: number;
}
