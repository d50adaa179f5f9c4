/**
 * Figures over time and where speakers disagree. Two figures for the same
 * measure and unit disagree when they come from different speakers, describe
 * dates within DISAGREEMENT_WINDOW_DAYS of each other (or either is undated),
 * and their ranges do not overlap once hedges ("about", "up to") are allowed for.
 */
import type { FigureClaim, FigureJson } from './claims';

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

export interface Disagreement {
  measure: string;
  claims: [string, string];
  reason: string;
}

export function interval(
  f: Pick<FigureJson, 'value' | 'low' | 'high' | 'qualifier'>,
): [number, number] {
  let lo = f.low ?? f.value ?? 0;
  let hi = f.high ?? f.value ?? Number.POSITIVE_INFINITY;
  const q = f.qualifier ?? '';
  if (AT_MOST.test(q)) lo = 0;
  if (AT_LEAST.test(q)) hi = Number.POSITIVE_INFINITY;
  if (APPROXIMATE.test(q)) {
    lo *= 0.9;
    hi *= 1.1;
  }
  return [lo, hi];
}

function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const [y, m = '01', d = '01'] = iso.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

function describe(p: FigurePoint): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const amount = p.value !== undefined ? n(p.value) : `${n(p.low ?? 0)}–${n(p.high ?? 0)}`;
  const when = p.asOf ?? p.date;
  return `${p.speaker.name}: ${p.qualifier ? `${p.qualifier} ` : ''}${amount}${when ? ` (${when})` : ''}`;
}

export function figurePoints(claims: FigureClaim[], measure: string | null): FigurePoint[] {
  const points: FigurePoint[] = [];
  for (const c of claims) {
    for (const f of c.figures) {
      if (measure && f.measure !== measure) continue;
      points.push({
        claimId: c.id,
        speaker: { id: c.speaker.id, name: c.speaker.name },
        source: { id: c.source.id, title: c.source.title, outlet: c.source.outlet },
        date: c.date,
        asOf: f.asOf ?? null,
        measure: f.measure,
        unit: f.unit,
        ...(f.value !== undefined ? { value: f.value } : {}),
        ...(f.low !== undefined ? { low: f.low } : {}),
        ...(f.high !== undefined ? { high: f.high } : {}),
        ...(f.qualifier ? { qualifier: f.qualifier } : {}),
        text: f.text,
        excerpt: c.excerpt,
        quote: c.quote,
        disagrees: false,
      });
    }
  }
  return points;
}

/** Marks points that disagree with another speaker's and lists each conflicting pair once. */
export function findDisagreements(points: FigurePoint[]): Disagreement[] {
  return findDisagreementsCapped(points, Number.POSITIVE_INFINITY).list;
}

function disagree(
  a: FigurePoint,
  b: FigurePoint,
  da: number | null,
  db: number | null,
  [alo, ahi]: [number, number],
  [blo, bhi]: [number, number],
): boolean {
  if (a.speaker.id === b.speaker.id || a.claimId === b.claimId) return false;
  if (da !== null && db !== null && Math.abs(da - db) > DISAGREEMENT_WINDOW_DAYS) return false;
  return !(alo <= bhi && blo <= ahi);
}

/**
 * As findDisagreements, in the same order (by the first point, then the
 * second), but listing at most `limit` pairs; every point's `disagrees` flag
 * and the total are still exact. Only points of the same measure and unit
 * dated within the window of each other (or undated) are compared: sorted by
 * date, that is a sliding window, not every pair.
 */
export function findDisagreementsCapped(
  points: FigurePoint[],
  limit: number,
): { list: Disagreement[]; total: number } {
  const days = points.map((p) => dayNumber(p.asOf ?? p.date));
  // Once per point, not once per pair: three regular expressions each.
  const intervals = points.map((p) => interval(p));
  const groups = new Map<string, { dated: number[]; undated: number[] }>();
  points.forEach((p, i) => {
    const key = `${p.measure}\u0000${p.unit}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { dated: [], undated: [] }));
    (days[i] === null ? g.undated : g.dated).push(i);
  });
  for (const g of groups.values()) g.dated.sort((x, y) => days[x]! - days[y]! || x - y);

  const list: Disagreement[] = [];
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const g = groups.get(`${a.measure}\u0000${a.unit}`)!;
    const da = days[i]!;
    let candidates: number[];
    if (da === null) {
      candidates = [...g.dated, ...g.undated];
    } else {
      // First dated point within the window, by binary search; then scan to its end.
      let lo = 0;
      let hi = g.dated.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (days[g.dated[mid]!]! < da - DISAGREEMENT_WINDOW_DAYS) lo = mid + 1;
        else hi = mid;
      }
      candidates = [...g.undated];
      for (let k = lo; k < g.dated.length; k++) {
        const j = g.dated[k]!;
        if (days[j]! > da + DISAGREEMENT_WINDOW_DAYS) break;
        candidates.push(j);
      }
    }
    candidates = candidates.filter((j) => j > i).sort((x, y) => x - y);
    for (const j of candidates) {
      const b = points[j]!;
      if (!disagree(a, b, da, days[j]!, intervals[i]!, intervals[j]!)) continue;
      a.disagrees = true;
      b.disagrees = true;
      total += 1;
      if (list.length < limit) {
        list.push({
          measure: a.measure,
          claims: [a.claimId, b.claimId],
          reason: `${describe(a)} vs ${describe(b)}`,
        });
      }
    }
  }
  return { list, total };
}
