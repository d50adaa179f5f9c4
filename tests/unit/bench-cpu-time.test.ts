/**
 * The benchmark's CPU accounting (bench/cpu-time.ts): /proc/stat's aggregate
 * line read into busy, idle and stolen time, and a phase's shares of it.
 */
import {
  cpuCounters,
  cpuShare,
  describeCpu,
  parseProcStat,
  waitForQuiet,
  type CpuCounters,
} from '../../bench/cpu-time';

// A real /proc/stat layout: the aggregate line, then one per core and more.
const STAT = (user: number, idle: number, steal: number) =>
  [
    `cpu  ${user} 5 100 ${idle} 20 0 10 ${steal} 0 0`,
    `cpu0 ${user / 2} 2 50 ${idle / 2} 10 0 5 ${steal / 2} 0 0`,
    'intr 12345 0 0',
    'ctxt 999',
  ].join('\n');

test('reads busy (user, nice, system, irq, softirq), idle (with iowait) and steal from the aggregate line', () => {
  expect(parseProcStat(STAT(1000, 4000, 30))).toEqual({ busy: 1115, idle: 4020, steal: 30 });
});

test('a text without the aggregate line is no reading', () => {
  expect(parseProcStat('cpu0 1 2 3 4\nintr 5')).toBeNull();
  expect(parseProcStat('')).toBeNull();
});

test("a phase's shares are of all the time that passed, to a tenth of a percent", () => {
  const from = parseProcStat(STAT(1000, 4000, 30));
  const to = parseProcStat(STAT(1800, 4100, 130)); // +800 busy, +100 idle, +100 steal
  expect(cpuShare(from, to)).toEqual({ busyPct: 80, idlePct: 10, stealPct: 10 });
  expect(describeCpu(cpuShare(from, to))).toBe('busy 80 %, idle 10 %, stolen 10 %');
});

test('no share without two readings or without time between them', () => {
  const a = parseProcStat(STAT(1000, 4000, 30));
  expect(cpuShare(null, a)).toBeNull();
  expect(cpuShare(a, a)).toBeNull();
  expect(describeCpu(null)).toBe('not measured');
});

test("this machine's counters move forward while it works", () => {
  const before = cpuCounters();
  if (before === null) return; // not Linux: the benchmark records no CPU shares
  const end = Date.now() + 60;
  while (Date.now() < end); // keep a core busy for a few ticks
  const after = cpuCounters()!;
  expect(after.busy).toBeGreaterThan(before.busy);
  const share = cpuShare(before, after)!;
  expect(share.busyPct + share.idlePct + share.stealPct).toBeCloseTo(100, 0);
});

describe('waitForQuiet', () => {
  /** Counters that advance by each step's busy/idle/steal jiffies, one step per reading after the first. */
  const readings = (steps: [number, number, number][]) => {
    let at: CpuCounters = { busy: 0, idle: 0, steal: 0 };
    const queue = [...steps];
    return () => {
      const step = queue.shift();
      if (step)
        at = { busy: at.busy + step[0], idle: at.idle + step[1], steal: at.steal + step[2] };
      return at;
    };
  };
  const slept: number[] = [];
  const sleep = async (ms: number) => void slept.push(ms);
  const opts = { maxBusyPct: 20, sampleMs: 1000, timeoutMs: 5000 };

  beforeEach(() => (slept.length = 0));

  test('returns after the first sample in which the cores were mostly idle', async () => {
    // First reading is the start; then 90 % busy, 60 % busy, 10 % busy.
    const read = readings([
      [0, 0, 0],
      [90, 10, 0],
      [60, 40, 0],
      [10, 90, 0],
    ]);
    expect(await waitForQuiet(opts, read, sleep)).toEqual({
      waitedMs: 3000,
      busyPct: 10,
      quiet: true,
    });
    expect(slept).toEqual([1000, 1000, 1000]);
  });

  test('counts stolen time as busy: the cores were not ours', async () => {
    const read = readings([
      [0, 0, 0],
      [5, 75, 20],
      [5, 95, 0],
    ]);
    const wait = await waitForQuiet(opts, read, sleep);
    expect(wait.waitedMs).toBe(2000);
    expect(wait.busyPct).toBe(5);
  });

  test('gives up at the timeout on a machine that stays busy, and says so', async () => {
    const read = readings(Array.from({ length: 10 }, (_, i) => (i ? [80, 20, 0] : [0, 0, 0])));
    expect(await waitForQuiet(opts, read, sleep)).toEqual({
      waitedMs: 5000,
      busyPct: 80,
      quiet: false,
    });
  });

  test('without /proc/stat it does not wait', async () => {
    expect(await waitForQuiet(opts, () => null, sleep)).toEqual({
      waitedMs: 0,
      busyPct: null,
      quiet: false,
    });
    expect(slept).toEqual([]);
  });
});
