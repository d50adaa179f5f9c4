/**
 * Where Neo4j's own CPU time goes, by JVM thread kind, from the kernel's
 * per-thread counters (/proc/PID/task/TID/{comm,stat}). A JVM that has just
 * started compiles its hot code while it works: the share of its JIT compiler
 * threads tells a first load on a new server from a warmed one.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type ThreadKind = 'jit' | 'gc' | 'work';

/** CPU ticks (user + system) per kind of thread. */
export type ThreadTicks = Record<ThreadKind, number>;

/** Shares of the process's CPU time between two readings, in %. */
export interface JvmCpuShare {
  /** Seconds of CPU the process used in all. */
  cpuSec: number;
  jitPct: number;
  gcPct: number;
  workPct: number;
}

/** "C2 CompilerThread0" and "C1 CompilerThre" are the JIT; "GC Thread#0", "G1 …" collect. */
export function threadKind(comm: string): ThreadKind {
  if (/^C[12] Compiler/.test(comm)) return 'jit';
  if (/^(GC Thread|G1 |VM Thread)/.test(comm)) return 'gc';
  return 'work';
}

/** utime + stime of a /proc/…/stat line (fields 14 and 15; the name may hold spaces). */
export function statTicks(stat: string): number | null {
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : null;
}

/**
 * The ticks of `pid` by kind of thread; null where /proc has no such process.
 * The process's own counter includes threads that have ended, whose time counts
 * as work: JDK 17 stops idle compiler threads, so the JIT's share is a floor.
 */
export function jvmThreadTicks(pid: number): ThreadTicks | null {
  const ticks: ThreadTicks = { jit: 0, gc: 0, work: 0 };
  let total: number | null;
  try {
    total = statTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const t = statTicks(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
        const kind = threadKind(comm);
        if (t !== null && kind !== 'work') ticks[kind] += t;
      } catch {
        // The thread ended between the listing and the read: the process's counter has it.
      }
    }
  } catch {
    return null;
  }
  if (total === null) return null;
  ticks.work = Math.max(0, total - ticks.jit - ticks.gc);
  return ticks;
}

/** The shares between two readings; null if either is missing or no CPU was used. */
export function jvmCpuShare(
  from: ThreadTicks | null,
  to: ThreadTicks | null,
  ticksPerSec = 100,
): JvmCpuShare | null {
  if (!from || !to) return null;
  const d = { jit: to.jit - from.jit, gc: to.gc - from.gc, work: to.work - from.work };
  const total = d.jit + d.gc + d.work;
  if (total <= 0) return null;
  const pct = (n: number) => Math.round((1000 * n) / total) / 10;
  return {
    cpuSec: Math.round((10 * total) / ticksPerSec) / 10,
    jitPct: pct(d.jit),
    gcPct: pct(d.gc),
    workPct: pct(d.work),
  };
}
