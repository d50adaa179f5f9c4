/** What the figures were measured on. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { GraphDb } from '../db/graph-db';
import { defaultMemory } from '../db/managed/conf';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  neo4j: string;
  neo4jEdition: string;
  neo4jMemory: { heap: string; pageCache: string };
  /** 1-minute load average when the run began and ended: others share this machine. */
  loadAverageStart: number;
  loadAverageEnd?: number;
  chromium?: string;
  date: string;
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1] ?? `${os.type()} ${os.release()}`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

export async function machineInfo(db: GraphDb): Promise<MachineInfo> {
  const [component] = await db.readRows(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
  );
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    neo4j: String(component?.version ?? 'unknown'),
    neo4jEdition: String(component?.edition ?? 'unknown'),
    neo4jMemory: defaultMemory(),
    loadAverageStart: Math.round(os.loadavg()[0]! * 100) / 100,
    date: new Date().toISOString(),
  };
}
