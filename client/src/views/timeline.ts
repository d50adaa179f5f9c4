/**
 * The timeline: who said what, when, for the claims in view. A row per
 * speaker, each claim at its date (a bar across the month or year when the
 * source gives no day), claims that cannot both hold joined by red lines
 * (dashed: figures that disagree). It follows the view: expanding, collapsing
 * or filtering redraws it; clicking a claim opens it.
 */
import type { Chart as ChartType, ChartConfiguration, Plugin, ScatterDataPoint } from 'chart.js';
import { CLAIMS_BY_IDS_MAX, type Claim, type ContradictionBrief } from '../core/api';
import { AGREED_COLOR, DISPUTED_COLOR, shortLabel, wrapWords } from '../core/appearance';
import { claimsInView } from '../core/display';
import { formatDate, timeExtent, whenLabel } from '../core/claims';
import { formatCount, NO_CLAIMS_IN_VIEW, plural } from '../core/format';
import {
  buildTimeline,
  chronological,
  KEY_STEPS,
  linksToDraw,
  MAX_LINKS_DRAWN,
  stepFrom,
  type Timeline,
  type TimelineLink,
  type TimelinePoint,
} from '../core/timeline';
import { dayRangeOf, inPeriod, inPeriodLabel, rangeOfDays, sameDayRange } from '../core/time';
import { ChartZoom, type ScaleRange } from './chart-zoom';
import {
  clearKeyedPoint,
  datePrecisionPlugin,
  forEachDrawnPoint,
  inChartArea,
  loadChartJs,
  OTHERS_COLOR,
  pointerOverPoints,
  SERIES_PALETTE,
  showKeyedPoint,
  timeAxis,
  TOOLTIP_CHARS,
  type ChartPointAt,
} from './charts';
import { claimLink } from './claim-card';
import type { AppContext } from './context';
import { cached } from './cache';
import { appendPaged, h, tableBox } from './dom';
import { failureNote } from './failure';
import { followView } from './follow-view';
import { ScopeChoice } from './scope-choice';

/** Rows tall enough for a label and a few stacked claims. */
const ROW_PX = 34;
/** Rows of the table below the chart drawn at once; the rest on request. */
const LIST_PAGE = 200;
/** What `loaded.key` holds when the graph's claims were read rather than those in view. */
const ALL_KEY = '*';
/** Claims per read of the graph's claims (the most /api/claims answers at once). */
const ALL_PAGE = 500;

interface Point extends ScatterDataPoint {
  point: TimelinePoint;
  when: TimelinePoint['when'];
}

/** Lines between the claims of each link drawn, under the points: red, or green where they agree. */
function linksPlugin(links: () => readonly TimelineLink[]): Plugin<'scatter'> {
  return {
    id: 'claimgraphTimelineLinks',
    beforeDatasetsDraw(chart) {
      const { ctx } = chart;
      const where = new Map<string, { x: number; y: number }>();
      forEachDrawnPoint<Point>(chart, (p, at) => where.set(p.point.claim.id, at));
      // A line to a claim outside a zoomed period runs to the chart's edge.
      inChartArea(chart, () => {
        ctx.save();
        ctx.lineWidth = 1.5;
        ctx.globalAlpha = 0.8;
        for (const link of links()) {
          const a = where.get(link.a);
          const b = where.get(link.b);
          if (!a || !b) continue;
          ctx.strokeStyle = link.agrees ? AGREED_COLOR : DISPUTED_COLOR;
          ctx.setLineDash(link.recorded ? [] : [5, 4]);
          ctx.beginPath();
          ctx.moveTo(a.x, a.y);
          ctx.lineTo(b.x, b.y);
          ctx.stroke();
        }
        ctx.restore();
      });
    },
  };
}

export class TimelineView {
  readonly el = h('div', { class: 'timeline', id: 'timeline' });
  private summary = h('p', { class: 'timeline-summary', id: 'timeline-summary' });
  private chartBox = h('div', { class: 'chart-box timeline-box' });
  private canvas = h('canvas', {
    id: 'timeline-chart',
    // As the graph: a screen reader passes the arrow keys on, which walk its claims (onKey).
    role: 'application',
    tabindex: '0',
    'aria-label':
      'Claims over time, a row per speaker. Arrow keys: left and right through time, ' +
      'up and down to the next row; Enter opens the claim.',
  });
  /** Says the claim the keys moved to, for screen readers. */
  private live = h('p', { class: 'visually-hidden', id: 'timeline-live', 'aria-live': 'polite' });
  private below = h('div', { class: 'timeline-below' });
  private scope = new ScopeChoice(
    'timeline',
    { view: 'Claims in view', all: 'All claims in the graph' },
    (inView) => {
      this.ctx.store.set({ timelineAll: !inView });
      void this.render();
    },
  );
  private chart: ChartType<'scatter', Point[]> | null = null;
  private timeline: Timeline = { lanes: [], points: [], undated: [], links: [] };
  /** The claims last read, and for which ids: a redraw for new disputes reads nothing. */
  private loaded: { key: string; claims: Claim[]; total: number } | null = null;
  /** The recorded corroborations (the first 2,000), read afresh at each render: green lines. */
  private corroborations: readonly ContradictionBrief[] = [];
  private generation = 0;
  /** The claim the pointer is on: with many links, only its own are drawn. */
  private pointed: string | null = null;
  /** The claim the arrow keys are on, kept by id across redraws. */
  private focusedId: string | null = null;
  /** Where each point of the timeline is in the chart's datasets. */
  private pointAt: ChartPointAt[] = [];
  /** The period zoomed into while a redrawn chart waits for Chart.js. */
  private keptZoom: ScaleRange | null = null;
  private zoom = new ChartZoom(
    'timeline',
    'claim',
    () => this.timeline.points,
    // The table and the link follow the chart into a period (a chart being replaced reports nothing).
    (zoomed) => {
      if (!this.chart) return;
      this.showTable(zoomed);
      this.keepInLink(zoomed);
    },
  );
  /** The table below the chart, which lists the claims of the period shown. */
  private tableSlot = h('div', { class: 'timeline-table' });

  constructor(private readonly ctx: AppContext) {
    this.chartBox.append(this.canvas, this.live);
    this.canvas.addEventListener('keydown', (e) => this.onKey(e));
    this.canvas.addEventListener('blur', () => this.showFocus(null));
    this.el.append(this.scope.el, this.summary, this.zoom.el, this.chartBox, this.below);
    // The timeline follows the view while it is open (the graph's claims do not change with it).
    followView(
      ctx.display,
      () => this.el.isConnected && !ctx.store.get().timelineAll,
      () => void this.render(),
    );
    // New disputes need no listener: the side panel renders its view again on them.
  }

  title(): string {
    return 'Timeline: who said what, when';
  }

  /** Reads (when they changed) and draws the claims in view, or the graph's. */
  async render(): Promise<void> {
    const generation = ++this.generation;
    const all = this.ctx.store.get().timelineAll;
    this.scope.show(!all);
    // The claims on the canvas: the first CLAIMS_BY_IDS_MAX by id are read.
    const inViewIds = all ? [] : claimsInView(this.ctx.display);
    const ids = inViewIds.slice(0, CLAIMS_BY_IDS_MAX);
    const inView = inViewIds.length;
    const key = all ? ALL_KEY : ids.join('\n');
    // The same claims in view: nothing to read, but pairs recorded meanwhile are drawn.
    if (!all && this.loaded?.key === key) {
      await this.readCorroborations();
      if (generation === this.generation) this.draw();
      return;
    }
    if (!all && ids.length === 0) {
      this.loaded = { key, claims: [], total: 0 };
      return this.draw();
    }
    this.el.dataset.state = 'loading';
    if (this.loaded?.key !== key) {
      this.summary.textContent = all
        ? 'Loading the claims of the graph…'
        : `Loading ${plural(ids.length, 'claim')}…`;
    }
    try {
      // The graph's claims are kept until something is written to the graph.
      const res = all
        ? await cached('timeline:all', () => this.readAll())
        : await this.ctx.api.claimsOf(ids);
      // Which of them are disputed: the points and the table mark them.
      await Promise.all([
        this.ctx.disputes.ensure(res.claims.map((c) => c.id)),
        this.readCorroborations(),
      ]);
      if (generation !== this.generation) return;
      this.loaded = { key, claims: res.claims, total: all ? res.total : inView };
      this.draw();
    } catch (err) {
      if (generation !== this.generation) return;
      this.loaded = null;
      this.el.dataset.state = 'error';
      this.summary.textContent = '';
      this.chart?.destroy();
      this.chart = null;
      this.zoom.detach();
      this.chartBox.hidden = true;
      this.below.replaceChildren(
        failureNote(
          all ? 'Could not load the claims of the graph' : 'Could not load the claims in view',
          err,
          () => void this.render(),
        ),
      );
    }
  }

  /**
   * The recorded corroborations, for their green lines (a 304 when none changed). Lines
   * are an addition to the claims drawn: a failure keeps those read before.
   */
  private async readCorroborations(): Promise<void> {
    try {
      this.corroborations = (await this.ctx.api.corroborationBriefs()).corroborations;
    } catch {
      // The claims and the disputes still draw; the next render reads them again.
    }
  }

  /** The graph's claims in date order, the first CLAIMS_BY_IDS_MAX, a page at a time. */
  private async readAll(): Promise<{ total: number; claims: Claim[] }> {
    const claims: Claim[] = [];
    let total = Number.POSITIVE_INFINITY;
    while (claims.length < Math.min(total, CLAIMS_BY_IDS_MAX)) {
      const page = await this.ctx.api.claims({ limit: ALL_PAGE, offset: claims.length });
      total = page.total;
      if (page.claims.length === 0) break;
      claims.push(...page.claims);
    }
    return {
      total: Number.isFinite(total) ? total : claims.length,
      claims: claims.slice(0, CLAIMS_BY_IDS_MAX),
    };
  }

  private draw(): void {
    const total = this.loaded?.total ?? 0;
    const where = this.loaded?.key === ALL_KEY ? 'in the graph' : 'in view';
    const claims = this.loaded?.claims ?? [];
    const timeline = buildTimeline(
      claims,
      this.ctx.store.get().disputed,
      undefined,
      this.corroborations,
    );
    this.timeline = timeline;
    const { lanes, points, undated, links } = timeline;
    this.el.dataset.points = String(points.length);
    this.el.dataset.lanes = String(lanes.length);
    this.el.dataset.links = String(links.length);
    this.el.dataset.undated = String(undated.length);
    this.summary.textContent = this.describe(timeline, total, where);
    // A period zoomed into stays zoomed into when the view changes.
    const zoomed = points.length
      ? (this.zoom.zoomed() ?? this.keptZoom ?? this.periodInLink())
      : null;
    this.chart?.destroy();
    this.chart = null;
    this.zoom.detach();
    this.chartBox.hidden = points.length === 0;
    if (points.length) void this.drawChart(timeline, zoomed);
    else this.el.dataset.state = 'ready';
    this.showTable(zoomed);
    const parts = [
      links.length
        ? h(
            'p',
            { class: 'muted chart-note', id: 'timeline-note' },
            'Red lines join claims that cannot both hold: solid where someone recorded why, ' +
              'dashed where their figures disagree; green lines, claims recorded as bearing ' +
              'each other out' +
              (links.length > MAX_LINKS_DRAWN
                ? ` (${formatCount(links.length)} pairs are too many to draw at once: ` +
                  'point at a claim to draw its own)'
                : '') +
              '. A bar: the source dates the claim only to a month or a year.',
          )
        : null,
      this.tableSlot,
    ];
    this.below.replaceChildren(...parts.filter((p) => p !== null));
  }

  /** The index of the claim the keys are on, if it is drawn. */
  private focusedIndex(): number | null {
    const k = this.timeline.points.findIndex((p) => p.claim.id === this.focusedId);
    return k >= 0 ? k : null;
  }

  /**
   * The arrow keys walk the claims drawn (core/timeline stepFrom), Home and
   * End go to the first and the last; Enter opens the claim. Each move shows
   * the claim's tooltip, lights it up on the graph and is said aloud.
   */
  private onKey(e: KeyboardEvent): void {
    const step = KEY_STEPS[e.key];
    const at = this.focusedIndex();
    if (e.key === 'Enter' && at !== null) {
      e.preventDefault();
      const id = this.timeline.points[at]!.claim.id;
      void this.ctx.actions.select(id, { tab: 'said', center: true });
      return;
    }
    if (!step || !this.chart) return;
    e.preventDefault();
    this.showFocus(stepFrom(this.timeline.points, at, step));
  }

  /** Shows the claim the keys are on (none: clears it). */
  private showFocus(k: number | null): void {
    const chart = this.chart;
    const p = k === null ? null : this.timeline.points[k];
    const el = k === null ? undefined : this.pointAt[k];
    if (!chart || !p || !el) {
      if (chart && this.canvas.dataset.focused) clearKeyedPoint(chart);
      delete this.canvas.dataset.focused;
      this.lightUp(null);
      return;
    }
    this.focusedId = p.claim.id;
    this.canvas.dataset.focused = p.claim.id;
    // Before the redraw: with many links, only the pointed claim's are drawn.
    this.pointed = p.claim.id;
    showKeyedPoint(chart, this.zoom, el, p.when.mid);
    this.lightUp(p.claim.id);
    const disputes = this.ctx.disputes.countOf(
      p.claim.id,
      this.ctx.store.get().disputed.get(p.claim.id),
    );
    this.live.textContent =
      `${p.claim.speaker.name}, ${whenLabel(p.when)}: ${shortLabel(p.claim.text, 160)}` +
      `${disputes ? ` Disputed (${disputes}).` : ''}`;
  }

  /** The claim pointed at or walked to lights up on the graph, as hovering it there would. */
  private lightUp(id: string | null): void {
    this.ctx.light.set(id, this.canvas);
  }

  /** The period a link names (tp=), until the chart is zoomed otherwise or shows all. */
  private periodInLink(): ScaleRange | null {
    const days = this.ctx.store.get().timelinePeriod;
    return days ? rangeOfDays(days) : null;
  }

  /** The link keeps the days of the period zoomed into. */
  private keepInLink(zoomed: ScaleRange | null): void {
    const days = zoomed ? dayRangeOf(zoomed) : null;
    if (!sameDayRange(days, this.ctx.store.get().timelinePeriod)) {
      this.ctx.store.set({ timelinePeriod: days });
    }
  }

  /** The table below the chart: every claim, or those of the period zoomed into. */
  private showTable(period: ScaleRange | null): void {
    const { points, undated } = this.timeline;
    this.tableSlot.replaceChildren(
      points.length + undated.length ? this.inDateOrder(this.timeline, period) : '',
    );
  }

  /**
   * The same claims as a table in date order, undated last: what the chart
   * shows, to read from first to last (and for a screen reader, which the
   * canvas says nothing to). 200 rows at a time. Zoomed into a period, only
   * its claims.
   */
  private inDateOrder(timeline: Timeline, period: ScaleRange | null): HTMLElement {
    const undated = timeline.undated;
    const disputed = this.ctx.store.get().disputed;
    const row = (c: Claim, when: TimelinePoint['when'] | null) =>
      h(
        'tr',
        {
          class: [
            (disputed.get(c.id)?.length ?? 0) > 0 ? 'is-disputed' : '',
            when ? '' : 'is-undated',
          ]
            .filter(Boolean)
            .join(' '),
        },
        h(
          'td',
          { title: when && when.precision !== 'day' ? whenLabel(when) : undefined },
          when ? formatDate(when.iso) : 'undated',
        ),
        h('td', null, c.speaker.name),
        h('td', null, claimLink(this.ctx, c.id, shortLabel(c.text, 110))),
        h('td', null, c.source.outlet ?? c.source.title),
      );
    const rows = h('tbody', null);
    const all = chronological(timeline);
    const ordered = period ? inPeriod(all, period) : all;
    const more = appendPaged(rows, ordered, ({ claim, when }) => row(claim, when), {
      page: LIST_PAGE,
      noun: 'claim',
    });
    return tableBox(
      { id: 'timeline-list', dataset: { period: period ? 'zoomed' : 'all' } },
      period
        ? `In date order (${inPeriodLabel(ordered.length, all.length, 'claim', period)})`
        : `In date order (${plural(ordered.length, 'claim')}` +
            `${undated.length ? `, ${formatCount(undated.length)} without a date, last` : ''})`,
      ['Date', 'Speaker', 'Claim', 'Source'],
      rows,
      more,
    );
  }

  /** "69 claims in view: 57 dated, from 2021 to 2025, by 30 speakers; 12 without a date; …" */
  private describe({ points, undated, links }: Timeline, total: number, where: string): string {
    if (total === 0) {
      return where === 'in view' ? NO_CLAIMS_IN_VIEW : 'The graph holds no claims yet.';
    }
    const read = points.length + undated.length;
    const cut =
      total > read
        ? ` (the ${where === 'in view' ? 'first' : 'earliest'} ${formatCount(read)} of ${formatCount(total)} are read)`
        : '';
    const parts: string[] = [];
    if (points.length) {
      const first = points.reduce((a, b) => (b.when.from < a.when.from ? b : a));
      const last = points.reduce((a, b) => (b.when.to > a.when.to ? b : a));
      const speakers = new Set(points.map((p) => p.claim.speaker.id)).size;
      parts.push(
        `${formatCount(points.length)} dated, from ${formatDate(first.when.iso)} to ` +
          `${formatDate(last.when.iso)}, by ${plural(speakers, 'speaker')}`,
      );
    }
    if (undated.length) parts.push(`${formatCount(undated.length)} without a date`);
    const agree = links.filter((l) => l.agrees).length;
    const disputes = links.length - agree;
    if (disputes) parts.push(`${plural(disputes, 'pair')} that cannot both hold`);
    if (agree) parts.push(`${plural(agree, 'pair')} recorded as bearing each other out`);
    return `${plural(read, 'claim')} ${where}${cut}${parts.length ? `: ${parts.join('; ')}` : ''}.`;
  }

  private async drawChart(timeline: Timeline, zoomed: ScaleRange | null): Promise<void> {
    const generation = this.generation;
    // Kept while Chart.js loads, in case the timeline is drawn again meanwhile.
    this.keptZoom = zoomed;
    const chartjs = await loadChartJs();
    if (generation !== this.generation || timeline !== this.timeline) return;
    this.keptZoom = null;
    const { Chart, ScatterController, PointElement, LinearScale, Tooltip } = chartjs;
    Chart.register(ScatterController, PointElement, LinearScale, Tooltip);
    const { lanes, points } = timeline;
    const disputed = this.ctx.store.get().disputed;
    const colorOf = (lane: number) =>
      lanes[lane]?.key === '' ? OTHERS_COLOR : SERIES_PALETTE[lane % SERIES_PALETTE.length]!;
    const pointAt: ChartPointAt[] = [];
    const datasets = lanes.map((lane, i) => {
      const data: Point[] = [];
      points.forEach((p, k) => {
        if (p.lane !== i) return;
        pointAt[k] = { datasetIndex: i, index: data.length };
        data.push({ x: p.when.mid, y: p.y, point: p, when: p.when });
      });
      const isDisputed = data.map((p) => (disputed.get(p.point.claim.id)?.length ?? 0) > 0);
      return {
        label: lane.label,
        data,
        borderColor: colorOf(i),
        backgroundColor: colorOf(i),
        pointRadius: isDisputed.map((d) => (d ? 6 : 5)),
        pointHoverRadius: 8,
        pointBorderWidth: isDisputed.map((d) => (d ? 3 : 1)),
        pointBorderColor: isDisputed.map((d) => (d ? DISPUTED_COLOR : '#ffffff')),
      };
    });
    const extent = timeExtent(points.map((p) => p.when));
    const config: ChartConfiguration<'scatter', Point[]> = {
      type: 'scatter',
      data: { datasets },
      plugins: [
        linksPlugin(() => linksToDraw(this.timeline.links, this.pointed)),
        datePrecisionPlugin,
      ],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        parsing: false,
        layout: { padding: { top: 6, right: 14 } },
        scales: {
          x: { ...timeAxis(extent, 0.03), position: 'top' },
          y: {
            type: 'linear',
            reverse: true,
            min: -0.5,
            max: lanes.length - 0.5,
            afterBuildTicks: (axis) => {
              axis.ticks = lanes.map((_l, i) => ({ value: i }));
            },
            ticks: {
              autoSkip: false,
              callback: (v) => shortLabel(lanes[Number(v)]?.label ?? '', 26),
            },
            grid: { offset: false },
          },
        },
        plugins: {
          zoom: this.zoom.options(),
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => {
                const p = (items[0]?.raw as Point | undefined)?.point;
                return p
                  ? wrapWords(`${p.claim.speaker.name} · ${whenLabel(p.when)}`, TOOLTIP_CHARS)
                  : '';
              },
              label: (item) =>
                wrapWords(shortLabel((item.raw as Point).point.claim.text, 160), TOOLTIP_CHARS),
              afterLabel: (item) => {
                const c = (item.raw as Point).point.claim;
                const n = this.ctx.disputes.countOf(c.id, disputed.get(c.id));
                const source = `in ${c.source.outlet ?? c.source.title}`;
                return wrapWords(n ? `${source} · disputed (${n})` : source, TOOLTIP_CHARS);
              },
            },
          },
        },
        onClick: (_e, elements) => {
          const el = elements[0];
          const p = el ? datasets[el.datasetIndex]?.data[el.index] : undefined;
          if (p) void this.ctx.actions.select(p.point.claim.id, { tab: 'said', center: true });
        },
        onHover: (e, elements) => {
          pointerOverPoints(e, elements);
          // The claim pointed at lights up on the graph, as hovering it there would.
          const el = elements[0];
          const id = el ? datasets[el.datasetIndex]?.data[el.index]?.point.claim.id : undefined;
          this.lightUp(id ?? null);
          if ((id ?? null) !== this.pointed) {
            this.pointed = id ?? null;
            if (this.timeline.links.length > MAX_LINKS_DRAWN) this.chart?.draw();
          }
        },
      },
    };
    this.chartBox.style.height = `${Math.max(160, 48 + lanes.length * ROW_PX)}px`;
    this.chart = new Chart(this.canvas, config);
    this.pointAt = pointAt;
    this.zoom.attach(this.chart, zoomed);
    // The keys stay on their claim when it is still drawn.
    if (document.activeElement === this.canvas) this.showFocus(this.focusedIndex());
    this.el.dataset.state = 'ready';
  }
}
