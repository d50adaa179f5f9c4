/**
 * The figures view at scale: findDisagreementsCapped compares points within the
 * date window only (sorted, sliding), where the first version compared every
 * pair. On synthetic claims, with undated and partially dated ones mixed in, it
 * must give exactly what the all-pairs comparison gives, in the same order.
 */
import fc from 'fast-check';
import type { ClaimJson } from '../../server/domain/claims';
import {
  DISAGREEMENT_WINDOW_DAYS,
  comparedPoints,
  figurePoints,
  findDisagreements,
  findDisagreementsCapped,
  interval,
  WIDEST_PER_MEASURE,
  type Disagreement,
  type FigurePoint,
} from '../../server/domain/figures';
import { figuresAgainst } from '../../server/domain/figure-index';
import { generateSynthetic } from '../../seed/synthetic/generate';

/** The original all-pairs algorithm, kept here as the reference. */
function allPairs(points: FigurePoint[]): { list: Disagreement[]; flags: boolean[] } {
  // The days a partial date may be: a month or a year whole.
  const days = (iso: string | null): [number, number] | null => {
    if (!iso) return null;
    const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
    const day = (t: number) => t / 86_400_000;
    if (m === undefined) return [day(Date.UTC(y, 0, 1)), day(Date.UTC(y, 11, 31))];
    if (d === undefined) return [day(Date.UTC(y, m - 1, 1)), day(Date.UTC(y, m, 0))];
    return [day(Date.UTC(y, m - 1, d)), day(Date.UTC(y, m - 1, d))];
  };
  const flags = points.map(() => false);
  const list: Disagreement[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      if (a.measure !== b.measure || a.unit !== b.unit) continue;
      if (a.speaker.id === b.speaker.id || a.claimId === b.claimId) continue;
      const da = days(a.asOf ?? a.date);
      const db = days(b.asOf ?? b.date);
      // The days between the two spans (0 when they overlap).
      const gap = da && db ? Math.max(da[0], db[0]) - Math.min(da[1], db[1]) : 0;
      if (gap > DISAGREEMENT_WINDOW_DAYS) continue;
      const [alo, ahi] = interval(a);
      const [blo, bhi] = interval(b);
      if (alo <= bhi && blo <= ahi) continue;
      flags[i] = flags[j] = true;
      list.push({
        measure: a.measure,
        claims: [a.claimId, b.claimId],
        sides: ['', ''],
        reason: '',
        factor: null,
      });
    }
  }
  return { list, flags };
}

function claimsOf(scale: number, seed: string): ClaimJson[] {
  const ds = generateSynthetic({ scale, seed, namespace: 'fig' });
  return ds.claims.map((c, i) => ({
    id: c.id,
    text: c.text,
    quote: c.quote,
    cue: c.cue,
    // Some undated, some dated by month or year only, as in real data.
    date:
      i % 11 === 0
        ? null
        : i % 7 === 0 && c.date
          ? c.date.slice(0, 7)
          : i % 17 === 0 && c.date
            ? c.date.slice(0, 4)
            : c.date,
    dateBasis: c.dateBasis,
    note: null,
    figures: c.figures.map((f, k) => (k === 0 && i % 13 === 0 ? { ...f, asOf: null } : f)),
    speaker: { id: c.speaker, name: c.speaker, kind: null },
    about: [],
    source: { id: c.source, title: c.source, outlet: null, publishedDate: null, url: null },
    relayedFrom: null,
    excerpt: c.excerpt,
    start: c.start,
    end: c.end,
  }));
}

describe('figures: disagreements within the window', () => {
  it('equals the all-pairs comparison on synthetic claims, in order, flags included', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3), fc.string({ maxLength: 6 }), (scale, seed) => {
        const claims = claimsOf(scale, seed);
        const points = figurePoints(claims, null);
        const reference = allPairs(figurePoints(claims, null));
        const fast = findDisagreements(points);
        expect(fast.map((d) => d.claims)).toEqual(reference.list.map((d) => d.claims));
        expect(points.map((p) => p.disagrees)).toEqual(reference.flags);
      }),
      { numRuns: 12 },
    );
  });

  it('finds the same disagreements from the compared fields alone (points=none)', () => {
    const claims = claimsOf(3, 'compared');
    // All measures, and the one with the most figures (the likeliest to disagree).
    const counts = new Map<string, number>();
    for (const f of claims.flatMap((c) => c.figures))
      counts.set(f.measure, (counts.get(f.measure) ?? 0) + 1);
    const most = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    for (const measure of [null, most]) {
      const full = findDisagreementsCapped(figurePoints(claims, measure), 50);
      const compared = comparedPoints(claims, measure);
      expect(compared.every((p) => !('excerpt' in p) && !('source' in p))).toBe(true);
      expect(full.total).toBeGreaterThan(0);
      expect(findDisagreementsCapped(compared, 50)).toEqual(full);
    }
  });

  it('gives each measure its widest pairs, and lists the widest first on request, as sorting every pair would', () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 3, 5), fc.string({ maxLength: 6 }), (scale, seed) => {
        const claims = claimsOf(scale, seed);
        const all = findDisagreements(figurePoints(claims, null));
        const { widest } = findDisagreementsCapped(figurePoints(claims, null), 10);
        // Every pair, widest first (no factor: a zero, widest of all), ties in list order.
        const size = (d: Disagreement) => d.factor ?? Number.POSITIVE_INFINITY;
        const sorted = all
          .map((d, i) => ({ d, i }))
          .sort((x, y) => size(y.d) - size(x.d) || x.i - y.i)
          .map(({ d }) => d);
        const measures = [...new Set(all.map((d) => d.measure))];
        expect(Object.keys(widest).sort()).toEqual(measures.sort());
        for (const measure of measures) {
          expect(widest[measure]).toEqual(
            sorted.filter((d) => d.measure === measure).slice(0, WIDEST_PER_MEASURE),
          );
        }
        // Listed widest first, capped: the first of that same order, of every measure.
        for (const limit of [1, 7, 40]) {
          const capped = findDisagreementsCapped(figurePoints(claims, null), limit, {
            order: 'widest',
          });
          expect(capped.list).toEqual(sorted.slice(0, limit));
          expect(capped.total).toBe(all.length);
        }
      }),
      { numRuns: 8 },
    );
  });

  it("compares an article's figures with the graph's as comparing them all together would", () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3), fc.string({ maxLength: 6 }), (scale, seed) => {
        const claims = claimsOf(scale, seed);
        // Every seventh claim plays the new article's; the rest, the graph.
        const article = new Set(claims.filter((_, i) => i % 7 === 0).map((c) => c.id));
        const points = figurePoints(claims, null);
        const inArticle = points.filter((p) => article.has(p.claimId));
        const inGraph = points.filter((p) => !article.has(p.claimId));
        const all = findDisagreements(figurePoints(claims, null));
        const found = figuresAgainst(inArticle, inGraph, 3);
        for (const point of inArticle) {
          // The pairs of all the figures with this point on one side and the graph's on the other.
          const crossing = all.flatMap((d) => {
            const i = d.claims.indexOf(point.claimId);
            const other = d.claims[1 - i];
            if (i < 0 || article.has(other!)) return [];
            return [{ other: other!, factor: d.factor ?? Number.POSITIVE_INFINITY }];
          });
          const mine = found.filter((f) => f.point === point);
          // A claim with two figures of one measure is one point each: match by figure too.
          const claimPoints = inArticle.filter((p) => p.claimId === point.claimId);
          if (claimPoints.length > 1) continue;
          expect(mine.length).toBe(crossing.length ? 1 : 0);
          if (!crossing.length) continue;
          expect(mine[0]!.total).toBe(crossing.length);
          const order = new Map(inGraph.map((p, i) => [p.claimId, i]));
          const wanted = [...crossing]
            .sort((x, y) => y.factor - x.factor || order.get(x.other)! - order.get(y.other)!)
            .slice(0, 3);
          expect(mine[0]!.widest.map((w) => w.other.claimId)).toEqual(wanted.map((w) => w.other));
          expect(mine[0]!.widest.map((w) => w.factor ?? Number.POSITIVE_INFINITY)).toEqual(
            wanted.map((w) => w.factor),
          );
        }
        // Every pair with one side in the article and one in the graph, counted once.
        const crossingPairs = all.filter(
          (d) => article.has(d.claims[0]) !== article.has(d.claims[1]),
        ).length;
        expect(found.reduce((sum, f) => sum + f.total, 0)).toBe(crossingPairs);
      }),
      { numRuns: 8 },
    );
  });

  it('caps the list but keeps the total and every flag exact', () => {
    const claims = claimsOf(5, 'cap');
    const reference = figurePoints(claims, null);
    const all = findDisagreements(reference);
    const points = figurePoints(claims, null);
    const capped = findDisagreementsCapped(points, 10);
    expect(all.length).toBeGreaterThan(10);
    expect(capped.total).toBe(all.length);
    expect(capped.list).toEqual(all.slice(0, 10));
    expect(points.map((p) => p.disagrees)).toEqual(reference.map((p) => p.disagrees));
    // The totals by measure add up, and each is what that measure alone gives.
    const byMeasure = Object.entries(capped.byMeasure);
    expect(byMeasure.length).toBeGreaterThan(1);
    expect(byMeasure.reduce((sum, [, n]) => sum + n, 0)).toBe(capped.total);
    for (const [measure, n] of byMeasure) {
      expect(n).toBe(all.filter((d) => d.measure === measure).length);
      expect(findDisagreementsCapped(figurePoints(claims, measure), 0).byMeasure).toEqual({
        [measure]: n,
      });
    }
  });
});
