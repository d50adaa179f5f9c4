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
  }

  get size(): number {
    return this.points.length;
  }

  /** Whether figure i's date may lie within the window of `span`'s (either undated: yes). */
  withinWindow(i: number, span: Probe['span']): boolean {
    const lo = this.spanLo[i]!;
    if (!span || Number.isNaN(lo)) return true;
    return Math.max(span[0], lo) - Math.min(span[1], this.spanHi[i]!) <= DISAGREEMENT_WINDOW_DAYS;
  }

  /** Whether figure i's allowed range shares a number with `range`. */
  overlaps(i: number, range: Probe['range']): boolean {
    return range[0] <= this.hi[i]! && this.lo[i]! <= range[1];
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

  /** For each of `points`, the figures it disagrees with; only points that disagree with some. */
  against(points: readonly ComparedPoint[], shown: number): FigureAgainst[] {
    const found: FigureAgainst[] = [];
    for (const point of points) {
      if (!comparable(point)) continue;
      const a = probe(point);
      const group = this.sameKey(point);
      const widest = new WidestPairs(shown);
      let total = 0;
      for (let i = 0; i < group.size; i++) {
        // The arrays first: most figures are ruled out without reading their object.
        if (!group.withinWindow(i, a.span) || group.overlaps(i, a.range)) continue;
        const b = group.points[i]!;
        if (b.speaker.id === point.speaker.id || b.claimId === point.claimId) continue;
        total += 1;
        const factor = apart(a.stated[0], a.stated[1], group.statedLo[i]!, group.statedHi[i]!);
        if (factor >= widest.floor) widest.offer(i, factor);
      }
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

/** FigureIndex's comparison, once: `points` (an article's) against `others` (the graph's). */
export function figuresAgainst(
  points: ComparedPoint[],
  others: ComparedPoint[],
  shown: number,
): FigureAgainst[] {
  return new FigureIndex(others).against(points, shown);
}
