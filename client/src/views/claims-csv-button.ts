/** "Download as CSV": a who-said-what list as a table, from /api/claims.csv. */
import { describeError } from '../core/api';
import { downloadBlob } from '../core/export';
import { formatCount, plural } from '../core/format';
import type { AppContext } from './context';
import { h } from './dom';
import { tryAgain } from './failure';

/** What a who-said-what list holds: one speaker's claims, the claims about a node, or a source's. */
export type ClaimListFilter = { speaker: string } | { about: string } | { source: string };

/** A button that saves the claims matching `filter` (`total` of them) as a CSV file. */
export function claimsCsvButton(
  ctx: AppContext,
  filter: ClaimListFilter,
  total: number,
): HTMLButtonElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small csv-btn',
      title:
        'One row per claim: speaker, statement, subjects, figures and whether they are ' +
        'disputed, the exact excerpt, and the source',
    },
    `Download as CSV (${plural(total, 'claim')})`,
  );
  const run = async () => {
    button.disabled = true;
    try {
      const file = await ctx.status.track('Exporting claims', ctx.api.claimsCsv(filter));
      downloadBlob(file.csv, file.fileName);
      ctx.status.notify(
        file.rows < file.total
          ? `Saved the first ${formatCount(file.rows)} of ${plural(file.total, 'claim')} ` +
              `by date to ${file.fileName}; /api/claims.csv?offset= pages through the rest.`
          : `Saved ${plural(file.rows, 'claim')} to ${file.fileName}.`,
        'success',
      );
    } catch (err) {
      ctx.status.notify(
        `Could not export the claims: ${describeError(err)}`,
        'error',
        undefined,
        tryAgain(err, () => void run()),
      );
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void run());
  return button;
}
