/**
 * What place a place lies in, said by an analyst: the village a linked article
 * brought in, in its region. The map then draws it there (until it has
 * coordinates of its own) and counts it with that place. Part of the form that
 * places a place (place-locator.ts); what the seed says a place lies in stays.
 */
import type { PlaceSummary } from '../core/api';
import { Autocomplete } from './autocomplete';
import type { AppContext } from './context';
import { h } from './dom';
import { writeError } from './ingest-token';

/** The "Lies in" row of the form; `saved` after a write (and after its undo). */
export function withinField(ctx: AppContext, p: PlaceSummary, saved: () => void): HTMLElement {
  const row = h('div', { class: 'map-within', id: `map-within-row-${p.id}` });
  if (p.within && !p.within.byAnalyst) {
    row.append(h('p', { class: 'muted' }, `Lies in ${p.within.name}, as the seed says.`));
    return row;
  }
  const message = h('p', { class: 'map-within-message', role: 'status' });
  const set = (within: string | null) =>
    void setWithin(ctx, p, within, saved).catch(
      (err: unknown) => (message.textContent = `Could not save it: ${writeError(err)}`),
    );
  const pick = new Autocomplete({
    api: ctx.api,
    id: `map-within-${p.id}`,
    label: `The place ${p.name} lies in`,
    placeholder: 'A place it lies in… (type a name)',
    types: ['Place'],
    onPick: (r) => set(r.id),
  });
  const out = p.within
    ? h(
        'button',
        { type: 'button', class: 'link-btn', id: `map-unwithin-${p.id}` },
        `take it out of ${p.within.name}`,
      )
    : null;
  out?.addEventListener('click', () => set(null));
  row.append(
    h(
      'p',
      { class: 'muted' },
      p.within
        ? [`Lies in ${p.within.name}, as an analyst said (`, out, '). Or in: ']
        : 'Or, not knowing where it is, say what place it lies in: the map draws it there.',
    ),
    pick.root,
    message,
  );
  return row;
}

/** Writes what `p` lies in and offers to undo it. Throws what the API said. */
async function setWithin(
  ctx: AppContext,
  p: PlaceSummary,
  within: string | null,
  saved: () => void,
): Promise<void> {
  const r = await ctx.status.track(
    `Saving what ${p.name} lies in`,
    ctx.api.setWithin(p.id, within),
  );
  ctx.actions.dataChanged();
  saved();
  const undo = () =>
    void ctx.api
      .setWithin(p.id, r.previous?.id ?? null)
      .then(() => {
        ctx.actions.dataChanged();
        saved();
        ctx.status.notify(`${p.name} is back where it lay.`, 'success');
      })
      .catch((err: unknown) => ctx.status.notify(`Could not undo it: ${writeError(err)}`, 'error'));
  const done = r.within
    ? `${p.name} lies in ${r.within.name}.`
    : `${p.name} no longer lies in ${r.previous?.name ?? 'anything'}.`;
  ctx.status.notify(done, 'success', 8000, { label: 'Undo', run: undo });
}
