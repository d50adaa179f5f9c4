/** The calendar unit a time axis's ticks fall on. */
export type CalendarUnit = 'day' | 'month' | 'year';

import type { When } from '../claims/types';

/** Anything drawn on a time axis: a claim or a figure with its date (null: undated). */
export interface Dated {
  when: When | null;
}

/** A period of whole days, as a link keeps it: ISO dates, `from` ≤ `to`. */
export interface DayRange {
  from: string;
  to: string;
}

/** Ticks on calendar boundaries (UTC milliseconds): every `step` days, months or years. */
export interface CalendarTicks {
  unit: CalendarUnit;
  step: number;
  values: number[];
}
