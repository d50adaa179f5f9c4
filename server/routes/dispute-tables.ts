/**
 * The disputes as CSV downloads, as every route that offers them answers:
 * figure pairs (each side with the source that reports it) and recorded
 * contradictions; and their counterpart, a source's agreeing figures. The
 * whole graph's, the claims in view's and a source's tables differ only in
 * which pairs they hold and what the file is named.
 */
import type { Response } from 'express';
import type { GraphDb } from '../../db/graph-db';
import { agreeingPairsCsv } from '../domain/agreeing-pairs-csv';
import type { Indexed } from '../domain/claim-disputes';
import { contradictionMatches } from '../domain/contradictions';
import { contradictionsCsv } from '../domain/contradictions-csv';
import { figurePairsCsv } from '../domain/figure-pairs-csv';
import { pairAt, type ComparedPoint } from '../domain/figures';
import { readRecordedPairs } from '../domain/recorded-pairs';
import { reportedIn } from '../domain/reported-in';
import type { AgreeingPair } from '../domain/source-agreements';
import { figurePairsOf } from '../domain/figure-pairs';
import { CSV_ROWS, sendTable } from '../http/send-table';
import { pairOrder } from './schemas';

/** How far a table of figure pairs pages: the claims table's bound. */
export const FIGURE_PAIRS_OFFSET_CAP = 100_000;

/** The most recorded contradictions /api/contradictions lists. */
export const CONTRADICTIONS_CAP = 2_000;

/** Answers the pairs `keys` of `points` as the CSV table, each side with its source read. */
export async function sendFigurePairs(
  db: GraphDb,
  res: Response,
  points: readonly ComparedPoint[],
  keys: readonly number[],
  total: number,
  name: string,
): Promise<void> {
  const pairs = keys.map((key) => pairAt(points, key));
  const reported = await reportedIn(
    db,
    pairs.flatMap((p) => [p.a.claimId, p.b.claimId]),
  );
  sendTable(res, await figurePairsCsv(pairs, reported), name, total, pairs.length);
}

/**
 * Answers, as the CSV table, the pairs with one of the claims `ids` on a side, each once,
 * in `order` from row `offset` (CSV_ROWS of them), the file named after `scope`.
 */
export async function sendFigurePairsOf(
  db: GraphDb,
  res: Response,
  figures: Indexed,
  ids: readonly string[],
  q: { measure?: string; order: 'date' | 'widest'; offset: number },
  scope: string,
): Promise<void> {
  const { total, keys } = figurePairsOf(figures, ids, {
    measure: q.measure ?? null,
    order: pairOrder(q.order),
    limit: q.offset + CSV_ROWS,
  });
  await sendFigurePairs(
    db,
    res,
    figures.points,
    keys.slice(q.offset),
    total,
    figurePairsFileName(q, scope),
  );
}

/**
 * "figure-disagreements-nk_troops_deployed-in-view-widest-from-row-10001.csv": what the
 * file holds (`scope`: the claims in view, or a source's id).
 */
export function figurePairsFileName(
  q: { measure?: string; order: 'date' | 'widest'; offset: number },
  scope: string | null,
): string {
  return pagedFileName(
    ['figure-disagreements', q.measure, scope, q.order === 'widest' ? 'widest' : null],
    q.offset,
  );
}

/** A table's file name from what it holds, and the row its page starts at ("…-from-row-10001.csv"). */
export function pagedFileName(parts: (string | null | undefined)[], offset: number): string {
  // Pages after the first are named apart, so that they do not overwrite the first.
  const named = [...parts, offset ? `from-row-${offset + 1}` : null];
  return `${named.filter(Boolean).join('-')}.csv`;
}

/** Answers agreeing pairs (a source's, closest first) as the CSV table, each side with its source read. */
export async function sendAgreeingPairs(
  db: GraphDb,
  res: Response,
  pairs: readonly AgreeingPair[],
  total: number,
  name: string,
): Promise<void> {
  const reported = await reportedIn(
    db,
    pairs.flatMap((p) => [p.own.claimId, p.other.claimId]),
  );
  sendTable(res, await agreeingPairsCsv(pairs, reported), name, total, pairs.length);
}

/**
 * Answers the recorded contradictions or corroborations of `ids` (all: null) narrowed by
 * `q`, as the CSV table named after `scope` ("contradictions-in-view-narrowed.csv"); a
 * corroboration's note says how the two bear each other out.
 */
export async function sendRecordedPairs(
  db: GraphDb,
  res: Response,
  kind: 'contradictions' | 'corroborations',
  ids: string[] | null,
  q: string | undefined,
  scope: string | undefined,
): Promise<void> {
  const { total, pairs } = await readRecordedPairs(db, kind, ids, CONTRADICTIONS_CAP);
  const rows = pairs.filter((k) => contradictionMatches(k, q ?? ''));
  const name = pagedFileName([kind, scope, q?.trim() && 'narrowed'], 0);
  sendTable(res, await contradictionsCsv(rows), name, total, rows.length);
}
