/** bench/client-bench.ts: a pass's figures are the medians of its browsers' runs. */
import { combineRuns } from '../../bench/client-bench';

type Run = Parameters<typeof combineRuns>[0][number];

function run(firstFrameMs: number, longestTaskMs: number, panFps: number): Run {
  return {
    nodes: 10_000,
    edges: 20_000,
    chromium: '156',
    softwareCompositing: false,
    firstFrameMs,
    firstFrameIssuedMs: firstFrameMs - 200,
    graphReadyMs: firstFrameMs - 500,
    panFps,
    layout: {
      fa2Ms: 1200,
      fa2Fps: 4,
      longestTaskMs,
      tasksOver50Ms: longestTaskMs > 50 ? 1 : 0,
      stoppedBy: 'converged',
      noverlapLongestTaskMs: 0,
    },
    longestTaskWhilePanningMs: 60,
  };
}

describe('combineRuns', () => {
  it('takes each figure’s median on its own, and keeps every run’s figures', () => {
    const c = combineRuns([run(2900, 40, 3), run(1400, 95, 4.5), run(1600, 70, 2)]);
    expect(c.firstFrameMs).toBe(1600);
    expect(c.firstFrameIssuedMs).toBe(1400);
    expect(c.layout.longestTaskMs).toBe(70);
    expect(c.panFps).toBe(3);
    expect(c.runs).toBe(3);
    expect(c.samples).toEqual({
      firstFrameMs: [2900, 1400, 1600],
      longestTaskMs: [40, 95, 70],
      panFps: [3, 4.5, 2],
    });
  });

  it('takes the upper middle of an even count, and a single run as it is', () => {
    expect(combineRuns([run(1000, 10, 1), run(3000, 30, 3)]).firstFrameMs).toBe(3000);
    expect(combineRuns([run(1234, 56, 7)]).layout.longestTaskMs).toBe(56);
    expect(() => combineRuns([])).toThrow(/no client runs/);
  });
});
