/**
 * The graph's figures grouped by measure and unit and laid out for scanning,
 * so that an article's few figures are compared with all of the graph's (tens
 * of thousands at scale) within a preview's budget: each group keeps its
 * ranges and date spans in typed arrays, which one comparison reads in a row,
 * and touches a figure's object only for those that agree or disagree.
 * The rules are figures.ts's: the same measure and unit, dates that may lie
 * within DISAGREEMENT_WINDOW_DAYS of each other (or either undated), ranges
 * that overlap once hedges are allowed for (agree) or do not (disagree).
 */
import {
  apart,
  comparable,
  daySpan,
  DISAGREEMENT_WINDOW_DAYS,
  factorJson,
  interval,
  repeatsOf,
  statedInterval,
  WidestPairs,
  type ComparedPoint,
} from './figures';

/**
 * The window, read once: an imported binding is a property read through a
 * getter when the server runs transpiled (tsx), a call per figure compared.
 */
const WINDOW_DAYS = DISAGREEMENT_WINDOW_DAYS;

/** One figure as a group compares it: the days its date may be (null: undated) and its ranges. */
export interface Probe {
  point: ComparedPoint;
  span: [number, number] | null;
  range: [number, number];
  stated: [number, number];
}

export function probe(point: ComparedPoint): Probe {
  return {
    point,
    span: daySpan(point.asOf ?? point.date),
    range: interval(point),
    stated: statedInterval(point),
  };
}

/** The group a figure is compared within: its measure and unit. */
function keyOf(p: Pick<ComparedPoint, 'measure' | 'unit'>): string {
  return `${p.measure}\u0000${p.unit}`;
}

/** The figures of one measure and unit, in the order given; NaN spans for undated ones. */
export class FigureGroup {
  readonly spanLo: Float64Array;
  readonly spanHi: Float64Array;
  /** The range allowed, hedges included ("about 4,000": 3,600–4,400). */
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** The range stated, hedges left out. */
  readonly statedLo: Float64Array;
  readonly statedHi: Float64Array;
  /** The undated figures: near every date. */
  private readonly undated: number[] = [];
  /**
   * The dated figures by how long their date's span is (a day, a month, longer),
   * each band sorted by first day: a window's figures are a run of each band.
   */
  private readonly bands: { at: Int32Array; lo: Float64Array; longest: number }[] = [];

  constructor(readonly points: readonly ComparedPoint[]) {
    const n = points.length;
    [this.spanLo, this.spanHi, this.lo, this.hi, this.statedLo, this.statedHi] = Array.from(
      { length: 6 },
      () => new Float64Array(n),
    ) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    points.forEach((p, i) => {
      const q = probe(p);
      [this.spanLo[i], this.spanHi[i]] = q.span ?? [Number.NaN, Number.NaN];
      [this.lo[i], this.hi[i]] = q.range;
      [this.statedLo[i], this.statedHi[i]] = q.stated;
    });
    const banded: number[][] = [[], [], []];
    for (let i = 0; i < n; i++) {
      const lo = this.spanLo[i]!;
      if (Number.isNaN(lo)) {
        this.undated.push(i);
        continue;
      }
      const days = this.spanHi[i]! - lo;
      banded[days <= 1 ? 0 : days <= 31 ? 1 : 2]!.push(i);
    }
    for (const band of banded) {
      if (!band.length) continue;
      band.sort((x, y) => this.spanLo[x]! - this.spanLo[y]! || x - y);
      this.bands.push({
        at: Int32Array.from(band),
        lo: Float64Array.from(band, (i) => this.spanLo[i]!),
        longest: band.reduce((m, i) => Math.max(m, this.spanHi[i]! - this.spanLo[i]!), 0),
      });
    }
  }

  /**
   * Calls `visit` with each figure whose date may lie within the window of
   * `span`'s (undated ones included; all of them when `span` is null), and a
   * few that may not: withinWindow tells. At scale a group holds tens of
   * thousands of figures, and a window a tenth of them.
   */
  forEachNear(span: Probe['span'], visit: (i: number) => void): void {
    this.someNear(span, (i) => {
      visit(i);
      return false;
    });
  }

  /** Whether `found` holds for one of the figures forEachNear visits; stops at the first. */
  someNear(span: Probe['span'], found: (i: number) => boolean): boolean {
    if (!span) {
      for (let i = 0; i < this.size; i++) if (found(i)) return true;
      return false;
    }
    for (const i of this.undated) if (found(i)) return true;
    for (const { at, lo, longest } of this.bands) {
      // Near: starts no later than the window after span's end, and ends (at
      // most `longest` after it starts) no earlier than the window before its start.
      const to = sortedIndex(lo, span[1] + WINDOW_DAYS, true);
      for (let k = sortedIndex(lo, span[0] - WINDOW_DAYS - longest); k < to; k++) {
        if (found(at[k]!)) return true;
      }
    }
    return false;
  }

  get size(): number {
    return this.points.length;
  }

  /** Whether figure i's date may lie within the window of `span`'s (either undated: yes). */
  withinWindow(i: number, span: Probe['span']): boolean {
    const lo = this.spanLo[i]!;
    if (!span || Number.isNaN(lo)) return true;
    return Math.max(span[0], lo) - Math.min(span[1], this.spanHi[i]!) <= WINDOW_DAYS;
  }

  /** Whether figure i's allowed range shares a number with `range`. */
  overlaps(i: number, range: Probe['range']): boolean {
    return range[0] <= this.hi[i]! && this.lo[i]! <= range[1];
  }

  /**
   * How close figure i's stated figure is to `stated`, for figures that agree once
   * hedges are allowed for: 0 for the same stated figure, 1 for stated ranges that
   * overlap, else how far apart (agreeing by the hedges only).
   */
  closeness(i: number, stated: Probe['stated']): number {
    const [lo, hi] = [this.statedLo[i]!, this.statedHi[i]!];
    if (lo === stated[0] && hi === stated[1]) return 0;
    return stated[0] <= hi && lo <= stated[1] ? 1 : apart(stated[0], stated[1], lo, hi);
  }

  /** The middle of the days figure i's date may be, for ordering by nearness; null when undated. */
  middleDay(i: number): number | null {
    const lo = this.spanLo[i]!;
    return Number.isNaN(lo) ? null : (lo + this.spanHi[i]!) / 2;
  }
}

/** A figure of an article and the graph's figures it cannot both hold with. */
export interface FigureAgainst {
  point: ComparedPoint;
  /** How many of the graph's figures it disagrees with. */
  total: number;
  /** The widest apart of them, widest first (ties in the graph's order), `shown` at most. */
  widest: { other: ComparedPoint; factor: number | null }[];
}

/**
 * The graph's figures, grouped once, for `against` (disagreements, by the
 * rules of findDisagreementsCapped: another speaker and claim, ranges apart
 * once hedges are allowed for) and `sameKey` (agreements:
 * server/domain/agreements.ts): each new article's figures compared with
 * them, without comparing the graph's among themselves.
 */
export class FigureIndex {
  private readonly byKey = new Map<string, FigureGroup>();

  constructor(others: readonly ComparedPoint[]) {
    // A figure a claim states twice is one figure to agree or disagree with.
    const repeats = repeatsOf(others);
    const grouped = new Map<string, ComparedPoint[]>();
    others.forEach((o, i) => {
      if (repeats[i]! >= 0 || !comparable(o)) return;
      const key = keyOf(o);
      (grouped.get(key) ?? grouped.set(key, []).get(key)!).push(o);
    });
    for (const [key, points] of grouped) this.byKey.set(key, new FigureGroup(points));
  }

  /** The graph's figures of `point`'s measure and unit: those it may agree or disagree with. */
  sameKey(point: Pick<ComparedPoint, 'measure' | 'unit'>): FigureGroup {
    return this.byKey.get(keyOf(point)) ?? EMPTY;
  }

  /**
   * Calls `visit` with each of the graph's figures `point` disagrees with, how
   * far apart the two are (factorJson's, before rounding) and its place in its
   * group. `skip` leaves out figures already counted elsewhere.
   */
  forEachAgainst(
    point: ComparedPoint,
    visit: (other: ComparedPoint, factor: number, i: number) => void,
    skip?: (other: ComparedPoint) => boolean,
  ): void {
    if (!comparable(point)) return;
    const a = probe(point);
    const group = this.sameKey(point);
    group.forEachNear(a.span, (i) => {
      // The arrays first: most figures are ruled out without reading their object.
      if (!group.withinWindow(i, a.span) || group.overlaps(i, a.range)) return;
      const b = group.points[i]!;
      if (b.speaker.id === point.speaker.id || b.claimId === point.claimId) return;
      if (skip?.(b)) return;
      visit(b, apart(a.stated[0], a.stated[1], group.statedLo[i]!, group.statedHi[i]!), i);
    });
  }

  /**
   * Calls `visit` with each of the graph's figures of another speaker that agrees
   * with `point` (by the rules of agreements.ts: ranges that overlap once hedges
   * are allowed for), and how close the two are: 0 for the same stated figure, 1
   * for stated ranges that overlap, else how far apart (agreeing by the hedges);
   * and its place in its group (the graph's order).
   */
  forEachAgreeing(
    point: ComparedPoint,
    visit: (other: ComparedPoint, apart: number, i: number) => void,
  ): void {
    if (!comparable(point)) return;
    const a = probe(point);
    const group = this.sameKey(point);
    group.forEachNear(a.span, (i) => {
      if (!group.withinWindow(i, a.span) || !group.overlaps(i, a.range)) return;
      const b = group.points[i]!;
      if (b.speaker.id === point.speaker.id || b.claimId === point.claimId) return;
      visit(b, group.closeness(i, a.stated), i);
    });
  }

  /**
   * Whether some figure of another speaker and claim agrees with `point`, by
   * forEachAgreeing's rule: it stops at the first, where counting them all
   * meets millions of pairs at scale.
   */
  someAgreeing(point: ComparedPoint): boolean {
    if (!comparable(point)) return false;
    const a = probe(point);
    const group = this.sameKey(point);
    return group.someNear(a.span, (i) => {
      if (!group.withinWindow(i, a.span) || !group.overlaps(i, a.range)) return false;
      const b = group.points[i]!;
      return b.speaker.id !== point.speaker.id && b.claimId !== point.claimId;
    });
  }

  /**
   * For each of `points`, the figures it disagrees with; only points that
   * disagree with some. `skip` leaves out figures already counted elsewhere.
   */
  against(
    points: readonly ComparedPoint[],
    shown: number,
    skip?: (other: ComparedPoint) => boolean,
  ): FigureAgainst[] {
    const found: FigureAgainst[] = [];
    for (const point of points) {
      const group = this.sameKey(point);
      const widest = new WidestPairs(shown);
      let total = 0;
      this.forEachAgainst(
        point,
        (_other, factor, i) => {
          total += 1;
          // Ties go by index, whatever the order visited.
          if (factor >= widest.floor) widest.offer(i, factor);
        },
        skip,
      );
      if (!total) continue;
      found.push({
        point,
        total,
        widest: widest.entries().map((e) => ({
          other: group.points[e.key]!,
          factor: factorJson(e.factor),
        })),
      });
    }
    return found;
  }
}

const EMPTY = new FigureGroup([]);

/**
 * Where `x` goes in sorted `values`: the first index at least `x`, or with
 * `after`, the first above it (values.length when none).
 */
function sortedIndex(values: Float64Array, x: number, after = false): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x || (after && values[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** FigureIndex's comparison, once: `points` (an article's) against `others` (the graph's). */
export function figuresAgainst(
  points: ComparedPoint[],
  others: ComparedPoint[],
  shown: number,
): FigureAgainst[] {
  return new FigureIndex(others).against(points, shown);
}
