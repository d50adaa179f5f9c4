/** The calendar unit a time axis's ticks fall on. */
export type CalendarUnit = 'day' | 'month' | 'year';

/** Ticks on calendar boundaries (UTC milliseconds): every `step` days, months or years. */
export interface CalendarTicks {
  unit: CalendarUnit;
  step: number;
  values: number[];
}
