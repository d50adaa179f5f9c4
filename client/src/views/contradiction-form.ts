/**
 * Recording that a claim contradicts another (POST /api/contradictions): in a
 * claim's panel, “Contradicts another claim…” opens a search for the other
 * claim by its words and a note saying why. The graph is reloaded so that the
 * red line shows, and the toast can take it back. Contradictions an analyst
 * recorded can also be reworded or taken back from the panel's list.
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

/** Writes the note, reloads the graph, and offers to put the old note back. Throws what the API said. */
async function reword(ctx: AppContext, claim: string, other: string, note: string) {
  const r = await ctx.status.track(
    'Saving the note',
    ctx.api.editContradictionNote(claim, other, note),
  );
  await ctx.actions.reload();
  ctx.status.notify('The note was reworded.', 'success', 8000, {
    label: 'Undo',
    run: () =>
      void reword(ctx, claim, other, r.previousNote).catch((err: unknown) =>
        ctx.status.notify(`Could not put the note back: ${writeError(err)}`, 'error'),
      ),
  });
}

/**
 * Puts a box to reword the note (read afresh from the API), with Save and
 * Cancel, in place of `entry`, a contradiction's line in a claim's panel.
 */
export async function rewordNoteInPlace(
  ctx: AppContext,
  claim: string,
  other: string,
  entry: HTMLElement,
): Promise<void> {
  let current: string;
  try {
    const { contradictions } = await ctx.api.contradictions(claim);
    const pair = contradictions.find((k) => k.claims.includes(other));
    if (!pair) throw new Error('it is no longer recorded');
    current = pair.note;
  } catch (err) {
    ctx.status.notify(`Could not read the note: ${writeError(err)}`, 'error');
    return;
  }
  const note = h('textarea', {
    id: 'contradiction-note-edit',
    rows: 3,
    maxlength: 2000,
    'aria-label': 'Why the two claims cannot both hold',
  }) as HTMLTextAreaElement;
  note.value = current;
  const message = h('p', { class: 'merge-message', role: 'status' });
  const save = h(
    'button',
    { type: 'button', class: 'btn btn-primary btn-small', id: 'contradiction-note-save' },
    'Save note',
  );
  const cancel = h('button', { type: 'button', class: 'btn btn-small' }, 'Cancel');
  const box = h(
    'div',
    { class: 'note-edit' },
    note,
    message,
    h('div', { class: 'actions' }, save, cancel),
  );
  const restore = () => box.replaceWith(entry);
  const say = (text: string) => {
    message.textContent = text;
    message.className = 'merge-message error';
  };
  cancel.addEventListener('click', restore);
  save.addEventListener('click', () => {
    const text = note.value.trim();
    if (!text) return say('Say why the two claims cannot both hold.');
    if (text === current) return restore();
    save.disabled = true;
    void reword(ctx, claim, other, text)
      .catch((err: unknown) => say(`Could not save it: ${writeError(err)}`))
      .finally(() => (save.disabled = false));
  });
  entry.replaceWith(box);
  note.focus();
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
