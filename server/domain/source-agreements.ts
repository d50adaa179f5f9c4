/**
 * Which other sources agree with a source's claims: for each, how many of its
 * claims give a figure that agrees with one of this source's (another
 * speaker's figure of the same measure and unit, dated within the window,
 * ranges that overlap once hedges are allowed for: agreements.ts' rules) or
 * are recorded as corroborating one, with the pairs named (recorded first,
 * then the closest figures). The other side of "Disagrees with": a source
 * weighed by who corroborates it as well as who disputes it. As there, the
 * other side is named by its account, so that two articles relaying one
 * report are one corroboration, not two.
 */
import {
  accountRowJson,
  AccountRows,
  countRecorded,
  keepPair,
  type RecordedRow,
  type AccountRowJson,
  type KeptPair,
} from './account-rows';
import type { ClaimAccounts } from './claim-accounts';
import type { Indexed } from './claim-disputes';
import { ClosestPairs } from './closest-pairs';
import type { CorroborationJson } from './contradictions';
import { PAIRS_PER_TURN } from './figure-pairs';
import { describePoint, formatFactor, type ComparedPoint } from './figures';
import { runToEnd } from './steps';

/** How many pairs a source's row names (its tooltip). */
export const AGREEMENTS_SHOWN = 5;

export interface AgreeingSource extends AccountRowJson {
  /** Pairs of figures that agree. */
  figurePairs: number;
  /** Recorded corroborations between its claims and this source's. */
  recorded: number;
  /**
   * The first pairs: the recorded corroborations, then the closest figures (the same figure
   * first, then overlapping ranges, then by the hedges).
   */
  reasons: string[];
}

export interface SourceAgreements {
  /**
   * Its claims' figures compared (of a known measure, each once): with none agreeing, a
   * figure nobody else gives stands alone.
   */
  figures: number;
  /** Pairs of figures with one of its claims on a side that agree, each once (its own excluded). */
  figurePairsTotal: number;
  /** Recorded corroborations with one of its claims on a side (its own among themselves included). */
  recordedTotal: number;
  /** Other sources whose claims agree with its own, all counted. */
  total: number;
  /** The first `limit` of them, the most claims of theirs first. */
  sources: AgreeingSource[];
}

interface Row extends RecordedRow {
  figurePairs: number;
  /** Its pairs closest, closest first, ties in the order met: the row's tooltip. */
  closest: KeptPair[];
}

/**
 * "GZERO Media: roughly 12,000 (2025-01) agrees with Volodymyr Zelensky: 12,000
 * (2025-01-12)", and how when only by the hedges ("1.05× apart, within the hedge").
 */
function reasonOf({ own, other, key }: KeptPair): string {
  const apart = -key;
  const how = apart > 1 ? ` · ${formatFactor(apart)}, within the hedge` : '';
  return `${describePoint(other)} agrees with ${describePoint(own)}${how}`;
}

/**
 * The agreements of the claims `ids` (a source's: those it reports and those relayed
 * from it): figure pairs found in `indexed`, and the `recorded` corroborations with one
 * of them on a side.
 */
export function sourceAgreements(
  indexed: Pick<Indexed, 'byClaim' | 'index'>,
  ids: readonly string[],
  recorded: readonly CorroborationJson[],
  accounts: ClaimAccounts,
  limit: number,
): SourceAgreements {
  return runToEnd(sourceAgreementsInSteps(indexed, ids, recorded, accounts, limit));
}

/** sourceAgreements' work, pausing (a yield) every PAIRS_PER_TURN pairs met. */
export function* sourceAgreementsInSteps(
  indexed: Pick<Indexed, 'byClaim' | 'index'>,
  ids: readonly string[],
  recorded: readonly CorroborationJson[],
  accounts: ClaimAccounts,
  limit: number,
): Generator<void, SourceAgreements> {
  const rows = new AccountRows<Row>(accounts, (source) => ({
    source,
    theirs: 0,
    ours: new Set(),
    recorded: [],
    figurePairs: 0,
    closest: [],
    relayedIn: new Map(),
  }));
  const own = new Set(ids);
  // Two of its own claims bearing each other out are one account, not corroboration.
  const { touching: recordedTotal } = countRecorded(rows, recorded, own);
  let figurePairs = 0;
  const figures = [...own].reduce((n, c) => n + (indexed.byClaim.get(c)?.length ?? 0), 0);
  yield* agreeingPairsInSteps(indexed, ids, (point, other, apart) => {
    figurePairs += 1;
    const row = rows.rowOf(other.claimId);
    if (!row) return;
    row.ours.add(point.claimId);
    row.figurePairs += 1;
    keepPair(row.closest, point, other, -apart, AGREEMENTS_SHOWN);
  });
  return {
    figures,
    figurePairsTotal: figurePairs,
    recordedTotal,
    total: rows.size,
    sources: rows
      .first(limit, (x, y) => y.figurePairs + y.recorded.length - x.figurePairs - x.recorded.length)
      .map((row) => ({
        ...accountRowJson(row),
        figurePairs: row.figurePairs,
        recorded: row.recorded.length,
        reasons: [...row.recorded, ...row.closest.map(reasonOf)].slice(0, AGREEMENTS_SHOWN),
      })),
  };
}

/** A pair of figures that agree: one of the source's claims', another claim's, and how close. */
export interface AgreeingPair {
  own: ComparedPoint;
  other: ComparedPoint;
  /** 0: the same stated figure; 1: stated ranges that overlap; else how far apart, within the hedges. */
  apart: number;
}

/**
 * The pairs of figures that agree with the claims `ids` (a source's), each once,
 * closest first (ties in the order met): all counted, the first `limit` kept.
 * Pauses as sourceAgreementsInSteps does.
 */
export function* sourceAgreeingPairsInSteps(
  indexed: Pick<Indexed, 'byClaim' | 'index'>,
  ids: readonly string[],
  limit: number,
): Generator<void, { total: number; pairs: AgreeingPair[] }> {
  const closest = new ClosestPairs<AgreeingPair>(limit);
  yield* agreeingPairsInSteps(indexed, ids, (own, other, apart) =>
    closest.add({ own, other, apart }),
  );
  return { total: closest.total, pairs: closest.closestFirst() };
}

/**
 * Calls `visit` with each pair of figures that agree: a figure of one of the
 * claims `ids`, and the closest figure (ties: the first in the graph's order)
 * of each other claim, of another speaker, that agrees with it, as a claim's
 * agreements count them. Claims of `ids` agreeing among themselves are left
 * out: a source's own claims are one account, not corroboration. Pauses (a
 * yield) every PAIRS_PER_TURN pairs.
 */
function* agreeingPairsInSteps(
  { byClaim, index }: Pick<Indexed, 'byClaim' | 'index'>,
  ids: readonly string[],
  visit: (own: ComparedPoint, other: ComparedPoint, apart: number) => void,
): Generator<void, void> {
  const own = new Set(ids);
  let met = 0;
  for (const claim of own) {
    for (const point of byClaim.get(claim) ?? []) {
      const closest = new Map<string, { other: ComparedPoint; apart: number; i: number }>();
      index.forEachAgreeing(point, (other, apart, i) => {
        if (own.has(other.claimId)) return;
        const kept = closest.get(other.claimId);
        if (!kept || apart < kept.apart || (apart === kept.apart && i < kept.i)) {
          closest.set(other.claimId, { other, apart, i });
        }
      });
      for (const { other, apart } of closest.values()) visit(point, other, apart);
      met += closest.size;
    }
    if (met >= PAIRS_PER_TURN) {
      met = 0;
      yield;
    }
  }
}
