/**
 * Zooming a time chart into a period: drag across it (the drag is drawn),
 * Ctrl-scroll, Shift-drag to move along, or the buttons, which keyboard users
 * reach. A line above the chart says what it shows ("3 Oct 2024 – 15 Jan
 * 2025: 18 of 32 dated claims") and "Show all" returns to the whole span.
 * The zooming itself is chartjs-plugin-zoom's, on the time (x) axis only.
 */
import type { Chart } from 'chart.js';
import type { ZoomPluginOptions } from 'chartjs-plugin-zoom/types/options';
import { formatCount, plural } from '../core/format';
import { DAY_MS, dayRangeOf, inPeriod, overlaps, rangeLabel, type Dated } from '../core/time';
import { h } from './dom';

/** Each press of a zoom button shows this much less (or more) time. */
const ZOOM_STEP = 1.5;
/** Zoomed in no further than this: a day's points would pile up past it anyway. */
const MIN_RANGE_MS = 2 * DAY_MS;

export type ScaleRange = { min: number; max: number };

export class ChartZoom {
  readonly el: HTMLElement;
  private readonly status: HTMLElement;
  private readonly zoomIn: HTMLButtonElement;
  private readonly zoomOut: HTMLButtonElement;
  private readonly reset: HTMLButtonElement;
  private chart: Chart<'scatter', unknown[]> | null = null;

  /** The range last reported to `onChange` ("" for none). */
  private reported = '';

  /**
   * `id` names the bar (`${id}-zoom`); `dated()` gives what the chart draws
   * (`noun`: "claim"), which the bar counts in a period: "18 of 32 dated claims".
   */
  constructor(
    id: string,
    private readonly noun: string,
    private readonly dated: () => readonly Dated[],
    /** Told when the chart is zoomed into another period, or back to the whole span (null). */
    private readonly onChange: (zoomed: ScaleRange | null) => void = () => {},
  ) {
    const button = (label: string, title: string, action: () => void) => {
      const b = h('button', { type: 'button', class: 'chart-zoom-btn', title }, label);
      b.addEventListener('click', () => {
        action();
        this.update();
      });
      return b;
    };
    this.zoomIn = button('Zoom in', 'Show a shorter period around the middle', () =>
      this.zoomBy(1 / ZOOM_STEP),
    );
    this.zoomOut = button('Zoom out', 'Show a longer period', () => this.zoomBy(ZOOM_STEP));
    this.reset = button('Show all', 'Show the whole span again', () => this.chart?.resetZoom());
    this.status = h('span', { class: 'chart-zoom-status', role: 'status' });
    this.el = h(
      'div',
      { class: 'chart-zoom', id: `${id}-zoom` },
      this.status,
      h('span', { class: 'chart-zoom-buttons' }, this.zoomIn, this.zoomOut, this.reset),
    );
    this.update();
  }

  /** The plugin's options for the chart this bar drives. */
  options(): ZoomPluginOptions {
    const update = () => this.update();
    return {
      zoom: {
        mode: 'x',
        drag: {
          enabled: true,
          // A click on a point is not a drag.
          threshold: 8,
          backgroundColor: 'rgba(37, 99, 235, 0.12)',
          borderColor: '#2563eb',
          borderWidth: 1,
        },
        // Plain scrolling scrolls the panel.
        wheel: { enabled: true, modifierKey: 'ctrl' },
        onZoomComplete: update,
      },
      pan: { enabled: true, mode: 'x', modifierKey: 'shift', onPanComplete: update },
      limits: { x: { min: 'original', max: 'original', minRange: MIN_RANGE_MS } },
    };
  }

  /**
   * Shows `factor` times the period shown, around the same middle, within the
   * whole span (the plugin's own zoom steps in and out by different amounts).
   */
  private zoomBy(factor: number): void {
    const x = this.chart?.scales.x;
    if (!this.chart || !x) return;
    const mid = (x.min + x.max) / 2;
    const half = ((x.max - x.min) / 2) * factor;
    this.chart.zoomScale('x', this.within({ min: mid - half, max: mid + half }));
  }

  /**
   * A range moved (not cut) into the whole span, at least MIN_RANGE_MS long:
   * the plugin holds drags and wheels to its limits, but not ranges given to it.
   */
  private within(r: ScaleRange): ScaleRange {
    const all = this.chart?.getInitialScaleBounds().x;
    const lo = all?.min ?? Number.NEGATIVE_INFINITY;
    const hi = all?.max ?? Number.POSITIVE_INFINITY;
    const width = Math.max(MIN_RANGE_MS, Math.min(r.max - r.min, hi - lo));
    const min = Math.max(lo, Math.min(r.min, hi - width));
    return { min, max: min + width };
  }

  /** Shows a period (clamped to the whole span), as a drag to it would. */
  show(range: ScaleRange): void {
    this.chart?.zoomScale('x', this.within(range), 'none');
    this.update();
  }

  /** The range shown when the chart is zoomed or moved along; null when it shows all. */
  zoomed(): ScaleRange | null {
    const chart = this.chart;
    if (!chart || !chart.isZoomedOrPanned()) return null;
    const x = chart.scales.x;
    return x ? { min: x.min, max: x.max } : null;
  }

  /**
   * Drives a new chart. `keep`, a range shown before (the same claims
   * redrawn after the view changed), is shown again when it still holds data
   * of the new chart; otherwise the chart shows all.
   */
  attach(chart: Chart<'scatter', unknown[]>, keep: ScaleRange | null = null): void {
    this.chart = chart;
    const all = chart.scales.x;
    if (keep && all && overlaps({ from: keep.min, to: keep.max }, all.min, all.max)) {
      // As it was, even past the new span's ends: the analyst's period, not the data's.
      chart.zoomScale('x', keep, 'none');
    }
    // Reported whatever it was before: the caller may have assumed `keep`.
    this.reported = '\0';
    this.update();
  }

  /** The chart is gone (nothing to draw, or it failed). */
  detach(): void {
    this.chart = null;
    this.update();
  }

  /** "18 of 32 dated claims": how many of the chart's dates fall in `range`. */
  private describe(range: ScaleRange): string {
    const dated = this.dated();
    const shown = inPeriod(dated, range).length;
    return `${formatCount(shown)} of ${plural(dated.length, `dated ${this.noun}`)}`;
  }

  /** The status line and buttons, after any zoom or move. */
  private update(): void {
    const chart = this.chart;
    const x = chart?.scales.x;
    const zoomed = this.zoomed();
    this.el.hidden = !chart;
    this.el.dataset.zoomed = String(zoomed !== null);
    if (!chart || !x) return;
    const range = { min: x.min, max: x.max };
    // The range in UTC ms, and its days (for a test or a script to read).
    this.el.dataset.min = String(range.min);
    this.el.dataset.max = String(range.max);
    Object.assign(this.el.dataset, dayRangeOf(range));
    this.status.textContent = zoomed
      ? `${rangeLabel(range.min, range.max)}: ${this.describe(range)}.`
      : 'Drag across the chart to zoom into a period; Shift-drag moves along it.';
    this.reset.disabled = !zoomed;
    this.zoomIn.disabled = range.max - range.min <= MIN_RANGE_MS * 1.01;
    this.zoomOut.disabled = !zoomed;
    const key = zoomed ? `${zoomed.min}-${zoomed.max}` : '';
    if (key !== this.reported) {
      this.reported = key;
      this.onChange(zoomed);
    }
  }
}
