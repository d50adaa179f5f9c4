/**
 * Sources: every article, and every report an article cites, with how many
 * claims it reports and by how many speakers, how many of those are in
 * dispute, and how many claims other articles relay from it. Newest first,
 * most claims first or most in dispute first; narrowed by words of the
 * title or outlet. A source opens on its claims and who made them.
 */
import { SOURCE_ORDERS, type SourceOrder, type SourceSummary } from '../core/api';
import { formatDate } from '../core/claims';
import { formatCount, plural } from '../core/format';
import type { AppContext } from './context';
import { h, nextPageLabel } from './dom';
import { failureNote } from './failure';

/** Sources read at once; more on request. */
const SOURCES_PAGE = 100;
/** How long typing pauses before the list is asked for again. */
const TYPING_PAUSE_MS = 250;

const ORDER_LABELS: Record<SourceOrder, string> = {
  published: 'Newest first',
  claims: 'Most claims first',
  disputed: 'Most claims in dispute first',
  corroborated: 'Most claims borne out first',
};

export class SourcesView {
  readonly el = h('div', { class: 'sources-panel', id: 'sources' });
  private readonly search = h('input', {
    type: 'search',
    id: 'sources-q',
    class: 'sources-q',
    placeholder: 'Title or outlet…',
    'aria-label': 'Narrow the sources by words of their title or outlet',
  });
  private readonly order = h(
    'select',
    { id: 'sources-order', 'aria-label': 'Order the sources' },
    SOURCE_ORDERS.map((o) => h('option', { value: o }, ORDER_LABELS[o])),
  );
  private readonly count = h('p', { class: 'muted sources-count', id: 'sources-count' });
  private readonly list = h('ol', { class: 'sources-list', id: 'sources-list' });
  private readonly footer = h('div');
  /** The latest request: an older one that answers late draws nothing. */
  private generation = 0;
  private typing: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ctx: AppContext) {
    // The words and order live in the store, so that the link keeps them (sq=, so=).
    const keep = () =>
      ctx.store.set({
        sources: { q: this.search.value, order: this.order.value as SourceOrder },
      });
    this.search.addEventListener('input', () => {
      keep();
      clearTimeout(this.typing);
      this.typing = setTimeout(() => void this.render(), TYPING_PAUSE_MS);
    });
    this.order.addEventListener('change', () => {
      keep();
      void this.render();
    });
    this.el.append(
      h('div', { class: 'sources-controls' }, this.search, this.order),
      this.count,
      this.list,
      this.footer,
    );
  }

  title(): string {
    return 'Sources';
  }

  /** Reads the first page afresh each time the panel opens: analysts link and remove sources. */
  async render(): Promise<void> {
    const generation = ++this.generation;
    const kept = this.ctx.store.get().sources;
    // A link opened, or Back, may have set them since.
    if (this.search.value !== kept.q) this.search.value = kept.q;
    this.order.value = kept.order;
    const q = kept.q.trim();
    const order = kept.order;
    this.el.dataset.state = 'loading';
    this.footer.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading sources…'));
    try {
      const res = await this.ctx.api.sources({ q, order, limit: SOURCES_PAGE });
      if (generation !== this.generation) return;
      this.count.textContent = q
        ? `${plural(res.total, 'source')} with “${q}” in the title or outlet`
        : plural(res.total, 'source');
      this.list.replaceChildren(...res.sources.map((s) => this.row(s)));
      this.footer.replaceChildren(
        res.total === 0
          ? h('p', { class: 'muted' }, q ? 'No source has those words.' : 'No sources yet.')
          : this.more(res.total, res.sources.length, q, order, generation),
      );
      this.el.dataset.state = 'ready';
    } catch (err) {
      if (generation !== this.generation) return;
      this.footer.replaceChildren(
        failureNote('Could not load the sources', err, () => void this.render()),
      );
      this.el.dataset.state = 'error';
    }
  }

  /** "Show 100 more", while the database holds more; empty otherwise. */
  private more(
    total: number,
    shown: number,
    q: string,
    order: SourceOrder,
    generation: number,
  ): Node {
    if (shown >= total) return document.createTextNode('');
    const button = h(
      'button',
      { type: 'button', class: 'btn more-btn' },
      nextPageLabel(total - shown, SOURCES_PAGE, 'source'),
    );
    button.addEventListener('click', () => {
      button.disabled = true;
      void this.ctx.api
        .sources({ q, order, limit: SOURCES_PAGE, offset: shown })
        .then((res) => {
          if (generation !== this.generation) return;
          this.list.append(...res.sources.map((s) => this.row(s)));
          this.footer.replaceChildren(
            this.more(res.total, shown + res.sources.length, q, order, generation),
          );
        })
        .catch((err: unknown) => {
          button.disabled = false;
          button.after(failureNote('Could not load more sources', err));
        });
    });
    return button;
  }

  private row(s: SourceSummary): HTMLElement {
    const open = h(
      'button',
      { type: 'button', class: 'link-btn source-open', dataset: { sourceId: s.id } },
      s.title,
    );
    open.addEventListener(
      'click',
      () => void this.ctx.actions.select(s.id, { tab: 'said', center: true }),
    );
    const where = [
      s.outlet,
      formatDate(s.publishedDate),
      s.held ? null : 'cited report (its text is not held)',
    ].filter(Boolean);
    /** A red (disputed) or green (agreed) count, with what it counts on hover; none for 0. */
    const badge = (
      n: number,
      kind: 'disputed' | 'agreed',
      text: string,
      why: (string | false | 0)[],
      { relayed = false } = {},
    ) =>
      n > 0
        ? h(
            'span',
            {
              class: `badge badge-${kind}${relayed ? ` badge-relayed-${kind}` : ''}`,
              title: why.filter(Boolean).join('; '),
            },
            text,
          )
        : null;
    const disputed = badge(s.disputed, 'disputed', `${formatCount(s.disputed)} in dispute`, [
      s.disputedByFigures &&
        `${plural(s.disputedByFigures, 'claim')} whose figures another speaker's disagree with`,
      s.contradicted && `${plural(s.contradicted, 'claim')} with a recorded contradiction`,
    ]);
    const corroborated = badge(
      s.corroborated,
      'agreed',
      `${formatCount(s.corroborated)} borne out`,
      [
        s.agreedByFigures &&
          `${plural(s.agreedByFigures, 'claim')} whose figures another speaker's agree with`,
        s.corroboratedRecorded &&
          `${plural(s.corroboratedRecorded, 'claim')} with a recorded corroboration`,
      ],
    );
    // A cited report reports no claim itself: what articles relay from it is its account.
    const relayedDisputed = badge(
      s.relayedDisputed,
      'disputed',
      `${formatCount(s.relayedDisputed)} of them in dispute`,
      [
        `${plural(s.relayedDisputed, 'claim')} relayed from it in dispute: their figures disagree with another speaker's, or a contradiction is recorded against them`,
      ],
      { relayed: true },
    );
    const relayedCorroborated = badge(
      s.relayedCorroborated,
      'agreed',
      `${formatCount(s.relayedCorroborated)} of them borne out`,
      [
        `${plural(s.relayedCorroborated, 'claim')} relayed from it borne out: their figures agree with another speaker's, or a corroboration is recorded with them`,
      ],
      { relayed: true },
    );
    const relayed = s.relayedByOthers
      ? `${plural(s.relayedByOthers, 'claim')} relayed by other articles`
      : null;
    const stats = [
      plural(s.claims, 'claim'),
      s.claims ? `by ${plural(s.speakers, 'speaker')}` : null,
      relayed,
    ]
      .filter(Boolean)
      .join(' · ');
    const cites = s.cites ? ` · cites ${plural(s.cites, 'source')}` : '';
    const row = h(
      'li',
      {
        class: 'source-row',
        // data-node-id: pointed at, the row lights its source up on the graph (app.ts).
        dataset: {
          sourceId: s.id,
          nodeId: s.id,
          disputed: String(s.disputed),
          relayedDisputed: String(s.relayedDisputed),
          corroborated: String(s.corroborated),
          relayedCorroborated: String(s.relayedCorroborated),
        },
      },
      open,
      h('div', { class: 'muted source-where' }, where.join(' · ')),
      h(
        'div',
        { class: 'source-stats' },
        stats,
        // "of them": the claims relayed from it, named just before.
        ...[relayedDisputed, relayedCorroborated].flatMap((b) => (b ? [' ', b] : [])),
        cites,
        ...[disputed, corroborated].flatMap((b) => (b ? [' ', b] : [])),
      ),
    );
    // Reached by Tab, too, the source lights up on the graph, as hovering it there would.
    const { light } = this.ctx;
    open.addEventListener('focus', () => light.set(s.id, open));
    open.addEventListener('blur', () => light.set(null, open));
    return row;
  }
}
