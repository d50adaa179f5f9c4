/**
 * Client figures in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core, SwiftShader for WebGL): time to first frame, frames per
 * second while panning, and the longest main-thread task while ForceAtlas2
 * lays out a 10k-node / 20k-edge graph.
 *
 * Chromium runs its GPU pipeline on SwiftShader (as with a GPU: the compositor
 * takes WebGL frames as they are). A second pass adds --disable-gpu, software
 * compositing, where every WebGL frame is also read back on the main thread;
 * no browser with a GPU does that, and it is reported apart.
 *
 * Each run starts a new browser and, as Lighthouse does, lets it come up on
 * about:blank before the page is opened: the figures are those of an analyst
 * opening Claimgraph in a browser already running. A pass with `justLaunched`
 * opens the page the moment the browser is up instead, its own start-up
 * (GPU process, SwiftShader) still running on the same two cores; it is
 * reported beside the other, against no target.
 *
 * The app's window.__claimgraph hook cannot load a given graph, so this builds
 * a standalone page (bench/client) that runs the client's own modules:
 * DatasetGraph, syncDisplay, GraphCanvas (sigma with the app's node program and
 * reducers) and LayoutController (the ForceAtlas2 web worker, then noverlap).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../db/managed/paths';
import { Rng } from '../seed/synthetic/prng';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
const PAGE_DIR = join(PROJECT_ROOT, 'artifacts', 'bench-client');
/** How long a new browser idles on about:blank before the page is opened (not in `justLaunched`). */
export const BROWSER_IDLE_MS = 3000;
/** Before the client passes (bench/run.ts): under 20 % busy over one second, waited for up to a minute. */
export const CLIENT_SETTLE = { maxBusyPct: 20, sampleMs: 1000, timeoutMs: 60_000 };

export interface ClientResult {
  nodes: number;
  edges: number;
  chromium: string;
  /** Software compositing (--disable-gpu): WebGL frames read back on the main thread. */
  softwareCompositing: boolean;
  /**
   * 'running': the page opened in a browser idle for BROWSER_IDLE_MS;
   * 'just-launched': the moment it was up (absent in older results: just launched).
   */
  browser?: 'running' | 'just-launched';
  /** From navigation start to the GPU having drawn sigma's first frame of the graph. */
  firstFrameMs: number;
  /** From navigation start to sigma's first frame issued (its afterRender). */
  firstFrameIssuedMs: number;
  /** From navigation start to the graph fetched, parsed and in the display graph (before sigma). */
  graphReadyMs: number;
  /** Frames sigma drew per second while the camera panned for 3 s. */
  panFps: number;
  /** ForceAtlas2 (web worker) phase: how long, frames per second, longest main-thread task. */
  layout: {
    fa2Ms: number;
    fa2Fps: number;
    /** Tasks overlapping the ForceAtlas2 phase, the ones that start and stop it included. */
    longestTaskMs: number;
    tasksOver50Ms: number;
    stoppedBy: string;
    /** noverlap runs on the main thread after ForceAtlas2: its own longest task. */
    noverlapLongestTaskMs: number;
  };
  longestTaskWhilePanningMs: number;
  /**
   * How many browsers this pass started, one run each; every figure above is
   * the median over the runs, and `samples` keeps each run's key figures
   * (both absent in results recorded before passes had several runs).
   */
  runs?: number;
  samples?: { firstFrameMs: number[]; longestTaskMs: number[]; panFps: number[] };
}

/** One browser's figures: a ClientResult before the runs are combined. */
type ClientRun = Omit<ClientResult, 'runs' | 'samples'>;

/** A graph in the API's serialized format: preferential attachment, m = 2 (≈ 2 edges a node). */
export function syntheticClientGraph(nodes: number, edges: number, seed = 'client') {
  const rng = new Rng(seed);
  const categories = [
    ['Claim', 0.55],
    ['Actor', 0.2],
    ['Source', 0.1],
    ['Place', 0.1],
    ['Unit', 0.05],
  ] as const;
  const kinds: Record<string, string[]> = {
    Claim: ['quote', 'paraphrase'],
    Actor: ['person', 'state', 'media', 'agency', 'group'],
    Source: ['article'],
    Place: ['city', 'region', 'country'],
    Unit: ['formation', 'armed-forces'],
  };
  const outNodes: { key: string; attributes: Record<string, unknown> }[] = [];
  for (let i = 0; i < nodes; i++) {
    let x = rng.next();
    let category: string = categories[0][0];
    for (const [c, w] of categories) {
      if (x < w) {
        category = c;
        break;
      }
      x -= w;
    }
    outNodes.push({
      key: `n${i}`,
      attributes: { category, kind: rng.pick(kinds[category]!), name: `${category} ${i}` },
    });
  }
  // Barabási–Albert: each new node links to ends of earlier edges (degree-proportional).
  const ends: number[] = [0, 1];
  const outEdges: { key: string; source: string; target: string; attributes: object }[] = [];
  const seen = new Set<string>();
  const rels = ['ABOUT', 'SAID', 'REPORTED_IN', 'ALLIED_WITH', 'LOCATED_IN'];
  for (let i = 2; i < nodes && outEdges.length < edges; i++) {
    const per = Math.max(1, Math.round((edges - outEdges.length) / (nodes - i)));
    for (let k = 0; k < per; k++) {
      const j = rng.chance(0.8) ? ends[Math.floor(rng.next() * ends.length)]! : rng.int(0, i - 1);
      if (j === i || seen.has(`${i}-${j}`)) continue;
      seen.add(`${i}-${j}`);
      outEdges.push({
        key: `e${outEdges.length}`,
        source: `n${i}`,
        target: `n${j}`,
        attributes: { relType: rng.pick(rels) },
      });
      ends.push(i, j);
    }
  }
  return {
    attributes: { kind: 'bench' },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: outNodes,
    edges: outEdges,
  };
}

export function buildBenchPage(): void {
  const run = spawnSync('npx', ['vite', 'build', '--config', 'bench/client/vite.config.mjs'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0 || !existsSync(join(PAGE_DIR, 'index.html'))) {
    throw new Error(`building bench/client failed:\n${run.stdout}${run.stderr}`);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

function serve(graphJson: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/graph.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(graphJson);
      return;
    }
    const rel = normalize(url.pathname === '/' ? '/index.html' : url.pathname).replace(/^\/+/, '');
    const file = join(PAGE_DIR, rel);
    if (!file.startsWith(PAGE_DIR) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface PageState {
  done: boolean;
  error: string | null;
  firstFrameMs: number | null;
  firstFrameDrawnMs: number | null;
  loadedMs: number | null;
  nodes: number;
  edges: number;
  phases: { phase: string; at: number }[];
  longTasks: { start: number; ms: number }[];
  renders: number[];
  layout?: { stoppedBy: string; ms: number };
  pan?: { from: number; to: number };
}

export interface ClientBenchOptions {
  nodes?: number;
  edges?: number;
  log?: (l: string) => void;
  query?: string;
  softwareCompositing?: boolean;
  /** The page is already built (a second pass). */
  built?: boolean;
  /** Browsers to start one after the other (default 1); figures are their medians. */
  runs?: number;
  /** Open the page the moment the browser is up, not after BROWSER_IDLE_MS on about:blank. */
  justLaunched?: boolean;
}

/**
 * Loads the graph in `runs` new browsers one after the other and reports the
 * median of each figure. One run on this shared 2-core host can be twice
 * another a minute later; the median of several is the figure that holds.
 */
export async function clientBench(opts: ClientBenchOptions = {}): Promise<ClientResult> {
  const log = opts.log ?? (() => {});
  const nodes = opts.nodes ?? 10_000;
  const edges = opts.edges ?? 20_000;
  const runs = Math.max(1, opts.runs ?? 1);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  if (!opts.built) {
    log('  building bench/client (vite)…');
    buildBenchPage();
  }
  const server = await serve(JSON.stringify(syntheticClientGraph(nodes, edges)));
  try {
    const results: ClientRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await clientRun(server, nodes, edges, opts, log);
      log(
        `    run ${i + 1}/${runs}: first frame ${run.firstFrameMs} ms, longest task during ` +
          `ForceAtlas2 ${run.layout.longestTaskMs} ms, panning ${run.panFps} fps`,
      );
      results.push(run);
    }
    return combineRuns(results);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** The median of each figure over the runs (the upper one of an even count). */
export function combineRuns(runs: ClientRun[]): ClientResult {
  const first = runs[0];
  if (!first) throw new Error('no client runs to combine');
  const median = (pick: (r: ClientRun) => number) => {
    const sorted = runs.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return {
    ...first,
    firstFrameMs: median((r) => r.firstFrameMs),
    firstFrameIssuedMs: median((r) => r.firstFrameIssuedMs),
    graphReadyMs: median((r) => r.graphReadyMs),
    panFps: median((r) => r.panFps),
    layout: {
      fa2Ms: median((r) => r.layout.fa2Ms),
      fa2Fps: median((r) => r.layout.fa2Fps),
      longestTaskMs: median((r) => r.layout.longestTaskMs),
      tasksOver50Ms: median((r) => r.layout.tasksOver50Ms),
      stoppedBy: first.layout.stoppedBy,
      noverlapLongestTaskMs: median((r) => r.layout.noverlapLongestTaskMs),
    },
    longestTaskWhilePanningMs: median((r) => r.longestTaskWhilePanningMs),
    runs: runs.length,
    samples: {
      firstFrameMs: runs.map((r) => r.firstFrameMs),
      longestTaskMs: runs.map((r) => r.layout.longestTaskMs),
      panFps: runs.map((r) => r.panFps),
    },
  };
}

/** One new browser loading the page once. */
async function clientRun(
  server: Server,
  nodes: number,
  edges: number,
  opts: ClientBenchOptions,
  log: (l: string) => void,
): Promise<ClientRun> {
  const software = opts.softwareCompositing ?? false;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: software ? [...CHROMIUM_ARGS, '--disable-gpu'] : CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const { port } = server.address() as AddressInfo;
    const justLaunched = opts.justLaunched ?? false;
    if (!justLaunched) {
      await page.goto('about:blank');
      await page.waitForTimeout(BROWSER_IDLE_MS);
    }
    log(
      `  loading a ${nodes}-node / ${edges}-edge graph in Chromium ${browser.version()}` +
        `${software ? ' (software compositing)' : ''}` +
        `${justLaunched ? ', launched just before' : ''}…`,
    );
    await page.goto(`http://127.0.0.1:${port}/${opts.query ? `?${opts.query}` : ''}`);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page
      .waitForFunction(
        () => (window as unknown as { __bench?: PageState }).__bench?.done,
        undefined,
        { timeout: 240_000, polling: 500 },
      )
      .catch((err: Error) => {
        throw new Error(`${err.message}\n${problems.join('\n')}`);
      });
    const s = await page.evaluate(() => (window as unknown as { __bench: PageState }).__bench);
    if (s.error) throw new Error(`bench page: ${s.error}`);
    const at = (phase: string) => s.phases.find((p) => p.phase === phase)?.at;
    const fa2Start = at('forceatlas2') ?? 0;
    const fa2End = at('noverlap') ?? at('idle') ?? fa2Start;
    const idle = s.phases.filter((p) => p.phase === 'idle').pop()?.at ?? fa2End;
    // noverlap runs in a worker after the phase turns idle, until the pan starts.
    const idleEnd = (from: number) => Math.max(from, s.pan?.from ?? idle);
    const within = (from: number, to: number) =>
      s.longTasks.filter((t) => t.start + t.ms > from && t.start < to);
    const longest = (tasks: { ms: number }[]) =>
      Math.round(tasks.reduce((m, t) => Math.max(m, t.ms), 0));
    // Every task that overlaps the ForceAtlas2 phase: the one that sets it up and
    // the one that stops it (and flushes its last positions) count too.
    const fa2Tasks = within(fa2Start, fa2End);
    const afterFa2 = s.longTasks.filter((t) => t.start >= fa2End && t.start < idleEnd(fa2End));
    const rendersIn = (from: number, to: number) =>
      s.renders.filter((t) => t >= from && t <= to).length;
    const pan = s.pan ?? { from: 0, to: 0 };
    const fps = (from: number, to: number) =>
      to > from ? Math.round((rendersIn(from, to) / ((to - from) / 1000)) * 10) / 10 : 0;
    return {
      nodes: s.nodes,
      edges: s.edges,
      chromium: browser.version(),
      softwareCompositing: software,
      browser: justLaunched ? 'just-launched' : 'running',
      firstFrameMs: Math.round(s.firstFrameDrawnMs ?? NaN),
      firstFrameIssuedMs: Math.round(s.firstFrameMs ?? NaN),
      graphReadyMs: Math.round(s.loadedMs ?? NaN),
      panFps: fps(pan.from, pan.to),
      layout: {
        fa2Ms: Math.round(fa2End - fa2Start),
        fa2Fps: fps(fa2Start, fa2End),
        longestTaskMs: longest(fa2Tasks),
        tasksOver50Ms: fa2Tasks.length,
        stoppedBy: s.layout?.stoppedBy ?? 'unknown',
        noverlapLongestTaskMs: longest(afterFa2),
      },
      longestTaskWhilePanningMs: longest(within(pan.from, pan.to)),
    };
  } finally {
    await browser.close();
  }
}
