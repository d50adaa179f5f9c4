/**
 * When ForceAtlas2 counts as converged: nodes moved, between two checks 150 ms
 * apart, less than 0.15 % of the drawing's size on average: the picture has
 * stopped moving. The worker is a stand-in that moves every node by a planned
 * step per iteration, in bursts of `perBurst` iterations, as a fast or a slow
 * host would run them, or stops iterating (a stalled host).
 */
import { MultiDirectedGraph } from 'graphology';
import type Graph from 'graphology';
import { LayoutController } from '../../../client/src/core/layout';

interface Plan {
  /** Iterations run back to back at each burst. */
  perBurst: number;
  burstEveryMs: number;
  /** How far every node moves at iteration i. */
  step: (i: number) => number;
  /** Iterations after which the worker runs no more (a stalled host). */
  stopAfter: number;
}

const mockPlan: Plan = { perBurst: 1, burstEveryMs: 150, step: () => 0, stopAfter: Infinity };

jest.mock('graphology-layout-forceatlas2/worker', () => ({
  __esModule: true,
  default: class {
    private timer: ReturnType<typeof setInterval> | null = null;
    private done = 0;
    constructor(private readonly graph: Graph) {}
    start() {
      this.timer = setInterval(() => {
        for (let k = 0; k < mockPlan.perBurst && this.done < mockPlan.stopAfter; k++) {
          const s = mockPlan.step(this.done++);
          // Every other node each way: the drawing keeps its size.
          this.graph.updateEachNodeAttributes((n, a) => ({
            ...a,
            x: (a.x as number) + (Number(n.slice(1)) % 2 ? s : -s),
          }));
        }
      }, mockPlan.burstEveryMs);
    }
    stop() {
      if (this.timer) clearInterval(this.timer);
    }
    kill() {
      this.stop();
    }
  },
}));

const g = globalThis as unknown as Record<string, unknown>;
g.requestAnimationFrame = (fn: () => void) => setTimeout(fn, 16);
g.cancelAnimationFrame = (id: ReturnType<typeof setTimeout>) => clearTimeout(id);

/** 20 nodes over 1,000 units: converged under 1.5 units per iteration. */
function graph(): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (let i = 0; i < 20; i++) graph.addNode(`n${i}`, { x: (i * 1000) / 19, y: 0, size: 2 });
  for (let i = 1; i < 20; i++) graph.addEdge(`n${i - 1}`, `n${i}`);
  return graph;
}

const host = { readyForFrame: () => true, unitsPerPixel: () => 1 };
// As FA2 in LinLog mode: large moves first, then a jitter that never stops (1 unit).
const settling = (i: number) => Math.max(40 * 0.7 ** i, 1);

async function run(plan: Partial<Plan>) {
  Object.assign(mockPlan, { stopAfter: Infinity, ...plan });
  const layout = new LayoutController(graph(), host);
  try {
    return await layout.run({ maxMs: 3000 });
  } finally {
    layout.kill();
  }
}

describe('ForceAtlas2 convergence', () => {
  test('one iteration between checks: converged once the jitter is all that is left', async () => {
    const r = await run({ perBurst: 1, burstEveryMs: 100, step: settling });
    expect(r.stoppedBy).toBe('converged');
    expect(r.ms).toBeLessThan(2500);
    expect(r.lastMove).toBeLessThanOrEqual(0.0015);
  });

  test('eight iterations between checks (a faster host): the same jitter moves the picture 8 units a check, so it runs to the budget', async () => {
    const r = await run({ perBurst: 8, burstEveryMs: 100, step: settling });
    expect(r.stoppedBy).toBe('time');
    expect(r.lastMove).toBeGreaterThan(0.0015);
  });

  test('eight iterations between checks whose jitter is smaller: converged', async () => {
    const r = await run({
      perBurst: 8,
      burstEveryMs: 100,
      step: (i) => Math.max(40 * 0.7 ** i, 0.1),
    });
    expect(r.stoppedBy).toBe('converged');
    expect(r.ms).toBeLessThan(2500);
  });

  test('still moving fast: runs to the budget', async () => {
    const r = await run({ perBurst: 8, burstEveryMs: 100, step: () => 10 });
    expect(r.stoppedBy).toBe('time');
  });

  test('a worker that stalls while nodes still move fast is not taken for converged', async () => {
    const r = await run({ perBurst: 1, burstEveryMs: 100, step: () => 10, stopAfter: 5 });
    expect(r.stoppedBy).toBe('time');
  });
});
