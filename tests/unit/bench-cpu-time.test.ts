/**
 * The benchmark's CPU accounting (bench/cpu-time.ts): /proc/stat's aggregate
 * line read into busy, idle and stolen time, and a phase's shares of it.
 */
import { cpuCounters, cpuShare, describeCpu, parseProcStat } from '../../bench/cpu-time';

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
