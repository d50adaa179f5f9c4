/**
 * bench/client-bench.ts: a pass's figures are the medians of its browsers' runs;
 * bench/report.ts checks the first frame of a page opened in a running browser
 * against the target and reports the just-launched pass beside it.
 */
import { combineRuns } from '../../bench/client-bench';
import { checkTargets, type BenchResults } from '../../bench/report';

type Run = Parameters<typeof combineRuns>[0][number];

function run(
  firstFrameMs: number,
  longestTaskMs: number,
  panFps: number,
  browser: Run['browser'] = 'running',
): Run {
  return {
    browser,
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

describe('client targets', () => {
  const results = (client: Run, justLaunched?: Run): Omit<BenchResults, 'targets'> => ({
    version: 1,
    command: '',
    options: { scale: 1, quick: true, durationSec: 1, connections: [1] },
    machine: {} as BenchResults['machine'],
    elapsedSec: 0,
    client: combineRuns([client]),
    ...(justLaunched ? { clientJustLaunched: combineRuns([justLaunched]) } : {}),
  });
  const firstFrame = (r: Omit<BenchResults, 'targets'>) =>
    checkTargets(r).filter((t) => t.figure.includes('first frame'));

  it('checks the running browser’s first frame against 1.5 s, the just-launched one against none', () => {
    const rows = firstFrame(results(run(1400, 0, 4), run(1700, 0, 4, 'just-launched')));
    expect(rows.map((t) => [t.figure, t.target, t.pass])).toEqual([
      [
        'client: time to first frame, 10,000 nodes / 20,000 edges, a new page in a running browser',
        '≤ 1.5 s',
        true,
      ],
      [
        'client: time to first frame, the same graph, in a browser launched just before the page',
        '(no target)',
        null,
      ],
    ]);
    expect(rows[1]!.value).toBe('1,700 ms');
  });

  it('fails the target above 1.5 s, and names results from before the browser was recorded as just launched', () => {
    const { browser: _, ...older } = run(1600, 0, 4);
    const [row] = firstFrame(results(older));
    expect(row!.pass).toBe(false);
    expect(row!.figure).toMatch(/in a browser launched just before the page$/);
  });
});
