/**
 * Figures over time and where speakers disagree. Two figures for the same
 * measure and unit disagree when they come from different speakers, describe
 * dates that may lie within DISAGREEMENT_WINDOW_DAYS of each other (or either is
 * undated), and their ranges do not overlap once hedges ("about", "up to") are
 * allowed for. A date given only to the month or the year may be any day of it:
 * "2025" is compared with every figure of 2025, not only with those of January.
 */
import { dateSpan, figureAmount, UNMEASURED } from '../../seed/model';
import type { ComparedClaim, FigureClaim, FigureJson } from './claims';
import { runToEnd } from './steps';

export const DISAGREEMENT_WINDOW_DAYS = 45;
/** Slack for "about 4,000": ±10%. */
const APPROXIMATE =
  /\b(about|around|approximately|roughly|some|nearly|close to|almost|estimated|reportedly)\b/i;
const AT_MOST = /\b(up to|at most|no more than|fewer than|less than|under)\b/i;
const AT_LEAST = /\b(over|more than|at least|above|upwards of|exceeding)\b/i;

export interface FigurePoint {
  claimId: string;
  speaker: { id: string; name: string };
  source: { id: string; title: string; outlet: string | null };
  /** The report its source relays it from, when it does ("Fakti, from News.bg"). */
  relayedFrom: { id: string; title: string; outlet: string | null } | null;
  date: string | null;
  asOf: string | null;
  measure: string;
  unit: string;
  value?: number;
  low?: number;
  high?: number;
  qualifier?: string;
  text: string;
  excerpt: string;
  quote: boolean;
  disagrees: boolean;
}

/** What finding disagreements reads of a point: no provenance, no text. */
export type ComparedPoint = Pick<
  FigurePoint,
  | 'claimId'
  | 'speaker'
  | 'date'
  | 'asOf'
  | 'measure'
  | 'unit'
  | 'value'
  | 'low'
  | 'high'
  | 'qualifier'
  | 'disagrees'
>;

export interface Disagreement {
  measure: string;
  claims: [string, string];
  /** Each claim's figure as the reason names it: "Antony Blinken: 8,000 (2024-10-31)". */
  sides: [string, string];
  /** The two sides, "… vs …". */
  reason: string;
  /**
   * How far apart the two figures are: the larger side's nearest stated figure
   * over the smaller's ("3,000" against "10,000–12,000": 3.33). Stated, not
   * hedged: "about 3,000" counts as 3,000 here. Null when the smaller is 0.
   */
  factor: number | null;
}

/** Disagreeing pairs of each measure kept widest apart first (the Disputes panel lists them). */
export const WIDEST_PER_MEASURE = 3;

/** The range a figure states, hedges left out: "10,000–12,000", "3,000" as [3,000, 3,000]. */
export function statedInterval(f: Pick<FigureJson, 'value' | 'low' | 'high'>): [number, number] {
  return [f.low ?? f.value ?? 0, f.high ?? f.value ?? Number.POSITIVE_INFINITY];
}

/** The range a figure allows, hedges included: "about 4,000" is 3,600–4,400. */
export function interval(
  f: Pick<FigureJson, 'value' | 'low' | 'high' | 'qualifier'>,
): [number, number] {
  let [lo, hi] = statedInterval(f);
  const q = f.qualifier ?? '';
  if (AT_MOST.test(q)) lo = 0;
  if (AT_LEAST.test(q)) hi = Number.POSITIVE_INFINITY;
  if (APPROXIMATE.test(q)) {
    lo *= 0.9;
    hi *= 1.1;
  }
  return [lo, hi];
}

const DAY_MS = 86_400_000;

/** The first and last day (days since 1970) a YYYY, YYYY-MM or YYYY-MM-DD date may be. */
export function daySpan(iso: string | null): [number, number] | null {
  const span = dateSpan(iso);
  return span && [span[0] / DAY_MS, span[1] / DAY_MS];
}

/**
 * Whether two figures' dates, as daySpan gives them, may lie within
 * DISAGREEMENT_WINDOW_DAYS of each other: an undated one (null) may be any day.
 */
export function withinWindow(a: [number, number] | null, b: [number, number] | null): boolean {
  return !a || !b || Math.max(a[0], b[0]) - Math.min(a[1], b[1]) <= DISAGREEMENT_WINDOW_DAYS;
}

/** Whether two ranges [low, high] share a number. */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** "Antony Blinken: 8,000 (2024-10-31)": a point as a disagreement's reason names it. */
export function describePoint(p: ComparedPoint): string {
  const when = p.asOf ?? p.date;
  return `${p.speaker.name}: ${describeAmount(p)}${when ? ` (${when})` : ''}`;
}

/**
 * Number formats made once: toLocaleString builds one per call, and V8 keeps
 * only the last locale's, so figures (en-US) named between factors (en-GB)
 * cost ~50 µs each, 2.6 s for a 10,000-row claims table at scale.
 */
const FIGURE_FORMAT = new Intl.NumberFormat('en-US');
const FACTOR_FORMAT = new Intl.NumberFormat('en-GB');

/** "about 3,800", "10,000–12,000": a figure's amount as stated, hedge first. */
export function describeAmount(
  p: Pick<ComparedPoint, 'value' | 'low' | 'high' | 'qualifier'>,
): string {
  const n = (x: number) => FIGURE_FORMAT.format(x);
  // A range open at one end ("over 10,000") names the end it has.
  const amount =
    p.value !== undefined
      ? n(p.value)
      : [p.low, p.high]
          .filter((x) => x !== undefined)
          .map(n)
          .join('–');
  return `${p.qualifier ? `${p.qualifier} ` : ''}${amount}`;
}

/** One point per figure of each claim (of `measure` only, when given), in the claims' order. */
function pointsOf<C extends ComparedClaim, P>(
  claims: C[],
  measure: string | null,
  point: (c: C, f: FigureJson) => P,
): P[] {
  const points: P[] = [];
  for (const c of claims) {
    for (const f of c.figures) if (!measure || f.measure === measure) points.push(point(c, f));
  }
  return points;
}

/** The figure's own fields of a point. */
function figureFields(f: FigureJson) {
  return {
    asOf: f.asOf ?? null,
    measure: f.measure,
    unit: f.unit,
    ...figureAmount(f),
  };
}

/** A point as findDisagreementsCapped compares it: no provenance, no text. */
function comparedPoint(c: ComparedClaim, f: FigureJson): ComparedPoint {
  return {
    claimId: c.id,
    speaker: { id: c.speaker.id, name: c.speaker.name },
    date: c.date,
    ...figureFields(f),
    disagrees: false,
  };
}

export function figurePoints(claims: FigureClaim[], measure: string | null): FigurePoint[] {
  return pointsOf(claims, measure, (c, f) => ({
    ...comparedPoint(c, f),
    source: { id: c.source.id, title: c.source.title, outlet: c.source.outlet },
    relayedFrom: c.relayedFrom,
    text: f.text,
    excerpt: c.excerpt,
    quote: c.quote,
  }));
}

/** The points as findDisagreementsCapped compares them, when they are not sent. */
export function comparedPoints(claims: ComparedClaim[], measure: string | null): ComparedPoint[] {
  return pointsOf(claims, measure, comparedPoint);
}

/** Marks points that disagree with another speaker's and lists each conflicting pair once. */
export function findDisagreements(points: ComparedPoint[]): Disagreement[] {
  return findDisagreementsCapped(points, Number.POSITIVE_INFINITY).list;
}

/** The order of a capped list: the first pairs (by the first point, then the second), or the widest apart. */
export type PairOrder = 'first' | 'widest';

/** What findDisagreementsCapped finds. */
export interface DisagreementsFound {
  list: Disagreement[];
  /** The pairs listed, as keys of `points` for pairAt: the same order. */
  keys: number[];
  total: number;
  byMeasure: Record<string, number>;
  widest: Record<string, Disagreement[]>;
}

/** How a capped list is made: its order, and how many of the pairs kept are named. */
export interface CapOptions {
  order?: PairOrder;
  /** How many of the pairs kept are named in `list`; `keys` holds every one kept. */
  named?: number;
}

/**
 * As findDisagreements, in the same order (by the first point, then the
 * second; with `order: 'widest'`, widest apart first, then in that order),
 * but listing at most `limit` pairs; every point's `disagrees` flag,
 * the total and the totals by measure are still exact. `widest` gives, by
 * measure, its WIDEST_PER_MEASURE pairs widest apart (by `factor`, then in
 * the list's order), listed or not. Only points of the same measure and unit
 * whose dates may lie within the window of each other (or undated) are compared:
 * sorted by first possible day, each pair within the window is visited once,
 * with no array built per point (at scale a measure has thousands of points in
 * a window, and millions of pairs disagree).
 */
export function findDisagreementsCapped(
  points: ComparedPoint[],
  limit: number,
  options: CapOptions = {},
): DisagreementsFound {
  return runToEnd(disagreementsInSteps(points, limit, options));
}

/**
 * Pairs compared between two pauses of disagreementsInSteps: some 10-20 ms of
 * work, between which the server lets the event loop turn
 * (server/domain/cooperative.ts).
 */
const COMPARED_PER_TURN = 200_000;

/** findDisagreementsCapped's work, pausing (a yield) every COMPARED_PER_TURN pairs compared. */
export function* disagreementsInSteps(
  points: ComparedPoint[],
  limit: number,
  { order = 'first', named = limit }: CapOptions,
): Generator<void, DisagreementsFound> {
  const n = points.length;
  const spans = points.map((p) => daySpan(p.asOf ?? p.date));
  // First and last possible day of each point's date (NaN: undated).
  const firsts = new Float64Array(n);
  const lasts = new Float64Array(n);
  spans.forEach((s, i) => ([firsts[i], lasts[i]] = s ?? [NaN, NaN]));
  // Once per point, not once per pair: three regular expressions each.
  const lows = new Float64Array(n);
  const highs = new Float64Array(n);
  points.forEach((p, i) => ([lows[i], highs[i]] = interval(p)));
  // As stated, without the hedges' slack: what `factor` compares.
  const statedLows = new Float64Array(n);
  const statedHighs = new Float64Array(n);
  points.forEach((p, i) => ([statedLows[i], statedHighs[i]] = statedInterval(p)));
  const speakers = indexOf(points.map((p) => p.speaker.id));
  const claims = indexOf(points.map((p) => p.claimId));

  // A figure a claim states twice would meet each other figure twice alike:
  // only its first statement is compared, and the repeat flagged as it is.
  const repeats = repeatsOf(points);
  const groups = new Map<string, { measure: string; dated: number[]; undated: number[] }>();
  points.forEach((p, i) => {
    if (repeats[i]! >= 0 || !comparable(p)) return;
    const key = `${p.measure}\u0000${p.unit}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { measure: p.measure, dated: [], undated: [] }));
    (spans[i] === null ? g.undated : g.dated).push(i);
  });

  const first = order === 'first' ? new SmallestKeys(limit) : null;
  const widestAll = order === 'widest' ? new WidestPairs(limit) : null;
  const widestOf = new Map<string, WidestPairs>();
  let widest = new WidestPairs(0);
  let total = 0;
  let compared = 0;
  let nextPause = COMPARED_PER_TURN;
  // Whether COMPARED_PER_TURN more pairs were compared since the last pause: then one is due.
  const pauseDue = () => {
    if (compared < nextPause) return false;
    nextPause = compared + COMPARED_PER_TURN;
    return true;
  };
  const compare = (x: number, y: number) => {
    compared += 1;
    if (speakers[x] === speakers[y] || claims[x] === claims[y]) return;
    if (lows[x]! <= highs[y]! && lows[y]! <= highs[x]!) return;
    points[x]!.disagrees = true;
    points[y]!.disagrees = true;
    total += 1;
    // The hedged ranges do not overlap, so neither do the stated ones.
    const factor = apart(statedLows[x]!, statedHighs[x]!, statedLows[y]!, statedHighs[y]!);
    const key = pairKey(x, y, n);
    first?.offer(key);
    // Most pairs are narrower than those kept: refused here, without a call.
    if (factor >= widest.floor) widest.offer(key, factor);
    if (widestAll && factor >= widestAll.floor) widestAll.offer(key, factor);
  };
  const byMeasure: Record<string, number> = {};
  for (const { measure, dated, undated } of groups.values()) {
    const before = total;
    // A measure stated in two units is one measure to the reader.
    widest =
      widestOf.get(measure) ??
      widestOf.set(measure, new WidestPairs(WIDEST_PER_MEASURE)).get(measure)!;
    // By first possible day: a later point b is within the window of a when it
    // starts no more than the window after a's last possible day.
    dated.sort((x, y) => firsts[x]! - firsts[y]! || x - y);
    for (let a = 0; a < dated.length; a++) {
      const i = dated[a]!;
      const last = lasts[i]! + DISAGREEMENT_WINDOW_DAYS;
      for (let b = a + 1; b < dated.length && firsts[dated[b]!]! <= last; b++) {
        compare(i, dated[b]!);
      }
      if (pauseDue()) yield;
    }
    // An undated point is compared with every other point of its measure and unit.
    for (let a = 0; a < undated.length; a++) {
      const i = undated[a]!;
      for (const j of dated) compare(i, j);
      for (let b = a + 1; b < undated.length; b++) compare(i, undated[b]!);
      if (pauseDue()) yield;
    }
    if (total > before) byMeasure[measure] = (byMeasure[measure] ?? 0) + total - before;
  }

  repeats.forEach((original, i) => {
    if (original >= 0 && points[original]!.disagrees) points[i]!.disagrees = true;
  });

  const disagreement = (key: number) => disagreementOf(pairAt(points, key));
  const keys = (first ?? widestAll!).sorted();
  const list = keys.slice(0, named).map(disagreement);
  const widestByMeasure: Record<string, Disagreement[]> = {};
  for (const [measure, pairs] of widestOf) {
    if (pairs.size) widestByMeasure[measure] = pairs.sorted().map(disagreement);
  }
  return { list, keys, total, byMeasure, widest: widestByMeasure };
}

/**
 * A pair of the points at `x` and `y` of a list of `n` as one number, the
 * earlier first: pairs are kept by the million at scale, and numbers sort
 * in the list's order (by the first point, then the second).
 */
export function pairKey(x: number, y: number, n: number): number {
  return x < y ? x * n + y : y * n + x;
}

/** Two figures that disagree, the earlier in their list first, and how far apart (factorJson's). */
export interface ListedPair {
  a: ComparedPoint;
  b: ComparedPoint;
  factor: number | null;
}

/** A pair as the API names it: each side's figure as the reason names it, and how far apart. */
export function disagreementOf({ a, b, factor }: ListedPair): Disagreement {
  const sides: [string, string] = [describePoint(a), describePoint(b)];
  return {
    measure: a.measure,
    claims: [a.claimId, b.claimId],
    sides,
    reason: `${sides[0]} vs ${sides[1]}`,
    factor,
  };
}

/** The pair pairKey gave `key` in `points`. */
export function pairAt(points: readonly ComparedPoint[], key: number): ListedPair {
  const n = points.length;
  const [a, b] = [points[Math.floor(key / n)]!, points[key % n]!];
  const [as, bs] = [statedInterval(a), statedInterval(b)];
  return { a, b, factor: factorJson(apart(as[0], as[1], bs[0], bs[1])) };
}

/** Whether a figure is compared with others: not one of no known measure (UNMEASURED). */
export function comparable(p: Pick<ComparedPoint, 'measure'>): boolean {
  return p.measure !== UNMEASURED;
}

/**
 * For each point, the index of an earlier point of the same claim that states
 * the same figure (as describePoint names it: its speaker is the claim's), or
 * -1. A claim's points come one after another (pointsOf), so each is checked
 * against the few before it of its claim only.
 */
export function repeatsOf(points: readonly ComparedPoint[]): Int32Array {
  const repeats = new Int32Array(points.length).fill(-1);
  const alike = (a: ComparedPoint, b: ComparedPoint) =>
    a.measure === b.measure &&
    a.unit === b.unit &&
    a.value === b.value &&
    a.low === b.low &&
    a.high === b.high &&
    a.qualifier === b.qualifier &&
    (a.asOf ?? a.date) === (b.asOf ?? b.date);
  let first = 0;
  for (let i = 0; i < points.length; i++) {
    if (points[first]!.claimId !== points[i]!.claimId) first = i;
    for (let k = first; k < i; k++) {
      if (alike(points[k]!, points[i]!)) {
        repeats[i] = k;
        break;
      }
    }
  }
  return repeats;
}

/**
 * How far apart two stated ranges that do not overlap are: the larger one's
 * low end over the smaller one's high end; +Infinity when that is 0.
 */
export function apart(aLo: number, aHi: number, bLo: number, bHi: number): number {
  return aHi < bLo ? bLo / aHi : aLo / bHi;
}

/**
 * How far apart two figures that disagree are, from the API's `factor`:
 * 2.667 → "2.7× apart", 3 → "3× apart", 41.2 → "41× apart", 1.04 →
 * "1.04× apart" (never "1×": they differ); null (the smaller figure is 0) →
 * "one of them 0".
 */
export function formatFactor(factor: number | null): string {
  if (factor === null || !Number.isFinite(factor)) return 'one of them 0';
  const rounded =
    factor < 1.1
      ? Math.max(1.01, Math.round(factor * 100) / 100)
      : factor < 10
        ? Math.round(factor * 10) / 10
        : Math.round(factor);
  return `${FACTOR_FORMAT.format(rounded)}× apart`;
}

/** A factor as the API gives it: JSON has no Infinity. */
export function factorJson(factor: number): number | null {
  return Number.isFinite(factor) ? factor : null;
}

/**
 * The `limit` pairs with the largest factor (an infinite one first), ties in
 * key order, of those offered: a heap whose root is the narrowest kept, so
 * that a wider pair takes its place in log(limit) steps.
 */
export class WidestPairs {
  private readonly keys: number[] = [];
  private readonly factors: number[] = [];
  /** The factor a pair needs to be kept: that of the narrowest kept, once full. */
  floor = Number.NEGATIVE_INFINITY;

  constructor(private readonly limit: number) {
    if (limit <= 0) this.floor = Number.POSITIVE_INFINITY;
  }

  get size(): number {
    return this.keys.length;
  }

  offer(key: number, factor: number): void {
    // x / 0 is +Infinity: widest of all (0 / 0 cannot happen: equal figures agree).
    const { keys, factors } = this;
    if (keys.length < this.limit) {
      keys.push(key);
      factors.push(factor);
      this.up(keys.length - 1);
    } else {
      if (!this.narrower(0, key, factor)) return;
      keys[0] = key;
      factors[0] = factor;
      this.down(0);
    }
    if (keys.length >= this.limit) this.floor = factors[0]!;
  }

  /** The keys, widest first. */
  sorted(): number[] {
    return this.entries().map((k) => k.key);
  }

  /** The keys and their factors, widest first. */
  entries(): { key: number; factor: number }[] {
    return this.keys
      .map((key, i) => ({ key, factor: this.factors[i]! }))
      .sort((a, b) => b.factor - a.factor || a.key - b.key);
  }

  /** Whether the pair kept at `i` is narrower than (`key`, `factor`): it goes nearer the root. */
  private narrower(i: number, key: number, factor: number): boolean {
    const f = this.factors[i]!;
    return f < factor || (f === factor && this.keys[i]! > key);
  }

  private swap(i: number, j: number): void {
    const { keys, factors } = this;
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
    [factors[i], factors[j]] = [factors[j]!, factors[i]!];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.narrower(i, this.keys[parent]!, this.factors[parent]!)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.keys.length;
    for (;;) {
      let least = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        if (child < n && this.narrower(child, this.keys[least]!, this.factors[least]!)) {
          least = child;
        }
      }
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }
}

/** Each value's number: equal values, equal numbers (compared faster than strings). */
function indexOf(values: string[]): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(values, (v) => numbers.get(v) ?? numbers.set(v, numbers.size).get(v)!);
}

/**
 * The `limit` smallest of the numbers offered, in any order of offering: kept
 * in a buffer pruned to the smallest `limit` whenever it holds twice that, so
 * that once pruned, larger numbers are refused at once.
 */
export class SmallestKeys {
  private keys: number[] = [];
  private cutoff = Number.POSITIVE_INFINITY;

  constructor(private readonly limit: number) {}

  offer(key: number): void {
    if (key >= this.cutoff || this.limit <= 0) return;
    this.keys.push(key);
    if (this.keys.length >= 2 * this.limit) this.prune();
  }

  sorted(): number[] {
    this.prune();
    return this.keys;
  }

  private prune(): void {
    this.keys.sort((a, b) => a - b);
    if (this.keys.length > this.limit) {
      this.keys.length = this.limit;
      this.cutoff = this.keys[this.limit - 1]!;
    }
  }
}
