/**
 * Where this machine's CPU time went during a phase, from the kernel's own
 * counters (/proc/stat). The machine is a shared VM: the same load has run at
 * 24k and at 62k relationships/s within an hour, and "stolen" time (the
 * hypervisor running another guest on our cores) is the part of that the guest
 * can see. Recorded beside a figure, it tells host noise from a regression.
 */
import { readFileSync } from 'node:fs';

/** Jiffies summed over all cores since boot. */
export interface CpuCounters {
  busy: number;
  idle: number;
  steal: number;
}

/** Shares of a phase's CPU time, in % of all cores' time (busy + idle + steal = 100). */
export interface CpuShare {
  busyPct: number;
  idlePct: number;
  stealPct: number;
}

/**
 * Reads the aggregate "cpu" line of /proc/stat: user nice system idle iowait
 * irq softirq steal (guest time is already inside user). Null when the text has
 * no such line.
 */
export function parseProcStat(text: string): CpuCounters | null {
  const line = /^cpu\s+([\d\s]+)$/m.exec(text)?.[1];
  if (!line) return null;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .map(Number);
  if (idle === undefined) return null;
  return {
    busy: (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0),
    idle: idle + (iowait ?? 0),
    steal: steal ?? 0,
  };
}

/** This machine's counters now; null where there is no /proc/stat (not Linux). */
export function cpuCounters(): CpuCounters | null {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/** The shares between two readings; null if either is missing or no time passed. */
export function cpuShare(from: CpuCounters | null, to: CpuCounters | null): CpuShare | null {
  if (!from || !to) return null;
  const busy = to.busy - from.busy;
  const idle = to.idle - from.idle;
  const steal = to.steal - from.steal;
  const total = busy + idle + steal;
  if (total <= 0) return null;
  const pct = (n: number) => Math.round((1000 * n) / total) / 10;
  return { busyPct: pct(busy), idlePct: pct(idle), stealPct: pct(steal) };
}

/** "busy 91 %, idle 4 %, stolen 5 %", or "not measured". */
export function describeCpu(share: CpuShare | null | undefined): string {
  if (!share) return 'not measured';
  return `busy ${share.busyPct} %, idle ${share.idlePct} %, stolen ${share.stealPct} %`;
}

export interface QuietWait {
  /** How long it waited, ms. */
  waitedMs: number;
  /** The last sample's busy share, in % of all cores (null: not measured). */
  busyPct: number | null;
  /** Whether the machine went quiet before the timeout. */
  quiet: boolean;
}

/**
 * Waits until this machine's cores are mostly idle: busy under `maxBusyPct`
 * over a sample of `sampleMs`, for at most `timeoutMs`. A figure timed just
 * after the bench's own heavy step (a Neo4j that wrote a million
 * relationships, stopped) could otherwise carry that step's tail; a machine
 * busy with others' work is waited for only up to the timeout.
 */
export async function waitForQuiet(
  opts: { maxBusyPct: number; sampleMs: number; timeoutMs: number },
  read: () => CpuCounters | null = cpuCounters,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<QuietWait> {
  let waitedMs = 0;
  let before = read();
  if (!before) return { waitedMs: 0, busyPct: null, quiet: false };
  for (;;) {
    await sleep(opts.sampleMs);
    waitedMs += opts.sampleMs;
    const now = read();
    const share = cpuShare(before, now);
    before = now;
    const busyPct = share ? share.busyPct + share.stealPct : null;
    if (busyPct !== null && busyPct < opts.maxBusyPct) return { waitedMs, busyPct, quiet: true };
    if (waitedMs >= opts.timeoutMs) return { waitedMs, busyPct, quiet: false };
  }
}
