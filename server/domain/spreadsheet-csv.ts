/**
 * A table as the CSV the explorer's downloads are: a header row, a byte-order
 * mark so that spreadsheets read it as UTF-8, CRLF between rows, and cells a
 * spreadsheet would run as a formula (=, +, -, @ first) escaped, since
 * article text is pasted by anyone.
 */
import { stringify } from 'csv-stringify/sync';

export function spreadsheetCsv(rows: (string | number)[][], columns: readonly string[]): string {
  return stringify(rows, {
    header: true,
    columns: [...columns],
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}
