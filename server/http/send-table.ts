import type { Response } from 'express';

/** The most rows a CSV table answers at once (offset pages through more). */
export const CSV_ROWS = 10_000;

/** A CSV table as a download, with how many rows match (total) and how many it holds. */
export function sendTable(
  res: Response,
  csv: string,
  fileName: string,
  total: number,
  rows: number,
): void {
  res
    .status(200)
    .set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'X-Total-Count': String(total),
      'X-Row-Count': String(rows),
    })
    .send(csv);
}
