/**
 * What the figures chart and the timeline share: the series colours, the time
 * axis and its calendar ticks, Chart.js itself, and the bars that show a date
 * given only to the month or year.
 */
import type { Chart, ChartEvent, Plugin, Scale } from 'chart.js';
import type { When } from '../core/claims';
import { calendarTickLabel, calendarTicks, paddedRange, type CalendarUnit } from '../core/time';

// No reds: red marks disagreement.
export const SERIES_PALETTE = [
  '#2563eb',
  '#059669',
  '#7c3aed',
  '#0e7490',
  '#db2777',
  '#4d7c0f',
  '#b45309',
  '#475569',
  '#9333ea',
  '#0891b2',
];

/** Characters per line of a tooltip (wrapWords): it stays inside a side panel's chart. */
export const TOOLTIP_CHARS = 56;

/** The series that gathers whoever has no colour of their own. */
export const OTHERS_COLOR = '#94a3b8';

/**
 * The time axis (UTC milliseconds) of a chart of dated points: it holds every
 * date's whole span (`extent`, from timeExtent) with a margin of `padFraction`,
 * and its ticks fall on calendar days, months or years as the shown range
 * (zoomed or not) allows: "2024", "Jan 2025", "12 Jan 2025".
 */
export function timeAxis(extent: [number, number] | null, padFraction: number) {
  const range = extent ? paddedRange(extent, padFraction) : null;
  // The unit of the last ticks built, for their labels.
  let unit: CalendarUnit = 'month';
  return {
    type: 'linear' as const,
    // The axis ends where the data does: linear's round numbers of milliseconds mean nothing here.
    bounds: 'data' as const,
    ...(range ? { min: range[0], max: range[1] } : {}),
    afterBuildTicks: (axis: Scale) => {
      const ticks = calendarTicks(axis.min, axis.max, axis.width);
      unit = ticks.unit;
      axis.ticks = ticks.values.map((value) => ({ value }));
    },
    ticks: { callback: (value: number | string) => calendarTickLabel(Number(value), unit) },
  };
}

/** Chart.js with the zoom plugin registered, loaded when a chart is first drawn. */
export async function loadChartJs(): Promise<typeof import('chart.js')> {
  const [chartjs, zoom] = await Promise.all([import('chart.js'), import('chartjs-plugin-zoom')]);
  chartjs.Chart.register(zoom.default);
  return chartjs;
}

/** A pointer over a chart's points shows they can be clicked. */
export function pointerOverPoints(e: ChartEvent, elements: readonly unknown[]): void {
  const target = e.native?.target as HTMLElement | undefined;
  if (target) target.style.cursor = elements.length ? 'pointer' : '';
}

/**
 * Runs `draw` clipped to the chart's plotting area: a zoomed chart's lines and
 * bars stop at its edges, as its points do.
 */
export function inChartArea(chart: Chart<'scatter'>, draw: () => void): void {
  const { ctx, chartArea: area } = chart;
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
  ctx.clip();
  try {
    draw();
  } finally {
    ctx.restore();
  }
}

/** Calls `draw` for each point of the visible series where it is drawn, with its series' colour. */
export function forEachDrawnPoint<P>(
  chart: Chart<'scatter'>,
  draw: (point: P, at: { x: number; y: number }, color: string) => void,
): void {
  chart.data.datasets.forEach((ds, i) => {
    const meta = chart.getDatasetMeta(i);
    if (meta.hidden) return;
    const color = (ds.borderColor as string | undefined) ?? '#334155';
    (ds.data as unknown as P[]).forEach((p, j) => {
      const el = meta.data[j];
      if (el) draw(p, el, color);
    });
  });
}

/** Where a point is in a chart's datasets. */
export interface ChartPointAt {
  datasetIndex: number;
  index: number;
}

/**
 * Shows the point the keys moved to as pointing at it would: active, with its
 * tooltip. Outside the period shown, `zoom` moves the period to it (`x`, its
 * place on the time axis).
 */
export function showKeyedPoint<D>(
  chart: Chart<'scatter', D>,
  zoom: { show(range: { min: number; max: number }): void },
  at: ChartPointAt,
  x: number,
): void {
  const axis = chart.scales.x!;
  if (x < axis.min || x > axis.max) {
    const half = (axis.max - axis.min) / 2;
    zoom.show({ min: x - half, max: x + half });
  }
  chart.setActiveElements([at]);
  const drawn = chart.getDatasetMeta(at.datasetIndex).data[at.index];
  chart.tooltip?.setActiveElements([at], { x: drawn?.x ?? 0, y: drawn?.y ?? 0 });
  chart.update('none');
}

/** Takes the keys' point off the chart: nothing active, no tooltip. */
export function clearKeyedPoint<D>(chart: Chart<'scatter', D>): void {
  chart.setActiveElements([]);
  chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
  chart.update('none');
}

/**
 * Horizontal bars for dates given only to the month or the year: the span the
 * point may be anywhere in, drawn under the points (which sit at its middle).
 */
export const datePrecisionPlugin: Plugin<'scatter'> = {
  id: 'claimgraphDatePrecision',
  beforeDatasetsDraw(chart) {
    const { ctx } = chart;
    const x = chart.scales.x!;
    inChartArea(chart, () =>
      forEachDrawnPoint<{ when: When }>(chart, ({ when }, at, color) => {
        if (when.precision === 'day') return;
        const left = x.getPixelForValue(when.from);
        const right = x.getPixelForValue(when.to);
        ctx.save();
        ctx.strokeStyle = color;
        ctx.globalAlpha = 0.55;
        ctx.lineWidth = 3;
        ctx.lineCap = 'round';
        ctx.beginPath();
        ctx.moveTo(left, at.y);
        ctx.lineTo(right, at.y);
        ctx.moveTo(left, at.y - 4);
        ctx.lineTo(left, at.y + 4);
        ctx.moveTo(right, at.y - 4);
        ctx.lineTo(right, at.y + 4);
        ctx.stroke();
        ctx.restore();
      }),
    );
  },
};
