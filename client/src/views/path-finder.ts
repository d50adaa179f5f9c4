/** Path finder: two entities, their shortest paths (GET /api/paths), highlighted in the graph. */
import type { PathsResponse, SearchResult } from '../core/api';
import { relTypeLabel } from '../core/appearance';
import { plural } from '../core/format';
import { Autocomplete } from './autocomplete';
import type { AppContext } from './context';
import { h } from './dom';
import { failureNote } from './failure';

export class PathFinder {
  readonly el = h('div', { class: 'path-finder', id: 'path-finder' });
  private from: Autocomplete;
  private to: Autocomplete;
  private hops = h('select', { id: 'path-hops' });
  private result = h('div', { class: 'path-result', id: 'path-result', 'aria-live': 'polite' });
  private lastKey = '';

  constructor(private readonly ctx: AppContext) {
    const types = ['Actor', 'Unit', 'Place', 'Source', 'Claim'];
    this.from = new Autocomplete({
      api: ctx.api,
      id: 'path-from',
      label: 'From',
      placeholder: 'From… (type a name)',
      types,
      onPick: () => this.to.input.focus(),
    });
    this.to = new Autocomplete({
      api: ctx.api,
      id: 'path-to',
      label: 'To',
      placeholder: 'To… (type a name)',
      types,
      onPick: () => void this.find(),
    });
    for (let i = 1; i <= 6; i++)
      this.hops.append(
        h('option', { value: String(i), selected: i === 4 }, `${i} hop${i > 1 ? 's' : ''}`),
      );
    const go = h(
      'button',
      { type: 'button', class: 'btn btn-primary', id: 'path-go' },
      'Find path',
    );
    go.addEventListener('click', () => void this.find());
    const swap = h(
      'button',
      { type: 'button', class: 'btn', title: 'Swap the two ends' },
      '⇅ Swap',
    );
    swap.addEventListener('click', () => {
      const [a, ap, b, bp] = [this.from.value, this.from.picked, this.to.value, this.to.picked];
      this.from.setValue(b, bp);
      this.to.setValue(a, ap);
    });
    this.el.append(
      h(
        'p',
        { class: 'hint' },
        'Pick two entities. The shortest chains of links between them are drawn on the graph.',
      ),
      h(
        'div',
        { class: 'path-field' },
        h('span', { class: 'field-label' }, 'From'),
        this.from.root,
      ),
      h('div', { class: 'path-field' }, h('span', { class: 'field-label' }, 'To'), this.to.root),
      h(
        'div',
        { class: 'path-controls' },
        h('label', { for: 'path-hops' }, 'At most '),
        this.hops,
        go,
        swap,
      ),
      this.result,
    );
  }

  title(): string {
    return 'Path finder';
  }

  /** Restores a path from the URL. */
  async restore(path: { from: string; to: string; maxHops: number }): Promise<void> {
    const key = `${path.from}|${path.to}|${path.maxHops}`;
    if (key === this.lastKey) return;
    this.from.setValue(this.ctx.dataset.nameOf(path.from), { id: path.from } as SearchResult);
    this.to.setValue(this.ctx.dataset.nameOf(path.to), { id: path.to } as SearchResult);
    this.hops.value = String(path.maxHops);
    await this.run(path.from, path.to, path.maxHops);
  }

  private async resolve(ac: Autocomplete): Promise<string | null> {
    if (ac.picked) return ac.picked.id;
    const q = ac.value.trim();
    if (!q) return null;
    const res = await this.ctx.api.search(q, { limit: 1 });
    const r = res.results[0];
    if (r) ac.setValue(r.name, r);
    return r?.id ?? null;
  }

  async find(): Promise<void> {
    try {
      const [from, to] = await Promise.all([this.resolve(this.from), this.resolve(this.to)]);
      if (!from || !to) {
        this.result.replaceChildren(
          h('p', { class: 'error', role: 'alert' }, 'Pick both ends from the suggestions.'),
        );
        return;
      }
      await this.run(from, to, Number(this.hops.value));
    } catch (err) {
      // The ends' lookup failed (a search): the same words and Try again as the search itself.
      this.result.replaceChildren(
        failureNote('Could not look up the two ends', err, () => void this.find()),
      );
    }
  }

  private async run(from: string, to: string, maxHops: number): Promise<void> {
    const { ctx } = this;
    this.lastKey = `${from}|${to}|${maxHops}`;
    this.result.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Looking for paths…'));
    let res: PathsResponse;
    try {
      res = await ctx.status.track('Finding paths', ctx.api.paths(from, to, { maxHops }));
    } catch (err) {
      this.result.replaceChildren(
        failureNote('Path search failed', err, () => void this.run(from, to, maxHops)),
      );
      return;
    }
    ctx.store.set({ path: { from, to, maxHops } });
    if (!res.paths.length) {
      this.result.dataset.count = '0';
      this.result.replaceChildren(
        h('p', { class: 'muted' }, `No path of ${maxHops} hops or fewer between them.`),
      );
      ctx.store.set({ highlight: null });
      return;
    }
    ctx.actions.addGraph(res.graph, `path:${from}:${to}`, 'add path');
    const name = (id: string) => {
      const n = res.graph.nodes.find((x) => x.key === id);
      return n ? String(n.attributes.name) : ctx.dataset.nameOf(id);
    };
    const edgeOf = new Map(res.graph.edges.map((e) => [e.key, e]));
    const show = (i: number) => {
      const p = res.paths[i]!;
      ctx.store.set({ highlight: { kind: 'path', nodes: p.nodes, edges: p.edges } });
      void ctx.actions.focusNodes(p.nodes);
      [...this.result.querySelectorAll('.path-item')].forEach((el, j) =>
        el.classList.toggle('is-active', j === i),
      );
    };
    this.result.dataset.count = String(res.paths.length);
    this.result.replaceChildren(
      h(
        'p',
        null,
        `${plural(res.paths.length, 'shortest path')} of ${plural(res.paths[0]!.edges.length, 'hop')}.`,
      ),
      h(
        'ol',
        { class: 'path-list' },
        res.paths.map((p, i) => {
          const steps: (HTMLElement | string)[] = [];
          p.nodes.forEach((n, j) => {
            const b = h(
              'button',
              { type: 'button', class: 'chip chip-link', dataset: { nodeId: n } },
              name(n),
            );
            b.addEventListener('click', (e) => {
              e.stopPropagation();
              void ctx.actions.select(n, { center: true });
            });
            steps.push(b);
            const ek = p.edges[j];
            if (ek) {
              const e = edgeOf.get(ek);
              const rel = relTypeLabel(String(e?.attributes.relType ?? ''));
              const forward = !e || e.source === n;
              steps.push(h('span', { class: 'path-rel' }, forward ? ` —${rel}→ ` : ` ←${rel}— `));
            }
          });
          const li = h(
            'li',
            {
              class: 'path-item',
              tabindex: '0',
              role: 'button',
              'aria-label': `Highlight path ${i + 1}`,
            },
            steps,
          );
          li.addEventListener('click', () => show(i));
          li.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              show(i);
            }
          });
          return li;
        }),
      ),
    );
    show(0);
  }
}
