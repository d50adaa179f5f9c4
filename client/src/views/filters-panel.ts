/** Filters: kinds, relation types, sources and a date range. The graph follows as you change them. */
import { RELATION_TYPES } from '../core/api';
import { GROUPS, RELATION_COLORS, relTypeLabel } from '../core/appearance';
import { formatDate } from '../core/claims';
import { DEFAULT_FILTERS, isDefaultFilters, toggle, type Filters } from '../core/filters';
import { plural } from '../core/format';
import type { AppContext } from './context';
import { h, svgShape } from './dom';

export function mountFilters(root: HTMLElement, ctx: AppContext): () => void {
  const { store } = ctx;
  const setF = (patch: Partial<Filters>) =>
    store.set({ filters: { ...store.get().filters, ...patch } });

  const kinds = h('fieldset', { class: 'fs' }, h('legend', null, 'Kinds'));
  for (const g of GROUPS) {
    const cb = h('input', {
      type: 'checkbox',
      id: `f-kind-${g.group}`,
      dataset: { group: g.group },
    });
    cb.addEventListener('change', () =>
      setF({ hiddenKinds: toggle(store.get().filters.hiddenKinds, g.group, !cb.checked) }),
    );
    kinds.append(
      h('label', { class: 'check', for: cb.id }, cb, svgShape(g.shape, g.color, 13), g.label),
    );
  }

  const rels = h('fieldset', { class: 'fs' }, h('legend', null, 'Relation types'));
  for (const r of RELATION_TYPES) {
    const cb = h('input', { type: 'checkbox', id: `f-rel-${r}`, dataset: { rel: r } });
    cb.addEventListener('change', () =>
      setF({ hiddenRels: toggle(store.get().filters.hiddenRels, r, !cb.checked) }),
    );
    rels.append(
      h(
        'label',
        { class: 'check', for: cb.id },
        cb,
        h('span', { class: 'swatch', style: `background:${RELATION_COLORS[r]}` }),
        relTypeLabel(r),
      ),
    );
  }

  const sourceList = h('div', { class: 'source-list', id: 'f-sources' });
  const sources = h(
    'fieldset',
    { class: 'fs' },
    h('legend', null, 'Sources'),
    h('p', { class: 'hint' }, 'None ticked: all sources.'),
    sourceList,
  );

  const from = h('input', { type: 'date', id: 'f-from', min: '2000-01-01', max: '2100-12-31' });
  const to = h('input', { type: 'date', id: 'f-to', min: '2000-01-01', max: '2100-12-31' });
  const undated = h('input', { type: 'checkbox', id: 'f-undated' });
  from.addEventListener('change', () => setF({ from: from.value || null }));
  to.addEventListener('change', () => setF({ to: to.value || null }));
  undated.addEventListener('change', () => setF({ undated: undated.checked }));
  const dates = h(
    'fieldset',
    { class: 'fs' },
    h('legend', null, 'Date (claims and sources)'),
    h('div', { class: 'date-row' }, h('label', { for: 'f-from' }, 'From'), from),
    h('div', { class: 'date-row' }, h('label', { for: 'f-to' }, 'To'), to),
    h('label', { class: 'check', for: 'f-undated' }, undated, 'Keep undated items'),
  );

  const reset = h('button', { type: 'button', class: 'btn', id: 'f-reset' }, 'Reset filters');
  reset.addEventListener('click', () => store.set({ filters: DEFAULT_FILTERS }));
  const hiddenBox = h('div', { class: 'hidden-box' });
  const summary = h('p', { class: 'filter-summary', role: 'status', id: 'filter-summary' });

  root.append(
    h('div', { class: 'panel-head' }, h('h2', null, 'Filters'), reset),
    summary,
    hiddenBox,
    kinds,
    rels,
    dates,
    sources,
  );

  return () => {
    const f = store.get().filters;
    for (const cb of kinds.querySelectorAll<HTMLInputElement>('input[data-group]'))
      cb.checked = !f.hiddenKinds.includes(cb.dataset.group as never);
    for (const cb of rels.querySelectorAll<HTMLInputElement>('input[data-rel]'))
      cb.checked = !f.hiddenRels.includes(cb.dataset.rel!);
    if (document.activeElement !== from) from.value = f.from && f.from.length === 10 ? f.from : '';
    if (document.activeElement !== to) to.value = f.to && f.to.length === 10 ? f.to : '';
    undated.checked = f.undated;
    reset.disabled = isDefaultFilters(f);

    // Sources known to the graph, newest first; ticked ones stay listed.
    const g = ctx.dataset.graph;
    const known = g
      .filterNodes((_n, a) => a.category === 'Source')
      .map((n) => ({
        id: n,
        title: String(g.getNodeAttribute(n, 'name') ?? n),
        date: (g.getNodeAttribute(n, 'publishedDate') as string | null) ?? null,
      }));
    for (const id of f.sources)
      if (!known.some((k) => k.id === id)) known.push({ id, title: id, date: null });
    known.sort(
      (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title),
    );
    const key = known.map((k) => k.id).join('|');
    if (sourceList.dataset.key !== key) {
      sourceList.dataset.key = key;
      sourceList.replaceChildren(
        ...known.map((k) => {
          const cb = h('input', {
            type: 'checkbox',
            id: `f-src-${k.id}`,
            dataset: { source: k.id },
          });
          cb.addEventListener('change', () =>
            setF({ sources: toggle(store.get().filters.sources, k.id, cb.checked) }),
          );
          return h(
            'label',
            { class: 'check check-source', for: cb.id, title: k.title },
            cb,
            h('span', { class: 'src-title' }, k.title),
            h('span', { class: 'muted src-date' }, formatDate(k.date)),
          );
        }),
      );
      if (!known.length) sourceList.append(h('p', { class: 'muted' }, 'No sources in view yet.'));
    }
    for (const cb of sourceList.querySelectorAll<HTMLInputElement>('input[data-source]'))
      cb.checked = f.sources.includes(cb.dataset.source!);

    const fg = ctx.filtered();
    const total = ctx.dataset.graph.order;
    summary.textContent = `Showing ${plural(fg.order, 'node')} of ${total}, ${plural(fg.size, 'link')}.`;
    const hidden = ctx.dataset.hidden.size;
    hiddenBox.replaceChildren();
    if (hidden) {
      const b = h('button', { type: 'button', class: 'btn btn-small', id: 'unhide' }, 'Show them');
      b.addEventListener('click', () => ctx.actions.unhideAll());
      hiddenBox.append(h('p', null, `${plural(hidden, 'node')} hidden by hand. `, b));
    }
  };
}
