/**
 * Figures: the numbers claims give (troops, casualties…) over time, one series
 * per speaker. Conflicting figures are outlined red and listed; clicking a
 * point opens its claim. A date the source gives only to the month or the year
 * is drawn across that month or year.
 */
import type {
  Chart as ChartType,
  ChartConfiguration,
  ChartDataset,
  Plugin,
  ScatterDataPoint,
} from 'chart.js';
import {
  DISPUTES_IDS_MAX,
  UNMEASURED,
  type DisagreementOrder,
  type FigurePoint,
  type FiguresResponse,
} from '../core/api';
import { DISPUTED_COLOR, wrapWords } from '../core/appearance';
import {
  disagreementsHeading,
  figureWhen,
  figureWords,
  formatDate,
  formatFigure,
  measureLabel,
  sourceTitle,
  sourceWords,
  speakerSeries,
  stepAmongFigures,
  timeExtent,
  whenLabel,
  type When,
} from '../core/claims';
import { claimsInView } from '../core/display';
import {
  claimsInViewWords,
  formatCount,
  formatFactor,
  NO_CLAIMS_IN_VIEW,
  plural,
} from '../core/format';
import { cached } from './cache';
import * as charts from './charts';
import { claimLink, figureSide } from './claim-card';
import { figurePairsCsvButton } from './claims-csv';
import type { AppContext } from './context';
import { appendPaged, h, tableBox } from './dom';
import { failureNote } from './failure';
import { followView } from './follow-view';
import { ScopeChoice } from './scope-choice';
import { ChartZoom, type ScaleRange } from './chart-zoom';
import { dayRangeOf, inPeriod, inPeriodLabel, rangeOfDays, sameDayRange } from '../core/time';
import { KEY_STEPS } from '../core/timeline';

/** The faint fill of figures out of view drawn beside those in view. */
const OUT_OF_VIEW_COLOR = 'rgba(148, 163, 184, 0.35)';

/** Rows of the lists below the chart drawn at once; the rest on request. */
const LIST_PAGE = 200;

interface Point extends ScatterDataPoint {
  fig: FigurePoint;
  when: When;
}

export function figureValue(f: FigurePoint): number | null {
  if (f.value !== undefined && f.value !== null) return f.value;
  if (f.low !== undefined && f.high !== undefined) return (f.low + f.high) / 2;
  return f.low ?? f.high ?? null;
}

/** Vertical whiskers for figures given as a range (low–high). */
const rangePlugin: Plugin<'scatter'> = {
  id: 'claimgraphRanges',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const y = chart.scales.y!;
    charts.inChartArea(chart, () =>
      charts.forEachDrawnPoint<Point>(chart, ({ fig: f }, at, color) => {
        if (f.low === undefined || f.high === undefined) return;
        const top = y.getPixelForValue(f.high);
        const bottom = y.getPixelForValue(f.low);
        ctx.save();
        ctx.strokeStyle = color;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(at.x, top);
        ctx.lineTo(at.x, bottom);
        ctx.moveTo(at.x - 5, top);
        ctx.lineTo(at.x + 5, top);
        ctx.moveTo(at.x - 5, bottom);
        ctx.lineTo(at.x + 5, bottom);
        ctx.stroke();
        ctx.restore();
      }),
    );
  },
};

/** A table cell's tooltip for a date given only to the month or the year. */
function partialDateTitle(f: FigurePoint): string | undefined {
  const when = figureWhen(f);
  return when && when.precision !== 'day' ? whenLabel(when) : undefined;
}

/**
 * The measures as the picker lists them: most figures first, UNMEASURED last
 * (its figures are listed, neither plotted on one axis nor compared).
 */
function measuresInOrder<M extends { measure: string }>(measures: readonly M[]): M[] {
  return [
    ...measures.filter((m) => m.measure !== UNMEASURED),
    ...measures.filter((m) => m.measure === UNMEASURED),
  ];
}

export class FiguresView {
  readonly el = h('div', { class: 'figures', id: 'figures' });
  private select = h('select', { id: 'measure-select', 'aria-label': 'Measure' });
  private chartBox = h('div', { class: 'chart-box' });
  private canvas = h('canvas', {
    id: 'figures-chart',
    // As the timeline: a screen reader passes the arrow keys on, which walk the figures (onKey).
    role: 'application',
    tabindex: '0',
    'aria-label':
      'Figures over time. Arrow keys: left and right through time, up and down to the ' +
      'nearest higher or lower figure; Enter opens its claim.',
  });
  /** Says the figure the keys moved to, for screen readers. */
  private live = h('p', { class: 'visually-hidden', id: 'figures-live', 'aria-live': 'polite' });
  /** The figures drawn, each with where it is in the chart's datasets: what the keys walk. */
  private walk: { p: Point; at: charts.ChartPointAt }[] = [];
  /** The figure the arrow keys are on (an index into walk). */
  private focused: number | null = null;
  private zoom = new ChartZoom(
    'figures',
    'figure',
    () => this.dated,
    // The table and the link follow the chart into a period.
    (zoomed) => {
      this.tableSlot.replaceChildren(this.table(zoomed));
      this.keepInLink(zoomed);
    },
  );
  /** The measure whose chart the store's period (fp=) is of: a link's, then the one drawn. */
  private periodOf: string | null;
  /** The table of figures below the chart, which lists those of the period shown. */
  private tableSlot = h('div', { class: 'figures-table' });
  /** Builds that table for the measure drawn: every figure, or those of a period. */
  private table: (period: ScaleRange | null) => HTMLElement | string = () => '';
  /** The figures drawn, for the zoom bar's count. */
  private dated: Point[] = [];
  private dateNote = h('p', { class: 'muted chart-note', id: 'figures-date-note', hidden: true });
  private below = h('div', { class: 'figures-below' });
  /** The chart with its zoom bar and date note: hidden for figures of no measure. */
  private chartArea = h('div', { class: 'figures-chart-area' });
  private chart: ChartType<'scatter', Point[]> | null = null;
  private loadedMeasure: string | null | undefined = undefined;
  /** What the chart drawn is of: its measure, and the claims in view (their ids) or the graph. */
  private loadedKey: string | undefined = undefined;
  private readonly scope = new ScopeChoice(
    'figures',
    { view: 'Claims in view', all: 'The whole graph' },
    (inView) => {
      this.ctx.store.set({ figuresInView: inView });
      void this.render();
    },
  );
  /** Which claims the chart is of, when they are those in view. */
  private inViewNote = h('p', { class: 'muted', id: 'figures-in-view', hidden: true });

  constructor(private readonly ctx: AppContext) {
    this.periodOf = ctx.store.get().measure;
    this.select.addEventListener('change', () =>
      ctx.store.set({ measure: this.select.value || null }),
    );
    this.chartBox.append(this.canvas, this.live);
    this.canvas.addEventListener('keydown', (e) => this.onKey(e));
    this.canvas.addEventListener('blur', () => this.showFocus(null));
    this.chartArea.append(this.zoom.el, this.chartBox, this.dateNote);
    this.el.append(
      this.scope.el,
      h(
        'div',
        { class: 'figures-controls' },
        h('label', { for: 'measure-select' }, 'Measure'),
        this.select,
      ),
      this.inViewNote,
      this.chartArea,
      this.below,
    );
    // Of the claims in view, the chart follows the view while the panel is open.
    followView(
      ctx.display,
      () => this.el.isConnected && ctx.store.get().figuresInView,
      () => void this.render(),
    );
  }

  title(): string {
    return 'Figures over time';
  }

  async render(): Promise<void> {
    const { measure, figuresInView } = this.ctx.store.get();
    this.scope.show(figuresInView);
    this.el.dataset.scope = figuresInView ? 'view' : 'all';
    const inView = figuresInView ? claimsInView(this.ctx.display) : null;
    const key = `${measure ?? ''}\n${inView ? inView.join('\n') : '*'}`;
    if (key === this.loadedKey && this.chart) return;
    this.loadedKey = key;
    this.loadedMeasure = measure;
    this.el.dataset.state = 'loading';
    this.below.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading figures…'));
    const ids = inView?.slice(0, DISPUTES_IDS_MAX) ?? null;
    this.showInView(ids, inView?.length ?? 0);
    if (ids && !ids.length) {
      this.nothingToDraw(NO_CLAIMS_IN_VIEW);
      return;
    }
    let res: FiguresResponse;
    try {
      const [data, chartjs] = await Promise.all([this.load(measure, ids), charts.loadChartJs()]);
      res = data;
      if (this.loadedKey !== key) return;
      const first = measuresInOrder(res.measures)[0];
      if (measure === null && first) {
        // No measure chosen: start with the one most figures speak of.
        this.ctx.store.set({ measure: first.measure });
        return;
      }
      if (measure === null) {
        this.nothingToDraw(
          ids
            ? 'None of the claims in view states a figure.'
            : 'No claim in the graph states a figure.',
        );
        return;
      }
      this.draw(res, chartjs, ids);
      this.el.dataset.state = 'ready';
    } catch (err) {
      this.el.dataset.state = 'error';
      // Not loaded: the next render (Try again, or the measure chosen again) asks again.
      this.loadedKey = undefined;
      this.below.replaceChildren(
        failureNote('Could not load figures', err, () => void this.render()),
      );
    }
  }

  /**
   * The figures of `measure` of the claims `ids` (null: of the graph). Without
   * a measure only the measures are read, to pick the one most figures speak
   * of: the points of every measure are megabytes at scale. A measure's
   * disagreements come in the order the analyst chose (a link's fo=widest),
   * so that the list never shows the other one first.
   */
  private load(measure: string | null, ids: string[] | null): Promise<FiguresResponse> {
    if (ids) {
      return measure === null
        ? this.ctx.api.figuresInView(ids, null, { points: 'none' })
        : this.ctx.api.figuresInView(ids, measure, { order: this.order() });
    }
    return measure === null
      ? cached('figures:', () => this.ctx.api.figures(null, { points: 'none' }))
      : cached(`figures:${measure}:points:${this.order()}`, () =>
          this.ctx.api.figures(measure, { order: this.order() }),
        );
  }

  /** Says which claims the chart is of, when they are those in view (`ids` of `total`). */
  private showInView(ids: string[] | null, total: number): void {
    this.inViewNote.hidden = ids === null;
    if (ids === null) return;
    this.inViewNote.dataset.claims = String(ids.length);
    this.inViewNote.textContent = `The figures of ${claimsInViewWords(ids.length, total)}; each pair of figures listed has one of them on a side.`;
  }

  /** No chart: `why`, and no measure to pick. */
  private nothingToDraw(why: string): void {
    this.chart?.destroy();
    this.chart = null;
    this.select.replaceChildren();
    this.chartArea.hidden = true;
    this.below.replaceChildren(h('p', { class: 'muted', id: 'figures-none' }, why));
    this.el.dataset.state = 'ready';
  }

  /**
   * The arrow keys walk the figures drawn (core/claims stepAmongFigures), Home
   * and End go to the first and the last; Enter opens the figure's claim. Each
   * move shows the figure's tooltip, lights its claim up on the graph and is
   * said aloud.
   */
  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Enter' && this.focused !== null) {
      e.preventDefault();
      const id = this.walk[this.focused]!.p.fig.claimId;
      void this.ctx.actions.select(id, { tab: 'said', center: true });
      return;
    }
    const step = KEY_STEPS[e.key];
    if (!step || !this.chart) return;
    e.preventDefault();
    this.showFocus(
      stepAmongFigures(
        this.walk.map((w) => ({ x: w.p.when.mid, y: w.p.y ?? 0 })),
        this.focused,
        step,
      ),
    );
  }

  /** Shows the figure the keys are on (none: clears it). */
  private showFocus(k: number | null): void {
    const chart = this.chart;
    const w = k === null ? undefined : this.walk[k];
    if (!chart || !w) {
      if (chart && this.focused !== null) charts.clearKeyedPoint(chart);
      this.focused = null;
      delete this.canvas.dataset.focused;
      this.ctx.light.set(null, this.canvas);
      return;
    }
    this.focused = k;
    const f = w.p.fig;
    this.canvas.dataset.focused = f.claimId;
    charts.showKeyedPoint(chart, this.zoom, w.at, w.p.when.mid);
    this.ctx.light.set(f.claimId, this.canvas);
    this.live.textContent =
      `${f.speaker.name}: ${formatFigure(f)}, ${whenLabel(w.p.when)}` +
      `${f.disagrees ? ', disputed' : ''}; in ${sourceWords(f.source, f.relayedFrom)}.`;
  }

  /** Draws `res`: the graph's figures of a measure, or those of the claims `ids` in view. */
  private draw(
    res: FiguresResponse,
    chartjs: typeof import('chart.js'),
    ids: string[] | null,
  ): void {
    const { Chart, ScatterController, LineElement, PointElement, LinearScale, Tooltip, Legend } =
      chartjs;
    Chart.register(ScatterController, LineElement, PointElement, LinearScale, Tooltip, Legend);
    const measures = measuresInOrder(res.measures);
    const current = res.measure ?? measures[0]?.measure ?? null;
    // The measure chosen stays in the picker when no claim in view states it.
    if (current !== null && !measures.some((m) => m.measure === current)) {
      measures.push({ measure: current, count: 0 });
    }
    this.select.replaceChildren(
      ...measures.map((m) =>
        h(
          'option',
          { value: m.measure, selected: m.measure === current },
          m.measure === UNMEASURED
            ? `Other figures, not compared (${m.count})`
            : `${measureLabel(m.measure)} (${m.count})`,
        ),
      ),
    );
    const unmeasured = current === UNMEASURED;
    this.chartArea.hidden = unmeasured;

    const dated: { p: Point; speaker: string }[] = [];
    const undated: FigurePoint[] = [];
    for (const f of res.figures) {
      const when = figureWhen(f);
      const y = figureValue(f);
      if (when === null || y === null) undated.push(f);
      else dated.push({ p: { x: when.mid, y, fig: f, when }, speaker: f.speaker.name });
    }
    // Of the claims in view: the figures out of view that disagree with theirs,
    // drawn apart (faint, no line), so that the eye weighs them too.
    const partners: Point[] = [];
    for (const f of res.partners ?? []) {
      const when = figureWhen(f);
      const y = figureValue(f);
      if (when !== null && y !== null) partners.push({ x: when.mid, y, fig: f, when });
    }
    partners.sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
    const outOfView = new Set(partners);
    // The axis holds every span whole: a year-only date reaches to its year's ends.
    const extent = timeExtent([...dated.map((d) => d.p.when), ...partners.map((p) => p.when)]);
    const series = speakerSeries(res.figures, charts.SERIES_PALETTE.length);
    const colorOf = new Map(series.own.map((s, i) => [s, charts.SERIES_PALETTE[i]!]));
    const bySpeaker = new Map<string, { p: Point }[]>();
    for (const d of dated) {
      const list = bySpeaker.get(d.speaker) ?? bySpeaker.set(d.speaker, []).get(d.speaker)!;
      list.push(d);
    }
    const pointsOf = (speakers: string[]) =>
      speakers
        .flatMap((s) => bySpeaker.get(s) ?? [])
        .map((d) => d.p)
        .sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
    const dataset = (label: string, data: Point[], color: string, line: boolean) => ({
      label,
      data,
      showLine: line && data.length > 1,
      borderColor: color,
      backgroundColor: color,
      pointRadius: data.map((p): number => (p.fig.disagrees ? 8 : 6)),
      pointHoverRadius: 10,
      pointBorderWidth: data.map((p): number => (p.fig.disagrees ? 3.5 : 1)),
      pointBorderColor: data.map((p): string => (p.fig.disagrees ? DISPUTED_COLOR : '#ffffff')),
      borderWidth: 1.5,
    });
    const datasets: ChartDataset<'scatter', Point[]>[] = series.own.map((s) =>
      dataset(s, pointsOf([s]), colorOf.get(s)!, true),
    );
    if (series.others.length > 0) {
      // Points only: a line through many speakers' figures would join unrelated claims.
      const label = plural(series.others.length, 'other speaker');
      datasets.push(dataset(label, pointsOf(series.others), charts.OTHERS_COLOR, false));
    }
    if (partners.length) {
      datasets.push({
        ...dataset(
          `${plural(partners.length, 'figure')} out of view that disagree`,
          partners,
          OUT_OF_VIEW_COLOR,
          false,
        ),
        pointRadius: partners.map(() => 5),
        pointBorderWidth: partners.map(() => 1),
        // Faint and behind: every one disagrees, and the figures in view stand out.
        pointBorderColor: partners.map(() => charts.OTHERS_COLOR),
        order: 1,
      });
    }
    const unit = res.figures[0]?.unit ?? '';
    const config: ChartConfiguration<'scatter', Point[]> = {
      type: 'scatter',
      data: { datasets },
      plugins: [charts.datePrecisionPlugin, rangePlugin],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        parsing: false,
        layout: { padding: { top: 8, right: 12 } },
        scales: {
          x: {
            ...charts.timeAxis(extent, 0.05),
            title: { display: true, text: 'Date (claim date, or date the figure describes)' },
          },
          y: {
            type: 'linear',
            beginAtZero: true,
            // The highest figure's point is not cut by the top edge.
            grace: '5%',
            title: { display: true, text: unit.replace(/_/g, ' ') },
            ticks: { callback: (v) => formatCount(Number(v)) },
          },
        },
        plugins: {
          zoom: this.zoom.options(),
          legend: {
            position: 'bottom',
            labels: {
              boxWidth: 12,
              usePointStyle: true,
              // The series colour only: red outlines belong to points, not speakers.
              generateLabels: (chart) =>
                chart.data.datasets.map((ds, i) => ({
                  text: String(ds.label),
                  fillStyle: ds.backgroundColor as string,
                  strokeStyle: ds.backgroundColor as string,
                  lineWidth: 0,
                  pointStyle: 'circle',
                  hidden: !chart.isDatasetVisible(i),
                  datasetIndex: i,
                })),
            },
          },
          tooltip: {
            callbacks: {
              // In lines that stay inside the chart: a tooltip is drawn as given.
              label: (item) => {
                const { fig: f, when } = item.raw as Point;
                const disputed = outOfView.has(item.raw as Point)
                  ? ' · out of view'
                  : f.disagrees
                    ? ' · disputed'
                    : '';
                return wrapWords(
                  `${f.speaker.name}: ${formatFigure(f)} (${whenLabel(when)})${disputed}`,
                  charts.TOOLTIP_CHARS,
                );
              },
              afterLabel: (item) => {
                const { source, relayedFrom } = (item.raw as Point).fig;
                return wrapWords(`in ${sourceWords(source, relayedFrom)}`, charts.TOOLTIP_CHARS);
              },
            },
          },
        },
        onClick: (_e, elements) => {
          const el = elements[0];
          if (!el) return;
          const p = datasets[el.datasetIndex]?.data[el.index];
          if (p) void this.ctx.actions.select(p.fig.claimId, { tab: 'said', center: true });
        },
        onHover: charts.pointerOverPoints,
      },
    };
    this.chart?.destroy();
    this.dated = dated.map((d) => d.p);
    this.walk = datasets.flatMap((ds, datasetIndex) =>
      ds.data.map((p, index) => ({ p, at: { datasetIndex, index } })),
    );
    this.focused = null;
    delete this.canvas.dataset.focused;
    this.chart = new Chart(this.canvas, config);
    this.canvas.dataset.points = String(dated.length);
    this.canvas.dataset.partners = String(partners.length);
    this.canvas.dataset.disputed = String(dated.filter((d) => d.p.fig.disagrees).length);
    const partial = dated.filter((d) => d.p.when.precision !== 'day').length;
    this.canvas.dataset.partialDates = String(partial);
    this.dateNote.hidden = partial === 0;
    this.dateNote.textContent = partial
      ? `${plural(partial, 'figure')} ${partial === 1 ? 'is' : 'are'} dated only to a month or a year ` +
        'by the source: each is drawn across that month or year, its point in the middle.'
      : '';

    const open = (id: string, label: string) => claimLink(this.ctx, id, label);
    // The sides of the pairs listed: the figures drawn, and in view, those
    // of claims out of view the API sends along (partners).
    const byId = new Map([...res.figures, ...(res.partners ?? [])].map((f) => [f.claimId, f]));
    const disagreement = (d: FiguresResponse['disagreements'][number]) => {
      const [a, b] = d.claims.map((id) => byId.get(id));
      return h(
        'li',
        { class: 'disagreement' },
        h(
          'p',
          { class: 'reason' },
          d.reason,
          h('span', { class: 'muted factor' }, ` · ${formatFactor(d.factor)}`),
        ),
        h(
          'p',
          null,
          a ? side(a) : d.claims[0],
          h('span', { class: 'vs' }, ' vs '),
          b ? side(b) : d.claims[1],
        ),
      );
    };
    const side = (f: FigurePoint) =>
      figureSide(
        this.ctx,
        f.claimId,
        `${f.speaker.name}: ${formatFigure(f)}`,
        f.source,
        f.relayedFrom,
      );
    const row = (f: FigurePoint) =>
      h(
        'tr',
        { class: f.disagrees ? 'is-disputed' : '' },
        h('td', { title: partialDateTitle(f) }, formatDate(f.asOf ?? f.date)),
        h(
          'td',
          null,
          h('span', {
            class: 'dot',
            style: `background:${colorOf.get(f.speaker.name) ?? charts.OTHERS_COLOR}`,
          }),
          f.speaker.name,
        ),
        h(
          'td',
          null,
          open(f.claimId, figureWords(f)),
          f.disagrees ? h('span', { class: 'badge badge-disputed' }, 'disputed') : null,
        ),
        h(
          'td',
          { title: sourceTitle(f.source, f.relayedFrom) },
          sourceWords(f.source, f.relayedFrom),
        ),
      );
    // Each figure's dates read once, not at every comparison of the sort or every zoom.
    const withWhen = res.figures
      .map((f) => ({ f, when: figureWhen(f) }))
      .sort((a, b) => (a.when?.mid ?? Infinity) - (b.when?.mid ?? Infinity));
    const byDate = withWhen.map(({ f }) => f);
    this.table = (period) => {
      const shown = period ? inPeriod(withWhen, period).map(({ f }) => f) : byDate;
      const rows = h('tbody', null);
      const moreRows = appendPaged(rows, shown, row, { page: LIST_PAGE, noun: 'figure' });
      return tableBox(
        { id: 'figures-list', dataset: { period: period ? 'zoomed' : 'all' } },
        period
          ? `All figures (${inPeriodLabel(shown.length, byDate.length, 'figure', period)})`
          : `All figures (${plural(byDate.length, 'figure')})`,
        ['Date', 'Speaker', 'Figure', 'Source'],
        rows,
        moreRows,
        undated.length && !period
          ? h(
              'p',
              { class: 'muted' },
              `${plural(undated.length, 'figure')} without a date are listed but not plotted.`,
            )
          : null,
      );
    };
    this.below.replaceChildren(
      res.disagreements.length
        ? this.disagreements(res, disagreement, byId, ids)
        : h(
            'p',
            { class: 'muted', id: 'disagreements', 'data-count': '0' },
            unmeasured
              ? 'These figures are of no measure the model knows (a ratio, hours, a count of ' +
                  'battalions…): they are listed, not plotted on one axis or compared, since ' +
                  'they need not count the same thing.'
              : ids && !res.figures.length
                ? 'None of the claims in view states a figure for this measure.'
                : ids
                  ? 'No figure in view disagrees with a figure of another speaker.'
                  : 'No conflicting figures for this measure.',
          ),
      this.tableSlot,
    );
    // Another measure: its whole span first; the measure a link names, its
    // period (fp=). Attaching draws the table.
    const days = this.ctx.store.get().figuresPeriod;
    this.zoom.attach(this.chart, days && current === this.periodOf ? rangeOfDays(days) : null);
  }

  /**
   * The pairs of figures that disagree, 200 at a time, by date or widest apart
   * first (asked of the API: on a big graph it lists 2,000 of millions).
   */
  private disagreements(
    res: FiguresResponse,
    item: (d: FiguresResponse['disagreements'][number]) => HTMLElement,
    /** The figures `item` names the sides by, which another order's partners join. */
    known: Map<string, FigurePoint>,
    /** The claims in view the pairs are of (null: the graph's). */
    ids: string[] | null,
  ): HTMLElement {
    const heading = h('h3', null);
    const body = h('div', null);
    const order = h(
      'select',
      { id: 'disagreements-order', 'aria-label': 'Order of the disagreements' },
      h('option', { value: 'date', selected: this.order() === 'date' }, 'By date'),
      h('option', { value: 'widest', selected: this.order() === 'widest' }, 'Widest apart first'),
    );
    const section = h(
      'section',
      { class: 'disagreements', id: 'disagreements' },
      h(
        'div',
        { class: 'disagreements-head' },
        heading,
        h(
          'span',
          { class: 'disagreements-tools' },
          order,
          // The measure's pairs, in the order chosen for the list.
          figurePairsCsvButton(
            this.ctx,
            'disagreements-csv',
            () => this.order(),
            (chosen) =>
              ids
                ? this.ctx.api.figurePairsCsvOf(ids, res.measure, chosen)
                : this.ctx.api.figurePairsCsv(res.measure, chosen),
          ),
        ),
      ),
      body,
    );
    const show = (listed: FiguresResponse) => {
      for (const f of listed.partners ?? []) if (!known.has(f.claimId)) known.set(f.claimId, f);
      section.dataset.count = String(listed.disagreements.length);
      section.dataset.order = listed.order;
      section.dataset.state = 'ready';
      heading.textContent = disagreementsHeading(
        listed.disagreements.length,
        listed.disagreementsTotal,
        listed.order,
      );
      const list = h('ul', null);
      const more = appendPaged(list, listed.disagreements, item, {
        page: LIST_PAGE,
        noun: 'disagreement',
      });
      body.replaceChildren(list, more ?? '');
    };
    const load = async () => {
      const wanted = this.order();
      if (wanted === res.order) return show(res);
      section.dataset.state = 'loading';
      try {
        // The same measure's pairs in the other order; the points are those drawn.
        const listed = ids
          ? await this.ctx.api.figuresInView(ids, res.measure, { points: 'none', order: wanted })
          : await cached(`figures:${res.measure ?? ''}:${wanted}`, () =>
              this.ctx.api.figures(res.measure, { points: 'none', order: wanted }),
            );
        if (this.order() === wanted && section.isConnected) show(listed);
      } catch (err) {
        section.dataset.state = 'error';
        body.replaceChildren(
          failureNote('Could not list the disagreements', err, () => void load()),
        );
      }
    };
    order.addEventListener('change', () => {
      // In the store, so that the link keeps it (fo=widest); the list follows at once.
      this.ctx.store.set({ figuresWidest: order.value === 'widest' });
      void load();
    });
    // The measure was asked for in the order chosen (render), so it lists as it came.
    show(res);
    return section;
  }

  /** How the disagreements are listed: the analyst's choice, kept across measures and in the link. */
  private order(): DisagreementOrder {
    return this.ctx.store.get().figuresWidest ? 'widest' : 'date';
  }

  /** The link keeps the days of the period zoomed into, for the measure drawn. */
  private keepInLink(zoomed: ScaleRange | null): void {
    this.periodOf = this.loadedMeasure ?? null;
    const days = zoomed ? dayRangeOf(zoomed) : null;
    if (!sameDayRange(days, this.ctx.store.get().figuresPeriod)) {
      this.ctx.store.set({ figuresPeriod: days });
    }
  }
}
