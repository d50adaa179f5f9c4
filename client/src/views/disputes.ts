/**
 * Where sources disagree, all in one list: the recorded contradictions (claims
 * that cannot both hold, with why) and, by measure, the figures of different
 * speakers that cannot both be right, with the pairs widest apart. Each claim opens
 * in the graph; each measure opens in the figures view. Of the whole graph, or
 * of the claims in view (each pair with one of them on a side), which it follows.
 */
import {
  DISPUTES_IDS_MAX,
  type ContradictionJson,
  type ContradictionsResponse,
  type DisputesInViewResponse,
  type SourcedPair,
} from '../core/api';
import { shortLabel } from '../core/appearance';
import {
  contradictionMatches,
  formatDate,
  measureLabel,
  recordedWhen,
  reportName,
} from '../core/claims';
import { claimsInView } from '../core/display';
import {
  claimsInViewWords,
  formatCount,
  formatFactor,
  NO_CLAIMS_IN_VIEW,
  plural,
} from '../core/format';
import { claimLink, figureSide } from './claim-card';
import { recordedPairsCsvButton, figurePairsCsvButton } from './claims-csv';
import type { AppContext } from './context';
import { appendPaged, h } from './dom';
import { failureNote } from './failure';
import { followView } from './follow-view';
import { ScopeChoice } from './scope-choice';

/** Contradictions drawn at once; the rest on request. */
const LIST_PAGE = 200;

/** The figures part of what the panel lists: /api/figures' for the graph, or the claims in view's. */
type FigureDisputes = DisputesInViewResponse['figures'];

/** What a render draws, and whether every part of it was read. */
interface Drawn {
  parts: HTMLElement[];
  ok: boolean;
}

/** The claims in view the panel lists the disputes of: those asked about, of how many. */
interface InView {
  ids: string[];
  total: number;
}

export class DisputesView {
  readonly el = h('div', { class: 'disputes', id: 'disputes' });
  private readonly body = h('div', { class: 'disputes-body' });
  private readonly scope = new ScopeChoice(
    'disputes',
    { view: 'Claims in view', all: 'The whole graph' },
    (inView) => {
      this.ctx.store.set({ disputesInView: inView });
      void this.render();
    },
  );
  /** The latest render: an older one that answers late draws nothing. */
  private generation = 0;
  /** The claims in view last listed (sorted ids, joined): a view that moved back lists nothing new. */
  private listedKey: string | null = null;

  constructor(private readonly ctx: AppContext) {
    this.el.append(this.scope.el, this.body);
    // Of the claims in view, the list follows the view while the panel is open.
    followView(
      ctx.display,
      () => this.el.isConnected && ctx.store.get().disputesInView,
      () => {
        if (this.inViewKey() !== this.listedKey) void this.render();
      },
    );
  }

  title(): string {
    return 'Where sources disagree';
  }

  /** What the analyst typed to narrow the contradictions (kept in the link as dq=). */
  private typed(): string {
    return this.ctx.store.get().narrow ?? '';
  }

  /** The claims in view, as the list of them is keyed. */
  private inViewKey(): string {
    return claimsInView(this.ctx.display).join('\n');
  }

  /** Reads the lists afresh each time the panel opens: analysts record and take back pairs. */
  async render(): Promise<void> {
    const generation = ++this.generation;
    const inView = this.ctx.store.get().disputesInView;
    this.scope.show(inView);
    this.el.dataset.scope = inView ? 'view' : 'all';
    this.el.dataset.state = 'loading';
    this.body.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading disputes…'));
    const drawn = inView ? await this.inViewLists() : await this.graphLists();
    if (generation !== this.generation) return;
    this.body.replaceChildren(...drawn.parts);
    this.el.dataset.state = drawn.ok ? 'ready' : 'error';
  }

  /** The graph's recorded contradictions and disagreeing figures, each failing apart. */
  private async graphLists(): Promise<Drawn> {
    this.listedKey = null;
    const [recorded, figures] = await Promise.allSettled([
      this.ctx.api.contradictions(),
      this.ctx.api.figures(null, { points: 'none' }),
    ]);
    return {
      parts: [
        recorded.status === 'fulfilled'
          ? this.contradictions(recorded.value, null)
          : failureNote(
              'Could not load the contradictions',
              recorded.reason,
              () => void this.render(),
            ),
        figures.status === 'fulfilled'
          ? this.figures(figures.value, null)
          : failureNote('Could not load the figures', figures.reason, () => void this.render()),
      ],
      ok: recorded.status === 'fulfilled' && figures.status === 'fulfilled',
    };
  }

  /** The same lists for the claims in view: the pairs with one of them on a side. */
  private async inViewLists(): Promise<Drawn> {
    const all = claimsInView(this.ctx.display);
    this.listedKey = all.join('\n');
    const view: InView = { ids: all.slice(0, DISPUTES_IDS_MAX), total: all.length };
    if (!view.total) {
      const none = h('p', { class: 'muted', id: 'disputes-in-view' }, NO_CLAIMS_IN_VIEW);
      return { parts: [none], ok: true };
    }
    try {
      const res = await this.ctx.api.disputesInView(view.ids);
      return {
        parts: [
          this.inViewNote(view),
          this.contradictions(res.contradictions, view),
          this.figures(res.figures, view),
        ],
        ok: true,
      };
    } catch (err) {
      this.listedKey = null;
      const retry = () => void this.render();
      return {
        parts: [failureNote('Could not load the disputes of the claims in view', err, retry)],
        ok: false,
      };
    }
  }

  /** Which claims the lists below are of. */
  private inViewNote(view: InView): HTMLElement {
    const asked = claimsInViewWords(view.ids.length, view.total);
    return h(
      'p',
      { class: 'muted', id: 'disputes-in-view', dataset: { claims: String(view.ids.length) } },
      `The disputes of ${asked}: every pair listed has at least one of them on a side.`,
    );
  }

  private contradictions(res: ContradictionsResponse, view: InView | null): HTMLElement {
    const listed =
      res.total > res.contradictions.length
        ? `${formatCount(res.total)}; the first ${formatCount(res.contradictions.length)} listed`
        : formatCount(res.total);
    const title = view
      ? 'Claims that cannot both hold, one in view'
      : 'Claims that cannot both hold';
    const section = h('section', {
      class: 'disputes-section',
      id: 'disputes-contradictions',
      dataset: { count: String(res.contradictions.length) },
    });
    if (!res.contradictions.length) {
      section.append(
        h('h3', null, `${title} (${listed})`),
        h(
          'p',
          { class: 'muted' },
          view
            ? 'None recorded with a claim in view. Open a claim and choose “Contradicts another claim…” to record one.'
            : 'None recorded. Open a claim and choose “Contradicts another claim…” to record one.',
        ),
      );
      return section;
    }
    const heading = h('h3', null);
    const filter = h('input', {
      type: 'search',
      id: 'disputes-filter',
      class: 'disputes-filter',
      placeholder: 'Narrow by a name or words…',
      'aria-label': 'Narrow the contradictions by a name or words',
      value: this.typed(),
    });
    const list = h('ul', { class: 'disputes-list' });
    const body = h('div', null);
    const show = () => {
      const typed = this.typed();
      const shown = res.contradictions.filter((k) => contradictionMatches(k, typed));
      heading.textContent =
        shown.length === res.contradictions.length
          ? `${title} (${listed})`
          : `${title} (${formatCount(shown.length)} of ${listed})`;
      section.dataset.shown = String(shown.length);
      list.replaceChildren();
      const more = appendPaged(list, shown, (k) => this.contradiction(k), {
        page: LIST_PAGE,
        noun: 'contradiction',
      });
      body.replaceChildren(
        shown.length ? list : h('p', { class: 'muted' }, 'No contradiction has all those words.'),
        more ?? '',
      );
    };
    filter.addEventListener('input', () => {
      // In the store, so that the link holds it (dq=); the list follows at once.
      this.ctx.store.set({ narrow: filter.value || null });
      show();
    });
    show();
    section.append(heading, filter, this.csvButton(view), body);
    return section;
  }

  /** Saves the contradictions listed (of the claims in view, narrowed as the list is) as a CSV table. */
  private csvButton(view: InView | null): HTMLButtonElement {
    return recordedPairsCsvButton(this.ctx, 'disputes-csv', () =>
      view
        ? this.ctx.api.contradictionsCsvOf(view.ids, this.typed())
        : this.ctx.api.contradictionsCsv(this.typed()),
    );
  }

  private contradiction(k: ContradictionJson): HTMLElement {
    const who = (c: ContradictionJson['a']) => c.speaker?.name ?? 'Unknown speaker';
    const when = recordedWhen(k);
    return h(
      'li',
      { class: 'dispute-item', dataset: { claims: k.claims.join(' '), origin: k.origin } },
      h(
        'p',
        { class: 'reason' },
        `${who(k.a)} vs ${who(k.b)}`,
        when
          ? h('span', { class: 'muted', title: when.title }, ` · ${when.text}`)
          : h('span', { class: 'muted' }, ' · from the seed'),
      ),
      h('p', { class: 'dispute-note' }, k.note),
      this.claimLine(k.a, who(k.a)),
      this.claimLine(k.b, who(k.b)),
    );
  }

  /** One side of a pair: who, when, which source reported it, and the claim's words, which open it in the graph. */
  private claimLine(c: ContradictionJson['a'], who: string): HTMLElement {
    const open = claimLink(this.ctx, c.id, shortLabel(c.text, 140));
    // The outlet says it shortest; an untitled seed source has only its long title.
    const relayed = c.relayedFrom ? `, from ${reportName(c.relayedFrom)}` : '';
    const reported = c.source
      ? ` · ${c.source.outlet ?? shortLabel(c.source.title, 40)}${relayed}`
      : '';
    return h(
      'p',
      { class: 'dispute-claim' },
      h('strong', null, who),
      h(
        'span',
        {
          class: 'muted',
          title: c.source
            ? `Reported in “${c.source.title}”${c.relayedFrom ? `, relayed from “${c.relayedFrom.title}”` : ''}`
            : undefined,
        },
        ` (${formatDate(c.date)}${reported}): `,
      ),
      open,
    );
  }

  private figures(res: FigureDisputes, view: InView | null): HTMLElement {
    const measures = Object.entries(res.disagreementsByMeasure).sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    const heading = view
      ? `Figures that disagree, one in view (${plural(res.disagreementsTotal, 'pair')} of claims)`
      : `Figures that disagree (${plural(res.disagreementsTotal, 'pair')} of claims)`;
    const section = h(
      'section',
      {
        class: 'disputes-section',
        id: 'disputes-figures',
        dataset: { count: String(measures.length) },
      },
      h('h3', null, heading),
    );
    if (!measures.length) {
      section.append(
        h(
          'p',
          { class: 'muted' },
          view
            ? 'No figure in view disagrees with a figure of another speaker.'
            : 'No figures of different speakers disagree.',
        ),
      );
      return section;
    }
    const figuresOf = new Map(res.measures.map((m) => [m.measure, m.count]));
    section.append(
      // Widest apart first, as each measure's pairs are listed here.
      figurePairsCsvButton(
        this.ctx,
        'disputes-figures-csv',
        () => 'widest',
        (order) =>
          view
            ? this.ctx.api.figurePairsCsvOf(view.ids, null, order)
            : this.ctx.api.figurePairsCsv(null, order),
      ),
      h(
        'ul',
        { class: 'disputes-list' },
        measures.map(([measure, pairs]) => {
          const compare = h(
            'button',
            { type: 'button', class: 'link-btn', dataset: { measure } },
            'compare them',
          );
          // The figures view shows the same claims: those in view, or the graph's.
          compare.addEventListener('click', () =>
            this.ctx.store.set({ panel: 'figures', measure, figuresInView: view !== null }),
          );
          const listed = res.widestByMeasure[measure] ?? [];
          return h(
            'li',
            { class: 'dispute-measure', dataset: { measure } },
            h('strong', null, measureLabel(measure)),
            `: ${plural(pairs, 'disagreement')} ${view ? 'with' : 'among'} ${plural(figuresOf.get(measure) ?? 0, 'figure')}${view ? ' in view' : ''}` +
              (listed.length > 1 ? ', the widest apart first · ' : ' · '),
            compare,
            listed.length
              ? h(
                  'ul',
                  { class: 'dispute-pairs' },
                  listed.map((d) => this.figurePair(d)),
                  pairs > listed.length
                    ? h('li', { class: 'muted' }, `and ${formatCount(pairs - listed.length)} more`)
                    : null,
                )
              : null,
          );
        }),
      ),
    );
    return section;
  }

  /**
   * Two figures that cannot both be right, each of which opens its claim, with
   * the source that reported it, and how far apart.
   */
  private figurePair(d: SourcedPair): HTMLElement {
    const side = (i: 0 | 1) =>
      figureSide(this.ctx, d.claims[i], d.sides[i], d.sources[i], d.relayed[i]);
    return h(
      'li',
      { class: 'dispute-pair', dataset: { claims: d.claims.join(' ') } },
      side(0),
      h('span', { class: 'vs' }, ' vs '),
      side(1),
      h('span', { class: 'muted factor' }, ` · ${formatFactor(d.factor)}`),
    );
  }
}
