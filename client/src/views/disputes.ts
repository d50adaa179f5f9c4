/**
 * Where sources disagree, all in one list: the recorded contradictions (claims
 * that cannot both hold, with why) and, by measure, the figures of different
 * speakers that cannot both be right, with the pairs widest apart. Turned to
 * where they agree, the recorded corroborations (claims that bear each other
 * out, with how) and, by measure, the figures of different speakers that
 * agree, the closest first. Each claim opens in the graph; each measure opens in the
 * figures view. Of the whole graph, or of the claims in view (each pair with
 * one of them on a side), which it follows.
 */
import {
  DISPUTES_IDS_MAX,
  type DisputesInViewResponse,
  type FigureAgreementsResponse,
  type SourcedPair,
} from '../core/api';
import { measureLabel } from '../core/claims';
import { claimsInView } from '../core/display';
import {
  claimsInViewWords,
  formatCount,
  formatFactor,
  NO_CLAIMS_IN_VIEW,
  plural,
} from '../core/format';
import { figureSide } from './claim-card';
import { agreeingPairsCsvButton, figurePairsCsvButton } from './claims-csv';
import type { AppContext } from './context';
import { h } from './dom';
import { failureNote } from './failure';
import { followView } from './follow-view';
import {
  CONTRADICTIONS_LIST,
  CORROBORATIONS_LIST,
  recordedPairsList,
  type InView,
  type PairListKind,
  type PairsRead,
} from './recorded-pairs-list';
import { ScopeChoice, TwoWayChoice } from './scope-choice';

/** The figures part of what the panel lists: /api/figures' for the graph, or the claims in view's. */
type FigureDisputes = DisputesInViewResponse['figures'];

/** What one side of the panel reads, and how it draws it: its recorded pairs, then its figures. */
interface PanelSide<F> {
  /** What the claims in view's note and its failure call them. */
  what: 'disputes' | 'agreements';
  pairs: PairListKind;
  /** The graph's recorded pairs and figures, read side by side: each fails apart. */
  readGraph: () => [Promise<PairsRead>, Promise<F>];
  readInView: (ids: string[]) => Promise<{ recorded: PairsRead; figures: F }>;
  drawFigures: (figures: F, view: InView | null) => HTMLElement;
  /** What could not be loaded, when one of readGraph's reads fails. */
  failed: [string, string];
}

/** What a render draws, and whether every part of it was read. */
interface Drawn {
  parts: HTMLElement[];
  ok: boolean;
}

export class DisputesView {
  readonly el = h('div', { class: 'disputes', id: 'disputes' });
  private readonly body = h('div', { class: 'disputes-body' });
  private readonly side = new TwoWayChoice(
    'disputes-side',
    'Where sources',
    [
      { value: 'disagree', label: 'Where they disagree' },
      { value: 'agree', label: 'Where they agree' },
    ],
    (disagree) => {
      this.ctx.store.set({ disputesAgree: !disagree });
      void this.render();
    },
  );
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
  /** The words both sides' lists are narrowed by, kept in the store so that the link holds them (dq=). */
  private readonly narrowing = {
    get: (): string => this.ctx.store.get().narrow ?? '',
    set: (words: string): void => this.ctx.store.set({ narrow: words || null }),
  };

  constructor(private readonly ctx: AppContext) {
    this.el.append(h('div', { class: 'disputes-choices' }, this.side.el, this.scope.el), this.body);
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
    return this.ctx.store.get().disputesAgree ? 'Where sources agree' : 'Where sources disagree';
  }

  /** The claims in view, as the list of them is keyed. */
  private inViewKey(): string {
    return claimsInView(this.ctx.display).join('\n');
  }

  /** Reads the lists afresh each time the panel opens: analysts record and take back pairs. */
  async render(): Promise<void> {
    const generation = ++this.generation;
    const { disputesInView: inView, disputesAgree: agree } = this.ctx.store.get();
    this.side.show(!agree);
    this.scope.show(inView);
    this.el.dataset.scope = inView ? 'view' : 'all';
    this.el.dataset.side = agree ? 'agree' : 'disagree';
    this.el.dataset.state = 'loading';
    this.body.replaceChildren(
      h(
        'p',
        { class: 'loading', role: 'status' },
        agree ? 'Loading agreements…' : 'Loading disputes…',
      ),
    );
    const drawn = agree
      ? await this.lists(this.agreeing, inView)
      : await this.lists(this.disputing, inView);
    if (generation !== this.generation) return;
    this.body.replaceChildren(...drawn.parts);
    this.el.dataset.state = drawn.ok ? 'ready' : 'error';
  }

  /** Where sources disagree: the recorded contradictions, then the figures that disagree. */
  private readonly disputing: PanelSide<FigureDisputes> = {
    what: 'disputes',
    pairs: CONTRADICTIONS_LIST,
    readGraph: () => [
      this.ctx.api.contradictions().then((r) => ({ total: r.total, pairs: r.contradictions })),
      this.ctx.api.figures(null, { points: 'none' }),
    ],
    readInView: async (ids) => {
      const res = await this.ctx.api.disputesInView(ids);
      const { total, contradictions } = res.contradictions;
      return { recorded: { total, pairs: contradictions }, figures: res.figures };
    },
    drawFigures: (figures, view) => this.figures(figures, view),
    failed: ['the contradictions', 'the figures'],
  };

  /** Where sources agree: the recorded corroborations, then the figures that agree. */
  private readonly agreeing: PanelSide<FigureAgreementsResponse> = {
    what: 'agreements',
    pairs: CORROBORATIONS_LIST,
    readGraph: () => [
      this.ctx.api.corroborations().then((r) => ({ total: r.total, pairs: r.corroborations })),
      this.ctx.api.figureAgreements(),
    ],
    readInView: async (ids) => {
      const res = await this.ctx.api.agreementsInView(ids);
      const { total, corroborations } = res.corroborations;
      return { recorded: { total, pairs: corroborations }, figures: res.figures };
    },
    drawFigures: (figures, view) => this.agreeingFigures(figures, view),
    failed: ['the corroborations', 'the figures that agree'],
  };

  /** One side's lists, of the graph or of the claims in view. */
  private lists<F>(side: PanelSide<F>, inView: boolean): Promise<Drawn> {
    return inView ? this.inViewLists(side) : this.graphLists(side);
  }

  /** The graph's recorded pairs and figures, each failing apart. */
  private async graphLists<F>(side: PanelSide<F>): Promise<Drawn> {
    this.listedKey = null;
    const [recorded, figures] = await Promise.allSettled(side.readGraph());
    const retry = () => void this.render();
    return {
      parts: [
        recorded.status === 'fulfilled'
          ? this.pairs(side.pairs, recorded.value, null)
          : failureNote(`Could not load ${side.failed[0]}`, recorded.reason, retry),
        figures.status === 'fulfilled'
          ? side.drawFigures(figures.value, null)
          : failureNote(`Could not load ${side.failed[1]}`, figures.reason, retry),
      ],
      ok: recorded.status === 'fulfilled' && figures.status === 'fulfilled',
    };
  }

  /** The same lists for the claims in view: the pairs with one of them on a side. */
  private async inViewLists<F>(side: PanelSide<F>): Promise<Drawn> {
    const all = claimsInView(this.ctx.display);
    this.listedKey = all.join('\n');
    const view: InView = { ids: all.slice(0, DISPUTES_IDS_MAX), total: all.length };
    if (!view.total) {
      const none = h('p', { class: 'muted', id: 'disputes-in-view' }, NO_CLAIMS_IN_VIEW);
      return { parts: [none], ok: true };
    }
    try {
      const { recorded, figures } = await side.readInView(view.ids);
      return {
        parts: [
          this.inViewNote(view, side.what),
          this.pairs(side.pairs, recorded, view),
          side.drawFigures(figures, view),
        ],
        ok: true,
      };
    } catch (err) {
      this.listedKey = null;
      const retry = () => void this.render();
      const failed = `Could not load the ${side.what} of the claims in view`;
      return { parts: [failureNote(failed, err, retry)], ok: false };
    }
  }

  /** Which claims the lists below are of. */
  private inViewNote(view: InView, what: PanelSide<unknown>['what']): HTMLElement {
    const asked = claimsInViewWords(view.ids.length, view.total);
    return h(
      'p',
      { class: 'muted', id: 'disputes-in-view', dataset: { claims: String(view.ids.length) } },
      `The ${what} of ${asked}: every pair listed has at least one of them on a side.`,
    );
  }

  private pairs(kind: PairListKind, read: PairsRead, view: InView | null): HTMLElement {
    return recordedPairsList(this.ctx, kind, read, view, this.narrowing);
  }

  private figures(res: FigureDisputes, view: InView | null): HTMLElement {
    return this.figureSection(
      {
        id: 'disputes-figures',
        title: 'Figures that disagree',
        none: view
          ? 'No figure in view disagrees with a figure of another speaker.'
          : 'No figures of different speakers disagree.',
        noun: 'disagreement',
        order: 'the widest apart first',
        total: res.disagreementsTotal,
        byMeasure: res.disagreementsByMeasure,
        measures: res.measures,
        // Widest apart first, as each measure's pairs are listed here.
        csv: figurePairsCsvButton(
          this.ctx,
          'disputes-figures-csv',
          () => 'widest',
          (order) =>
            view
              ? this.ctx.api.figurePairsCsvOf(view.ids, null, order)
              : this.ctx.api.figurePairsCsv(null, order),
        ),
        pairsOf: (measure) =>
          (res.widestByMeasure[measure] ?? []).map((d) =>
            this.figurePair(d, ' vs ', formatFactor(d.factor)),
          ),
      },
      view,
    );
  }

  private agreeingFigures(res: FigureAgreementsResponse, view: InView | null): HTMLElement {
    return this.figureSection(
      {
        id: 'agreements-figures',
        title: 'Figures that agree',
        none: view
          ? 'No figure in view agrees with a figure of another speaker.'
          : 'No figures of different speakers agree.',
        noun: 'agreement',
        order: 'the closest first',
        total: res.agreementsTotal,
        byMeasure: res.agreementsByMeasure,
        measures: res.measures,
        // Closest first, as each measure's pairs are listed here.
        csv: agreeingPairsCsvButton(this.ctx, 'agreements-figures-csv', () =>
          view ? this.ctx.api.figureAgreementsCsvOf(view.ids) : this.ctx.api.figureAgreementsCsv(),
        ),
        pairsOf: (measure) =>
          (res.closestByMeasure[measure] ?? []).map((d) =>
            this.figurePair(d, ' agrees with ', closenessWords(d.apart)),
          ),
      },
      view,
    );
  }

  /**
   * Each measure's pairs of figures (that disagree, or agree), the most pairs
   * first, with how many and the first pairs listed; "compare them" opens the
   * measure in the figures view, of the same claims.
   */
  private figureSection(
    f: {
      id: string;
      title: string;
      none: string;
      noun: string;
      order: string;
      total: number;
      byMeasure: Record<string, number>;
      measures: { measure: string; count: number }[];
      csv: HTMLElement | null;
      pairsOf: (measure: string) => HTMLElement[];
    },
    view: InView | null,
  ): HTMLElement {
    const measures = Object.entries(f.byMeasure).sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    const pairs = `${plural(f.total, 'pair')} of claims`;
    const section = h(
      'section',
      { class: 'disputes-section', id: f.id, dataset: { count: String(measures.length) } },
      h('h3', null, view ? `${f.title}, one in view (${pairs})` : `${f.title} (${pairs})`),
    );
    if (!measures.length) {
      section.append(h('p', { class: 'muted' }, f.none));
      return section;
    }
    const figuresOf = new Map(f.measures.map((m) => [m.measure, m.count]));
    section.append(
      f.csv ?? '',
      h(
        'ul',
        { class: 'disputes-list' },
        measures.map(([measure, count]) => {
          const compare = h(
            'button',
            { type: 'button', class: 'link-btn', dataset: { measure } },
            'compare them',
          );
          // The figures view shows the same claims: those in view, or the graph's.
          compare.addEventListener('click', () =>
            this.ctx.store.set({ panel: 'figures', measure, figuresInView: view !== null }),
          );
          const listed = f.pairsOf(measure);
          return h(
            'li',
            { class: 'dispute-measure', dataset: { measure } },
            h('strong', null, measureLabel(measure)),
            `: ${plural(count, f.noun)} ${view ? 'with' : 'among'} ${plural(figuresOf.get(measure) ?? 0, 'figure')}${view ? ' in view' : ''}` +
              (listed.length > 1 ? `, ${f.order} · ` : ' · '),
            compare,
            listed.length
              ? h(
                  'ul',
                  { class: 'dispute-pairs' },
                  listed,
                  count > listed.length
                    ? h('li', { class: 'muted' }, `and ${formatCount(count - listed.length)} more`)
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
   * Two figures that cannot both be right (or that agree), each of which opens
   * its claim, with the source that reported it, and how far apart.
   */
  private figurePair(
    d: Pick<SourcedPair, 'claims' | 'sides' | 'sources' | 'relayed'>,
    between: string,
    apart: string,
  ): HTMLElement {
    const side = (i: 0 | 1) =>
      figureSide(this.ctx, d.claims[i], d.sides[i], d.sources[i], d.relayed[i]);
    return h(
      'li',
      { class: 'dispute-pair', dataset: { claims: d.claims.join(' ') } },
      side(0),
      h('span', { class: 'vs' }, between),
      side(1),
      h('span', { class: 'muted factor' }, ` · ${apart}`),
    );
  }
}

/** How close two agreeing figures are, as /api/figures/agreements' `apart` says. */
function closenessWords(apart: number | null): string {
  if (apart === 0) return 'the same figure';
  if (apart === 1) return 'ranges that overlap';
  return `${formatFactor(apart)}, within the hedge`;
}
