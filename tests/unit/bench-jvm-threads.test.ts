import { jvmCpuShare, jvmThreadTicks, statTicks, threadKind } from '../../bench/jvm-threads';

describe("Neo4j's CPU by JVM thread", () => {
  it('tells the JIT compiler and the collector from the threads that work', () => {
    expect(threadKind('C2 CompilerThre')).toBe('jit');
    expect(threadKind('C1 CompilerThre')).toBe('jit');
    expect(threadKind('GC Thread#1')).toBe('gc');
    expect(threadKind('G1 Refine#0')).toBe('gc');
    expect(threadKind('neo4j.BoltWorker-3')).toBe('work');
    expect(threadKind('MuninnPageCache')).toBe('work');
  });

  it('reads user and system ticks after the name, which may hold spaces and parentheses', () => {
    const stat =
      '4242 (C2 CompilerThre) S 1 4242 4242 0 -1 4194368 0 0 0 0 1500 230 0 0 20 0 1 0 100 0 0';
    expect(statTicks(stat)).toBe(1730);
    expect(statTicks('7 (a (b) c) R 1 2 3 4 5 6 7 8 9 10 11 12 0 0')).toBe(23);
    expect(statTicks('garbage')).toBeNull();
  });

  it('gives shares of the time used between two readings', () => {
    expect(
      jvmCpuShare({ jit: 100, gc: 50, work: 850 }, { jit: 400, gc: 100, work: 1500 }, 100),
    ).toEqual({ cpuSec: 10, jitPct: 30, gcPct: 5, workPct: 65 });
    expect(jvmCpuShare({ jit: 1, gc: 1, work: 1 }, { jit: 1, gc: 1, work: 1 })).toBeNull();
    expect(jvmCpuShare(null, { jit: 1, gc: 1, work: 1 })).toBeNull();
  });

  it('reads a live process (this one) and nothing for a process that is not there', () => {
    const t = jvmThreadTicks(process.pid);
    if (process.platform === 'linux') expect(t).not.toBeNull();
    expect(jvmThreadTicks(2 ** 30)).toBeNull();
  });
});
