/**
 * The details panel's links in the database: per relationship type, how many
 * the node has, how many are in view, and the buttons that bring a type's
 * links in a page at a time (a hub's 60,000 links are read 60 at a time) or
 * take them back.
 */
import type { NodeDetails } from '../core/api';
import { relTypeLabel } from '../core/appearance';
import { formatCount } from '../core/format';
import { nextPageSize } from '../core/graph';
import type { AppContext } from './context';
import { h } from './dom';

/** Per type, the links out of and into the node, in the order the API lists them. */
function byType(degree: NodeDetails['degree']): { type: string; out: number; in: number }[] {
  const rows = new Map<string, { type: string; out: number; in: number }>();
  for (const d of degree.byType) {
    const row = rows.get(d.type) ?? { type: d.type, out: 0, in: 0 };
    if (d.direction === 'out') row.out += d.count;
    else row.in += d.count;
    rows.set(d.type, row);
  }
  return [...rows.values()];
}

/** "said →", "← about", "allied with (→ 12, ← 3)". */
function linkName(r: { type: string; out: number; in: number }): string {
  const name = relTypeLabel(r.type);
  if (r.out && r.in) return `${name} (→ ${formatCount(r.out)}, ← ${formatCount(r.in)})`;
  return r.out ? `${name} →` : `← ${name}`;
}

interface InView {
  /** Links in the dataset graph. */
  brought: number;
  /** Of those, links the filters or hidden nodes keep off the canvas. */
  filteredOut: number;
}

/** Links of the node in the dataset graph (all, key null, or one type's), and how many are not drawn. */
function inView(ctx: AppContext, id: string): Map<string | null, InView> {
  const drawn = ctx.filtered();
  const counts = new Map<string | null, InView>();
  const add = (key: string | null, out: boolean) => {
    const c = counts.get(key) ?? { brought: 0, filteredOut: 0 };
    c.brought += 1;
    if (out) c.filteredOut += 1;
    counts.set(key, c);
  };
  ctx.dataset.graph.forEachEdge(id, (e, a) => {
    const out = !drawn.hasEdge(e);
    add(null, out);
    add(a.relType, out);
  });
  return counts;
}

/** The "In view" cell: links brought in, and how many of them the filters hide. */
function inViewCell(c: InView | undefined): HTMLElement {
  const { brought, filteredOut } = c ?? { brought: 0, filteredOut: 0 };
  return h(
    'td',
    { class: 'num', dataset: { count: String(brought), filteredOut: String(filteredOut) } },
    formatCount(brought),
    filteredOut
      ? h(
          'span',
          {
            class: 'filtered-out',
            title: `${formatCount(filteredOut)} of these are not drawn: filters or hidden nodes keep them off the canvas`,
          },
          ` (${formatCount(filteredOut)} hidden)`,
        )
      : null,
  );
}

export function linksTable(
  ctx: AppContext,
  id: string,
  degree: NodeDetails['degree'],
): HTMLElement {
  const shown = inView(ctx, id);
  const name = ctx.dataset.nameOf(id);

  const button = (label: string, action: string, aria: string, run: () => void) => {
    const b = h(
      'button',
      { type: 'button', class: 'btn btn-small', dataset: { action }, 'aria-label': aria },
      label,
    );
    b.addEventListener('click', () => {
      b.disabled = true;
      run();
    });
    return b;
  };

  const actionsFor = (type: string | null, total: number) => {
    const what = type ? `the ${relTypeLabel(type)} links of ${name}` : `the links of ${name}`;
    const e = ctx.dataset.expansion(id, type);
    const buttons: HTMLElement[] = [];
    if (!e) {
      if ((shown.get(type)?.brought ?? 0) < total)
        buttons.push(
          button(type ? 'Bring in' : 'Expand', 'expand', `Bring in ${what}`, () => {
            void ctx.actions.expand(id, { type });
          }),
        );
    } else {
      const more = nextPageSize(e);
      if (more)
        buttons.push(
          button(
            `Next ${formatCount(more)}`,
            'more',
            `Bring in ${formatCount(more)} more of ${what}`,
            () => {
              void ctx.actions.expand(id, { type });
            },
          ),
        );
      buttons.push(
        button('Take back', 'take-back', `Take back ${what}`, () => ctx.actions.takeBack(id, type)),
      );
    }
    return buttons.length ? buttons : [h('span', { class: 'muted' }, 'all in view')];
  };

  const row = (type: string | null, label: string, total: number) =>
    h(
      'tr',
      { dataset: { relType: type ?? '' } },
      h('th', { scope: 'row', class: 'rel-type' }, label),
      h('td', { class: 'num', dataset: { count: String(total) } }, formatCount(total)),
      inViewCell(shown.get(type)),
      h('td', { class: 'link-actions' }, actionsFor(type, total)),
    );

  return h(
    'table',
    { class: 'links-table' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Link'),
        h('th', { scope: 'col', class: 'num' }, 'In database'),
        h('th', { scope: 'col', class: 'num' }, 'In view'),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')),
      ),
    ),
    h(
      'tbody',
      null,
      row(null, 'all links', degree.total),
      byType(degree).map((r) => row(r.type, linkName(r), r.out + r.in)),
    ),
  );
}
