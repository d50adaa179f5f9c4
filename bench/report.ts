/** Targets, the console table, bench/results.json and docs/benchmarks.md. */
import type { ScenarioResult, OverheadResult, IngestResult } from './api-bench';
import { BROWSER_IDLE_MS, CLIENT_SETTLE, type ClientResult } from './client-bench';
import { describeCpu, type QuietWait } from './cpu-time';
import type { FloorResult } from './floor';
import type { JvmCpuShare } from './jvm-threads';
import type { LoadBenchResult } from './load-bench';
import type { MachineInfo } from './machine';

export interface BenchResults {
  version: 1;
  command: string;
  options: { scale: number; quick: boolean; durationSec: number; connections: number[] };
  machine: MachineInfo;
  /** Bare relationships through the loader's batching: this machine's ceiling. */
  floor?: FloorResult;
  load?: LoadBenchResult;
  /** Another graph of the same scale loaded after the API benchmarks, into the same server. */
  secondLoad?: Omit<LoadBenchResult, 'naive' | 'warmupMs'>;
  api?: ScenarioResult[];
  overhead?: OverheadResult[];
  ingest?: IngestResult;
  client?: ClientResult | { error: string };
  /** The same page with software compositing (--disable-gpu): reported, no target. */
  clientSoftware?: ClientResult;
  /** The same page with a 100-node graph: what the browser costs before the graph does. */
  clientFloor?: ClientResult;
  /** The same page opened the moment the browser is up (its start-up alongside): no target. */
  clientJustLaunched?: ClientResult;
  /** The wait for a quiet machine before the client passes (absent in older results). */
  clientSettle?: QuietWait;
  targets: TargetCheck[];
  elapsedSec: number;
}

export interface TargetCheck {
  figure: string;
  target: string;
  value: string;
  /** null: not measured (n/a). */
  pass: boolean | null;
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const describeJvm = (j: JvmCpuShare) =>
  `${j.cpuSec} s of CPU: JIT compiler threads ${j.jitPct} % (at least), GC ${j.gcPct} %, ` +
  `the rest ${j.workPct} %`;
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : n0(x)} ms`;

export function checkTargets(r: Omit<BenchResults, 'targets'>): TargetCheck[] {
  const out: TargetCheck[] = [];
  const add = (figure: string, target: string, value: string, pass: boolean | null) =>
    out.push({ figure, target, value, pass });
  if (r.load) {
    const l = r.load;
    add(
      'load: relationships/s (relationship phase)',
      '≥ 50,000/s',
      `${n0(l.relationshipPhase.perSec)}/s (${n0(l.relationships)} in ${(l.relationshipPhase.ms / 1000).toFixed(1)} s)`,
      l.relationshipPhase.perSec >= 50_000,
    );
    if (r.floor) {
      add(
        "load: relationship phase, share of this machine's floor",
        '(no target)',
        `${Math.round((100 * l.relationshipPhase.perSec) / r.floor.relationshipsPerSec)} % of ` +
          `${n0(r.floor.relationshipsPerSec)}/s (bare relationships, same batching)`,
        null,
      );
    }
    if (l.cpu) {
      add(
        "load: this machine's CPU time during the relationship phase (stolen: taken by the host)",
        '(no target)',
        describeCpu(l.cpu.relationshipPhase) +
          (r.floor?.cpu ? `; during the floor: ${describeCpu(r.floor.cpu)}` : ''),
        null,
      );
    }
    add(
      'load: relationships/s end to end (nodes, schema, checks included)',
      '≥ 50,000/s',
      `${n0(l.total.relationshipsPerSec)}/s (${(l.total.ms / 1000).toFixed(1)} s in all)`,
      l.total.relationshipsPerSec >= 50_000,
    );
    add(
      'load: nodes/s (node phase)',
      '(no target)',
      `${n0(l.nodePhase.perSec)}/s (${n0(l.nodes)} in ${(l.nodePhase.ms / 1000).toFixed(1)} s)`,
      null,
    );
    add(
      'load: speed-up over the naive loader (end to end)',
      '≥ 100×',
      `${l.naive.ratio}× (naive ≈ ${n0(l.naive.relationshipsPerSec)} rels/s, ${(l.naive.estimatedMs / 60_000).toFixed(0)} min for this graph)`,
      l.naive.ratio >= 100,
    );
    add(
      'load: counts equal the dataset, no duplicates',
      'yes',
      l.countsMatch ? 'yes' : 'NO',
      l.countsMatch,
    );
    if (l.jvm) {
      add(
        "load: Neo4j's CPU time during the load, by JVM thread",
        '(no target)',
        describeJvm(l.jvm),
        null,
      );
    }
  }
  if (r.secondLoad) {
    // The same figures for a server that has loaded before: its JVM has compiled
    // the load's code, and the store already holds a graph of this size.
    const l = r.secondLoad;
    add(
      'second load, into the same server: relationships/s (relationship phase)',
      '≥ 50,000/s',
      `${n0(l.relationshipPhase.perSec)}/s (${n0(l.relationships)} in ${(l.relationshipPhase.ms / 1000).toFixed(1)} s)`,
      l.relationshipPhase.perSec >= 50_000,
    );
    add(
      'second load: relationships/s end to end',
      '≥ 50,000/s',
      `${n0(l.total.relationshipsPerSec)}/s (${(l.total.ms / 1000).toFixed(1)} s in all; node phase ` +
        `${(l.nodePhase.ms / 1000).toFixed(1)} s)`,
      l.total.relationshipsPerSec >= 50_000,
    );
    if (r.load) {
      // The graphs differ by their seed only: the first one's naive estimate, per relationship.
      const naiveMs = (r.load.naive.estimatedMs * l.relationships) / r.load.relationships;
      const ratio = Math.round((10 * naiveMs) / l.total.ms) / 10;
      add(
        'second load: speed-up over the naive loader (end to end)',
        '≥ 100×',
        `${ratio}× (the naive estimate above, ${(naiveMs / 60_000).toFixed(0)} min)`,
        ratio >= 100,
      );
    }
    if (l.jvm) {
      add(
        "second load: Neo4j's CPU time during the load, by JVM thread",
        '(no target)',
        describeJvm(l.jvm),
        null,
      );
    }
    add(
      'second load: counts equal the dataset, no duplicates',
      'yes',
      l.countsMatch ? 'yes' : 'NO',
      l.countsMatch,
    );
  }
  const scen = (name: string) => r.api?.find((s) => s.name === name);
  const at = (s: ScenarioResult | undefined, c: number) =>
    s?.byConnections.find((b) => b.connections === c);
  for (const name of ['neighbourhood depth 2, normal node', 'neighbourhood depth 2, hub']) {
    const s = at(scen(name), 32);
    add(
      `${name}: p99 at 32 connections`,
      '≤ 50 ms',
      s ? `${ms(s.latencyMs.p99)} (${n0(s.rps)} req/s)` : 'not run',
      s ? s.latencyMs.p99 <= 50 && s.non2xx === 0 && s.errors === 0 : null,
    );
  }
  const search = at(scen('search'), 1);
  add(
    'search: p50 at 1 connection',
    '≤ 5 ms',
    search ? ms(search.latencyMs.p50) : 'not run',
    search ? search.latencyMs.p50 <= 5 : null,
  );
  for (const o of r.overhead ?? []) {
    add(
      `Express overhead, ${o.name} (HTTP ÷ driver, same Cypher)`,
      '≤ 1.25×',
      `${o.ratio}× (${ms(o.httpMs.mean)} vs ${ms(o.driverMs.mean)})`,
      o.ratio <= 1.25,
    );
  }
  if (r.ingest) {
    const i = r.ingest;
    add(
      `ingest preview, ${i.words ?? 1000}-word article (p50)`,
      '≤ 200 ms',
      i.available && i.latencyMs
        ? `${ms(i.latencyMs.p50)} (p95 ${ms(i.latencyMs.p95)})`
        : (i.note ?? 'n/a'),
      i.available && i.latencyMs ? i.latencyMs.p50 <= 200 : null,
    );
  }
  if (r.client) {
    if ('error' in r.client) {
      add('client figures', 'measured', `failed: ${r.client.error.split('\n')[0]}`, false);
    } else {
      const c = r.client;
      add(
        `client: time to first frame, ${n0(c.nodes)} nodes / ${n0(c.edges)} edges, ` +
          `${browserState(c)}${ofRuns(c)}`,
        '≤ 1.5 s',
        `${ms(c.firstFrameMs)}${spread(c, 'firstFrameMs')}`,
        c.firstFrameMs <= 1500,
      );
      if (r.clientJustLaunched) {
        const j = r.clientJustLaunched;
        add(
          `client: time to first frame, the same graph, ${browserState(j)}${ofRuns(j)}`,
          '(no target)',
          `${ms(j.firstFrameMs)}${spread(j, 'firstFrameMs')}`,
          null,
        );
      }
      add(
        `client: longest main-thread task during ForceAtlas2${ofRuns(c)}`,
        '≤ 100 ms',
        `${ms(c.layout.longestTaskMs)}${spread(c, 'longestTaskMs')} ` +
          `(${c.layout.tasksOver50Ms} ${c.layout.tasksOver50Ms === 1 ? 'task' : 'tasks'} > 50 ms in ${ms(c.layout.fa2Ms)})`,
        c.layout.longestTaskMs <= 100,
      );
      add('client: frames per second while panning', '(no target)', `${c.panFps} fps`, null);
      if (r.clientFloor) {
        const f = r.clientFloor;
        add(
          `client: first frame of a ${n0(f.nodes)}-node graph (this browser's floor)`,
          '(no target)',
          `${ms(f.firstFrameMs)}; the ${n0(c.nodes)}-node graph adds ` +
            `${ms(Math.max(0, c.firstFrameMs - f.firstFrameMs))}`,
          null,
        );
      }
    }
  }
  if (r.clientSoftware) {
    const c = r.clientSoftware;
    add(
      'client, software compositing (--disable-gpu): first frame / longest task during ForceAtlas2',
      '(no target)',
      `${ms(c.firstFrameMs)} / ${ms(c.layout.longestTaskMs)}`,
      null,
    );
  }
  return out;
}

/** How the page met its browser (results before this was recorded: the moment it was up). */
function browserState(c: ClientResult): string {
  return c.browser === 'running'
    ? 'a new page in a running browser'
    : 'in a browser launched just before the page';
}

/** ", median of 5 browsers" when a pass had several runs (older results have none). */
function ofRuns(c: ClientResult): string {
  return (c.runs ?? 1) > 1 ? `, median of ${c.runs} browsers` : '';
}

/** " (runs: 1.2 s, 1.4 s, …)" for a figure of a pass with several runs. */
function spread(c: ClientResult, figure: keyof NonNullable<ClientResult['samples']>): string {
  const values = c.samples?.[figure];
  return values && values.length > 1 ? ` (runs: ${values.map(ms).join(', ')})` : '';
}

export function consoleTable(r: BenchResults): string {
  const lines: string[] = [];
  const w1 = Math.max(...r.targets.map((t) => t.figure.length), 6);
  const w2 = Math.max(...r.targets.map((t) => t.target.length), 6);
  lines.push(`${'figure'.padEnd(w1)}  ${'target'.padEnd(w2)}  result`);
  lines.push(`${'-'.repeat(w1)}  ${'-'.repeat(w2)}  ${'-'.repeat(40)}`);
  for (const t of r.targets) {
    const mark = t.pass === null ? '   ' : t.pass ? 'ok ' : 'MISS';
    lines.push(`${t.figure.padEnd(w1)}  ${t.target.padEnd(w2)}  ${mark} ${t.value}`);
  }
  if (r.api) {
    lines.push('');
    lines.push('API latency (ms) and throughput by connections (cold = one at a time, no cache):');
    lines.push(
      `${'route'.padEnd(36)} ${'cold p50'.padStart(9)} ${'cold p99'.padStart(9)}  ` +
        r.options.connections
          .map((c) => `${`c=${c} p50/p95/p99`.padStart(22)} ${'req/s'.padStart(7)}`)
          .join(' '),
    );
    for (const s of r.api) {
      lines.push(
        `${s.name.padEnd(36)} ${s.cold.p50.toFixed(1).padStart(9)} ${s.cold.p99.toFixed(1).padStart(9)}  ` +
          s.byConnections
            .map(
              (b) =>
                `${`${b.latencyMs.p50.toFixed(1)}/${b.latencyMs.p95.toFixed(1)}/${b.latencyMs.p99.toFixed(1)}`.padStart(22)} ${n0(b.rps).padStart(7)}`,
            )
            .join(' '),
      );
    }
  }
  return lines.join('\n');
}

function mdTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export interface Narrative {
  writtenFor: { measuredAt: string; name: string; commit: string };
  method: string;
  fixes: string;
  remains: string;
}

/**
 * Said above the text when the tables are from another run than the one it was
 * written for: its "this run" and "the table's" are that run's, not these tables'.
 */
export function narrativeNote(r: BenchResults, narrative: Narrative): string | null {
  const w = narrative.writtenFor;
  if (r.machine.date === w.measuredAt) return null;
  return (
    `_The text below was written for ${w.name}, measured on ${w.measuredAt.slice(0, 10)}. ` +
    `Where it says "this run" or "the table's", it means that run, whose tables are in ` +
    `\`git show ${w.commit}:docs/benchmarks.md\`; the tables above are from the run of ` +
    `${r.machine.date.slice(0, 10)}._`
  );
}

export function markdown(r: BenchResults, narrative: Narrative): string {
  const m = r.machine;
  const parts: string[] = [];
  parts.push('# Benchmarks');
  parts.push(
    `Measured by \`npx tsx bench/run.ts${r.command ? ` ${r.command}` : ''}\` on ${m.date.slice(0, 10)} ` +
      `in ${Math.round(r.elapsedSec / 60)} min. Raw figures: \`bench/results.json\`. ` +
      'This file is written by the benchmark; the text around the tables lives in `bench/narrative.ts`.',
  );
  parts.push('## Machine');
  parts.push(
    mdTable(
      ['', ''],
      [
        ['CPU', `${m.cpus} × ${m.cpuModel}`],
        ['Memory', `${m.memoryGiB} GiB`],
        ['OS', m.os],
        ['Node', m.node],
        [
          'Neo4j',
          `${m.neo4j} ${m.neo4jEdition} (heap ${m.neo4jMemory.heap}, page cache ${m.neo4jMemory.pageCache})`,
        ],
        ['Chromium', m.chromium ?? 'n/a'],
        [
          'Load average (1 min) at start / end',
          `${m.loadAverageStart} / ${m.loadAverageEnd ?? '?'} — the machine is shared with other engineers' builds and tests`,
        ],
      ],
    ),
  );
  parts.push('## Figures against targets');
  parts.push(
    mdTable(
      ['Figure', 'Target', 'Result', ''],
      r.targets.map((t) => [
        t.figure,
        t.target,
        t.value,
        t.pass === null ? '' : t.pass ? '✅' : '❌ missed',
      ]),
    ),
  );
  if (r.load) {
    const l = r.load;
    parts.push('## Load');
    parts.push(
      `Synthetic graph at scale ${l.scale}: ${n0(l.nodes)} nodes and ${n0(l.relationships)} relationships ` +
        `(generated in ${(l.generateMs / 1000).toFixed(1)} s), loaded into an empty database by \`seed/load.ts\` ` +
        `after a ${(l.warmupMs / 1000).toFixed(0)} s warm-up load of a throwaway namespace.`,
    );
    if (r.floor) {
      parts.push(
        `Floor (\`bench/floor.ts\`), measured first in the same instance: ${n0(r.floor.relationships)} ` +
          `bare relationships between ${n0(r.floor.nodes)} bare nodes, no properties and no checks, ` +
          `through the loader's batching and concurrency, in ${(r.floor.relationshipMs / 1000).toFixed(1)} s: ` +
          `${n0(r.floor.relationshipsPerSec)}/s. The relationship phase ran at ` +
          `${Math.round((100 * l.relationshipPhase.perSec) / r.floor.relationshipsPerSec)} % of it.`,
      );
    }
    if (l.cpu) {
      parts.push(
        `This machine's CPU time (all cores, from \`/proc/stat\`; "stolen" is time the ` +
          `hypervisor gave another guest): node phase ${describeCpu(l.cpu.nodePhase)}; ` +
          `relationship phase ${describeCpu(l.cpu.relationshipPhase)}` +
          (r.floor?.cpu ? `; floor ${describeCpu(r.floor.cpu)}.` : '.'),
      );
    }
    parts.push(
      mdTable(
        ['Step', 'Rows', 'Transaction seconds (summed; steps and batches run side by side)'],
        l.steps.map((s) => [s.step, n0(s.rows), (s.ms / 1000).toFixed(1)]),
      ),
    );
    parts.push(
      mdTable(
        ['Naive loader sample (one record per transaction)', 'Records', 'ms per record'],
        Object.entries(l.naive.sample.kinds).map(([k, v]) => [
          k,
          n0(v.records),
          v.msPerRecord.toFixed(2),
        ]),
      ),
    );
  }
  if (r.secondLoad) {
    const l = r.secondLoad;
    parts.push('### Second load');
    parts.push(
      `Another graph of the same scale (seed \`second\`, namespace \`${l.namespace}\`: ` +
        `${n0(l.nodes)} nodes, ${n0(l.relationships)} relationships), loaded after the API ` +
        'benchmarks into the same server: its JVM has compiled the code a load runs, and its ' +
        'store already holds the first graph. ' +
        (l.jvm ? `Neo4j used ${l.jvm.cpuSec} s of CPU for it` : '') +
        (l.jvm && r.load?.jvm ? `, against ${r.load.jvm.cpuSec} s for the first load.` : '.'),
    );
    parts.push(
      mdTable(
        ['Step', 'Rows', 'Transaction seconds (summed; steps and batches run side by side)'],
        l.steps.map((s) => [s.step, n0(s.rows), (s.ms / 1000).toFixed(1)]),
      ),
    );
  }
  if (r.api) {
    parts.push('## API');
    const cols = r.options.connections;
    parts.push(
      mdTable(
        [
          'Route (pool of distinct requests)',
          'cold p50 / p99',
          ...cols.map((c) => `${c} conn.: p50 / p95 / p99 (req/s)`),
        ],
        r.api.map((s) => [
          `${s.name} (${s.poolSize}) — e.g. \`${s.example}\``,
          `${s.cold.p50.toFixed(1)} / ${s.cold.p99.toFixed(1)}`,
          ...s.byConnections.map(
            (b) =>
              `${b.latencyMs.p50.toFixed(1)} / ${b.latencyMs.p95.toFixed(1)} / ${b.latencyMs.p99.toFixed(1)} (${n0(b.rps)})` +
              (b.non2xx || b.errors ? ` ⚠ ${b.non2xx} non-2xx, ${b.errors} errors` : ''),
          ),
        ]),
      ),
    );
    parts.push(
      `Latencies in ms; ${r.options.durationSec} s per cell after a warm-up pass over the pool. ` +
        '“Cold” is one request at a time with `Cache-Control: no-cache`, which bypasses the read cache, once the server has warmed itself up (`server/warm-up.ts`: each read query has run once, so Neo4j has planned it).',
    );
  }
  if (r.overhead?.length) {
    parts.push('## Express overhead');
    parts.push(
      mdTable(
        ['Request', 'Queries', 'Driver mean / p50', 'HTTP mean / p50', 'Ratio'],
        r.overhead.map((o) => [
          `\`${o.path}\``,
          String(o.queries),
          `${o.driverMs.mean} / ${o.driverMs.p50} ms`,
          `${o.httpMs.mean} / ${o.httpMs.p50} ms`,
          `${o.ratio}×`,
        ]),
      ),
    );
  }
  if (r.client && !('error' in r.client)) {
    const runs = [
      r.client,
      ...(r.clientJustLaunched ? [r.clientJustLaunched] : []),
      ...(r.clientFloor ? [r.clientFloor] : []),
      ...(r.clientSoftware ? [r.clientSoftware] : []),
    ];
    const row = (label: string, f: (c: ClientResult) => string) => [label, ...runs.map(f)];
    parts.push('## Client');
    if (r.clientSettle) {
      const w = r.clientSettle;
      parts.push(
        'Before the first browser, pending writes were flushed to disk (`sync`) and ' +
          `the machine ${w.quiet ? 'went quiet' : 'was still busy'} after ${w.waitedMs / 1000} s ` +
          `(busy ${w.busyPct ?? '?'} % of the last second; the bench waits for under ` +
          `${CLIENT_SETTLE.maxBusyPct} %, ${CLIENT_SETTLE.timeoutMs / 1000} s at most).`,
      );
    }
    parts.push(
      mdTable(
        [
          'Figure',
          'GPU pipeline on SwiftShader',
          ...(r.clientJustLaunched ? ['Same, browser launched just before'] : []),
          ...(r.clientFloor ? [`Same, ${n0(r.clientFloor.nodes)}-node graph (floor)`] : []),
          ...(r.clientSoftware ? ['Software compositing (`--disable-gpu`)'] : []),
        ],
        [
          row('Graph', (c) => `${n0(c.nodes)} nodes, ${n0(c.edges)} edges`),
          row('New browsers (figures below: medians)', (c) => String(c.runs ?? 1)),
          row('Page opened', (c) =>
            c.browser === 'running'
              ? `after the browser idled ${BROWSER_IDLE_MS / 1000} s on about:blank`
              : 'the moment the browser was up',
          ),
          row('Graph fetched, parsed, in the display graph', (c) => ms(c.graphReadyMs)),
          row('First frame issued (sigma `afterRender`)', (c) =>
            ms(c.firstFrameIssuedMs ?? c.firstFrameMs),
          ),
          row('First frame drawn (GPU done), from navigation start', (c) => ms(c.firstFrameMs)),
          row(
            'ForceAtlas2 phase',
            (c) =>
              `${ms(c.layout.fa2Ms)}, stopped by ${c.layout.stoppedBy}, ${c.layout.fa2Fps} fps`,
          ),
          row(
            'Longest main-thread task during ForceAtlas2 (tasks > 50 ms)',
            (c) => `${ms(c.layout.longestTaskMs)} (${c.layout.tasksOver50Ms})`,
          ),
          row('Longest main-thread task after it (noverlap in its worker)', (c) =>
            ms(c.layout.noverlapLongestTaskMs),
          ),
          row('Panning', (c) => `${c.panFps} fps, longest task ${ms(c.longestTaskWhilePanningMs)}`),
        ],
      ),
    );
  }
  parts.push('## Method');
  const note = narrativeNote(r, narrative);
  if (note) parts.push(note);
  parts.push(narrative.method);
  parts.push('## Performance fixes');
  parts.push(narrative.fixes);
  parts.push('## What remains');
  parts.push(narrative.remains);
  return `${parts.join('\n\n')}\n`;
}
