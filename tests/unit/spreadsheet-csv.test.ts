import { parse } from 'csv-parse/sync';
import { CSV_SLICE_ROWS, spreadsheetCsv } from '../../server/domain/spreadsheet-csv';
import { turnsDuring } from '../support/event-loop';

const COLUMNS = ['id', 'statement', 'count'] as const;

/** Row i, with cells that need quoting, a formula to escape and a line break. */
const rowAt = (i: number): (string | number)[] => [
  `clm-${i}`,
  i % 7 === 0 ? `=SUM(A${i})` : `Said "${i}", in Kursk\nthen more`,
  i,
];

describe('spreadsheetCsv', () => {
  it('writes a table of several slices as one header, one BOM and every row in order', async () => {
    const n = CSV_SLICE_ROWS * 2 + 37;
    const csv = await spreadsheetCsv(
      Array.from({ length: n }, (_, i) => rowAt(i)),
      COLUMNS,
    );
    expect(csv.startsWith('\ufeffid,statement,count\r\n')).toBe(true);
    expect(csv.match(/\ufeff/g)).toHaveLength(1);
    expect(csv.match(/^id,statement,count\r$/gm) ?? []).toHaveLength(0);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(n);
    rows.forEach((row, i) => {
      expect(row.id).toBe(`clm-${i}`);
      expect(row.count).toBe(String(i));
      expect(row.statement).toBe(i % 7 === 0 ? `'=SUM(A${i})` : `Said "${i}", in Kursk\nthen more`);
    });
  });

  it('gives the header alone for no rows, and a slice boundary leaves no gap or blank line', async () => {
    expect(await spreadsheetCsv([], COLUMNS)).toBe('\ufeffid,statement,count\r\n');
    const exact = await spreadsheetCsv(
      Array.from({ length: CSV_SLICE_ROWS }, (_, i) => rowAt(i + 1)),
      COLUMNS,
    );
    expect(exact.endsWith(`then more",${CSV_SLICE_ROWS}\r\n`)).toBe(true);
    expect(exact).not.toContain('\r\n\r\n');
  });

  it('lets the event loop turn between slices, so other requests are answered meanwhile', async () => {
    const { turns } = await turnsDuring(() =>
      spreadsheetCsv(
        Array.from({ length: CSV_SLICE_ROWS * 4 }, (_, i) => rowAt(i)),
        COLUMNS,
      ),
    );
    // Written in one go, no turn would come before the table is done.
    expect(turns).toBeGreaterThanOrEqual(3);
  });
});
