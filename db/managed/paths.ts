import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const POM_FILE = join(PROJECT_ROOT, 'db', 'pom.xml');

/** Jars are shared by every clone and instance; override with CLAIMGRAPH_CACHE_DIR. */
export function cacheDir(): string {
  if (process.env.CLAIMGRAPH_CACHE_DIR) return resolve(process.env.CLAIMGRAPH_CACHE_DIR);
  const xdg = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(xdg, 'claimgraph');
}

/** Each instance (the app's "default", the tests' "test") keeps its own data and password. */
export function instanceDir(name: string): string {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad instance name "${name}"`);
  return join(PROJECT_ROOT, '.claimgraph', name);
}

export interface InstancePaths {
  home: string;
  conf: string;
  confFile: string;
  data: string;
  logs: string;
  run: string;
  pidFile: string;
  stateFile: string;
  passwordFile: string;
  /** Bolt's TLS certificate and key, when the instance was started with boltTls. */
  boltCertificates: string;
  stdoutFile: string;
  neo4jLog: string;
}

export function instancePaths(name: string): InstancePaths {
  const home = instanceDir(name);
  return {
    home,
    conf: join(home, 'conf'),
    confFile: join(home, 'conf', 'neo4j.conf'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
    pidFile: join(home, 'run', 'neo4j.pid'),
    stateFile: join(home, 'state.json'),
    passwordFile: join(home, 'password'),
    boltCertificates: join(home, 'certificates', 'bolt'),
    stdoutFile: join(home, 'logs', 'stdout.log'),
    neo4jLog: join(home, 'logs', 'neo4j.log'),
  };
}
