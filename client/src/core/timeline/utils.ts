import type { Claim, Dispute } from '../api/types';
import type { When } from '../claims/types';
import { whenOf } from '../claims/utils';
import type { Lane, RecordedLink, Timeline, TimelineLink, TimelinePoint } from './types';

/** The key of the row shared by the speakers without one of their own. */
export const OTHERS_LANE = '';

/** Rows drawn at most, the shared one included. */
export const MAX_LANES = 12;

/** Links drawn at once at most: beyond, only the pointed claim's (a wall of red says nothing). */
export const MAX_LINKS_DRAWN = 300;

/** How far, in rows, claims of one row and one date spread around the row's centre. */
const SPREAD = 0.7;

/**
 * Lays out `claims` on a timeline: a row per speaker (the speakers with the
 * most claims when there are more than `maxLanes`; the others share the last
 * row), rows in the order their first dated claim was made, each claim at the
 * middle of its date's span; and the pairs of those claims that `disputed`
 * says cannot both hold, or that are `corroborated`.
 */
export function buildTimeline(
  claims: readonly Claim[],
  disputed: ReadonlyMap<string, readonly Dispute[]>,
  maxLanes = MAX_LANES,
  corroborated: readonly RecordedLink[] = [],
): Timeline {
  const dated: { claim: Claim; when: When }[] = [];
  const undated: Claim[] = [];
  for (const claim of claims) {
    const when = whenOf(claim.date);
    if (when) dated.push({ claim, when });
    else undated.push(claim);
  }

  const bySpeaker = new Map<string, { label: string; count: number; first: number }>();
  for (const { claim, when } of dated) {
    const s = bySpeaker.get(claim.speaker.id);
    if (s) {
      s.count += 1;
      s.first = Math.min(s.first, when.from);
    } else
      bySpeaker.set(claim.speaker.id, { label: claim.speaker.name, count: 1, first: when.from });
  }
  const ranked = [...bySpeaker.entries()].sort(
    (a, b) => b[1].count - a[1].count || a[1].label.localeCompare(b[1].label),
  );
  const own = ranked.length > maxLanes ? ranked.slice(0, maxLanes - 1) : ranked;
  const others = ranked.slice(own.length);
  own.sort((a, b) => a[1].first - b[1].first || a[1].label.localeCompare(b[1].label));
  const lanes: Lane[] = own.map(([key, s]) => ({ key, label: s.label, count: s.count }));
  if (others.length) {
    lanes.push({
      key: OTHERS_LANE,
      label: `${others.length} other speakers`,
      count: others.reduce((n, [, s]) => n + s.count, 0),
    });
  }
  const laneOf = new Map(lanes.map((l, i) => [l.key, i]));
  const othersLane = laneOf.get(OTHERS_LANE) ?? -1;

  // Claims of one row and one date are spread across the row, in id order, so
  // that none hides another.
  const stacks = new Map<string, { claim: Claim; when: When; lane: number }[]>();
  for (const d of dated) {
    const lane = laneOf.get(d.claim.speaker.id) ?? othersLane;
    const key = `${lane}|${d.when.iso}`;
    const stack = stacks.get(key) ?? stacks.set(key, []).get(key)!;
    stack.push({ ...d, lane });
  }
  const points: TimelinePoint[] = [];
  for (const stack of stacks.values()) {
    stack.sort((a, b) => a.claim.id.localeCompare(b.claim.id));
    const step = stack.length > 1 ? SPREAD / (stack.length - 1) : 0;
    stack.forEach(({ claim, when, lane }, k) => {
      const nudge = stack.length > 1 ? k * step - SPREAD / 2 : 0;
      points.push({ claim, when, lane, y: lane + nudge });
    });
  }
  points.sort((a, b) => a.when.mid - b.when.mid || a.claim.id.localeCompare(b.claim.id));

  return { lanes, points, undated, links: linksAmong(points, disputed, corroborated) };
}

/**
 * The disputes and the corroborations between two claims that are both drawn,
 * each pair once: a pair whose figures disagree though someone recorded that it
 * corroborates is drawn as disputed.
 */
export function linksAmong(
  points: readonly TimelinePoint[],
  disputed: ReadonlyMap<string, readonly Dispute[]>,
  corroborated: readonly RecordedLink[] = [],
): TimelineLink[] {
  const drawn = new Set(points.map((p) => p.claim.id));
  const links = new Map<string, TimelineLink>();
  for (const id of drawn) {
    for (const d of disputed.get(id) ?? []) {
      const other = d.claims[0] === id ? d.claims[1] : d.claims[0];
      if (!other || other === id || !drawn.has(other)) continue;
      const [a, b] = id < other ? [id, other] : [other, id];
      const key = `${a}|${b}`;
      const recorded = d.origin !== undefined;
      const known = links.get(key);
      // A pair both recorded and disagreeing on figures is drawn as recorded.
      if (!known || (recorded && !known.recorded))
        links.set(key, { a, b, reason: d.reason, recorded, agrees: false });
    }
  }
  for (const k of corroborated) {
    const [a, b] = [...k.claims].sort() as [string, string];
    const key = `${a}|${b}`;
    if (a === b || !drawn.has(a) || !drawn.has(b) || links.has(key)) continue;
    links.set(key, { a, b, reason: k.reason, recorded: true, agrees: true });
  }
  return [...links.values()].sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Time order of points: first possible day, then last, then id (as the table reads). */
const byTime = (a: TimelinePoint, b: TimelinePoint) =>
  a.when.from - b.when.from || a.when.to - b.when.to || a.claim.id.localeCompare(b.claim.id);

/**
 * The timeline's claims to read in order: by the first day each may be (then
 * the last: "12 Jan 2025" before "Jan 2025"), undated last.
 */
export function chronological({
  points,
  undated,
}: Timeline): { claim: Claim; when: When | null }[] {
  return [
    ...[...points].sort(byTime).map(({ claim, when }) => ({ claim, when })),
    ...undated.map((claim) => ({ claim, when: null })),
  ];
}

/** A key's move on the timeline: along time, to the row above or below, or to either end. */
export type TimelineStep = 'previous' | 'next' | 'up' | 'down' | 'first' | 'last';

/** What each key does on a chart the keys walk (the timeline, the figures). */
export const KEY_STEPS: Partial<Record<string, TimelineStep>> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

/**
 * Where a key moves the keyboard's point (an index into `points`): previous
 * and next follow time across all rows, as the table below reads; up and down
 * go to the claim nearest in time in the nearest row that way that has one.
 * With no point yet, End goes to the last claim in time and any other key
 * starts at the first. A move past an end stays where it is.
 */
export function stepFrom(
  points: readonly TimelinePoint[],
  from: number | null,
  step: TimelineStep,
): number | null {
  const order = points.map((_p, i) => i).sort((a, b) => byTime(points[a]!, points[b]!));
  const along = stepAlong(order, from, step);
  if (along !== undefined || from === null) return along ?? null;
  const here = points[from]!;
  const dir = step === 'up' ? -1 : 1;
  const lanes = new Set(points.map((p) => p.lane));
  const last = Math.max(...lanes);
  for (let lane = here.lane + dir; lane >= 0 && lane <= last; lane += dir) {
    if (!lanes.has(lane)) continue;
    let best = -1;
    for (const i of order) {
      const p = points[i]!;
      if (p.lane !== lane) continue;
      // Order breaks ties: the earlier of two claims as near.
      if (
        best < 0 ||
        Math.abs(p.when.mid - here.when.mid) < Math.abs(points[best]!.when.mid - here.when.mid)
      )
        best = i;
    }
    return best;
  }
  return from;
}

/**
 * The moves the keys make alike on every chart, along `order` (the indices
 * 0…n−1 of its points, as the chart reads them): with no point yet, or Home,
 * the first; End the last; left and right the one before and after, staying
 * at either end. Undefined for up and down from a point, which each chart
 * reads its own way.
 */
export function stepAlong(
  order: readonly number[],
  from: number | null,
  step: TimelineStep,
): number | null | undefined {
  if (order.length === 0) return null;
  if (step === 'last') return order[order.length - 1]!;
  if (step === 'first' || from === null || from < 0 || from >= order.length) return order[0]!;
  const at = order.indexOf(from);
  if (step === 'previous') return order[Math.max(0, at - 1)]!;
  if (step === 'next') return order[Math.min(order.length - 1, at + 1)]!;
  return undefined;
}

/** The links to draw: all of them when they are few, else only those of the claim pointed at. */
export function linksToDraw(
  links: readonly TimelineLink[],
  pointed: string | null,
  max = MAX_LINKS_DRAWN,
): readonly TimelineLink[] {
  if (links.length <= max) return links;
  return pointed ? links.filter((l) => l.a === pointed || l.b === pointed) : [];
}
