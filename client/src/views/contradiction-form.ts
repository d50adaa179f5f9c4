/**
 * Recording that a claim contradicts another (POST /api/contradictions): in a
 * claim's panel, “Contradicts another claim…” opens a search for the other
 * claim by its words and a note saying why. The graph is reloaded so that the
 * red line shows, and the toast can take it back. Contradictions an analyst
 * recorded can also be taken back from the panel's list.
 */
import type { Claim, SearchResult } from '../core/api';
import { shortLabel } from '../core/appearance';
import { Autocomplete } from './autocomplete';
import type { AppContext } from './context';
import { disclosure, h } from './dom';
import { writeError } from './ingest-token';

/** Takes back the contradiction between two claims, reloads the graph and says so. */
export async function takeBackContradiction(
  ctx: AppContext,
  claim: string,
  other: string,
): Promise<boolean> {
  try {
    const { removed } = await ctx.status.track(
      'Taking the contradiction back',
      ctx.api.removeContradiction(claim, other),
    );
    await ctx.actions.reload();
    ctx.status.notify('The contradiction was taken back.', 'success', 8000, {
      label: 'Record it again',
      run: () => void record(ctx, removed.claim, removed.contradicts, removed.note),
    });
    return true;
  } catch (err) {
    ctx.status.notify(`Could not take the contradiction back: ${writeError(err)}`, 'error');
    return false;
  }
}

/** Writes the pair, reloads the graph, and offers to take it back. Throws what the API said. */
async function record(ctx: AppContext, claim: string, other: string, note: string) {
  const r = await ctx.status.track(
    'Recording the contradiction',
    ctx.api.recordContradiction(claim, other, note),
  );
  await ctx.actions.reload();
  ctx.status.notify(
    r.created
      ? 'Recorded: the two claims are now marked as contradicting each other.'
      : `Already recorded, with the note: “${r.contradiction.note}”`,
    r.created ? 'success' : 'info',
    8000,
    r.created
      ? { label: 'Take back', run: () => void takeBackContradiction(ctx, claim, other) }
      : null,
  );
  return r;
}

/** The “Contradicts another claim…” button and the form it opens. */
export function contradictionForm(ctx: AppContext, c: Claim): HTMLElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      id: 'contradiction-open',
      'aria-expanded': 'false',
      'aria-controls': 'contradiction-panel',
    },
    'Contradicts another claim…',
  );
  const panel = h('section', {
    class: 'merge-panel contradiction-panel',
    id: 'contradiction-panel',
    hidden: true,
    'aria-label': 'Record that this claim contradicts another',
  });
  const message = h('p', { class: 'merge-message', role: 'status' });
  const picked = h('p', { class: 'contradiction-picked', hidden: true });
  const note = h('textarea', {
    id: 'contradiction-note',
    rows: 3,
    maxlength: 2000,
    placeholder: 'Why they cannot both hold (shown with the contradiction)',
  }) as HTMLTextAreaElement;
  const save = h(
    'button',
    { type: 'button', class: 'btn btn-primary', id: 'contradiction-save' },
    'Record',
  );
  const cancel = h('button', { type: 'button', class: 'btn' }, 'Cancel');
  let other: SearchResult | null = null;
  const say = (text: string, error = false) => {
    message.textContent = text;
    message.className = `merge-message${error ? ' error' : ''}`;
  };
  const pick = new Autocomplete({
    api: ctx.api,
    id: 'contradiction-other',
    label: 'The other claim',
    placeholder: 'The other claim… (type its words)',
    types: ['Claim'],
    onPick: (r) => {
      if (r.id === c.id) return say('Pick another claim: a claim cannot contradict itself.', true);
      other = r;
      picked.hidden = false;
      picked.textContent = `Contradicts: ${shortLabel(r.name, 70)}`;
      say('');
      note.focus();
    },
  });
  const close = disclosure(button, panel, () => {
    other = null;
    picked.hidden = true;
    note.value = '';
    say('');
    pick.setValue('');
    pick.input.focus();
  });
  cancel.addEventListener('click', close);
  save.addEventListener('click', () => {
    if (!other) return say('Pick the other claim first.', true);
    if (!note.value.trim()) return say('Say why the two claims cannot both hold.', true);
    save.disabled = true;
    void record(ctx, c.id, other.id, note.value.trim())
      .then(close)
      .catch((err: unknown) => say(`Could not record it: ${writeError(err)}`, true))
      .finally(() => (save.disabled = false));
  });
  panel.append(
    h(
      'p',
      { class: 'hint' },
      'Does another claim say what cannot hold if this one does? Find it by its words.',
    ),
    pick.root,
    picked,
    h('label', { for: 'contradiction-note' }, 'Why'),
    note,
    message,
    h('div', { class: 'actions' }, save, cancel),
  );
  return h('div', { class: 'contradiction-form' }, button, panel);
}
