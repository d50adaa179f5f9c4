/** CSV tables from the API saved as files: claims (a who-said-what list's button) and others. */
import { describeError, type CsvFile, type DisagreementOrder } from '../core/api';
import {
  agreeingPairsCsvSaved,
  claimsCsvSaved,
  downloadBlob,
  figurePairsCsvSaved,
} from '../core/export';
import { plural } from '../core/format';
import type { AppContext } from './context';
import { h } from './dom';
import { tryAgain } from './failure';
import type { StatusView } from './status';

/**
 * What a who-said-what list holds: one speaker's claims, the claims about a
 * node, or a source's; a speaker's narrowed to one subject, or the claims
 * about a node to one speaker's.
 */
export type ClaimListFilter =
  { speaker: string; about?: string } | { about: string; speaker?: string } | { source: string };

/**
 * Asks for a CSV table of `what` ("claims") with `load`, saves it, and says
 * what it holds (`saved`); a failure says why, with Try again when waiting can
 * cure it.
 */
export async function saveCsv(
  status: StatusView,
  what: string,
  load: () => Promise<CsvFile>,
  saved: (file: CsvFile) => string,
): Promise<void> {
  try {
    const file = await status.track(`Exporting ${what}`, load());
    downloadBlob(file.csv, file.fileName);
    status.notify(saved(file), 'success');
  } catch (err) {
    status.notify(
      `Could not export the ${what}: ${describeError(err)}`,
      'error',
      undefined,
      tryAgain(err, () => void saveCsv(status, what, load, saved)),
    );
  }
}

/** saveCsv for claims, saying how many the table holds. */
export function saveClaimsCsv(
  status: StatusView,
  load: () => Promise<CsvFile>,
  /** The claims on screen, when the table is the view's (see claimsCsvSaved). */
  inView?: number,
): Promise<void> {
  return saveCsv(status, 'claims', load, (file) => claimsCsvSaved(file, inView));
}

/** A "Download as CSV" button (`attrs`: its id, title…), disabled while `save` runs. */
export function csvButton(
  attrs: Record<string, string>,
  label: string,
  save: () => Promise<void>,
): HTMLButtonElement {
  const button = h('button', { ...attrs, type: 'button', class: 'btn btn-small csv-btn' }, label);
  button.addEventListener('click', () => {
    button.disabled = true;
    void save().finally(() => (button.disabled = false));
  });
  return button;
}

/**
 * A button that saves figures that disagree as a CSV file: `load`'s table, in
 * the order `order` gives when clicked.
 */
export function figurePairsCsvButton(
  ctx: AppContext,
  id: string,
  order: () => DisagreementOrder,
  load: (order: DisagreementOrder) => Promise<CsvFile>,
  label = 'Download as CSV',
): HTMLButtonElement {
  return csvButton(
    {
      id,
      title:
        'One row per pair of figures that cannot both hold: for each side the speaker, the ' +
        'figure, its date, the source and its exact words; and how far apart they are',
    },
    label,
    () => {
      const chosen = order();
      return saveCsv(
        ctx.status,
        'figures that disagree',
        () => load(chosen),
        (file) => figurePairsCsvSaved(file, chosen),
      );
    },
  );
}

/** A button that saves pairs of figures that agree (`load`'s table, closest first) as a CSV file. */
export function agreeingPairsCsvButton(
  ctx: AppContext,
  id: string,
  load: () => Promise<CsvFile>,
  label = 'Download as CSV',
): HTMLButtonElement {
  return csvButton(
    {
      id,
      title:
        'One row per pair of figures that agree, closest first: for each side the ' +
        'speaker, the figure, its date, the source and its exact words; and how they agree',
    },
    label,
    () => saveCsv(ctx.status, 'figures that agree', load, agreeingPairsCsvSaved),
  );
}

/** A button that saves recorded contradictions or corroborations (`load`'s table) as a CSV file. */
export function recordedPairsCsvButton(
  ctx: AppContext,
  id: string,
  load: () => Promise<CsvFile>,
  label = 'Download as CSV',
  kind: 'contradiction' | 'corroboration' = 'contradiction',
): HTMLButtonElement {
  const why =
    kind === 'contradiction' ? 'why they cannot both hold' : 'how they bear each other out';
  return csvButton(
    {
      id,
      title:
        'One row per pair: both claims with who, when and the source reporting each, ' +
        `and the note that says ${why}`,
    },
    label,
    () =>
      saveCsv(
        ctx.status,
        `${kind}s`,
        load,
        (file) => `Saved ${plural(file.rows, kind)} to ${file.fileName}.`,
      ),
  );
}

/** A button that saves the claims matching `filter` (`total` of them) as a CSV file. */
export function claimsCsvButton(
  ctx: AppContext,
  filter: ClaimListFilter,
  total: number,
): HTMLButtonElement {
  return csvButton(
    {
      title:
        'One row per claim: speaker, statement, subjects, figures and whether they are ' +
        'disputed, the exact excerpt, and the source',
    },
    `Download as CSV (${plural(total, 'claim')})`,
    () => saveClaimsCsv(ctx.status, () => ctx.api.claimsCsv(filter)),
  );
}
