/**
 * Figures that disagree as a CSV table: one row per pair, with each side's
 * figure (as stated and as numbers), who gave it and when, the source that
 * reports it with its exact excerpt, and how far apart the two are. Written as
 * the claims table is, for the same spreadsheets: a byte-order mark, CRLF, and
 * formulas escaped.
 */
import { spreadsheetCsv } from './spreadsheet-csv';
import { describeAmount, statedInterval, type ComparedPoint, type ListedPair } from './figures';
import type { ReportedIn } from './reported-in';

/** One side's columns: its claim, speaker, figure, date, source and excerpt. */
export const side = (x: 'a' | 'b') =>
  [
    `claim_${x}_id`,
    `claim_${x}_speaker_id`,
    `claim_${x}_speaker`,
    `claim_${x}_figure`,
    `claim_${x}_low`,
    `claim_${x}_high`,
    `claim_${x}_date`,
    `claim_${x}_source_id`,
    `claim_${x}_source`,
    `claim_${x}_outlet`,
    `claim_${x}_relayed_from_id`,
    `claim_${x}_relayed_from`,
    `claim_${x}_excerpt`,
  ] as const;

export const FIGURE_PAIR_CSV_COLUMNS = [
  'measure',
  'unit',
  'factor',
  ...side('a'),
  ...side('b'),
] as const;

/** A number as a spreadsheet reads it: no thousands separators; none when unbounded. */
const plain = (x: number) => (Number.isFinite(x) ? String(x) : '');

/** One side's cells, as `side` names them. */
export function cells(p: ComparedPoint, reported: ReportedIn | undefined): string[] {
  const [low, high] = statedInterval(p);
  const source = reported?.source ?? null;
  const relayed = reported?.relayedFrom ?? null;
  return [
    p.claimId,
    p.speaker.id,
    p.speaker.name,
    describeAmount(p),
    plain(low),
    plain(high),
    // The day the figure stands for ("as of"), else the claim's.
    p.asOf ?? p.date ?? '',
    source?.id ?? '',
    source?.title ?? '',
    source?.outlet ?? '',
    relayed?.id ?? '',
    relayed ? `${relayed.title}${relayed.outlet ? ` (${relayed.outlet})` : ''}` : '',
    reported?.excerpt ?? '',
  ];
}

/**
 * `factor` rounded to two decimals (the larger stated figure over the
 * smaller); empty when the smaller is 0.
 */
export async function figurePairsCsv(
  pairs: readonly ListedPair[],
  reported: ReadonlyMap<string, ReportedIn>,
): Promise<string> {
  return spreadsheetCsv(
    pairs.map(({ a, b, factor }) => [
      a.measure,
      a.unit,
      factor === null ? '' : String(Math.round(factor * 100) / 100),
      ...cells(a, reported.get(a.claimId)),
      ...cells(b, reported.get(b.claimId)),
    ]),
    FIGURE_PAIR_CSV_COLUMNS,
  );
}
