import type { Claim, Dispute } from '../../../client/src/core/api/types';
import {
  buildTimeline,
  chronological,
  linksAmong,
  linksToDraw,
  OTHERS_LANE,
  stepFrom,
} from '../../../client/src/core/timeline';
import { inPeriod } from '../../../client/src/core/time';
import { claimFixture } from './fixtures';

const claim = (id: string, speaker: string, date: string | null): Claim =>
  claimFixture({ id, date, speaker: { id: speaker, name: speaker.toUpperCase(), kind: 'person' } });

const dispute = (a: string, b: string, origin?: string): Dispute => ({
  claims: [a, b],
  reason: `${a} vs ${b}`,
  ...(origin ? { origin } : {}),
});

const indexOf = (ds: Dispute[]) => {
  const m = new Map<string, Dispute[]>();
  for (const d of ds) for (const c of d.claims) m.set(c, [...(m.get(c) ?? []), d]);
  return m;
};

describe('timeline layout', () => {
  test('a row per speaker, in the order they first spoke; undated claims listed apart', () => {
    const t = buildTimeline(
      [
        claim('z1', 'zelensky', '2025-01-12'),
        claim('b1', 'blinken', '2024-10-31'),
        claim('z2', 'zelensky', '2024'),
        claim('y1', 'yeo', null),
      ],
      new Map(),
    );
    // Zelensky's "2024" may be as early as 1 January 2024: his row comes first.
    expect(t.lanes.map((l) => [l.key, l.count])).toEqual([
      ['zelensky', 2],
      ['blinken', 1],
    ]);
    expect(t.undated.map((c) => c.id)).toEqual(['y1']);
    // Points in date order of their middles, each in its speaker's row.
    expect(t.points.map((p) => [p.claim.id, p.lane])).toEqual([
      ['z2', 0],
      ['b1', 1],
      ['z1', 0],
    ]);
    const z2 = t.points.find((p) => p.claim.id === 'z2')!;
    expect([z2.when.precision, z2.when.from, z2.when.to]).toEqual([
      'year',
      Date.UTC(2024, 0, 1),
      Date.UTC(2024, 11, 31),
    ]);
  });

  test('beyond the rows it has, the speakers with fewest claims share the last row', () => {
    const claims = [
      ...['a', 'a', 'a', 'b', 'b', 'c', 'd'].map((s, i) =>
        claim(`${s}${i}`, s, `2025-01-0${i + 1}`),
      ),
    ];
    const t = buildTimeline(claims, new Map(), 3);
    expect(t.lanes.map((l) => [l.key, l.label, l.count])).toEqual([
      ['a', 'A', 3],
      ['b', 'B', 2],
      [OTHERS_LANE, '2 other speakers', 2],
    ]);
    expect(t.points.filter((p) => p.lane === 2).map((p) => p.claim.id)).toEqual(['c5', 'd6']);
    // With room for all, each has a row.
    expect(buildTimeline(claims, new Map(), 4).lanes.map((l) => l.key)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  test('claims of one row and one date are spread across the row, none on another', () => {
    const t = buildTimeline(
      [claim('x1', 'x', '2024'), claim('x2', 'x', '2024'), claim('x3', 'x', '2024')],
      new Map(),
    );
    const ys = t.points.map((p) => p.y).sort((a, b) => a - b);
    expect(new Set(ys).size).toBe(3);
    expect(ys[0]).toBeCloseTo(-0.35);
    expect(ys[2]).toBeCloseTo(0.35);
    expect(buildTimeline([claim('x1', 'x', '2024')], new Map()).points[0]!.y).toBe(0);
  });

  test('joins the pairs that cannot both hold when both are drawn, once, recorded first', () => {
    const claims = [
      claim('a', 'p', '2025-01-01'),
      claim('b', 'q', '2025-01-02'),
      claim('c', 'r', '2025-01-03'),
      claim('u', 'r', null),
    ];
    const disputes = indexOf([
      dispute('a', 'b'),
      dispute('b', 'a', 'seed'),
      dispute('b', 'c'),
      dispute('c', 'u', 'analyst'),
      dispute('a', 'elsewhere', 'seed'),
    ]);
    const t = buildTimeline(claims, disputes);
    expect(t.links).toEqual([
      { a: 'a', b: 'b', reason: 'b vs a', recorded: true, agrees: false },
      { a: 'b', b: 'c', reason: 'b vs c', recorded: false, agrees: false },
    ]);
    expect(linksAmong([], disputes)).toEqual([]);
    // Corroborations between drawn claims, either way round: green; a disputed pair stays disputed.
    const corroborated = [
      { claims: ['c', 'a'] as const, reason: 'c and a: the same' },
      { claims: ['b', 'a'] as const, reason: 'b and a: recorded too' },
      { claims: ['a', 'u'] as const, reason: 'undated, not drawn' },
    ];
    expect(buildTimeline(claims, disputes, undefined, corroborated).links).toEqual([
      { a: 'a', b: 'b', reason: 'b vs a', recorded: true, agrees: false },
      { a: 'a', b: 'c', reason: 'c and a: the same', recorded: true, agrees: true },
      { a: 'b', b: 'c', reason: 'b vs c', recorded: false, agrees: false },
    ]);
  });

  test('reads in order of the first day each claim may be, the day before its month, undated last', () => {
    const t = buildTimeline(
      [
        claim('month', 'p', '2025-01'),
        claim('none', 'q', null),
        claim('day', 'q', '2025-01-01'),
        claim('year', 'r', '2024'),
        claim('late', 'p', '2025-02-03'),
      ],
      new Map(),
    );
    expect(chronological(t).map(({ claim: c, when }) => [c.id, when?.precision ?? null])).toEqual([
      ['year', 'year'],
      ['day', 'day'],
      ['month', 'month'],
      ['late', 'day'],
      ['none', null],
    ]);
  });

  test('zoomed into a period, the table lists the claims any day of whose date is in it', () => {
    const t = buildTimeline(
      [
        claim('y2025', 'a', '2025'),
        claim('nov', 'b', '2024-11'),
        claim('oct31', 'c', '2024-10-31'),
        claim('dec2', 'd', '2024-12-02'),
        claim('none', 'e', null),
      ],
      new Map(),
    );
    const ids = (min: string, max: string) =>
      inPeriod(chronological(t), { min: Date.parse(min), max: Date.parse(max) }).map(
        (r) => r.claim.id,
      );
    // December 2024: November's claim ended the day before; "2025" starts after.
    expect(ids('2024-12-01', '2024-12-31')).toEqual(['dec2']);
    // The last day of November takes in the month-only claim; undated ones never show.
    expect(ids('2024-10-31', '2024-11-30')).toEqual(['oct31', 'nov']);
    expect(ids('2024-12-20', '2025-01-05')).toEqual(['y2025']);
    expect(ids('2023-01-01', '2023-12-31')).toEqual([]);
  });

  test('the keys walk through time across rows, and up and down to the nearest claim of the next row', () => {
    const t = buildTimeline(
      [
        claim('a1', 'a', '2024-10-01'),
        claim('a2', 'a', '2025-01-10'),
        claim('b1', 'b', '2024-11-20'),
        claim('b2', 'b', '2025-03-01'),
        claim('c1', 'c', '2024-12-30'),
        claim('none', 'c', null),
      ],
      new Map(),
    );
    const id = (k: number | null) => (k === null ? null : t.points[k]!.claim.id);
    const at = (claimId: string) => t.points.findIndex((p) => p.claim.id === claimId);
    const walk = (from: string | null, ...steps: Parameters<typeof stepFrom>[2][]) => {
      let k: number | null = from === null ? null : at(from);
      for (const s of steps) k = stepFrom(t.points, k, s);
      return id(k);
    };
    // Rows in the order their speakers first spoke: a, b, c.
    expect(t.lanes.map((l) => l.key)).toEqual(['a', 'b', 'c']);
    // End starts at the last claim in time, any other key at the first; next and
    // previous read as the table does.
    expect(walk(null, 'up')).toBe('a1');
    expect(walk(null, 'next')).toBe('a1');
    expect(walk(null, 'last')).toBe('b2');
    expect(walk('a1', 'next', 'next', 'next')).toBe('a2');
    expect(walk('a2', 'previous')).toBe('c1');
    expect(walk('a1', 'previous')).toBe('a1');
    expect(walk('b2', 'next')).toBe('b2');
    expect(walk('b1', 'first')).toBe('a1');
    expect(walk('a1', 'last')).toBe('b2');
    // Down from a2 (10 Jan 2025): b's nearest is b2 (1 Mar) rather than b1 (20 Nov).
    expect(walk('a2', 'down')).toBe('b2');
    expect(walk('b1', 'down')).toBe('c1');
    // Up from c1 (30 Dec): b1 (40 days off) before b2; from b1 (20 Nov), a1 (50 days) before a2 (51).
    expect(walk('c1', 'up')).toBe('b1');
    expect(walk('c1', 'up', 'up')).toBe('a1');
    // No row that way: it stays.
    expect(walk('c1', 'down')).toBe('c1');
    expect(walk('a1', 'up')).toBe('a1');
    expect(stepFrom([], null, 'next')).toBeNull();
  });

  test('draws every link when they are few, else only those of the claim pointed at', () => {
    const links = [
      { a: 'a', b: 'b', reason: '', recorded: true, agrees: false },
      { a: 'b', b: 'c', reason: '', recorded: false, agrees: false },
      { a: 'c', b: 'd', reason: '', recorded: true, agrees: true },
    ];
    expect(linksToDraw(links, null, 3)).toEqual(links);
    expect(linksToDraw(links, null, 2)).toEqual([]);
    expect(linksToDraw(links, 'b', 2).map((l) => `${l.a}${l.b}`)).toEqual(['ab', 'bc']);
  });
});
