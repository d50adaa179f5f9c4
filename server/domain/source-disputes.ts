/**
 * Which other sources dispute a source's claims: for each, how many of its
 * claims disagree with how many of this source's, by figures (every pair, by
 * the rules of /api/figures) or by a recorded contradiction, with the pairs
 * named (recorded first, then the widest apart). At scale a source's claims
 * meet thousands of disagreeing figures: the explorer listed the few it knew
 * of, which made a sample of the sources; this counts them all. The other
 * side is named by its account: the report an article relays the claim from,
 * else the article (claim-accounts.ts).
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
import { pairOf, type Indexed } from './claim-disputes';
import type { ContradictionJson } from './contradictions';
import { pairsOfInSteps } from './figure-pairs';
import { factorJson } from './figures';
import { runToEnd } from './steps';

/** How many pairs a source's row names (its tooltip). */
export const REASONS_SHOWN = 5;

export interface DisputingSource extends AccountRowJson {
  /** Pairs of figures that disagree. */
  figurePairs: number;
  /** Recorded contradictions between its claims and this source's. */
  recorded: number;
  /** The first pairs: the recorded contradictions, then the figures widest apart. */
  reasons: string[];
}

export interface SourceDisputes {
  /** Pairs of this source's own claims that disagree (figures or recorded). */
  within: number;
  /** Pairs of figures with one of its claims on a side at least, each once (within included). */
  figurePairsTotal: number;
  /** Recorded contradictions with one of its claims on a side at least (within included). */
  recordedTotal: number;
  /** Other sources that dispute its claims, all counted. */
  total: number;
  /** The first `limit` of them, the most claims of theirs first. */
  sources: DisputingSource[];
}

/** One other source's side of the disputes, counted as the pairs are met. */
interface Row extends RecordedRow {
  figurePairs: number;
  /** Its pairs widest apart, widest first, ties in the order met: the row's tooltip. */
  widest: KeptPair[];
}

/**
 * The disputes of the claims `ids` (a source's: those it reports and those
 * relayed from it): figure pairs found in `indexed`, `recorded` contradictions
 * with one of them on a side, and `accounts`, each claim's account and
 * article. Each pair is counted as it is met, and only the widest few are
 * kept: a much relayed report at scale meets some 230,000.
 */
export function sourceDisputes(
  indexed: Indexed,
  ids: readonly string[],
  recorded: readonly ContradictionJson[],
  accounts: ClaimAccounts,
  limit: number,
): SourceDisputes {
  return runToEnd(sourceDisputesInSteps(indexed, ids, recorded, accounts, limit));
}

/**
 * sourceDisputes' work, pausing (a yield) as pairsOfInSteps does: at scale it
 * takes half a second for a much relayed report, which the server spreads over
 * turns of the event loop (server/domain/cooperative.ts).
 */
export function* sourceDisputesInSteps(
  indexed: Indexed,
  ids: readonly string[],
  recorded: readonly ContradictionJson[],
  accounts: ClaimAccounts,
  limit: number,
): Generator<void, SourceDisputes> {
  const own = new Set(ids);
  const rows = new AccountRows<Row>(accounts, (source) => ({
    source,
    theirs: 0,
    ours: new Set(),
    recorded: [],
    figurePairs: 0,
    widest: [],
    relayedIn: new Map(),
  }));

  const { touching, within: withinRecorded } = countRecorded(rows, recorded, own);

  let withinFigures = 0;
  let figurePairs = 0;
  // Two of its own claims: their pair is met once.
  yield* pairsOfInSteps(indexed, ids, (point) => (other, factor) => {
    if (own.has(other.claimId)) {
      withinFigures += 1;
      return;
    }
    figurePairs += 1;
    const row = rows.rowOf(other.claimId);
    if (!row) return;
    row.ours.add(point.claimId);
    row.figurePairs += 1;
    keepPair(row.widest, point, other, factorJson(factor) ?? Infinity, REASONS_SHOWN);
  });

  return {
    within: withinFigures + withinRecorded,
    figurePairsTotal: figurePairs + withinFigures,
    recordedTotal: touching,
    total: rows.size,
    sources: rows.first(limit).map((row) => ({
      ...accountRowJson(row),
      figurePairs: row.figurePairs,
      recorded: row.recorded.length,
      reasons: [
        ...row.recorded,
        ...row.widest.map((p) => pairOf(p.own, p.other, indexed.position).reason),
      ].slice(0, REASONS_SHOWN),
    })),
  };
}
