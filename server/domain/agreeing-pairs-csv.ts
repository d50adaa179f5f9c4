/**
 * Figures that agree as a CSV table: one row per pair, this source's figure on
 * side a and the other claim's on side b, each with who gave it and when, the
 * source that reports it with its exact excerpt; and how they agree. Written as
 * the disagreeing pairs' table is (figure-pairs-csv.ts), for the same
 * spreadsheets.
 */
import { cells, side } from './figure-pairs-csv';
import type { ReportedIn } from './reported-in';
import type { AgreeingPair } from './source-agreements';
import { spreadsheetCsv } from './spreadsheet-csv';

export const AGREEING_PAIR_CSV_COLUMNS = [
  'measure',
  'unit',
  'agreement',
  'factor',
  ...side('a'),
  ...side('b'),
] as const;

/**
 * `agreement`: `same` (the same stated figure), `overlap` (stated ranges that
 * overlap) or `hedged` (apart as stated, agreeing once hedges are allowed
 * for), with `factor` then how far apart (the larger stated figure over the
 * smaller, two decimals).
 */
export async function agreeingPairsCsv(
  pairs: readonly AgreeingPair[],
  reported: ReadonlyMap<string, ReportedIn>,
): Promise<string> {
  return spreadsheetCsv(
    pairs.map(({ own, other, apart }) => [
      own.measure,
      own.unit,
      apart === 0 ? 'same' : apart === 1 ? 'overlap' : 'hedged',
      apart > 1 && Number.isFinite(apart) ? String(Math.round(apart * 100) / 100) : '',
      ...cells(own, reported.get(own.claimId)),
      ...cells(other, reported.get(other.claimId)),
    ]),
    AGREEING_PAIR_CSV_COLUMNS,
  );
}
