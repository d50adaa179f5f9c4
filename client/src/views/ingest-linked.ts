/**
 * The sources analysts linked (GET /api/ingest/sources), newest first, in the
 * Add source panel: each opens in the graph, where its details can remove it;
 * those removed since are listed too, with when, from the record kept.
 */
import { describeError } from '../core/api';
import { formatDate, formatMoment } from '../core/claims';
import { plural } from '../core/format';
import type { LinkedSource } from '../core/ingest';
import type { AppContext } from './context';
import { h } from './dom';

/** How many the list asks for: an analyst's recent work, not an archive. */
const LISTED = 100;

function item(ctx: AppContext, s: LinkedSource): HTMLElement {
  const meta = [
    s.outlet,
    s.publishedDate ? formatDate(s.publishedDate) : null,
    plural(s.claims, 'claim'),
    s.linkedAt ? `linked ${formatMoment(s.linkedAt)}` : null,
    s.removedAt ? `removed ${formatMoment(s.removedAt)}` : null,
  ].filter((x): x is string => !!x);
  const removed = s.removedAt !== null;
  // A removed source is no longer in the graph: its record is all there is.
  const title = removed
    ? h('span', null, s.title)
    : h('button', { type: 'button', class: 'link-btn', dataset: { nodeId: s.id } }, s.title);
  if (!removed)
    title.addEventListener(
      'click',
      () => void ctx.actions.select(s.id, { center: true, tab: 'info' }),
    );
  return h(
    'li',
    {
      class: removed ? 'linked-item is-removed' : 'linked-item',
      dataset: { sourceId: s.id, removed: String(removed) },
    },
    title,
    h('span', { class: 'muted' }, ` · ${meta.join(' · ')}`),
  );
}

export class LinkedSourcesList {
  readonly el = h('section', {
    class: 'linked-sources',
    id: 'linked-sources',
    'aria-live': 'polite',
  });

  constructor(private readonly ctx: AppContext) {}

  async refresh(): Promise<void> {
    this.el.replaceChildren(h('p', { class: 'loading' }, 'Loading linked sources…'));
    try {
      const { sources } = await this.ctx.api.linkedSources(LISTED);
      if (!sources.length) {
        this.el.replaceChildren(
          h(
            'p',
            { class: 'muted' },
            'No source linked yet: the seed’s sources are not listed here.',
          ),
        );
        return;
      }
      this.el.replaceChildren(
        h(
          'p',
          { class: 'hint' },
          `${sources.length === LISTED ? `The ${LISTED} linked last. ` : ''}` +
            'Open one to see it in the graph; its details can remove it.',
        ),
        h(
          'ul',
          { class: 'linked-list' },
          sources.map((s) => item(this.ctx, s)),
        ),
      );
    } catch (err) {
      this.el.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert' },
          `Could not load linked sources: ${describeError(err)}`,
        ),
      );
    }
  }
}
