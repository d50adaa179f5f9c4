/**
 * What the figures chart and the timeline share: the series colours, the time
 * axis's ticks, and the bars that show a date given only to the month or year.
 */
import type { Chart, ChartEvent, Plugin, Tick } from 'chart.js';
import { timeTickLabel, type When } from '../core/claims';

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

/** The series that gathers whoever has no colour of their own. */
export const OTHERS_COLOR = '#94a3b8';

/**
 * The time axis (UTC milliseconds) of a chart of dated points: it holds every
 * date's whole span (`extent`, from timeExtent), with "Jan 2025" or, on a
 * short axis, "12 Jan 2025" ticks.
 */
export function timeAxis(extent: [number, number] | null, grace: string) {
  return {
    type: 'linear' as const,
    ticks: { maxTicksLimit: 6, callback: timeTick },
    grace,
    ...(extent ? { suggestedMin: extent[0], suggestedMax: extent[1] } : {}),
  };
}

/** A pointer over a chart's points shows they can be clicked. */
export function pointerOverPoints(e: ChartEvent, elements: readonly unknown[]): void {
  const target = e.native?.target as HTMLElement | undefined;
  if (target) target.style.cursor = elements.length ? 'pointer' : '';
}

/** A tick of a time axis in UTC milliseconds: "Oct 2024", or "12 Oct 2024" on a short axis. */
export function timeTick(value: number | string, _index: number, ticks: Tick[]): string {
  const span = ticks.length > 1 ? ticks[ticks.length - 1]!.value - ticks[0]!.value : 0;
  return timeTickLabel(Number(value), span);
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

/**
 * Horizontal bars for dates given only to the month or the year: the span the
 * point may be anywhere in, drawn under the points (which sit at its middle).
 */
export const datePrecisionPlugin: Plugin<'scatter'> = {
  id: 'claimgraphDatePrecision',
  beforeDatasetsDraw(chart) {
    const { ctx } = chart;
    const x = chart.scales.x!;
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
    });
  },
};
