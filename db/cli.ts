/** `npm run db:start|db:stop|db:status [-- --instance NAME]`: the managed Neo4j. */
import { cliErrorLines } from './errors';
import { start, status, stop } from './managed/instance';
import { instancePaths } from './managed/paths';

function instanceName(args: string[]): string {
  const i = args.indexOf('--instance');
  return (i >= 0 ? args[i + 1] : undefined) ?? process.env.CLAIMGRAPH_INSTANCE ?? 'default';
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const name = instanceName(rest);
  if (process.env.NEO4J_URI && command === 'start') {
    console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}); the managed instance is not needed.`);
  }
  switch (command) {
    case 'start': {
      const t0 = Date.now();
      const conn = await start(name, { log: (l) => console.log(l) });
      console.log(
        `Neo4j "${name}" is ready at ${conn.uri} (user neo4j, password in ${instancePaths(name).passwordFile}) after ${((Date.now() - t0) / 1000).toFixed(1)}s.`,
      );
      return;
    }
    case 'stop': {
      const stopped = await stop(name);
      console.log(stopped ? `Neo4j "${name}" stopped.` : `Neo4j "${name}" was not running.`);
      return;
    }
    case 'status': {
      const s = await status(name);
      console.log(
        s.running
          ? `Neo4j "${name}" ${s.version} is running: pid ${s.pid}, ${s.uri}, home ${s.home}`
          : `Neo4j "${name}" ${s.version} is not running (home ${s.home}).`,
      );
      process.exitCode = s.running ? 0 : 3;
      return;
    }
    default:
      console.error('usage: tsx db/cli.ts start|stop|status [--instance NAME]');
      process.exitCode = 2;
  }
}

main().catch((err: unknown) => {
  console.error(cliErrorLines(err));
  process.exit(1);
});
