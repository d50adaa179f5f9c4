// The debug hooks the client exposes on window (client/src/app.ts, DebugHooks).
// Declared here again so that the root TypeScript project does not pull in the
// client's sources (which build with bundler resolution).
interface ClaimgraphDebugHooks {
  ready: boolean;
  counts(): {
    datasetNodes: number;
    datasetEdges: number;
    visibleNodes: number;
    visibleEdges: number;
    hidden: number;
    expanded: number;
    disputed: number;
  };
  state(): {
    selected: string | null;
    hovered: string | null;
    panel: string | null;
    tab: string;
    measure: string | null;
    highlight: { kind: string; nodes: string[]; edges: string[] } | null;
    filters: Record<string, unknown>;
    /** claimId → the disputes it takes part in. */
    disputed: ReadonlyMap<string, unknown[]>;
  };
  nodes(): { id: string; category: string; group: string; x: number; y: number }[];
  viewport(id: string): { x: number; y: number } | null;
  nodeDisplay(id: string): Record<string, unknown> | null;
  layoutPhase(): string;
  layoutFrame(): boolean;
  layoutSettled(): boolean;
  drawnLabels(): {
    key: string;
    box: { x0: number; y0: number; x1: number; y1: number };
    forced: boolean;
    edge: boolean;
  }[];
  renderer(): unknown;
  firstRenderMs(): number | null;
  waitIdle(): Promise<void>;
}

interface Window {
  __claimgraph?: ClaimgraphDebugHooks;
}
