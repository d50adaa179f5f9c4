/**
 * An accessible combobox over GET /api/search: alias-aware suggestions,
 * arrow keys, Enter to pick, Escape to close. Used by the search box and the
 * path finder.
 */
import { describeError, isAbort, type ApiClient, type SearchResult } from '../core/api';
import { GROUP_BY_KEY, kindGroup } from '../core/appearance';
import { h, svgShape } from './dom';

export interface AutocompleteOptions {
  api: ApiClient;
  label: string;
  placeholder: string;
  types?: string[];
  id: string;
  onPick(result: SearchResult): void;
  /** Shown for a result: its kind and, when the match was an alias, that alias. */
  className?: string;
}

let counter = 0;

/** The alias that matched the query, when the name itself did not. */
export function matchedAlias(r: SearchResult, q: string): string | null {
  const needle = q.trim().toLowerCase();
  if (!needle || r.name.toLowerCase().includes(needle)) return null;
  return r.aliases.find((a) => a.toLowerCase().includes(needle)) ?? null;
}

export class Autocomplete {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly hint: HTMLElement;
  private results: SearchResult[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private controller: AbortController | null = null;
  picked: SearchResult | null = null;

  constructor(private readonly opts: AutocompleteOptions) {
    const listId = `ac-list-${++counter}`;
    this.input = h('input', {
      id: opts.id,
      type: 'search',
      class: 'ac-input',
      placeholder: opts.placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
    });
    this.list = h('ul', { id: listId, class: 'ac-list', role: 'listbox', hidden: true });
    this.hint = h('div', { class: 'ac-hint', hidden: true, role: 'status' });
    this.root = h(
      'div',
      { class: `ac ${opts.className ?? ''}` },
      h('label', { for: opts.id, class: 'visually-hidden' }, opts.label),
      this.input,
      this.list,
      this.hint,
    );
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('focus', () => {
      if (this.results.length) this.open(true);
    });
    this.input.addEventListener('blur', () => setTimeout(() => this.open(false), 150));
  }

  get value(): string {
    return this.input.value;
  }

  setValue(text: string, picked: SearchResult | null = null): void {
    this.input.value = text;
    this.picked = picked;
  }

  private schedule(): void {
    this.picked = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fetch(), 140);
  }

  private async fetch(): Promise<void> {
    const q = this.input.value.trim();
    this.controller?.abort();
    if (q.length < 2) {
      this.results = [];
      this.render(q);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.root.dataset.loading = 'true';
    try {
      const res = await this.opts.api.search(q, {
        types: this.opts.types,
        limit: 10,
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      this.results = res.results;
      this.active = this.results.length ? 0 : -1;
      this.render(q);
    } catch (err) {
      if (isAbort(err)) return;
      this.results = [];
      this.render(q, describeError(err));
    } finally {
      if (this.controller === controller) delete this.root.dataset.loading;
    }
  }

  private render(q: string, error?: string): void {
    this.list.replaceChildren(
      ...this.results.map((r, i) => {
        const group = GROUP_BY_KEY[kindGroup(r.category, r.kind)];
        const alias = matchedAlias(r, q);
        const li = h(
          'li',
          {
            id: `${this.list.id}-${i}`,
            role: 'option',
            class: 'ac-option',
            'aria-selected': String(i === this.active),
            dataset: { id: r.id },
          },
          svgShape(group.shape, group.color, 14),
          h(
            'span',
            { class: 'ac-name' },
            r.name,
            alias ? h('span', { class: 'ac-alias' }, ` (alias “${alias}”)`) : null,
          ),
          h('span', { class: 'ac-kind' }, r.kind ? `${r.kind}` : r.category.toLowerCase()),
        );
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          this.pick(i);
        });
        return li;
      }),
    );
    const noMatch = q.length >= 2 && !this.results.length;
    this.hint.hidden = !error && !noMatch;
    this.hint.textContent = error
      ? `Search failed: ${error}`
      : noMatch
        ? `No match for “${q}”`
        : '';
    this.hint.classList.toggle('is-error', Boolean(error));
    this.open(this.results.length > 0 && document.activeElement === this.input);
    this.updateActive();
  }

  private open(open: boolean): void {
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) this.hint.hidden = true;
  }

  private updateActive(): void {
    [...this.list.children].forEach((li, i) =>
      li.setAttribute('aria-selected', String(i === this.active)),
    );
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
      (this.list.children[this.active] as HTMLElement | undefined)?.scrollIntoView({
        block: 'nearest',
      });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.results.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      this.open(true);
      this.active = (this.active + 1) % n;
      this.updateActive();
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      this.active = (this.active - 1 + n) % n;
      this.updateActive();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.timer) {
        // Typed and hit Enter at once: search now, pick the best.
        clearTimeout(this.timer);
        this.timer = null;
        void this.fetch().then(() => this.results.length && this.pick(0));
      } else if (n) this.pick(Math.max(0, this.active));
    } else if (e.key === 'Escape') {
      if (!this.list.hidden) {
        e.preventDefault();
        e.stopPropagation();
        this.open(false);
      }
    }
  }

  private pick(i: number): void {
    const r = this.results[i];
    if (!r) return;
    this.picked = r;
    this.input.value = r.name;
    this.open(false);
    this.opts.onPick(r);
  }
}
