/**
 * “Remove this source…” in the details of a source an analyst linked (a
 * misread figure, the wrong article): a dry run of POST /api/sources/remove
 * says what would go, the analyst confirms, and the graph reloads without it.
 * “Remove and review again” then opens Add source on the article as it was
 * linked, for a new review. The seed's sources have no such box.
 */
import type { NodeDetails } from '../core/api';
import { formatMoment } from '../core/claims';
import { plural } from '../core/format';
import type { SourceRemoval } from '../core/ingest';
import type { AppContext } from './context';
import { disclosure, h } from './dom';
import { writeError } from './ingest-token';

/** How many claims the summary names before "and N more". */
const CLAIMS_NAMED = 8;

const quoted = (s: string) => `“${s}”`;

/** One line of the summary: its heading (with how many) and what it lists; none when empty. */
function listedItem(
  cls: string,
  words: string[],
  heading: (n: number) => string,
  separator = ', ',
): HTMLElement | null {
  return words.length
    ? h('li', { class: cls }, heading(words.length), words.join(separator))
    : null;
}

/** What removing the source deletes, and what it keeps, as the dry run answered. */
function summary(r: SourceRemoval): HTMLElement {
  const claims = r.claimsRemoved;
  const items: (HTMLElement | null)[] = [
    h('li', null, 'the source and its text'),
    claims.length
      ? h(
          'li',
          { class: 'remove-claims' },
          `${plural(claims.length, 'claim')}:`,
          h(
            'ul',
            null,
            claims
              .slice(0, CLAIMS_NAMED)
              .map((c) =>
                h('li', null, h('strong', null, c.speaker ?? 'no speaker'), `: ${c.text}`),
              ),
            claims.length > CLAIMS_NAMED
              ? h('li', { class: 'muted' }, `and ${claims.length - CLAIMS_NAMED} more`)
              : null,
          ),
        )
      : null,
    listedItem(
      'remove-contradictions',
      r.contradictionsRemoved.map((k) => quoted(k.note)),
      (n) => `${plural(n, 'contradiction')} recorded on them: `,
      '; ',
    ),
    listedItem(
      'remove-corroborations',
      r.corroborationsRemoved.map((k) => quoted(k.note)),
      (n) => `${plural(n, 'corroboration')} recorded on them: `,
      '; ',
    ),
    listedItem(
      'remove-entities',
      r.entitiesRemoved.map((e) => e.name),
      (n) => `${plural(n, 'entity', 'entities')} nothing else links to: `,
    ),
    listedItem(
      'remove-reports',
      r.reportsRemoved.map((x) => quoted(x.title)),
      (n) => `${plural(n, 'report')} it added, which nothing else cites: `,
    ),
    listedItem(
      'remove-aliases',
      r.aliasesForgotten.map((a) => `${quoted(a.alias)} for ${a.name}`),
      (n) => `${plural(n, 'alias', 'aliases')} it taught: `,
    ),
    listedItem(
      'remove-rejections',
      r.rejectionsForgotten.map((x) => `${quoted(x.surface)} for ${x.name}`),
      (n) => `${plural(n, 'rejected link')}, which may be proposed again: `,
    ),
  ];
  return h(
    'div',
    { class: 'remove-summary', id: 'source-remove-summary' },
    h('p', null, 'Removing ', h('strong', null, quoted(r.source.title)), ' deletes:'),
    h('ul', null, items),
    r.entitiesKept.length || r.reportsKept.length
      ? h(
          'p',
          { class: 'remove-kept' },
          'Kept, since other sources link to them now: ',
          [
            ...r.entitiesKept.map((e) => `${e.name} (${plural(e.otherLinks, 'other link')})`),
            ...r.reportsKept.map(
              (x) => `the report ${quoted(x.title)} (${plural(x.otherLinks, 'other link')})`,
            ),
          ].join(', '),
          '.',
        )
      : null,
    h(
      'p',
      { class: 'hint' },
      'It cannot be undone as such: “Remove and review again” opens the article in Add source with your review as it was, to link it again.',
    ),
  );
}

function toast(r: SourceRemoval): string {
  const parts = [
    plural(r.claimsRemoved.length, 'claim'),
    r.contradictionsRemoved.length ? plural(r.contradictionsRemoved.length, 'contradiction') : null,
    r.corroborationsRemoved.length ? plural(r.corroborationsRemoved.length, 'corroboration') : null,
    r.entitiesRemoved.length ? plural(r.entitiesRemoved.length, 'entity', 'entities') : null,
    r.reportsRemoved.length ? plural(r.reportsRemoved.length, 'report') : null,
  ].filter((p): p is string => p !== null);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `Removed ${quoted(r.source.title)}: ${list} deleted.`;
}

/** The box in a node's details: for a source an analyst linked; null for any other node. */
export function sourceRemovalBox(ctx: AppContext, id: string, d: NodeDetails): HTMLElement | null {
  if (d.category !== 'Source' || d.properties.origin !== 'ingest') return null;
  // A report a commit added (not held) goes with the last source that cites it.
  if (d.properties.held === false) return null;
  const linkedAt = typeof d.properties.linkedAt === 'string' ? d.properties.linkedAt : null;
  return removeSourceBox(ctx, { id, name: d.name, linkedAt });
}

/** “Remove this source…” for a linked source (its details, or Add source right after the commit). */
export function removeSourceBox(
  ctx: AppContext,
  source: { id: string; name: string; linkedAt: string | null },
  /** False: the button alone, where the context already says it was just linked. */
  intro = true,
): HTMLElement {
  const { id, name, linkedAt } = source;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      id: 'source-remove-btn',
      'aria-expanded': 'false',
      'aria-controls': 'source-remove-panel',
    },
    'Remove this source…',
  );
  const panel = h('div', {
    class: 'remove-panel',
    id: 'source-remove-panel',
    hidden: true,
    role: 'group',
    'aria-label': `Remove ${name}`,
  });
  const message = h('p', { class: 'remove-message', role: 'status' });
  let token = 0;

  const run = async (review: boolean, buttons: HTMLButtonElement[]) => {
    for (const b of buttons) b.disabled = true;
    message.className = 'remove-message';
    message.textContent = 'Removing it…';
    try {
      const r = await ctx.status.track(`Removing ${name}`, ctx.api.removeSource(id));
      // Gone from the database: nothing is to reveal or fetch for it on the reload.
      await ctx.actions.select(null);
      await ctx.actions.reload({}, [
        r.source.id,
        ...r.claimsRemoved.map((c) => c.id),
        ...r.entitiesRemoved.map((e) => e.id),
      ]);
      ctx.status.notify(toast(r), 'success', 8000);
      ctx.actions.sourceRemoved(r, { review });
    } catch (err) {
      for (const b of buttons) b.disabled = false;
      message.className = 'remove-message error';
      message.textContent = `Could not remove it: ${writeError(err)}`;
    }
  };

  const close = disclosure(button, panel, () => {
    const mine = ++token;
    message.className = 'remove-message';
    message.textContent = 'Checking what would go…';
    panel.replaceChildren(message);
    ctx.api
      .removeSource(id, { dryRun: true })
      .then((r) => {
        if (mine !== token || panel.hidden) return;
        const confirm = h(
          'button',
          { type: 'button', class: 'btn btn-danger', id: 'source-remove-confirm' },
          'Remove',
        );
        const again = h(
          'button',
          { type: 'button', class: 'btn', id: 'source-remove-review' },
          'Remove and review again',
        );
        const cancel = h('button', { type: 'button', class: 'btn' }, 'Cancel');
        const buttons = [confirm, again, cancel];
        confirm.addEventListener('click', () => void run(false, buttons));
        again.addEventListener('click', () => void run(true, buttons));
        cancel.addEventListener('click', close);
        message.textContent = '';
        panel.replaceChildren(summary(r), h('div', { class: 'actions' }, buttons), message);
        confirm.focus();
      })
      .catch((err: unknown) => {
        if (mine !== token) return;
        message.className = 'remove-message error';
        message.textContent = `Cannot remove it: ${writeError(err)}`;
      });
  });

  if (!intro) return h('div', { class: 'source-linked', id: 'source-linked' }, button, panel);
  return h(
    'section',
    { class: 'source-linked', id: 'source-linked' },
    h('h3', null, 'Linked by an analyst'),
    h(
      'p',
      { class: 'muted' },
      linkedAt
        ? `Linked through Add source on ${formatMoment(linkedAt)}.`
        : 'Linked through Add source.',
    ),
    h('div', { class: 'actions' }, button),
    panel,
  );
}
