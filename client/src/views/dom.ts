/** A tiny DOM builder: h('button', {class: 'x', onclick}, 'Label'). */
import { formatCount, plural } from '../core/format';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, unknown>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') {
        el.addEventListener(k.slice(2).toLowerCase(), v as EventListener);
      } else if (k === 'class') el.className = String(v);
      else if (k === 'dataset') Object.assign(el.dataset, v as Record<string, string>);
      else if (k === 'text') el.textContent = String(v);
      else if (v === true) el.setAttribute(k, '');
      else el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

export function clear(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

export function svgShape(shape: string, color: string, size = 14): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '-10 -10 20 20');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('shape-icon');
  let el: SVGElement;
  const poly = (pts: [number, number][]) => {
    const p = document.createElementNS(ns, 'polygon');
    p.setAttribute('points', pts.map(([x, y]) => `${x},${y}`).join(' '));
    return p;
  };
  const regular = (n: number, r: number, rot: number) =>
    poly(
      Array.from({ length: n }, (_, i) => {
        const a = rot + (i * 2 * Math.PI) / n;
        return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
      }),
    );
  switch (shape) {
    case 'square':
      el = poly([
        [-7.5, -7.5],
        [7.5, -7.5],
        [7.5, 7.5],
        [-7.5, 7.5],
      ]);
      break;
    case 'diamond':
      el = poly([
        [0, -9.5],
        [9.5, 0],
        [0, 9.5],
        [-9.5, 0],
      ]);
      break;
    case 'triangle':
      el = regular(3, 9.5, -Math.PI / 2);
      break;
    case 'hexagon':
      el = regular(6, 9, 0);
      break;
    case 'star': {
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 ? 4 : 9.5;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push([r * Math.cos(a), r * Math.sin(a)]);
      }
      el = poly(pts);
      break;
    }
    case 'ring': {
      const c = document.createElementNS(ns, 'circle');
      c.setAttribute('r', '6.5');
      c.setAttribute('fill', 'none');
      c.setAttribute('stroke', color);
      c.setAttribute('stroke-width', '4.5');
      svg.append(c);
      return svg;
    }
    default: {
      const c = document.createElementNS(ns, 'circle');
      c.setAttribute('r', '8.5');
      el = c;
    }
  }
  el.setAttribute('fill', color);
  svg.append(el);
  return svg;
}

/**
 * Draws a long list a page at a time into `parent`: the first `page` items now,
 * the next on each click of the button returned (null when all fit). Thousands
 * of rows drawn at once hold the page for a second.
 */
export function appendPaged<T>(
  parent: HTMLElement,
  items: readonly T[],
  render: (item: T) => Node,
  opts: { page: number; noun: string },
): HTMLButtonElement | null {
  let shown = 0;
  const button = h('button', { type: 'button', class: 'btn more-btn' });
  const more = () => {
    const next = items.slice(shown, shown + opts.page);
    parent.append(...next.map(render));
    shown += next.length;
    const left = items.length - shown;
    if (left === 0) button.remove();
    else button.textContent = nextPageLabel(left, opts.page, opts.noun);
  };
  button.addEventListener('click', more);
  more();
  return shown < items.length ? button : null;
}

/** The button under a paged list: "Show 200 more (2,911 figures not shown)". */
export function nextPageLabel(left: number, page: number, noun: string): string {
  return `Show ${formatCount(Math.min(left, page))} more (${plural(left, noun)} not shown)`;
}

/**
 * An element that can be built again in place: `rebuild()` replaces the
 * current one in the document with a fresh `build()`, and `el` is the current one.
 */
export function rebuildable(build: () => HTMLElement): {
  readonly el: HTMLElement;
  rebuild: () => void;
} {
  let el = build();
  return {
    get el() {
      return el;
    },
    rebuild: () => {
      const fresh = build();
      el.replaceWith(fresh);
      el = fresh;
    },
  };
}

/**
 * `button` shows and hides `panel` (aria-expanded follows); Escape inside the
 * panel hides it and gives the focus back to the button. `onOpen` resets the
 * panel each time it is shown. Returns the function that hides it.
 */
export function disclosure(
  button: HTMLButtonElement,
  panel: HTMLElement,
  onOpen: () => void,
): () => void {
  const close = () => {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      close();
    }
  });
  button.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) onOpen();
  });
  return close;
}

/**
 * A titled table of rows (the figures' and the timeline's look): its heading,
 * its columns, the body the caller fills, and whatever follows (a "Show more").
 */
export function tableBox(
  attrs: Attrs,
  heading: string,
  columns: readonly string[],
  body: HTMLTableSectionElement,
  ...after: (Child | Child[])[]
): HTMLElement {
  return h(
    'section',
    { ...attrs, class: 'figure-table-box' },
    h('h3', null, heading),
    h(
      'table',
      { class: 'figure-table' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          columns.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      body,
    ),
    ...after,
  );
}
