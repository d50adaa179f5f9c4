/**
 * Merging entities found to be the same (POST /api/entities/merge) and undoing
 * it: “Merge into…” in an entity's details, the merges kept into an entity, and
 * the list of recent merges (GET /api/entities/merges) with Undo buttons.
 */
import { describeError, type SearchResult } from '../core/api';
import { formatMoment } from '../core/claims';
import { plural } from '../core/format';
import type { MergeDecision } from '../core/ingest';
import type { NodeAttrs } from '../core/graph';
import { Autocomplete } from './autocomplete';
import { cached } from './cache';
import type { AppContext } from './context';
import { disclosure, h } from './dom';
import { writeError } from './ingest-token';

const MERGEABLE = new Set(['Actor', 'Unit', 'Place']);

export function loadMerges(ctx: AppContext): Promise<MergeDecision[]> {
  return cached('merges', () => ctx.api.merges(50)).then((r) => r.decisions);
}

/** Undoes a merge, reloads the graph and selects the entity that came back. */
export async function undoMergeDecision(ctx: AppContext, d: MergeDecision): Promise<boolean> {
  try {
    const r = await ctx.status.track(
      `Undoing the merge of ${d.mergedName}`,
      ctx.api.undoMerge(d.id),
    );
    await ctx.actions.reload();
    ctx.status.notify(
      `Undid the merge: ${d.mergedName} is back, with ${plural(r.relationships, 'link')}.`,
      'success',
      6000,
    );
    await ctx.actions.select(r.restored, { center: true });
    return true;
  } catch (err) {
    ctx.status.notify(`Could not undo the merge: ${writeError(err)}`, 'error');
    return false;
  }
}

function undoButton(ctx: AppContext, d: MergeDecision, after: () => void): HTMLButtonElement {
  const b = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      dataset: { undoMerge: d.id },
      'aria-label': `Undo the merge of ${d.mergedName}`,
    },
    'Undo',
  );
  b.addEventListener('click', () => {
    b.disabled = true;
    b.textContent = 'Undoing…';
    void undoMergeDecision(ctx, d).then((ok) => {
      if (!ok) {
        b.disabled = false;
        b.textContent = 'Undo';
      }
      after();
    });
  });
  return b;
}

/** “Merge into…” for an entity's details: pick the entity to keep, confirm, merge. */
export function mergeControls(
  ctx: AppContext,
  id: string,
  a: NodeAttrs,
): { button: HTMLButtonElement | null; panel: HTMLElement | null } {
  if (!MERGEABLE.has(String(a.category))) return { button: null, panel: null };
  const button = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      id: 'merge-btn',
      'aria-expanded': 'false',
      'aria-controls': 'merge-panel',
      title: 'This is the same as another entity: merge it into that one',
    },
    'Merge into…',
  );
  const panel = h('section', {
    class: 'merge-panel',
    id: 'merge-panel',
    hidden: true,
    'aria-label': `Merge ${a.name} into another entity`,
  });
  const message = h('p', { class: 'merge-message', role: 'status' });
  const confirmRow = h('div', { class: 'merge-confirm', hidden: true });
  let keep: SearchResult | null = null;
  const pick = new Autocomplete({
    api: ctx.api,
    id: 'merge-keep',
    label: `Entity to keep (${a.name} is merged into it)`,
    placeholder: `Entity to keep… (type a name)`,
    types: [String(a.category)],
    onPick: (r) => {
      if (r.id === id) {
        message.textContent = 'Pick another entity: an entity cannot be merged into itself.';
        message.className = 'merge-message error';
        return;
      }
      keep = r;
      showConfirm();
    },
  });
  const mergeBtn = h(
    'button',
    { type: 'button', class: 'btn btn-danger', id: 'merge-confirm' },
    'Merge',
  );
  const cancelBtn = h('button', { type: 'button', class: 'btn' }, 'Cancel');
  const close = disclosure(button, panel, () => {
    keep = null;
    confirmRow.hidden = true;
    message.textContent = '';
    pick.setValue('');
    pick.input.focus();
  });
  const showConfirm = () => {
    if (!keep) return;
    confirmRow.hidden = false;
    confirmRow.replaceChildren(
      h(
        'p',
        null,
        'Merge ',
        h('strong', null, a.name),
        ' into ',
        h('strong', null, keep.name),
        '? Its links and aliases move to ',
        keep.name,
        ` and ${a.name} is removed. You can undo this.`,
      ),
      h('div', { class: 'actions' }, mergeBtn, cancelBtn),
    );
    message.textContent = '';
    mergeBtn.focus();
  };
  cancelBtn.addEventListener('click', close);
  mergeBtn.addEventListener('click', () => {
    if (!keep) return;
    const target = keep;
    mergeBtn.disabled = true;
    mergeBtn.textContent = 'Merging…';
    void ctx.status
      .track(`Merging ${a.name} into ${target.name}`, ctx.api.mergeEntities(target.id, id))
      .then(async (r) => {
        await ctx.actions.reload({ [id]: target.id });
        ctx.status.notify(
          `Merged ${a.name} into ${target.name}: ${plural(r.moved, 'link')} moved, ${plural(
            r.aliases.length,
            'alias',
            'aliases',
          )} kept. Undo it from ${target.name}’s details.`,
          'success',
          8000,
        );
      })
      .catch((err: unknown) => {
        mergeBtn.disabled = false;
        mergeBtn.textContent = 'Merge';
        message.textContent = `Could not merge: ${writeError(err)}`;
        message.className = 'merge-message error';
      });
  });
  panel.append(
    h(
      'p',
      { class: 'hint' },
      `Is ${a.name} the same as another ${String(a.category).toLowerCase()}? Pick the one to keep.`,
    ),
    pick.root,
    message,
    confirmRow,
  );
  return { button, panel };
}

/** The merges kept into this entity (not undone), each with Undo. Empty when none. */
export function mergedHereBox(ctx: AppContext, id: string): HTMLElement {
  const box = h('section', { class: 'merged-here', id: 'merged-here', hidden: true });
  void loadMerges(ctx)
    .then((all) => {
      const mine = all.filter((d) => d.keep === id && !d.undone);
      if (!mine.length) return;
      box.hidden = false;
      box.append(
        h('h3', null, 'Merged into this entity'),
        h(
          'ul',
          { class: 'merge-list' },
          mine.map((d) =>
            h(
              'li',
              { class: 'merge-item', dataset: { decision: d.id } },
              h(
                'span',
                null,
                h('strong', null, d.mergedName),
                h('span', { class: 'muted' }, ` · ${formatMoment(d.at)}`),
              ),
              undoButton(ctx, d, () => undefined),
            ),
          ),
        ),
      );
    })
    .catch(() => {
      // The merges list is a convenience here; the ingest panel says what went wrong.
    });
  return box;
}

/** Recent merges, newest first, with Undo for those still in force. */
export class MergesList {
  readonly el = h('section', { class: 'merges', id: 'merges', 'aria-live': 'polite' });

  constructor(private readonly ctx: AppContext) {}

  async refresh(): Promise<void> {
    const { ctx } = this;
    this.el.replaceChildren(h('p', { class: 'loading' }, 'Loading merges…'));
    try {
      const all = await loadMerges(ctx);
      if (!all.length) {
        this.el.replaceChildren(
          h(
            'p',
            { class: 'muted' },
            'No merges yet. Merge an entity into another from its details (“Merge into…”).',
          ),
        );
        return;
      }
      this.el.replaceChildren(
        h(
          'ul',
          { class: 'merge-list' },
          all.map((d) =>
            h(
              'li',
              { class: `merge-item${d.undone ? ' is-undone' : ''}`, dataset: { decision: d.id } },
              h(
                'span',
                { class: 'merge-what' },
                h('strong', null, d.mergedName),
                ' → ',
                d.undone
                  ? h('span', null, ctx.dataset.nameOf(d.keep))
                  : h(
                      'button',
                      {
                        type: 'button',
                        class: 'link-btn',
                        dataset: { nodeId: d.keep },
                        onclick: () => void ctx.actions.select(d.keep, { center: true }),
                      },
                      ctx.dataset.nameOf(d.keep),
                    ),
                h('span', { class: 'muted' }, ` · ${formatMoment(d.at)}`),
              ),
              d.undone
                ? h('span', { class: 'badge badge-muted' }, 'undone')
                : undoButton(ctx, d, () => void this.refresh()),
            ),
          ),
        ),
      );
    } catch (err) {
      this.el.replaceChildren(
        h('p', { class: 'error', role: 'alert' }, `Could not load merges: ${describeError(err)}`),
      );
    }
  }
}
