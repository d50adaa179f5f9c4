/** The legend: shape and colour per kind, with how many are on screen. Click toggles the kind. */
import {
  AGREED_COLOR,
  GROUPS,
  DISPUTED_COLOR,
  kindGroup,
  type KindGroup,
} from '../core/appearance';
import { toggle } from '../core/filters';
import type { AppContext } from './context';
import { h, svgShape } from './dom';

export function mountLegend(root: HTMLElement, ctx: AppContext): () => void {
  const counts = new Map<KindGroup, HTMLElement>();
  const items = new Map<KindGroup, HTMLButtonElement>();
  const list = h('ul', { class: 'legend-list' });
  for (const g of GROUPS) {
    const count = h('span', { class: 'legend-count' }, '0');
    counts.set(g.group, count);
    const btn = h(
      'button',
      {
        type: 'button',
        class: 'legend-item',
        title: `${g.label}: ${g.covers}. Click to show or hide.`,
        'aria-pressed': 'true',
        dataset: { group: g.group },
      },
      svgShape(g.shape, g.color, 14),
      h('span', { class: 'legend-label' }, g.label),
      count,
    );
    btn.addEventListener('click', () => {
      const f = ctx.store.get().filters;
      const hidden = f.hiddenKinds.includes(g.group);
      ctx.store.set({ filters: { ...f, hiddenKinds: toggle(f.hiddenKinds, g.group, !hidden) } });
    });
    items.set(g.group, btn);
    list.append(h('li', null, btn));
  }
  const disputed = h(
    'li',
    { class: 'legend-note' },
    h('span', { class: 'legend-ring', style: `border-color:${DISPUTED_COLOR}` }),
    'red outline: claim disputed by another source',
  );
  const contradiction = h(
    'li',
    { class: 'legend-note' },
    h('span', { class: 'legend-line', style: `background:${DISPUTED_COLOR}` }),
    'red line: two claims that cannot both hold',
  );
  const corroboration = h(
    'li',
    { class: 'legend-note' },
    h('span', { class: 'legend-line', style: `background:${AGREED_COLOR}` }),
    'green line: two claims that bear each other out',
  );
  list.append(disputed, contradiction, corroboration);
  const toggleBtn = h(
    'button',
    {
      type: 'button',
      class: 'legend-toggle',
      'aria-expanded': 'true',
      'aria-controls': 'legend-list',
      title: 'Show or hide the legend',
    },
    'Legend',
  );
  list.id = 'legend-list';
  toggleBtn.addEventListener('click', () => {
    const open = list.hidden;
    list.hidden = !open;
    toggleBtn.setAttribute('aria-expanded', String(open));
    root.classList.toggle('is-collapsed', !open);
  });
  root.append(h('h2', { class: 'legend-title' }, toggleBtn), list);

  return () => {
    const g = ctx.filtered();
    const n = new Map<KindGroup, number>();
    g.forEachNode((_id, a) => {
      const k = kindGroup(a.category, a.kind ?? null);
      n.set(k, (n.get(k) ?? 0) + 1);
    });
    const hidden = new Set(ctx.store.get().filters.hiddenKinds);
    for (const grp of GROUPS) {
      counts.get(grp.group)!.textContent = String(n.get(grp.group) ?? 0);
      const btn = items.get(grp.group)!;
      btn.setAttribute('aria-pressed', String(!hidden.has(grp.group)));
      btn.classList.toggle('is-off', hidden.has(grp.group));
    }
  };
}
