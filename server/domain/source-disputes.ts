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
import { accountOf, type ClaimAccounts } from './claim-accounts';
import type { SourceRef } from './claims';
import { pairOf, type Indexed } from './claim-disputes';
import type { ContradictionJson } from './contradictions';
import { pairsOfInSteps } from './figure-pairs';
import { factorJson, type ComparedPoint } from './figures';
import { runToEnd } from './steps';

/** How many pairs a source's row names (its tooltip). */
export const REASONS_SHOWN = 5;

export interface DisputingSource {
  source: SourceRef;
  /** Its claims that dispute this source's. */
  theirs: number;
  /** This source's claims they dispute. */
  ours: number;
  /** Pairs of figures that disagree. */
  figurePairs: number;
  /** Recorded contradictions between its claims and this source's. */
  recorded: number;
  /** The first pairs: the recorded contradictions, then the figures widest apart. */
  reasons: string[];
  /**
   * When it is a report, the first articles that relay its claims met here: where an
   * analyst reads them. `relayedInTotal` counts them all.
   */
  relayedIn: SourceRef[];
  relayedInTotal: number;
}

/** How many of the articles relaying a disputing report's claims a row names. */
export const RELAYED_IN_SHOWN = 3;

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

/** A figure pair of one of the source's claims and another claim. */
interface FigurePair {
  own: ComparedPoint;
  other: ComparedPoint;
  /** How far apart, as `factorJson` reads it: a 0 on one side (null) is widest of all. */
  key: number;
}

/** One other source's side of the disputes, counted as the pairs are met. */
interface Row {
  source: SourceRef;
  /** Its claims met, each once (recorded contradictions and figures alike). */
  theirs: number;
  /** This source's claims met, each once. */
  ours: Set<string>;
  recorded: string[];
  figurePairs: number;
  /** Its pairs widest apart, widest first, ties in the order met: the row's tooltip. */
  widest: FigurePair[];
  /** The articles that report its claims met, when not itself (it is a report). */
  relayedIn: Map<string, SourceRef>;
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
  const rows = new Map<string, Row>();
  // Each other claim's row, found once: a claim has one account, so its row counts it once,
  // and at scale the same few thousand claims are met in some 230,000 pairs.
  const rowOfClaim = new Map<string, Row>();
  const rowOf = (claim: string, source: SourceRef): Row => {
    let row = rowOfClaim.get(claim);
    if (row) return row;
    row = rows.get(source.id);
    if (!row) {
      row = {
        source,
        theirs: 0,
        ours: new Set(),
        recorded: [],
        figurePairs: 0,
        widest: [],
        relayedIn: new Map(),
      };
      rows.set(source.id, row);
    }
    row.theirs += 1;
    const article = accounts.reportedIn.get(claim);
    if (article && article.id !== row.source.id) row.relayedIn.set(article.id, article);
    rowOfClaim.set(claim, row);
    return row;
  };

  let withinRecorded = 0;
  for (const k of recorded) {
    const [a, b] = [k.a, k.b];
    if (own.has(a.id) && own.has(b.id)) {
      withinRecorded += 1;
      continue;
    }
    const [ours, theirs] = own.has(a.id) ? [a, b] : [b, a];
    const source = accountOf(accounts, theirs.id) ?? theirs.source;
    if (!source) continue;
    const row = rowOf(theirs.id, source);
    row.ours.add(ours.id);
    row.recorded.push(k.reason);
  }

  let withinFigures = 0;
  let figurePairs = 0;
  // Two of its own claims: their pair is met once.
  yield* pairsOfInSteps(indexed, ids, (point) => (other, factor) => {
    if (own.has(other.claimId)) {
      withinFigures += 1;
      return;
    }
    figurePairs += 1;
    let row = rowOfClaim.get(other.claimId);
    if (!row) {
      const source = accountOf(accounts, other.claimId);
      if (!source) return;
      row = rowOf(other.claimId, source);
    }
    row.ours.add(point.claimId);
    row.figurePairs += 1;
    keepWidest(row.widest, point, other, factorJson(factor) ?? Infinity);
  });

  const listed = [...rows.values()]
    .sort(
      (x, y) =>
        y.theirs - x.theirs ||
        x.source.title.localeCompare(y.source.title) ||
        x.source.id.localeCompare(y.source.id),
    )
    .slice(0, limit);
  return {
    within: withinFigures + withinRecorded,
    figurePairsTotal: figurePairs + withinFigures,
    recordedTotal: recorded.length,
    total: rows.size,
    sources: listed.map((row) => ({
      source: row.source,
      theirs: row.theirs,
      ours: row.ours.size,
      figurePairs: row.figurePairs,
      recorded: row.recorded.length,
      reasons: [
        ...row.recorded,
        ...row.widest.map((p) => pairOf(p.own, p.other, indexed.position).reason),
      ].slice(0, REASONS_SHOWN),
      relayedIn: [...row.relayedIn.values()]
        .sort((x, y) => x.title.localeCompare(y.title) || x.id.localeCompare(y.id))
        .slice(0, RELAYED_IN_SHOWN),
      relayedInTotal: row.relayedIn.size,
    })),
  };
}

/**
 * Keeps `pair` among the REASONS_SHOWN widest of `kept` (widest first): after
 * those at least as wide, as a stable sort of every pair would place it.
 */
function keepWidest(
  kept: FigurePair[],
  own: ComparedPoint,
  other: ComparedPoint,
  key: number,
): void {
  let at = kept.length;
  while (at > 0 && kept[at - 1]!.key < key) at -= 1;
  // Most pairs are no wider than the narrowest kept: nothing is made for them.
  if (at >= REASONS_SHOWN) return;
  kept.splice(at, 0, { own, other, key });
  if (kept.length > REASONS_SHOWN) kept.pop();
}
