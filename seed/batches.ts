/**
 * Runs the loader's steps as batches of rows, one transaction each, several
 * transactions in flight. The steps given to one runSteps call must not depend
 * on each other: their batches are interleaved and finish in any order.
 */
import neo4j from 'neo4j-driver';
import { query } from '../db/cypher';
import type { GraphDb } from '../db/graph-db';
import { markerOwner } from './load-markers';

export interface Step {
  /** actors, claims, claim links, relations LEADS…: names progress and timings. */
  step: string;
  cypher: string;
  /** What the step loads: turned into the query's rows by toRow, a batch at a time. */
  items: readonly unknown[];
  toRow: (item: never) => unknown;
  /**
   * How many rows an item stands for (a group of relations from one node): batch
   * sizes and progress count these. One each when absent.
   */
  weigh?: (item: never) => number;
  /** What the step writes: nodes, relationships, or both (re-loads of existing records). */
  writes: 'nodes' | 'relationships' | 'both';
  /** Rows per transaction, as counted by weigh; an item is never split. */
  batchSize: number;
  /**
   * CREATE-only steps of the fast path run each batch once: seed/batch-once
   * writes the batch's marker first, in the same transaction, and a batch
   * retried after its commit went through is skipped.
   */
  once?: boolean;
}

export interface BatchProgress {
  step: string;
  writes: Step['writes'];
  /** Rows of this step done so far, and in all. */
  done: number;
  total: number;
  /** Written by this batch (for rates). */
  relationshipsCreated: number;
  nodesCreated: number;
  /** This batch's transaction, start to commit, in ms. */
  ms: number;
}

export interface RunOptions {
  /** Transactions in flight at once. */
  concurrency: number;
  /** Makes each batch's id unique to this load (see seed/batch-once). */
  loadId: string;
  progress?: (event: BatchProgress) => void;
  /** Receives the rows each batch returns: the node queries return {id, ref}. */
  onRow?: (row: { id: string; ref: string }) => void;
}

interface Batch {
  step: Step;
  index: number;
  items: readonly unknown[];
  /** The rows the items stand for (see Step.weigh). */
  weight: number;
}

/**
 * A step whose rows are made from its items a batch at a time, just before the
 * batch is sent: the making overlaps the database's work on the batches in
 * flight, where making every row first kept the database idle meanwhile.
 */
export function step<T>(
  s: Omit<Step, 'items' | 'toRow' | 'weigh'> & {
    items: readonly T[];
    toRow?: (item: T) => unknown;
    weigh?: (item: T) => number;
  },
): Step {
  return { ...s, toRow: s.toRow ?? ((item: T) => item) };
}

/** The rows a step's items stand for, in all (see Step.weigh). */
export function totalWeight(step: Step): number {
  const weigh = weightOf(step);
  return step.items.reduce((n: number, item) => n + weigh(item), 0);
}

/**
 * Runs `work` on every item with at most `concurrency` at once. At the first
 * error no new item starts, and the error is thrown once the items already
 * under way have settled: a load that reports failure has nothing left in
 * flight, so the markers it then drops cannot be written again behind it.
 */
export async function inPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (errors.length === 0 && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker),
  );
  if (errors.length) throw errors[0];
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Consecutive items in chunks of at most `size` by weight (an item heavier than that alone). */
export function chunkByWeight<T>(
  items: readonly T[],
  size: number,
  weigh: (item: T) => number,
): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let weight = 0;
  for (const item of items) {
    const w = weigh(item);
    if (current.length > 0 && weight + w > size) {
      out.push(current);
      current = [];
      weight = 0;
    }
    current.push(item);
    weight += w;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** An item's weight under the step's weigh (one when it has none). */
function weightOf(step: Step): (item: unknown) => number {
  return (step.weigh as ((item: unknown) => number) | undefined) ?? (() => 1);
}

/**
 * Runs every batch of every step, `concurrency` transactions at a time, the
 * steps' batches interleaved so that no step's last batch runs alone while
 * there is other work.
 */
export async function runSteps(db: GraphDb, steps: Step[], opts: RunOptions): Promise<void> {
  const queue: Batch[] = [];
  const done = new Map<Step, number>();
  const totals = new Map<Step, number>();
  for (const step of steps) {
    if (step.items.length === 0) continue;
    const weigh = weightOf(step);
    const batches = chunkByWeight(step.items, step.batchSize, weigh).map((items, index) => ({
      step,
      index,
      items,
      weight: items.reduce((n: number, i) => n + weigh(i), 0),
    }));
    done.set(step, 0);
    totals.set(
      step,
      batches.reduce((n, b) => n + b.weight, 0),
    );
    queue.push(...batches);
  }
  const batchOnce = query('seed/batch-once');
  const owner = markerOwner();
  await inPool(queue, opts.concurrency, async ({ step, index, items, weight }) => {
    const t0 = performance.now();
    const rows = items.map(step.toRow as (item: unknown) => unknown);
    const result = await db.write(async (tx) => {
      if (step.once) {
        const batch = `${opts.loadId}:${step.step}:${index}`;
        const fresh = await tx.run(batchOnce, {
          batch,
          host: owner.host,
          pid: neo4j.int(owner.pid),
        });
        if (fresh.records.length === 0) return null;
      }
      return await tx.run(step.cypher, { rows });
    });
    // Only once committed: an attempt the driver retried may have rolled back.
    for (const r of result?.records ?? []) {
      // create-* queries return each row's index; merge-* queries its id.
      const id = r.has('i') ? (rows[Number(r.get('i'))] as { id: string }).id : r.get('id');
      opts.onRow?.({ id: String(id), ref: String(r.get('ref')) });
    }
    const summary = result?.summary;
    const total = done.get(step)! + weight;
    done.set(step, total);
    const u = summary?.counters.updates();
    opts.progress?.({
      step: step.step,
      writes: step.writes,
      done: total,
      total: totals.get(step)!,
      relationshipsCreated: u?.relationshipsCreated ?? 0,
      nodesCreated: u?.nodesCreated ?? 0,
      ms: performance.now() - t0,
    });
  });
}
