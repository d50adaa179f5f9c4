/** Details of the selected node: properties, aliases, relations, and actions; plus who-said-what. */
import type { NodeDetails } from '../core/api';
import { GROUP_BY_KEY, kindGroup, relTypeLabel } from '../core/appearance';
import { figureLabel, formatDate } from '../core/claims';
import type { NodeAttrs } from '../core/graph';
import type { DetailTab } from '../core/url-state';
import { formatCount, plural } from '../core/format';
import { cached } from './cache';
import type { AppContext } from './context';
import { h, rebuildable, svgShape } from './dom';
import { failureNote } from './failure';
import { mergeControls, mergedHereBox } from './ingest-merge';
import { linksTable } from './links-table';
import { openPlacing } from './place-locator';
import { sourceRemovalBox } from './source-removal';
import { recountDrawn, renderWhoSaidWhat } from './who-said-what';

const HIDDEN_PROPS = new Set([
  'id',
  'name',
  'aliases',
  'text',
  'textHash',
  'excerpt',
  'figures',
  'measures',
  'origin',
  'day',
  'seedFile',
  // A linked source's record of its commit: the "Linked by an analyst" box says it.
  'linkedAt',
  'linkedEntities',
  'linkedReports',
  'linkedAliasesJson',
  'linkedRejectionsJson',
  'linkedReviewJson',
  // A place's changes of location still to undo: the Map's toast undoes them.
  'locationHistory',
]);

function formatValue(key: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') return JSON.stringify(v);
  if (/date/i.test(key) && typeof v === 'string') return formatDate(v);
  return String(v);
}

function propsTable(d: NodeDetails): HTMLElement {
  const rows = Object.entries(d.properties)
    .filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  const figures = d.properties.figures;
  let figs: {
    measure: string;
    unit: string;
    value?: number;
    low?: number;
    high?: number;
    qualifier?: string;
  }[] = [];
  if (typeof figures === 'string') {
    try {
      figs = JSON.parse(figures);
    } catch {
      figs = [];
    }
  } else if (Array.isArray(figures)) figs = figures;
  return h(
    'dl',
    { class: 'props' },
    rows.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, formatValue(k, v))]),
    figs.length
      ? [h('dt', null, 'figures'), h('dd', null, figs.map((f) => figureLabel(f)).join('; '))]
      : null,
    typeof d.properties.text === 'string' && d.category === 'Source'
      ? [
          h('dt', null, 'text'),
          h(
            'dd',
            null,
            `${formatCount((d.properties.text as string).length)} characters (see Who said what)`,
          ),
        ]
      : null,
  );
}

function relationsInView(ctx: AppContext, id: string): HTMLElement {
  const g = ctx.dataset.graph;
  const drawn = ctx.filtered();
  const byType = new Map<string, { other: string; dir: 'out' | 'in'; shown: boolean }[]>();
  g.forEachEdge(id, (e, a, s, t) => {
    const dir = s === id ? 'out' : 'in';
    const key = `${a.relType}|${dir}`;
    const list = byType.get(key) ?? [];
    list.push({ other: s === id ? t : s, dir, shown: drawn.hasEdge(e) });
    byType.set(key, list);
  });
  if (!byType.size)
    return h('p', { class: 'muted' }, 'No links in view. Expand to bring in its neighbours.');
  return h(
    'ul',
    { class: 'rel-list' },
    [...byType.entries()].map(([key, list]) => {
      const [type, dir] = key.split('|') as [string, 'out' | 'in'];
      return h(
        'li',
        null,
        h(
          'span',
          { class: 'rel-type' },
          dir === 'out' ? `${relTypeLabel(type)} →` : `← ${relTypeLabel(type)}`,
        ),
        h(
          'span',
          { class: 'rel-targets' },
          list.slice(0, 30).map(({ other, shown }) => {
            const b = h(
              'button',
              {
                type: 'button',
                class: shown ? 'chip chip-link' : 'chip chip-link is-filtered-out',
                dataset: { nodeId: other },
                ...(shown ? {} : { title: 'Not drawn: the filters or a hidden node keep it off' }),
              },
              ctx.dataset.nameOf(other),
            );
            b.addEventListener('click', () => void ctx.actions.select(other, { center: true }));
            return b;
          }),
          list.length > 30 ? h('span', { class: 'muted' }, ` and ${list.length - 30} more`) : null,
        ),
      );
    }),
  );
}

export class DetailsPanel {
  readonly el = h('div', { class: 'details', id: 'details' });
  private renderToken = 0;
  /** What filtersChanged does for the tab drawn. */
  private onFilters: (() => void) | null = null;

  constructor(private readonly ctx: AppContext) {}

  title(): string {
    const id = this.ctx.store.get().selected;
    return id ? this.ctx.dataset.nameOf(id) : 'Details';
  }

  /** The filters changed: what the open tab marks as hidden or counts as drawn is done again in place. */
  filtersChanged(): void {
    this.onFilters?.();
  }

  render(): void {
    const token = ++this.renderToken;
    this.onFilters = null;
    const { ctx } = this;
    const { selected: id, tab } = ctx.store.get();
    const g = ctx.dataset.graph;
    if (!id || !g.hasNode(id)) {
      this.el.replaceChildren(
        h('p', { class: 'muted' }, id ? 'Loading…' : 'Select a node to see its details.'),
      );
      return;
    }
    const a = g.getNodeAttributes(id) as NodeAttrs;
    const group = GROUP_BY_KEY[kindGroup(a.category, a.kind ?? null)];
    const hasSaid = true;
    const current: DetailTab = tab === 'said' && hasSaid ? 'said' : 'info';

    // Collapse takes back every expansion of the node, all its links' and each type's.
    const expanded = ctx.dataset.expansionsOf(id).length > 0;
    const expandBtn = h(
      'button',
      {
        type: 'button',
        class: 'btn btn-primary',
        id: 'expand-btn',
        dataset: { action: expanded ? 'collapse' : 'expand' },
      },
      expanded ? 'Collapse' : 'Expand neighbours',
    );
    expandBtn.addEventListener(
      'click',
      () => void (expanded ? ctx.actions.collapse(id) : ctx.actions.expand(id)),
    );
    const hideBtn = h('button', { type: 'button', class: 'btn', id: 'hide-btn' }, 'Hide');
    hideBtn.addEventListener('click', () => ctx.actions.hide(id));
    const centreBtn = h('button', { type: 'button', class: 'btn' }, 'Centre');
    centreBtn.addEventListener('click', () => ctx.actions.focusNode(id));
    // A place: where it is, on the Map.
    const mapBtn =
      a.category === 'Place'
        ? h('button', { type: 'button', class: 'btn', id: 'show-on-map' }, 'Show on the map')
        : null;
    mapBtn?.addEventListener('click', () =>
      ctx.store.set({ panel: 'map', mapFocus: { id, locate: false } }),
    );
    // A place with no coordinates (one a linked article brought in): the Map's form places it.
    const placeBtn =
      a.category === 'Place' && (a as Record<string, unknown>).lat == null
        ? h(
            'button',
            { type: 'button', class: 'btn', id: 'place-on-map', title: `Say where ${a.name} is` },
            'Place it on the map…',
          )
        : null;
    placeBtn?.addEventListener('click', () => openPlacing(ctx, id));
    const merge = mergeControls(ctx, id, a);

    const tabs = (['info', 'said'] as const).map((t) => {
      const b = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${t}`,
          class: 'tab',
          'aria-selected': String(t === current),
          'aria-controls': 'tab-panel',
          tabindex: t === current ? '0' : '-1',
        },
        t === 'info' ? 'Details' : 'Who said what',
      );
      b.addEventListener('click', () => ctx.store.set({ tab: t }));
      b.addEventListener('keydown', (e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next = t === 'info' ? 'said' : 'info';
          ctx.store.set({ tab: next });
          requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
        }
      });
      return b;
    });
    const body = h('div', {
      id: 'tab-panel',
      role: 'tabpanel',
      class: 'tab-panel',
      'aria-labelledby': `tab-${current}`,
      dataset: { tab: current },
    });

    const previous = ctx.actions.previousSelection();
    const backBtn = previous
      ? h(
          'button',
          {
            type: 'button',
            class: 'link-btn details-back',
            id: 'details-back',
            title: 'Back to the node selected before (Alt+←)',
            'aria-keyshortcuts': 'Alt+ArrowLeft',
            'aria-label': `Back to ${previous.name}`,
          },
          `← ${previous.name}`,
        )
      : null;
    backBtn?.addEventListener('click', () => void ctx.actions.back());
    this.el.replaceChildren(
      h(
        'header',
        { class: 'node-head', dataset: { nodeId: id, category: String(a.category) } },
        backBtn,
        h(
          'p',
          { class: 'node-kind' },
          svgShape(group.shape, group.color, 16),
          h('span', null, `${a.kind ?? ''} ${String(a.category).toLowerCase()}`.trim()),
        ),
        // A claim's full statement is shown under Who said what; its head stays short.
        h(
          'h2',
          { class: a.category === 'Claim' ? 'node-name is-claim' : 'node-name', id: 'node-name' },
          a.name,
        ),
        a.aliases && a.aliases.length
          ? h(
              'p',
              { class: 'aliases' },
              h('span', { class: 'muted' }, 'Also known as: '),
              a.aliases.join(' · '),
            )
          : null,
        h(
          'div',
          { class: 'actions' },
          expandBtn,
          hideBtn,
          centreBtn,
          mapBtn,
          placeBtn,
          merge.button,
        ),
        merge.panel,
      ),
      h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Node views' }, tabs),
      body,
    );

    if (current === 'said') {
      void renderWhoSaidWhat(ctx, id, a, body);
      // Filters that hide or show claims change how many of a narrowed list the graph lights up.
      this.onFilters = () => recountDrawn(body);
      return;
    }
    const propsBox = h(
      'section',
      { class: 'props-box' },
      h('h3', null, 'Properties'),
      h('p', { class: 'loading' }, 'Loading…'),
    );
    const dbBox = h('section', { class: 'db-box' });
    const inViewList = rebuildable(() => relationsInView(ctx, id));
    body.append(
      propsBox,
      merge.button ? mergedHereBox(ctx, id) : '',
      dbBox,
      h('section', null, h('h3', null, 'Links in view'), inViewList.el),
    );
    this.onFilters = inViewList.rebuild;
    void cached(`node:${id}`, () => ctx.api.node(id))
      .then((d) => {
        if (token !== this.renderToken) return;
        propsBox.replaceChildren(h('h3', null, 'Properties'), propsTable(d));
        const linked = sourceRemovalBox(ctx, id, d);
        if (linked) propsBox.after(linked);
        const table = rebuildable(() => linksTable(ctx, id, d.degree));
        dbBox.append(
          h(
            'h3',
            null,
            'Links in the database ',
            h('span', { class: 'count' }, plural(d.degree.total, 'link')),
          ),
          table.el,
        );
        this.onFilters = () => {
          table.rebuild();
          inViewList.rebuild();
        };
      })
      .catch((err) => {
        if (token !== this.renderToken) return;
        propsBox.replaceChildren(
          h('h3', null, 'Properties'),
          failureNote('Could not load details', err, () => this.render()),
        );
      });
  }
}
