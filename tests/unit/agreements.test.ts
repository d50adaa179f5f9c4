import fc from 'fast-check';
import {
  figuresAgreeing,
  figuresAgreeingIndexed,
  firstInOrder,
} from '../../server/domain/agreements';
import { FigureIndex } from '../../server/domain/figure-index';
import {
  daySpan,
  DISAGREEMENT_WINDOW_DAYS,
  findDisagreementsCapped,
  pairAt,
  interval,
  type ComparedPoint,
} from '../../server/domain/figures';

const point = (over: Partial<ComparedPoint>): ComparedPoint => ({
  claimId: 'c',
  speaker: { id: 's', name: 'S' },
  date: '2025-01-12',
  asOf: null,
  measure: 'nk_troops_deployed',
  unit: 'persons',
  disagrees: false,
  ...over,
});
const speaker = (id: string) => ({ id, name: id });
/** Whether two figures' dates may lie within the window (or either is undated). */
const withinWindow = (a: ComparedPoint, b: ComparedPoint) => {
  const [x, y] = [daySpan(a.asOf ?? a.date), daySpan(b.asOf ?? b.date)];
  return !x || !y || Math.max(x[0], y[0]) - Math.min(x[1], y[1]) <= DISAGREEMENT_WINDOW_DAYS;
};

describe('figures that agree with a claim’s', () => {
  const zelensky = point({ claimId: 'ze', speaker: speaker('ze'), value: 12000 });
  const graph = [
    zelensky,
    point({
      claimId: 'gz',
      speaker: speaker('gz'),
      value: 12000,
      qualifier: 'roughly',
      date: '2025-01',
    }),
    point({ claimId: 'off', speaker: speaker('off'), low: 10000, high: 12000, date: '2024-11' }),
    point({
      claimId: 'near',
      speaker: speaker('x'),
      value: 11000,
      qualifier: 'about',
      date: '2025-01-10',
    }),
    // Apart: disagrees, not agrees.
    point({ claimId: 'bl', speaker: speaker('bl'), value: 8000, date: '2025-01-05' }),
    // The same figure, but four months later: not compared.
    point({ claimId: 'late', speaker: speaker('y'), value: 12000, date: '2025-05-20' }),
    // Another measure, another unit.
    point({ claimId: 'cas', speaker: speaker('y'), value: 12000, measure: 'nk_casualties' }),
    point({ claimId: 'pct', speaker: speaker('y'), value: 12000, unit: 'percent' }),
    // The speaker's own, elsewhere: a repeat.
    point({ claimId: 'ze2', speaker: speaker('ze'), value: 12000, date: '2025-01-20' }),
    // Undated: compared with every date.
    point({ claimId: 'undated', speaker: speaker('z'), value: 12000, date: null }),
  ];

  it('lists the other claims whose ranges overlap, hedges allowed, within the window', () => {
    const found = figuresAgreeing(zelensky, graph).closest;
    expect(found.map((a) => a.point.claimId)).toEqual([
      // Other speakers first, the same figure first, nearest in time first ("2025-01" is
      // mid-January), undated last; then the speaker's own repeat.
      'gz',
      'undated',
      'off',
      'near',
      'ze2',
    ]);
    expect(found.map((a) => a.match)).toEqual(['same', 'same', 'overlap', 'hedged', 'same']);
    expect(found.find((a) => a.point.claimId === 'near')!.factor).toBeCloseTo(12000 / 11000);
    expect(found.filter((a) => a.sameSpeaker).map((a) => a.point.claimId)).toEqual(['ze2']);
  });

  it('is the complement of disagreement: every compared pair either agrees or disagrees', () => {
    const disagreeing = new Set<string>();
    for (const key of findDisagreementsCapped(graph, Number.POSITIVE_INFINITY).keys) {
      const { a, b } = pairAt(graph, key);
      disagreeing.add(`${a.claimId}|${b.claimId}`);
      disagreeing.add(`${b.claimId}|${a.claimId}`);
    }
    for (const p of graph) {
      const agreeing = figuresAgreeing(p, graph).closest.filter((a) => !a.sameSpeaker);
      for (const a of agreeing)
        expect(disagreeing.has(`${p.claimId}|${a.point.claimId}`)).toBe(false);
      // Compared with: the same measure and unit, another speaker, within the window.
      const compared = graph.filter(
        (o) =>
          o.speaker.id !== p.speaker.id &&
          o.measure === p.measure &&
          o.unit === p.unit &&
          withinWindow(p, o),
      );
      const either = compared.filter(
        (o) =>
          disagreeing.has(`${p.claimId}|${o.claimId}`) ||
          agreeing.some((a) => a.point.claimId === o.claimId),
      );
      expect(either.map((o) => o.claimId)).toEqual(compared.map((o) => o.claimId));
    }
    expect(
      figuresAgreeing(
        graph.find((p) => p.claimId === 'bl')!,
        graph,
      ).total,
    ).toBe(0);
  });

  it('counts a claim once, by its closest figure', () => {
    const twice = [
      point({ claimId: 'two', speaker: speaker('t'), value: 11500, qualifier: 'about' }),
      point({ claimId: 'two', speaker: speaker('t'), value: 12000 }),
    ];
    const found = figuresAgreeing(zelensky, twice);
    expect(found.total).toBe(1);
    expect(found.closest).toHaveLength(1);
    expect(found.closest[0]!.match).toBe('same');
  });

  it('compares no figure of unknown measure', () => {
    const ratio = point({ claimId: 'r', measure: 'other', unit: 'ratio', value: 6 });
    expect(figuresAgreeing(ratio, [ratio, { ...ratio, claimId: 'r2' }])).toEqual({
      closest: [],
      total: 0,
      speakers: 0,
      repeats: 0,
    });
  });

  it('finds the same against the graph indexed once, as an article’s preview compares it', () => {
    // An article's figure, a claim the graph does not hold, by the graph's speaker 'ze'.
    const article = point({ claimId: 'new:c1', speaker: speaker('ze'), value: 12000 });
    const index = new FigureIndex(graph);
    for (const p of [zelensky, article, ...graph]) {
      expect(figuresAgreeingIndexed(p, index)).toEqual(figuresAgreeing(p, graph));
    }
    expect(figuresAgreeingIndexed(article, index).closest.map((a) => a.point.claimId)).toEqual([
      // Other speakers first, the same figure before overlapping ranges, the hedged last.
      'gz',
      'undated',
      'off',
      'near',
      // The graph's own claims of the article's speaker: repeats.
      'ze',
      'ze2',
    ]);
  });

  it('counts all that agree, and lists only the closest it is asked to keep', () => {
    const all = figuresAgreeing(zelensky, graph);
    // gz, undated, off, near by four other speakers; ze2 the speaker's own.
    expect({ total: all.total, speakers: all.speakers, repeats: all.repeats }).toEqual({
      total: 5,
      speakers: 4,
      repeats: 1,
    });
    const two = figuresAgreeing(zelensky, graph, 2);
    expect({ ...two, closest: undefined }).toEqual({ ...all, closest: undefined });
    expect(two.closest).toEqual(all.closest.slice(0, 2));
  });

  it('orders thousands as a plain comparison of every pair orders them', () => {
    // Many claims, some stating two figures, speakers repeating, some undated.
    const many: ComparedPoint[] = [];
    for (let i = 0; i < 3000; i++) {
      const claimId = `m${String(i).padStart(4, '0')}`;
      const who = speaker(i % 7 === 0 ? 'ze' : `s${i % 40}`);
      const date =
        i % 11 === 0 ? null : `2025-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const qualifier = i % 3 ? 'about' : undefined;
      many.push(point({ claimId, speaker: who, value: 11000 + (i % 5) * 500, date, qualifier }));
      if (i % 4 === 0) many.push(point({ claimId, speaker: who, value: 12000, date }));
    }
    // The reference: every figure tested with the rules as stated, each claim
    // by its closest figure, all sorted.
    const agrees = (o: ComparedPoint) => {
      const [x, y] = [daySpan(zelensky.date), daySpan(o.date)];
      const near =
        !x || !y || Math.max(x[0], y[0]) - Math.min(x[1], y[1]) <= DISAGREEMENT_WINDOW_DAYS;
      const [a, b] = [interval(zelensky), interval(o)];
      return near && a[0] <= b[1] && b[0] <= a[1];
    };
    const rank = { same: 0, overlap: 1, hedged: 2 };
    const best = new Map<string, { o: ComparedPoint; match: keyof typeof rank; factor: number }>();
    for (const o of many.filter(agrees)) {
      const v = o.value!;
      const match = v === 12000 ? 'same' : 'hedged';
      const factor = Math.max(v, 12000) / Math.min(v, 12000);
      const kept = best.get(o.claimId);
      if (!kept || factor < kept.factor) best.set(o.claimId, { o, match, factor });
    }
    const mid = (p: ComparedPoint) => {
      const d = daySpan(p.date);
      return d ? (d[0] + d[1]) / 2 : null;
    };
    const here = mid(zelensky)!;
    const days = (p: ComparedPoint) => (mid(p) === null ? Infinity : Math.abs(mid(p)! - here));
    const expected = [...best.values()]
      .sort(
        (a, b) =>
          Number(a.o.speaker.id === 'ze') - Number(b.o.speaker.id === 'ze') ||
          rank[a.match] - rank[b.match] ||
          a.factor - b.factor ||
          days(a.o) - days(b.o) ||
          (a.o.claimId < b.o.claimId ? -1 : 1),
      )
      .map((a) => a.o.claimId);
    const all = figuresAgreeing(zelensky, many);
    expect(all.closest.map((a) => a.point.claimId)).toEqual(expected);
    expect(all.total).toBe(expected.length);
    expect(all.repeats).toBe(expected.filter((id) => Number(id.slice(1)) % 7 === 0).length);
    expect(all.speakers).toBe(
      new Set(all.closest.filter((a) => !a.sameSpeaker).map((a) => a.point.speaker.id)).size,
    );
    // Kept short, the same start.
    expect(figuresAgreeing(zelensky, many, 100).closest).toEqual(all.closest.slice(0, 100));
  });
});

describe('the first few in order', () => {
  it('are the start of the whole sorted, ties included, for any count kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 400 }),
        fc.integer({ min: 0, max: 120 }),
        (values, keep) => {
          // By value, ties by index: a total order, as the agreements' is.
          const cmp = (a: number, b: number) => values[a]! - values[b]! || a - b;
          const sorted = values.map((_, j) => j).sort(cmp);
          expect(firstInOrder(values.length, keep, cmp)).toEqual(sorted.slice(0, keep));
        },
      ),
    );
  });
});
