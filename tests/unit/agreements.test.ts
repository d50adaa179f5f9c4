import { figuresAgreeing } from '../../server/domain/agreements';
import {
  daySpan,
  DISAGREEMENT_WINDOW_DAYS,
  findDisagreementsCapped,
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
    const found = figuresAgreeing(zelensky, graph);
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
    findDisagreementsCapped(graph, 0, {
      onPair: (a, b) => {
        disagreeing.add(`${a.claimId}|${b.claimId}`);
        disagreeing.add(`${b.claimId}|${a.claimId}`);
      },
    });
    for (const p of graph) {
      const agreeing = figuresAgreeing(p, graph).filter((a) => !a.sameSpeaker);
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
      ),
    ).toEqual([]);
  });

  it('counts a claim once, by its closest figure', () => {
    const twice = [
      point({ claimId: 'two', speaker: speaker('t'), value: 11500, qualifier: 'about' }),
      point({ claimId: 'two', speaker: speaker('t'), value: 12000 }),
    ];
    const found = figuresAgreeing(zelensky, twice);
    expect(found).toHaveLength(1);
    expect(found[0]!.match).toBe('same');
  });

  it('compares no figure of unknown measure', () => {
    const ratio = point({ claimId: 'r', measure: 'other', unit: 'ratio', value: 6 });
    expect(figuresAgreeing(ratio, [ratio, { ...ratio, claimId: 'r2' }])).toEqual([]);
  });
});
