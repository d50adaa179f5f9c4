/**
 * The recorded contradictions as a CSV table: one row per pair, with both
 * claims (who, when, the words, the source that reports each) and the note
 * that says why they cannot both hold. Written as the claims table is, for the
 * same spreadsheets: a byte-order mark, CRLF, and formulas escaped.
 */
import { spreadsheetCsv } from './spreadsheet-csv';
import type { ContradictedClaim, ContradictionJson } from './contradictions';

const side = (x: 'a' | 'b') =>
  [
    `claim_${x}_id`,
    `claim_${x}_speaker`,
    `claim_${x}_date`,
    `claim_${x}_text`,
    `claim_${x}_source_id`,
    `claim_${x}_source`,
    `claim_${x}_outlet`,
  ] as const;

export const CONTRADICTION_CSV_COLUMNS = [
  ...side('a'),
  ...side('b'),
  'note',
  'origin',
  'recorded_at',
  'edited_at',
] as const;

function cells(c: ContradictedClaim): string[] {
  return [
    c.id,
    c.speaker?.name ?? '',
    c.date ?? '',
    c.text,
    c.source?.id ?? '',
    c.source?.title ?? '',
    c.source?.outlet ?? '',
  ];
}

export async function contradictionsCsv(list: readonly ContradictionJson[]): Promise<string> {
  return spreadsheetCsv(
    list.map((k) => [
      ...cells(k.a),
      ...cells(k.b),
      k.note,
      k.origin,
      k.recordedAt ?? '',
      k.editedAt ?? '',
    ]),
    CONTRADICTION_CSV_COLUMNS,
  );
}
