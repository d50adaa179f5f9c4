/**
 * Recording that a claim contradicts another (POST /api/contradictions) or is
 * borne out by another (POST /api/corroborations): in a claim's panel,
 * “Contradicts another claim…” or “Agrees with another claim…” opens a search
 * for the other claim by its words and a note saying why. The graph is
 * reloaded so that the red or green line shows, and the toast can take it
 * back. Pairs an analyst recorded can also be reworded or taken back from the
 * panel's lists.
 */
import type {
  ApiClient,
  Claim,
  ContradictionJson,
  PairKindName,
  PairNoun,
  SearchResult,
} from '../core/api';
import { shortLabel } from '../core/appearance';
import { Autocomplete } from './autocomplete';
import type { AppContext } from './context';
import { disclosure, h } from './dom';
import { writeError } from './ingest-token';

/** What tells the two kinds apart on screen: words, element ids, and how the pairs are read. */
export interface PairKind {
  kind: PairKindName;
  noun: PairNoun;
  /** Element ids: `${id}-open`, `${id}-other`, `${id}-note`, `${id}-save`, `${id}-note-edit`… */
  id: string;
  /** The button that opens the form. */
  open: string;
  /** The form's question. */
  ask: string;
  /** What the note says: its placeholder, its label and what an empty one is told. */
  why: string;
  whyLabel: string;
  /** "Contradicts: " before the claim picked. */
  picked: string;
  /** The toast once recorded. */
  done: string;
  /** The pairs recorded with one claim. */
  read: (api: ApiClient, claim: string) => Promise<ContradictionJson[]>;
}

export const CONTRADICTION: PairKind = {
  kind: 'contradictions',
  noun: 'contradiction',
  id: 'contradiction',
  open: 'Contradicts another claim…',
  ask: 'Does another claim say what cannot hold if this one does? Find it by its words.',
  why: 'Why the two claims cannot both hold',
  whyLabel: 'Why',
  picked: 'Contradicts: ',
  done: 'Recorded: the two claims are now marked as contradicting each other.',
  read: async (api, claim) => (await api.contradictions(claim)).contradictions,
};

export const CORROBORATION: PairKind = {
  kind: 'corroborations',
  noun: 'corroboration',
  id: 'corroboration',
  open: 'Agrees with another claim…',
  ask: 'Does another claim, in another source, bear this one out? Find it by its words.',
  why: 'How the two claims bear each other out',
  whyLabel: 'How',
  picked: 'Agrees with: ',
  done: 'Recorded: the two claims are now marked as bearing each other out.',
  read: async (api, claim) => (await api.corroborations(claim)).corroborations,
};

/** Takes back the pair between two claims, reloads the graph and says so. */
export async function takeBack(
  ctx: AppContext,
  k: PairKind,
  claim: string,
  other: string,
): Promise<boolean> {
  try {
    const { removed } = await ctx.status.track(
      `Taking the ${k.noun} back`,
      ctx.api.removePair(k.kind, claim, other),
    );
    const again = 'contradicts' in removed ? removed.contradicts : removed.corroborates;
    await ctx.actions.reload();
    ctx.status.notify(`The ${k.noun} was taken back.`, 'success', 8000, {
      label: 'Record it again',
      run: () => void record(ctx, k, removed.claim, again, removed.note),
    });
    return true;
  } catch (err) {
    ctx.status.notify(`Could not take the ${k.noun} back: ${writeError(err)}`, 'error');
    return false;
  }
}

/** Writes the note, reloads the graph, and offers to put the old note back. Throws what the API said. */
async function reword(ctx: AppContext, k: PairKind, claim: string, other: string, note: string) {
  const r = await ctx.status.track(
    'Saving the note',
    ctx.api.editPairNote(k.kind, claim, other, note),
  );
  await ctx.actions.reload();
  ctx.status.notify('The note was reworded.', 'success', 8000, {
    label: 'Undo',
    run: () =>
      void reword(ctx, k, claim, other, r.previousNote).catch((err: unknown) =>
        ctx.status.notify(`Could not put the note back: ${writeError(err)}`, 'error'),
      ),
  });
}

/**
 * Puts a box to reword the note (read afresh from the API), with Save and
 * Cancel, in place of `entry`, a pair's line in a claim's panel.
 */
export async function rewordNoteInPlace(
  ctx: AppContext,
  k: PairKind,
  claim: string,
  other: string,
  entry: HTMLElement,
): Promise<void> {
  let current: string;
  try {
    const pair = (await k.read(ctx.api, claim)).find((p) => p.claims.includes(other));
    if (!pair) throw new Error('it is no longer recorded');
    current = pair.note;
  } catch (err) {
    ctx.status.notify(`Could not read the note: ${writeError(err)}`, 'error');
    return;
  }
  const note = h('textarea', {
    id: `${k.id}-note-edit`,
    rows: 3,
    maxlength: 2000,
    'aria-label': k.why,
  }) as HTMLTextAreaElement;
  note.value = current;
  const message = h('p', { class: 'merge-message', role: 'status' });
  const save = h(
    'button',
    { type: 'button', class: 'btn btn-primary btn-small', id: `${k.id}-note-save` },
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
    if (!text) return say(`Say ${lowerFirst(k.why)}.`);
    if (text === current) return restore();
    save.disabled = true;
    void reword(ctx, k, claim, other, text)
      .catch((err: unknown) => say(`Could not save it: ${writeError(err)}`))
      .finally(() => (save.disabled = false));
  });
  entry.replaceWith(box);
  note.focus();
}

/** Writes the pair, reloads the graph, and offers to take it back. Throws what the API said. */
async function record(ctx: AppContext, k: PairKind, claim: string, other: string, note: string) {
  const r = await ctx.status.track(
    `Recording the ${k.noun}`,
    ctx.api.recordPair(k.kind, claim, other, note),
  );
  await ctx.actions.reload();
  ctx.status.notify(
    r.created ? k.done : `Already recorded, with the note: “${r[k.noun]?.note ?? ''}”`,
    r.created ? 'success' : 'info',
    8000,
    r.created ? { label: 'Take back', run: () => void takeBack(ctx, k, claim, other) } : null,
  );
  return r;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The “Contradicts another claim…” or “Agrees with another claim…” button and the form it opens. */
export function pairForm(ctx: AppContext, k: PairKind, c: Claim): HTMLElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      id: `${k.id}-open`,
      'aria-expanded': 'false',
      'aria-controls': `${k.id}-panel`,
    },
    k.open,
  );
  const panel = h('section', {
    class: `merge-panel ${k.id}-panel`,
    id: `${k.id}-panel`,
    hidden: true,
    'aria-label': `Record that this claim ${lowerFirst(k.open).replace(/…$/, '')}`,
  });
  const message = h('p', { class: 'merge-message', role: 'status' });
  const picked = h('p', { class: 'contradiction-picked', hidden: true });
  const note = h('textarea', {
    id: `${k.id}-note`,
    rows: 3,
    maxlength: 2000,
    placeholder: `${k.why} (shown with the ${k.noun})`,
  }) as HTMLTextAreaElement;
  const save = h(
    'button',
    { type: 'button', class: 'btn btn-primary', id: `${k.id}-save` },
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
    id: `${k.id}-other`,
    label: 'The other claim',
    placeholder: 'The other claim… (type its words)',
    types: ['Claim'],
    onPick: (r) => {
      if (r.id === c.id) return say('Pick another claim: this is the claim itself.', true);
      other = r;
      picked.hidden = false;
      picked.textContent = `${k.picked}${shortLabel(r.name, 70)}`;
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
    if (!note.value.trim()) return say(`Say ${lowerFirst(k.why)}.`, true);
    save.disabled = true;
    void record(ctx, k, c.id, other.id, note.value.trim())
      .then(close)
      .catch((err: unknown) => say(`Could not record it: ${writeError(err)}`, true))
      .finally(() => (save.disabled = false));
  });
  panel.append(
    h('p', { class: 'hint' }, k.ask),
    pick.root,
    picked,
    h('label', { for: `${k.id}-note` }, k.whyLabel),
    note,
    message,
    h('div', { class: 'actions' }, save, cancel),
  );
  return h('div', { class: 'contradiction-form' }, button, panel);
}
