/**
 * The disagreements between figures, found over the compared points (see
 * compared-figures) once per graph version and measure: the figures view
 * without points (which every client asks for as it opens) and the Sources
 * panel's claims in dispute go through the same pairs. At scale they number
 * in the millions, ~2 s to go through, which the second of the two no longer
 * waits for.
 */
import type { GraphDb } from '../../db/graph-db';
import { comparedFiguresFor } from './compared-figures';
import { findDisagreementsCooperatively } from './cooperative';
import type { ComparedPoint, DisagreementsFound, PairOrder } from './figures';
import { readCacheFor } from './read-cache';
import { VersionMemo } from './version-memo';

/** The most disagreements listed; all are counted. */
export const DISAGREEMENTS_CAP = 2_000;
/**
 * The most pairs kept as keys: a CSV table's page of figure pairs, whose
 * first page is then read off these instead of going through every pair again.
 */
export const PAIRS_KEPT = 10_000;

export interface ComparedDisagreements extends DisagreementsFound {
  /** Every claim with a figure another speaker's disagrees with. */
  disputedClaims: string[];
  /** The points `keys` are of (pairAt). */
  points: readonly ComparedPoint[];
}

export type DisagreementsOf = (
  measure: string | null,
  order: PairOrder,
) => Promise<ComparedDisagreements>;

/** Every measure and all of them together, in either order. */
const KEPT = 32;

const byDb = new WeakMap<GraphDb, DisagreementsOf>();

/** The disagreements of `measure` (all when null), listed in `order`, of a database handle. */
export function comparedDisagreementsFor(db: GraphDb): DisagreementsOf {
  let find = byDb.get(db);
  if (!find) {
    const compared = comparedFiguresFor(db);
    const memo = new VersionMemo<ComparedDisagreements>(() => readCacheFor(db).version(), KEPT);
    find = (measure, order) =>
      memo.get(`${measure ?? ''}\u0000${order}`, async () => {
        const points = await compared(measure);
        const found = await findDisagreementsCooperatively(points, PAIRS_KEPT, {
          order,
          named: DISAGREEMENTS_CAP,
        });
        // Read off the points' flags, not gathered pair by pair: at scale that
        // is 17 million calls, which more than doubled the ~0.85 s of the search.
        const disputed = new Set(points.filter((p) => p.disagrees).map((p) => p.claimId));
        return { ...found, disputedClaims: [...disputed], points };
      });
    byDb.set(db, find);
  }
  return find;
}
