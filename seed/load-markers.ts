/**
 * The loader's batch markers (see cypher/seed/batch-once.cypher): which load
 * wrote each, and when they are dropped. A marker matters only while its batch
 * may be retried, so a load drops its own when it ends; when it starts, it drops
 * those of killed loads and leaves those of loads running beside it.
 */
import { hostname } from 'node:os';
import neo4j from 'neo4j-driver';
import { query } from '../db/cypher';
import type { GraphDb } from '../db/graph-db';
import { isAlive } from '../db/managed/instance';

/** The process a marker belongs to: a killed load's process is gone. */
export interface MarkerOwner {
  host: string;
  pid: number;
}

export function markerOwner(): MarkerOwner {
  return { host: hostname(), pid: process.pid };
}

/**
 * Beyond this age a marker is a killed load's even when its process cannot be
 * checked (another host): the retry window is seconds, so an hour leaves every
 * running load's markers alone.
 */
export const STALE_MARKER_AGE = 'PT1H';

/** Drops the markers of load `loadId`, when it ends, failed or not. */
export async function clearOwnMarkers(db: GraphDb, loadId: string): Promise<void> {
  await db.writeRows(query('seed/clear-load-batches'), { load: loadId });
}

/**
 * Drops the markers that killed loads left: those of a process on this host
 * that is gone, and any older than STALE_MARKER_AGE.
 */
export async function clearLeftoverMarkers(db: GraphDb): Promise<void> {
  const here = hostname();
  const owners = await db.readRows(query('seed/load-batch-owners'));
  const dead = owners
    .map((r) => ({ host: r.host, pid: r.pid === null ? null : Number(r.pid) }))
    .filter((o) => o.host === here && o.pid !== null && !isAlive(o.pid))
    .map((o) => [o.host, neo4j.int(o.pid!)]);
  await db.writeRows(query('seed/clear-stale-load-batches'), {
    age: STALE_MARKER_AGE,
    dead,
  });
}
