import { checkPlan, CypherRefusal, screenQuery, tokenize } from '../../server/domain/cypher-guard';
import {
  daySpan,
  findDisagreements,
  findDisagreementsCapped,
  interval,
  type FigurePoint,
} from '../../server/domain/figures';
import { figuresAgainst } from '../../server/domain/figure-index';
import { luceneQuery } from '../../server/domain/search';
import { lastDay } from '../../seed/load';

const refusalOf = (q: string) => {
  try {
    screenQuery(q);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(CypherRefusal);
    return (err as CypherRefusal).reason;
  }
};

describe('cypher guard', () => {
  it('drops comments and strings before looking for keywords', () => {
    const words = tokenize("MATCH (n) // CREATE\n/* SET */ WHERE n.x = 'DELETE' RETURN n")
      .filter((t) => t.kind === 'word')
      .map((t) => t.text);
    expect(words).toEqual(['MATCH', 'n', 'WHERE', 'n', 'x', 'RETURN', 'n']);
  });

  it('names the clause it refuses', () => {
    expect(refusalOf('MATCH (n) DETACH DELETE n')).toMatch(/^DETACH/);
    expect(refusalOf('call dbms.listConfig()')).toMatch(/CALL dbms\.listconfig/);
    expect(refusalOf('CALL db.labels()')).toBeNull();
    expect(refusalOf('MATCH (n:Set {delete: 1}) RETURN n.create AS merge')).toBeNull();
    expect(refusalOf("RETURN 'a' ; RETURN 1")).toMatch(/one statement/);
    expect(refusalOf("RETURN 'unterminated")).toMatch(/unterminated string/);
  });

  it("trusts Neo4j's plan: refuses non-read query types and disallowed operators", () => {
    expect(() => checkPlan('w', false, 'neo4j')).toThrow(/writes/);
    expect(() => checkPlan('s', false, 'neo4j')).toThrow(/schema/);
    expect(() =>
      checkPlan(
        'r',
        { operatorType: 'ProduceResults@neo4j', children: [{ operatorType: 'LoadCSV@neo4j' }] },
        'neo4j',
      ),
    ).toThrow(/LOAD CSV/);
    expect(() =>
      checkPlan(
        'r',
        {
          operatorType: 'ProcedureCall@neo4j',
          arguments: { Details: 'dbms.listConfig() :: (name :: STRING)' },
        },
        'neo4j',
      ),
    ).toThrow(/procedure/);
    expect(() =>
      checkPlan(
        'r',
        {
          operatorType: 'ProcedureCall@neo4j',
          arguments: { Details: 'db.labels() :: (label :: STRING)' },
        },
        'neo4j',
      ),
    ).not.toThrow();
    expect(() =>
      checkPlan('r', { operatorType: 'AllNodesScan', arguments: { Database: 'system' } }, 'neo4j'),
    ).toThrow(/system/);
  });
});

describe('search query', () => {
  it('matches every word exactly, as a prefix, or with typos, and escapes Lucene syntax', () => {
    expect(luceneQuery('Zelenski')).toBe('+(zelenski^4 zelenski*^2 zelenski~2)');
    expect(luceneQuery("South Korea's")).toBe(
      '+(south^4 south*^2 south~1) +(korea^4 korea*^2 korea~1)',
    );
    expect(luceneQuery('x:y')).toBe('+(x^4 x*^2) +(y^4 y*^2)');
    expect(luceneQuery('  ~*  ')).toBeNull();
    // Stop words are not indexed, so they are not required either.
    expect(luceneQuery('Institute for the Study')).toBe(
      '+(institute^4 institute*^2 institute~2) +(study^4 study*^2 study~1)',
    );
    expect(luceneQuery('the')).toBe('+(the^4 the*^2)');
  });

  it('keeps a dot between letters or digits inside the word, as the index does', () => {
    expect(luceneQuery('News.bg')).toBe('+(news.bg^4 news.bg*^2 news.bg~2)');
    expect(luceneQuery('www.rfa.org')).toBe('+(www.rfa.org^4 www.rfa.org*^2 www.rfa.org~2)');
    expect(luceneQuery('U.S. troops.')).toBe('+(u.s^4 u.s*^2) +(troops^4 troops*^2 troops~1)');
    expect(luceneQuery('.bg')).toBe('+(bg^4 bg*^2)');
  });
});

const point = (over: Partial<FigurePoint>): FigurePoint => ({
  claimId: 'c',
  speaker: { id: 's', name: 'S' },
  source: { id: 'src', title: 'T', outlet: null },
  relayedFrom: null,
  date: '2024-10-31',
  asOf: null,
  measure: 'nk_troops_deployed',
  unit: 'persons',
  text: '',
  excerpt: '',
  quote: false,
  disagrees: false,
  ...over,
});

describe('figures', () => {
  it('widens hedged figures', () => {
    expect(interval({ value: 4000, qualifier: 'approximately' })).toEqual([3600, 4400]);
    expect(interval({ value: 500, qualifier: 'up to' })).toEqual([0, 500]);
    expect(interval({ value: 1.2e6, qualifier: 'over' })).toEqual([
      1.2e6,
      Number.POSITIVE_INFINITY,
    ]);
    expect(interval({ low: 10000, high: 12000 })).toEqual([10000, 12000]);
  });

  it('flags figures of different speakers that cannot both hold at the same time', () => {
    const a = point({ claimId: 'a', speaker: { id: 'blinken', name: 'Blinken' }, value: 8000 });
    const b = point({
      claimId: 'b',
      speaker: { id: 'ft', name: 'FT' },
      value: 3000,
      asOf: '2024-10-28',
    });
    const c = point({ claimId: 'c', speaker: { id: 'gz', name: 'GZERO' }, low: 1000, high: 4000 });
    const later = point({
      claimId: 'd',
      speaker: { id: 'z', name: 'Z' },
      value: 12000,
      date: '2025-01-12',
    });
    const d = findDisagreements([a, b, c, later]);
    expect(d.map((x) => x.claims)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
    expect(d[0]!.reason).toBe('Blinken: 8,000 (2024-10-31) vs FT: 3,000 (2024-10-28)');
    // Each side as the reason names it, in the order of the claims.
    expect(d[0]!.sides).toEqual(['Blinken: 8,000 (2024-10-31)', 'FT: 3,000 (2024-10-28)']);
    expect([a.disagrees, b.disagrees, c.disagrees, later.disagrees]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('figures of no known measure', () => {
  it('are never compared: two "other" figures need not count the same thing', () => {
    const other = (claimId: string, value: number) =>
      point({ claimId, speaker: { id: claimId, name: claimId }, measure: 'other', value });
    const a = other('a', 1500);
    const b = other('b', 92);
    expect(findDisagreementsCapped([a, b], 10).total).toBe(0);
    expect([a.disagrees, b.disagrees]).toEqual([false, false]);
    expect(figuresAgainst([other('new', 5)], [a, b], 3)).toEqual([]);
  });
});

describe('figures: a figure a claim states twice', () => {
  it('meets each other figure once, and both statements are flagged', () => {
    const a1 = point({ claimId: 'a', speaker: { id: 'blinken', name: 'Blinken' }, value: 8000 });
    const a2 = point({ claimId: 'a', speaker: { id: 'blinken', name: 'Blinken' }, value: 8000 });
    // a's other figure, of the same measure, is another statement
    const a3 = point({ claimId: 'a', speaker: { id: 'blinken', name: 'Blinken' }, value: 9000 });
    const b = point({ claimId: 'b', speaker: { id: 'ft', name: 'FT' }, value: 3000 });
    const { list, total, byMeasure, widest } = findDisagreementsCapped([a1, a2, a3, b], 10);
    expect(list.map((d) => d.reason)).toEqual([
      'Blinken: 8,000 (2024-10-31) vs FT: 3,000 (2024-10-31)',
      'Blinken: 9,000 (2024-10-31) vs FT: 3,000 (2024-10-31)',
    ]);
    expect(total).toBe(2);
    expect(byMeasure).toEqual({ [a1.measure]: 2 });
    expect(widest[a1.measure]).toHaveLength(2);
    expect([a1, a2, a3, b].filter((p) => !p.disagrees)).toEqual([]);
  });

  it("is one of the graph's figures an article's figure disagrees with", () => {
    const stated = { claimId: 'a', speaker: { id: 'blinken', name: 'Blinken' }, value: 8000 };
    const graph = [point(stated), point(stated), point({ ...stated, value: 9000 })];
    const article = point({ claimId: 'new', speaker: { id: 'nato', name: 'NATO' }, value: 50000 });
    const [found] = figuresAgainst([article], graph, 3);
    expect(found!.total).toBe(2);
    expect(found!.widest.map((w) => w.other.value)).toEqual([8000, 9000]);
  });
});

describe('figures: how far apart a disagreement is', () => {
  const speaker = (id: string) => ({ id, name: id.toUpperCase() });
  it('compares the nearest stated figures, hedges left out', () => {
    const ft = point({ claimId: 'ft', speaker: speaker('ft'), value: 3000, qualifier: 'about' });
    const officials = point({ claimId: 'off', speaker: speaker('off'), low: 10000, high: 12000 });
    const blinken = point({ claimId: 'bl', speaker: speaker('bl'), value: 8000 });
    const [d1, d2] = findDisagreements([ft, officials, blinken]);
    // "about 3,000" against 10,000–12,000: 10,000 over 3,000, not over 3,300.
    expect(d1!.claims).toEqual(['ft', 'off']);
    expect(d1!.factor).toBeCloseTo(10000 / 3000, 10);
    expect(d2!.claims).toEqual(['ft', 'bl']);
    expect(d2!.factor).toBeCloseTo(8000 / 3000, 10);
    // Whichever side is first, the factor is at least 1.
    const [reversed] = findDisagreements([blinken, ft]);
    expect(reversed!.factor).toBeCloseTo(8000 / 3000, 10);
  });
  it('has no factor when the smaller figure is zero', () => {
    const none = point({ claimId: 'none', speaker: speaker('ru'), value: 0 });
    const some = point({ claimId: 'some', speaker: speaker('ua'), value: 11000 });
    const [d] = findDisagreements([none, some]);
    expect(d!.factor).toBeNull();
  });
  it('keeps each measure’s widest pairs, zero first, whatever the cap', () => {
    const at = (claimId: string, value: number, measure = 'nk_troops_deployed') =>
      point({ claimId, speaker: speaker(claimId), value, measure });
    const points = [
      at('a', 1000),
      at('b', 2000),
      at('c', 9000),
      at('z', 0),
      at('k1', 100, 'nk_killed'),
      at('k2', 300, 'nk_killed'),
    ];
    const { list, widest } = findDisagreementsCapped(points, 1);
    expect(list).toHaveLength(1);
    expect(widest['nk_troops_deployed']!.map((d) => d.claims)).toEqual([
      ['a', 'z'],
      ['b', 'z'],
      ['c', 'z'],
    ]);
    expect(widest['nk_killed']!.map((d) => [d.claims, d.factor])).toEqual([[['k1', 'k2'], 3]]);
    // Without the zero: 9,000 over 1,000, then 9,000 over 2,000, then 2,000 over 1,000.
    const { widest: w } = findDisagreementsCapped(points.slice(0, 3), 0);
    expect(w['nk_troops_deployed']!.map((d) => d.claims)).toEqual([
      ['a', 'c'],
      ['b', 'c'],
      ['a', 'b'],
    ]);
  });
});

describe("figures: an article's against the graph's", () => {
  const speaker = (id: string) => ({ id, name: id.toUpperCase() });
  it('lists the graph figures each disagrees with, widest first, and how many', () => {
    const graph = [
      point({ claimId: 'bl', speaker: speaker('bl'), value: 8000, date: '2024-10-31' }),
      point({ claimId: 'ft', speaker: speaker('ft'), value: 3000, date: '2024-10-28' }),
      point({ claimId: 'ze', speaker: speaker('ze'), value: 11000, date: '2024-11-02' }),
      // Too long after, another measure, the same speaker: not compared.
      point({ claimId: 'late', speaker: speaker('x'), value: 1000, date: '2025-06-01' }),
      point({ claimId: 'kia', speaker: speaker('x'), value: 100, measure: 'nk_killed' }),
      point({ claimId: 'own', speaker: speaker('new'), value: 500, date: '2024-11-01' }),
    ];
    const article = point({
      claimId: 'p1',
      speaker: speaker('new'),
      value: 12000,
      date: '2024-11-03',
    });
    // A range that holds every graph figure near it disagrees with none.
    const agreeing = point({ claimId: 'p2', speaker: speaker('new'), low: 3000, high: 11000 });
    const [found, ...rest] = figuresAgainst([article, agreeing], graph, 2);
    expect(rest).toEqual([]);
    expect(found!.point).toBe(article);
    expect(found!.total).toBe(3);
    expect(found!.widest.map((w) => [w.other.claimId, w.factor])).toEqual([
      ['ft', 4],
      ['bl', 1.5],
    ]);
  });
});

describe('figures: dates given only to the month or the year', () => {
  const ft = { id: 'ft', name: 'FT' };
  const kbs = { id: 'kbs', name: 'KBS' };
  it('compares a year-only date with every day of that year, not only January', () => {
    const june = point({ claimId: 'june', speaker: ft, value: 3000, date: '2025-06-15' });
    const year = point({ claimId: 'year', speaker: kbs, value: 12000, date: '2025' });
    const nextYear = point({ claimId: 'next', speaker: kbs, value: 12000, date: '2026-03-01' });
    expect(findDisagreements([june, year, nextYear]).map((d) => d.claims)).toEqual([
      ['june', 'year'],
    ]);
  });
  it('counts the window from the last day a month-only date may be', () => {
    const nov = point({ claimId: 'nov', speaker: ft, value: 3000, date: '2024-11' });
    // 31 days after 30 November, 61 after 1 November.
    const dec31 = point({ claimId: 'dec31', speaker: kbs, value: 12000, date: '2024-12-31' });
    const feb = point({ claimId: 'feb', speaker: kbs, value: 12000, date: '2025-02-01' });
    expect(findDisagreements([nov, dec31, feb]).map((d) => d.claims)).toEqual([['nov', 'dec31']]);
  });
  it('knows the days a partial date may be', () => {
    const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
    expect(daySpan('2024')).toEqual([day(2024, 1, 1), day(2024, 12, 31)]);
    expect(daySpan('2024-02')).toEqual([day(2024, 2, 1), day(2024, 2, 29)]);
    expect(daySpan('2025-01-12')).toEqual([day(2025, 1, 12), day(2025, 1, 12)]);
    expect(daySpan(null)).toBeNull();
  });
});

describe('partial dates', () => {
  it('knows the last day of a year or month', () => {
    expect(lastDay('2024')).toBe('2024-12-31');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2025-01-12')).toBe('2025-01-12');
    expect(lastDay(null)).toBeNull();
  });
});
