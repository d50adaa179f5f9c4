/** Claims as a CSV table, from /api/claims.csv: a who-said-what list's button, and the saving. */
import { describeError, type CsvFile } from '../core/api';
import { claimsCsvSaved, downloadBlob } from '../core/export';
import { plural } from '../core/format';
import type { AppContext } from './context';
import { h } from './dom';
import { tryAgain } from './failure';
import type { StatusView } from './status';

/** What a who-said-what list holds: one speaker's claims, the claims about a node, or a source's. */
export type ClaimListFilter = { speaker: string } | { about: string } | { source: string };

/**
 * Asks for a CSV table with `load`, saves it, and says how many claims it
 * holds; a failure says why, with Try again when waiting can cure it.
 */
export async function saveClaimsCsv(
  status: StatusView,
  load: () => Promise<CsvFile>,
  /** The claims on screen, when the table is the view's (see claimsCsvSaved). */
  inView?: number,
) {
  try {
    const file = await status.track('Exporting claims', load());
    downloadBlob(file.csv, file.fileName);
    status.notify(claimsCsvSaved(file, inView), 'success');
  } catch (err) {
    status.notify(
      `Could not export the claims: ${describeError(err)}`,
      'error',
      undefined,
      tryAgain(err, () => void saveClaimsCsv(status, load, inView)),
    );
  }
}

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
  button.addEventListener('click', () => {
    button.disabled = true;
    void saveClaimsCsv(ctx.status, () => ctx.api.claimsCsv(filter)).finally(
      () => (button.disabled = false),
    );
  });
  return button;
}
