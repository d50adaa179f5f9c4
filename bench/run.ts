/**
 * `npx tsx bench/run.ts [--scale N] [--quick] [--duration S] [--reuse] [--keep] [--skip-client]
 *   [--client-runs N]`
 *
 * One run: records the machine; empties the bench instance (CLAIMGRAPH_INSTANCE,
 * "bench" by default, never "default" or "test"); writes the floor (bare
 * relationships, bench/floor.ts) and empties it again; loads the synthetic graph
 * (scale 1000: ~100k nodes, ~1M relationships) and a naive-loader sample; starts
 * the real server in a child process and measures the API with autocannon at 1,
 * 8 and 32 connections, the Express overhead, the ingest preview; loads a second
 * graph of the same scale into the same server (bench/load-bench.ts); measures the
 * client in headless Chromium; prints a table and writes bench/results.json and
 * docs/benchmarks.md; stops the bench instance (unless --keep).
 *
 * --quick: scale 100 unless --scale is given, 3 s per cell, smaller samples.
 * --reuse: keep the graph already loaded (same --scale), skip the load figures and the second load.
 * --client-runs N: new browsers per client pass (default 5, --quick 1); medians reported.
 * --render: measure nothing; rewrite docs/benchmarks.md from bench/results.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GraphDb } from '../db/graph-db';
import { status } from '../db/managed/instance';
import { PROJECT_ROOT } from '../db/managed/paths';
import { generateSynthetic } from '../seed/synthetic/generate';
import { apiBench, ingestBench, overheadBench, scenarios } from './api-bench';
import { CLIENT_SETTLE, clientBench } from './client-bench';
import { benchInstanceName, freshBench, startBench, stopBench } from './instance';
import { describeCpu, waitForQuiet } from './cpu-time';
import { floorBench } from './floor';
import { loadBench, secondLoadBench } from './load-bench';
import { machineInfo } from './machine';
import { NARRATIVE } from './narrative';
import { checkTargets, consoleTable, markdown, type BenchResults } from './report';
import { startChildServer } from './server';

/** docs/benchmarks.md, formatted as `npm run lint` (prettier --check) expects. */
async function writeDoc(path: string, results: BenchResults): Promise<void> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(
    path,
    await prettier.format(markdown(results, NARRATIVE), { ...options, parser: 'markdown' }),
  );
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      reuse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'skip-client': { type: 'boolean', default: false },
      'client-runs': { type: 'string' },
      render: { type: 'boolean', default: false },
      out: { type: 'string', default: join(PROJECT_ROOT, 'bench', 'results.json') },
      doc: { type: 'string', default: join(PROJECT_ROOT, 'docs', 'benchmarks.md') },
    },
  });
  if (values.render) {
    const saved = JSON.parse(readFileSync(values.out!, 'utf8')) as BenchResults;
    const results = { ...saved, targets: checkTargets(saved) };
    await writeDoc(values.doc!, results);
    console.log(consoleTable(results));
    console.log(`\nWrote ${values.doc} from ${values.out}.`);
    return;
  }
  const quick = values.quick!;
  const scale = Number(values.scale ?? (quick ? 100 : 1000));
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  const durationSec = Number(values.duration ?? (quick ? 3 : 10));
  const clientRuns = Number(values['client-runs'] ?? (quick ? 1 : 5));
  if (!Number.isInteger(clientRuns) || clientRuns < 1) {
    throw new Error('--client-runs must be a whole number of at least 1');
  }
  const connections = [1, 8, 32];
  const log = (l: string) => console.log(l);
  const name = benchInstanceName();
  if (process.env.NEO4J_URI) {
    throw new Error('bench/run.ts uses its own managed instance: unset NEO4J_URI.');
  }

  log(`▶ Neo4j instance "${name}"`);
  let conn = values.reuse ? await startBench(name, log) : await freshBench(name, log);
  let db = new GraphDb(conn, { maxTransactionRetryTime: 30_000 });
  const partial: Omit<BenchResults, 'targets'> = {
    version: 1,
    command: process.argv.slice(2).join(' '),
    options: { scale, quick, durationSec, connections },
    machine: await machineInfo(db),
    elapsedSec: 0,
  };
  const m = partial.machine;
  log(
    `  ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ` +
      `Neo4j ${m.neo4j} ${m.neo4jEdition}; load average ${m.loadAverageStart}`,
  );

  let server;
  try {
    let dataset;
    if (values.reuse) {
      dataset = generateSynthetic({ scale, namespace: 'syn' });
      log(`▶ Load: skipped (--reuse), using the graph of scale ${scale} already loaded`);
    } else {
      log(
        `▶ Floor: bare relationships through the loader's batching, then an empty database again`,
      );
      partial.floor = await floorBench(db, {
        nodes: Math.round(scale * 100),
        relationships: Math.round(scale * 1000),
        log,
      });
      await db.close();
      conn = await freshBench(name, log);
      db = new GraphDb(conn, { maxTransactionRetryTime: 30_000 });
      log(`▶ Load (scale ${scale})`);
      const { result, dataset: ds } = await loadBench(db, {
        scale,
        naivePerKind: quick ? 60 : 150,
        pid: (await status(name)).pid,
        log,
      });
      dataset = ds;
      partial.load = result;
      log(
        `  nodes ${result.nodePhase.perSec.toLocaleString('en-US')}/s, relationships ` +
          `${result.relationshipPhase.perSec.toLocaleString('en-US')}/s (end to end ` +
          `${result.total.relationshipsPerSec.toLocaleString('en-US')}/s); naive ×${result.naive.ratio}`,
      );
      log(`  CPU during the relationship phase: ${describeCpu(result.cpu?.relationshipPhase)}`);
    }

    log('▶ API server (server/main.ts in a child process)');
    server = await startChildServer({
      CLAIMGRAPH_INSTANCE: name,
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    });
    log(`  ${server.baseUrl}, pid ${server.pid}`);

    log('▶ API latency and throughput');
    partial.api = await apiBench(server, scenarios(dataset), {
      durationSec,
      connections,
      coldRequests: quick ? 20 : 60,
      log,
    });

    log('▶ Express overhead (same Cypher: driver vs HTTP)');
    const s = scenarios(dataset, 20);
    const first = (n: string) => s.find((x) => x.name === n)!.paths[0]!;
    partial.overhead = await overheadBench(
      conn,
      server,
      [
        { name: 'search', path: first('search') },
        { name: 'neighbourhood depth 2', path: first('neighbourhood depth 2, normal node') },
        { name: 'claims by speaker', path: first('claims by speaker') },
      ],
      quick ? 30 : 100,
      log,
    );

    log('▶ Ingest preview');
    partial.ingest = await ingestBench(server, dataset, quick ? 10 : 30, log);

    if (!values.reuse) {
      log(`▶ Second load: another scale-${scale} graph into the same server`);
      partial.secondLoad = await secondLoadBench(db, { scale, pid: (await status(name)).pid, log });
      const l = partial.secondLoad;
      log(
        `  nodes ${l.nodePhase.perSec.toLocaleString('en-US')}/s, relationships ` +
          `${l.relationshipPhase.perSec.toLocaleString('en-US')}/s (end to end ` +
          `${l.total.relationshipsPerSec.toLocaleString('en-US')}/s)`,
      );
    }
  } finally {
    await server?.stop();
    await db.close();
    if (!values.keep) {
      log(`▶ Stopping Neo4j "${name}" (--keep leaves it running)`);
      await stopBench(name);
    }
  }

  if (!values['skip-client']) {
    log('▶ Client (headless Chromium)');
    try {
      // The stopped Neo4j's writes reach the disk now, and the browsers start
      // on a quiet machine rather than in the tail of the loads.
      spawnSync('sync');
      const settle = await waitForQuiet(CLIENT_SETTLE);
      partial.clientSettle = settle;
      log(
        `  machine ${settle.quiet ? 'quiet' : 'still busy'} after ${settle.waitedMs / 1000} s ` +
          `(busy ${settle.busyPct ?? '?'} % of the last second)`,
      );
      log(`  ${clientRuns} new browser(s) per pass; figures are medians`);
      const c = await clientBench({ log, runs: clientRuns });
      partial.client = c;
      partial.machine.chromium = c.chromium;
      log(
        `  first frame ${c.firstFrameMs} ms, longest task during ForceAtlas2 ${c.layout.longestTaskMs} ms, ` +
          `panning ${c.panFps} fps`,
      );
      // The same opened the moment the browser is up: what its own start-up adds.
      const cold = await clientBench({ log, built: true, runs: clientRuns, justLaunched: true });
      partial.clientJustLaunched = cold;
      log(`  browser launched just before the page: first frame ${cold.firstFrameMs} ms`);
      // The floor: the same page and browser start with a 100-node graph, so the
      // report can tell the browser's own cost (SwiftShader) from the graph's.
      const floor = await clientBench({
        log,
        nodes: 100,
        edges: 200,
        built: true,
        runs: clientRuns,
      });
      partial.clientFloor = floor;
      log(
        `  ${floor.nodes}-node graph: first frame ${floor.firstFrameMs} ms, panning ${floor.panFps} fps`,
      );
      const sw = await clientBench({
        log,
        softwareCompositing: true,
        built: true,
        runs: clientRuns,
      });
      partial.clientSoftware = sw;
      log(
        `  software compositing: first frame ${sw.firstFrameMs} ms, longest task during ` +
          `ForceAtlas2 ${sw.layout.longestTaskMs} ms, panning ${sw.panFps} fps`,
      );
    } catch (err) {
      partial.client ??= { error: (err as Error).message };
      log(`  failed: ${(err as Error).message}`);
    }
  }

  partial.machine.loadAverageEnd = Math.round(os.loadavg()[0]! * 100) / 100;
  partial.elapsedSec = Math.round((Date.now() - t0) / 1000);
  const results: BenchResults = { ...partial, targets: checkTargets(partial) };
  writeFileSync(values.out!, `${JSON.stringify(results, null, 2)}\n`);
  await writeDoc(values.doc!, results);
  log('');
  log(consoleTable(results));
  log('');
  log(`Wrote ${values.out} and ${values.doc} in ${Math.round(results.elapsedSec / 60)} min.`);
}

main().catch((err: unknown) => {
  console.error(`error: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
