/** The top bar: search, panels, undo, layout, export, link. */
import { activeFilterCount } from '../core/filters';
import type { PanelId } from '../core/url-state';
import { Autocomplete } from './autocomplete';
import type { AppContext } from './context';
import { h } from './dom';

export function mountToolbar(root: HTMLElement, ctx: AppContext): { search: Autocomplete } {
  const { actions, store } = ctx;
  const search = new Autocomplete({
    api: ctx.api,
    id: 'search',
    label: 'Search people, organisations, places, sources',
    // Short enough to be read whole in the narrowest search box (1280 px).
    placeholder: 'Search…  ( / )',
    className: 'search',
    onPick: (r) => {
      void actions.select(r.id, { center: true }).then(() => {
        store.set({ highlight: { kind: 'search', nodes: [r.id], edges: [] } });
      });
    },
  });

  const panelButton = (panel: PanelId, label: string, title: string) => {
    const b = h(
      'button',
      { type: 'button', class: 'tb-btn', 'aria-pressed': 'false', title, dataset: { panel } },
      label,
    );
    b.addEventListener('click', () => {
      if (panel === 'filters') store.set({ filtersOpen: !store.get().filtersOpen });
      else actions.openPanel(store.get().panel === panel ? null : panel);
    });
    return b;
  };

  const filtersBtn = panelButton('filters', 'Filters', 'Show or hide the filters (F)');
  const figuresBtn = panelButton('figures', 'Figures', 'Numbers over time, by speaker');
  const disputesBtn = panelButton(
    'disputes',
    'Disputes',
    'Where sources disagree: claims that cannot both hold, and figures that disagree; and where they agree',
  );
  const sourcesBtn = panelButton(
    'sources',
    'Sources',
    'Every source: its claims, its speakers, and how many of its claims are in dispute or borne out',
  );
  const timelineBtn = panelButton(
    'timeline',
    'Timeline',
    'Who said what, when: the claims in view by date, a row per speaker',
  );
  const mapBtn = panelButton(
    'map',
    'Map',
    'Where: the places the claims are about, on a map, with who said most about each',
  );
  const pathBtn = panelButton('path', 'Path', 'Shortest path between two entities');
  const cypherBtn = panelButton('cypher', 'Cypher', 'Query the graph in Cypher');
  const ingestTitle =
    'Paste a new article: review the entities and claims Claimgraph finds, then add it';
  const ingestBtn = panelButton('ingest', '+ Add source', ingestTitle);
  ingestBtn.id = 'ingest-btn';
  ingestBtn.classList.add('tb-btn-add');

  const undoBtn = h(
    'button',
    { type: 'button', class: 'tb-btn', id: 'undo', disabled: true, title: 'Undo (Ctrl+Z)' },
    'Undo',
  );
  undoBtn.addEventListener('click', () => actions.undo());
  const layoutBtn = h(
    'button',
    { type: 'button', class: 'tb-btn', id: 'relayout', title: 'Run the layout again' },
    'Layout',
  );
  layoutBtn.addEventListener('click', () => actions.relayout());
  const fitBtn = h(
    'button',
    { type: 'button', class: 'tb-btn', title: 'Fit the graph to the screen' },
    'Fit',
  );
  fitBtn.addEventListener('click', () => actions.fit());

  const exportMenu = h('div', { class: 'menu', role: 'menu', hidden: true, id: 'export-menu' });
  const exportBtn = h(
    'button',
    {
      type: 'button',
      class: 'tb-btn',
      id: 'export-btn',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': 'export-menu',
    },
    'Export ▾',
  );
  const closeMenu = () => {
    exportMenu.hidden = true;
    exportBtn.setAttribute('aria-expanded', 'false');
  };
  for (const [fmt, label] of [
    ['png', 'Image (PNG)'],
    ['gexf', 'Graph (GEXF, for Gephi)'],
    ['json', 'Graph and view (JSON)'],
    ['claims', 'Claims in view (CSV)'],
  ] as const) {
    const item = h(
      'button',
      { type: 'button', role: 'menuitem', class: 'menu-item', dataset: { format: fmt } },
      label,
    );
    item.addEventListener('click', () => {
      closeMenu();
      void actions.exportAs(fmt);
    });
    exportMenu.append(item);
  }
  exportBtn.addEventListener('click', () => {
    const open = exportMenu.hidden;
    exportMenu.hidden = !open;
    exportBtn.setAttribute('aria-expanded', String(open));
    if (open) (exportMenu.firstElementChild as HTMLElement | null)?.focus();
  });
  exportMenu.addEventListener('keydown', (e) => {
    const items = [...exportMenu.querySelectorAll<HTMLElement>('.menu-item')];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      closeMenu();
      exportBtn.focus();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      items[(i + 1) % items.length]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i - 1 + items.length) % items.length]?.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!exportMenu.hidden && !exportMenu.parentElement?.contains(e.target as Node)) closeMenu();
  });

  const linkBtn = h(
    'button',
    { type: 'button', class: 'tb-btn', title: 'Copy a link to this view' },
    'Copy link',
  );
  linkBtn.addEventListener('click', () => void actions.copyLink());

  root.append(
    h(
      'a',
      { class: 'brand', href: '/', title: 'Claimgraph: back to the overview' },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◆'),
      'Claimgraph',
    ),
    search.root,
    h(
      'nav',
      { class: 'tb-group', 'aria-label': 'Panels' },
      filtersBtn,
      figuresBtn,
      disputesBtn,
      sourcesBtn,
      timelineBtn,
      mapBtn,
      pathBtn,
      cypherBtn,
    ),
    h(
      'div',
      { class: 'tb-group', role: 'group', 'aria-label': 'Graph' },
      undoBtn,
      layoutBtn,
      fitBtn,
    ),
    h(
      'div',
      { class: 'tb-group tb-right' },
      ingestBtn,
      h('div', { class: 'menu-wrap' }, exportBtn, exportMenu),
      linkBtn,
    ),
  );

  const update = () => {
    const s = store.get();
    filtersBtn.setAttribute('aria-pressed', String(s.filtersOpen));
    const n = activeFilterCount(s.filters);
    filtersBtn.textContent = n ? `Filters (${n})` : 'Filters';
    for (const [b, p] of [
      [figuresBtn, 'figures'],
      [disputesBtn, 'disputes'],
      [sourcesBtn, 'sources'],
      [timelineBtn, 'timeline'],
      [mapBtn, 'map'],
      [pathBtn, 'path'],
      [cypherBtn, 'cypher'],
      [ingestBtn, 'ingest'],
    ] as const)
      b.setAttribute('aria-pressed', String(s.panel === p));
    // A review left open while the analyst looks elsewhere (a clash's claim, say) says so.
    const waiting = s.reviewWaiting && s.panel !== 'ingest';
    // Filled, not relabelled: a longer label pushes Export and Copy link off a 1280 px toolbar.
    ingestBtn.classList.toggle('has-waiting', waiting);
    ingestBtn.title = waiting
      ? 'A review waits here: back to the review of the article'
      : ingestTitle;
    if (waiting) ingestBtn.setAttribute('aria-label', 'Add source: a review waits here');
    else ingestBtn.removeAttribute('aria-label');
    undoBtn.disabled = !ctx.dataset.canUndo;
    undoBtn.title = ctx.dataset.undoLabel
      ? `Undo “${ctx.dataset.undoLabel}” (Ctrl+Z)`
      : 'Nothing to undo';
  };
  store.subscribe(update);
  ctx.dataset.onChange(update);
  update();
  return { search };
}
