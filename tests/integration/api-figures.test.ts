import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { FIGURE_PAIR_CSV_COLUMNS } from '../../server/domain/figure-pairs-csv';
import { testApp } from '../support/app';
import { testDb } from '../support/db';

const db = testDb();
const app = testApp(db);
afterAll(() => db.close());

type Row = Record<(typeof FIGURE_PAIR_CSV_COLUMNS)[number], string>;
interface Pair {
  measure: string;
  claims: [string, string];
  sides: [string, string];
  factor: number | null;
}

const rowsOf = (text: string) => parse(text, { columns: true, bom: true }) as Row[];
/** A side as /api/figures names it: "Antony Blinken: 8,000 (2024-10-31)". */
const sideOf = (r: Row, x: 'a' | 'b') =>
  `${r[`claim_${x}_speaker`]}: ${r[`claim_${x}_figure`]}${r[`claim_${x}_date`] ? ` (${r[`claim_${x}_date`]})` : ''}`;
const BLINKEN = 'clm-blinken-8000-in-kursk';

describe('GET /api/figures.csv', () => {
  it.each(['date', 'widest'] as const)(
    'has one row per pair /api/figures lists, in its order (order=%s), both sides named as it names them',
    async (order) => {
      const [figures, csv] = await Promise.all([
        request(app).get('/api/figures').query({ points: 'none', order }).expect(200),
        request(app).get('/api/figures.csv').query({ order }).expect(200),
      ]);
      const listed = figures.body.disagreements as Pair[];
      expect(listed.length).toBeGreaterThan(1);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe(
        `attachment; filename="figure-disagreements${order === 'widest' ? '-widest' : ''}.csv"`,
      );
      expect(csv.headers['x-total-count']).toBe(String(figures.body.disagreementsTotal));
      const rows = rowsOf(csv.text);
      expect(csv.headers['x-row-count']).toBe(String(rows.length));
      expect(Object.keys(rows[0]!)).toEqual([...FIGURE_PAIR_CSV_COLUMNS]);
      expect(
        rows.map((r) => ({
          measure: r.measure,
          claims: [r.claim_a_id, r.claim_b_id],
          sides: [sideOf(r, 'a'), sideOf(r, 'b')],
          factor: r.factor,
        })),
      ).toEqual(
        listed.map((d) => ({
          measure: d.measure,
          claims: d.claims,
          sides: d.sides,
          factor: d.factor === null ? '' : String(Math.round(d.factor * 100) / 100),
        })),
      );
    },
  );

  it("gives each side the source that reports its claim, with the source's exact words", async () => {
    const rows = rowsOf((await request(app).get('/api/figures.csv').expect(200)).text);
    const sources = new Map<string, { text: string; claims: { id: string; excerpt: string }[] }>();
    for (const r of rows) {
      for (const x of ['a', 'b'] as const) {
        const id = r[`claim_${x}_source_id`];
        expect(id).toMatch(/^src-/);
        if (!sources.has(id)) {
          const res = await request(app).get(`/api/sources/${id}`).expect(200);
          expect(r[`claim_${x}_source`]).toBe(res.body.source.title);
          sources.set(id, { text: res.body.source.text, claims: res.body.claims });
        }
        const source = sources.get(id)!;
        const claim = source.claims.find((c) => c.id === r[`claim_${x}_id`]);
        expect(claim).toBeDefined();
        expect(r[`claim_${x}_excerpt`]).toBe(claim!.excerpt);
        expect(source.text).toContain(r[`claim_${x}_excerpt`]);
        expect(Number(r[`claim_${x}_low`])).toBeLessThanOrEqual(Number(r[`claim_${x}_high`]));
      }
    }
  });

  it('keeps one measure, and pages with offset', async () => {
    const all = rowsOf((await request(app).get('/api/figures.csv').expect(200)).text);
    const measure = all[0]!.measure;
    const one = await request(app).get('/api/figures.csv').query({ measure }).expect(200);
    expect(rowsOf(one.text)).toEqual(all.filter((r) => r.measure === measure));
    expect(one.headers['content-disposition']).toContain(`figure-disagreements-${measure}.csv`);
    const rest = await request(app).get('/api/figures.csv').query({ offset: 1 }).expect(200);
    expect(rowsOf(rest.text)).toEqual(all.slice(1));
    expect(rest.headers['x-total-count']).toBe(String(all.length));
    expect(rest.headers['content-disposition']).toContain('figure-disagreements-from-row-2.csv');
    const past = await request(app).get('/api/figures.csv').query({ offset: 1000 }).expect(200);
    expect(rowsOf(past.text)).toEqual([]);
    expect(past.headers['x-row-count']).toBe('0');
  });

  it('refuses a measure, order or offset it does not know, naming the field', async () => {
    const refusal = async (query: Record<string, string>) =>
      (await request(app).get('/api/figures.csv').query(query).expect(400)).body.error as string;
    expect(await refusal({ measure: 'nk_morale' })).toMatch(/query\.measure: must be one of /);
    expect(await refusal({ order: 'loudest' })).toMatch(/query\.order: must be date or widest/);
    expect(await refusal({ offset: '-1' })).toMatch(/query\.offset: must be at least 0/);
    expect(await refusal({ offset: '100001' })).toMatch(/query\.offset: must be at most 100000/);
    expect(await refusal({ offset: 'ten' })).toMatch(/query\.offset: must be a number/);
  });
});

describe('POST /api/figures.csv', () => {
  const claimIds = async () =>
    (await db.readRows('MATCH (c:Claim) RETURN c.id AS id ORDER BY id DESC')).map((r) =>
      String(r.id),
    );

  it.each(['date', 'widest'] as const)(
    "with every claim named, answers GET's table (order=%s)",
    async (order) => {
      const [get, post] = await Promise.all([
        request(app).get('/api/figures.csv').query({ order }).expect(200),
        request(app)
          .post('/api/figures.csv')
          .send({ ids: await claimIds(), order })
          .expect(200),
      ]);
      expect(rowsOf(post.text).length).toBeGreaterThan(1);
      expect(post.text).toBe(get.text);
      expect(post.headers['x-total-count']).toBe(get.headers['x-total-count']);
      expect(post.headers['content-disposition']).toBe(
        `attachment; filename="figure-disagreements-in-view${order === 'widest' ? '-widest' : ''}.csv"`,
      );
    },
  );

  it("keeps the pairs with a claim named on a side: Blinken's 8,000 alone", async () => {
    const all = rowsOf((await request(app).get('/api/figures.csv').expect(200)).text);
    const his = all.filter((r) => r.claim_a_id === BLINKEN || r.claim_b_id === BLINKEN);
    const post = await request(app)
      .post('/api/figures.csv')
      .send({ ids: [BLINKEN, 'clm-not-in-the-graph', BLINKEN] })
      .expect(200);
    expect(his.length).toBeGreaterThan(1);
    expect(his.length).toBeLessThan(all.length);
    expect(rowsOf(post.text)).toEqual(his);
    expect(post.headers['x-total-count']).toBe(String(his.length));
    const paged = await request(app)
      .post('/api/figures.csv')
      .send({ ids: [BLINKEN], offset: 1, measure: 'nk_troops_deployed' })
      .expect(200);
    expect(rowsOf(paged.text)).toEqual(his.slice(1));
    const none = await request(app)
      .post('/api/figures.csv')
      .send({ ids: [BLINKEN], measure: 'nk_casualties' })
      .expect(200);
    expect(rowsOf(none.text)).toEqual([]);
    expect(none.headers['x-total-count']).toBe('0');
  });

  it('refuses a measure, order or offset it does not know, naming the field', async () => {
    const refusal = async (body: object) =>
      (await request(app).post('/api/figures.csv').send(body).expect(400)).body.error as string;
    const ids = [BLINKEN];
    expect(await refusal({ ids, measure: 'nk_morale' })).toMatch(/body\.measure: must be one of /);
    expect(await refusal({ ids, order: 3 })).toMatch(/body\.order: must be date or widest/);
    expect(await refusal({ ids, offset: '1' })).toMatch(/body\.offset: must be a number/);
    expect(await refusal({ ids, offset: 1.5 })).toMatch(/body\.offset: must be a whole number/);
    expect(await refusal({ ids, offset: 1e9 })).toMatch(/body\.offset: must be at most 100000/);
  });
});

describe('POST /api/figures/in-view', () => {
  const allClaims = async () =>
    (await db.readRows('MATCH (c:Claim) RETURN c.id AS id ORDER BY id DESC')).map((r) =>
      String(r.id),
    );

  it.each([
    ['nk_troops_deployed', 'date'],
    ['nk_troops_deployed', 'widest'],
    ['nk_casualties', 'date'],
  ] as const)(
    'with every claim in view, answers what GET /api/figures answers (%s, order=%s)',
    async (measure, order) => {
      const [graph, inView] = await Promise.all([
        request(app).get('/api/figures').query({ measure, order }).expect(200),
        request(app)
          .post('/api/figures/in-view')
          .send({ ids: await allClaims(), measure, order })
          .expect(200),
      ]);
      const { asked, partners, ...answer } = inView.body as { asked: number; partners: unknown[] };
      expect(asked).toBe((await allClaims()).length);
      expect(answer).toEqual(graph.body);
      // Every side is in view: no figure is sent along.
      expect(partners).toEqual([]);
    },
  );

  it('with every claim in view and no measure, counts as GET /api/figures?points=none', async () => {
    const [graph, inView] = await Promise.all([
      request(app).get('/api/figures').query({ points: 'none' }).expect(200),
      request(app)
        .post('/api/figures/in-view')
        .send({ ids: await allClaims(), points: 'none' })
        .expect(200),
    ]);
    const {
      asked: _asked,
      partners: _partners,
      ...answer
    } = inView.body as {
      asked: number;
      partners: unknown[];
    };
    expect(answer).toEqual(graph.body);
  });

  it("for Blinken's 8,000 alone: his figure, marked disputed, and the pairs he is on a side of", async () => {
    const graph = await request(app)
      .get('/api/figures')
      .query({ measure: 'nk_troops_deployed' })
      .expect(200);
    const res = await request(app)
      .post('/api/figures/in-view')
      .send({ ids: [BLINKEN, 'clm-not-in-the-graph'], measure: 'nk_troops_deployed' })
      .expect(200);
    expect(res.body.asked).toBe(2);
    expect(res.body.measures).toEqual([{ measure: 'nk_troops_deployed', count: 1 }]);
    expect(res.body.figures).toEqual(
      (graph.body.figures as { claimId: string }[]).filter((f) => f.claimId === BLINKEN),
    );
    expect(res.body.figures[0].disagrees).toBe(true);
    const his = (graph.body.disagreements as Pair[]).filter((d) => d.claims.includes(BLINKEN));
    expect(his.length).toBeGreaterThan(1);
    expect(res.body.disagreements).toEqual(his);
    expect(res.body.disagreementsTotal).toBe(his.length);
    expect(res.body.disagreementsByMeasure).toEqual({ nk_troops_deployed: his.length });
    // The other sides, out of view, are sent along as the graph's figures name them, disputed.
    const others = new Set(his.flatMap((d) => d.claims).filter((c) => c !== BLINKEN));
    expect(res.body.partners).toEqual(
      (graph.body.figures as { claimId: string; disagrees: boolean }[]).filter((f) =>
        others.has(f.claimId),
      ),
    );
    expect(res.body.partners.every((f: { disagrees: boolean }) => f.disagrees)).toBe(true);
    // Each side of the widest named with its source.
    for (const d of res.body.widestByMeasure.nk_troops_deployed as (Pair & {
      sources: ({ id: string } | null)[];
    })[]) {
      expect(d.claims).toContain(BLINKEN);
      expect(d.sources.every((s) => typeof s?.id === 'string')).toBe(true);
    }
  });

  it('answers nothing for claims of no figure, and refuses bad input naming the field', async () => {
    const none = await request(app)
      .post('/api/figures/in-view')
      .send({ ids: ['clm-not-in-the-graph'] })
      .expect(200);
    expect(none.body).toMatchObject({
      asked: 1,
      measures: [],
      figures: [],
      figuresTotal: 0,
      disagreements: [],
      disagreementsTotal: 0,
    });
    const refusal = async (body: object) =>
      (await request(app).post('/api/figures/in-view').send(body).expect(400)).body.error as string;
    expect(await refusal({ ids: [BLINKEN], measure: 'nk_morale' })).toMatch(
      /body\.measure: must be one of /,
    );
    expect(await refusal({ ids: [BLINKEN], points: 'some' })).toMatch(
      /body\.points: must be all or none/,
    );
    expect(await refusal({ ids: [BLINKEN], order: 'loudest' })).toMatch(
      /body\.order: must be date or widest/,
    );
  });
});

describe('GET /api/figures/agreements and the figures of POST /api/claims/agreements/in-view', () => {
  type Agreement = {
    measure: string;
    claims: [string, string];
    sides: [string, string];
    reason: string;
    apart: number;
    sources: [{ title: string } | null, { title: string } | null];
  };
  type Agreements = {
    agreementsTotal: number;
    agreementsByMeasure: Record<string, number>;
    closestByMeasure: Record<string, Agreement[]>;
    measures: { measure: string; count: number }[];
  };
  const ZELENSKY_3800 = 'clm-zelensky-3800-of-12000';

  it("counts the seed's agreeing figures by measure, the closest named with their sources", async () => {
    const { body } = (await request(app).get('/api/figures/agreements').expect(200)) as {
      body: Agreements;
    };
    // 12,000 deployed: GZERO's "roughly", Zelensky's, article 004's "estimated" and the
    // officials' 10,000–12,000; 3,800 of them killed or wounded, 1,000–4,000 and about 4,000.
    expect(body.agreementsByMeasure).toEqual({ nk_troops_deployed: 6, nk_casualties: 3 });
    expect(body.agreementsTotal).toBe(9);
    const casualties = body.closestByMeasure.nk_casualties!;
    expect(casualties.map((a) => a.apart)).toEqual([1, 1, 4000 / 3800]);
    expect(casualties.at(-1)!.reason).toMatch(
      /^Unattributed reports \(article 004\): approximately 4,000 \(2025\) agrees with Volodymyr Zelensky: 3,800 \(2025-01-12\) · 1\.05× apart, within the hedge$/,
    );
    for (const pairs of Object.values(body.closestByMeasure))
      for (const a of pairs) {
        expect(a.sources.every((s) => s && s.title.length > 0)).toBe(true);
        expect(a.apart === null || a.apart === 0 || a.apart >= 1).toBe(true);
      }
    // The figures compared are those /api/figures counts, of a known measure.
    const figures = await request(app).get('/api/figures').query({ points: 'none' }).expect(200);
    expect(body.measures).toEqual(
      (figures.body.measures as { measure: string }[])
        .filter((m) => m.measure !== 'other')
        .sort((a, b) => a.measure.localeCompare(b.measure)),
    );
  });

  it('for the claims in view: the pairs with one of them on a side; with every claim, the graph’s', async () => {
    const graph = (await request(app).get('/api/figures/agreements').expect(200))
      .body as Agreements;
    const inView = async (ids: string[]) =>
      (await request(app).post('/api/claims/agreements/in-view').send({ ids }).expect(200)).body
        .figures as Agreements;
    const all = await db.readRows('MATCH (c:Claim) RETURN c.id AS id ORDER BY id');
    expect(await inView(all.map((r) => String(r.id)))).toEqual(graph);
    // Zelensky's "3,800 of 12,000" alone: the two casualty figures and the three
    // 12,000s deployed (GZERO's, article 004's, the officials' 10,000–12,000) it agrees with.
    const one = await inView([ZELENSKY_3800, 'clm-nowhere']);
    expect(one.agreementsByMeasure).toEqual({ nk_casualties: 2, nk_troops_deployed: 3 });
    expect(
      one.closestByMeasure.nk_casualties!.map((a) => a.claims.includes(ZELENSKY_3800)),
    ).toEqual([true, true]);
    expect(one.measures).toEqual([
      { measure: 'nk_casualties', count: 1 },
      { measure: 'nk_troops_deployed', count: 1 },
    ]);
  });

  it("saves them as CSV tables, the graph's or the claims in view's, closest first", async () => {
    const graph = (await request(app).get('/api/figures/agreements').expect(200))
      .body as Agreements;
    const table = async (req: request.Test) => {
      const res = await req.buffer(true).expect(200);
      return {
        name: /filename="([^"]+)"/.exec(String(res.headers['content-disposition']))?.[1],
        total: Number(res.headers['x-total-count']),
        rows: parse(String(res.text), { columns: true, bom: true }) as Record<string, string>[],
      };
    };
    const all = await table(request(app).get('/api/figures/agreements.csv'));
    expect(all.name).toBe('figure-agreements.csv');
    expect(all.total).toBe(graph.agreementsTotal);
    expect(all.rows).toHaveLength(graph.agreementsTotal);
    // Closest first: the same figure, then overlapping ranges, then by the hedges.
    const rank = { same: 0, overlap: 1, hedged: 2 } as Record<string, number>;
    const order = all.rows.map((r) => rank[r.agreement!]!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(all.rows.filter((r) => r.measure === 'nk_casualties').map((r) => r.agreement)).toEqual([
      'overlap',
      'overlap',
      'hedged',
    ]);
    // Of Zelensky's "3,800 of 12,000" alone: its five pairs, its figure on side a.
    const one = await table(
      request(app)
        .post('/api/figures/agreements.csv')
        .send({ ids: [ZELENSKY_3800] }),
    );
    expect(one.name).toBe('figure-agreements-in-view.csv');
    expect(one.total).toBe(5);
    expect(one.rows.map((r) => r.claim_a_id)).toEqual(Array(5).fill(ZELENSKY_3800));
    // Pages past the end are empty but still count every pair.
    const past = await table(request(app).get('/api/figures/agreements.csv').query({ offset: 50 }));
    expect(past).toEqual({ name: 'figure-agreements-from-row-51.csv', total: 9, rows: [] });
    for (const [req, field] of [
      [request(app).get('/api/figures/agreements.csv').query({ offset: -1 }), /^query\.offset/],
      [request(app).post('/api/figures/agreements.csv').send({ ids: [] }), /^body\.ids/],
      [
        request(app)
          .post('/api/figures/agreements.csv')
          .send({ ids: [ZELENSKY_3800], offset: 'x' }),
        /^body\.offset/,
      ],
    ] as const) {
      const bad = await req.expect(400);
      expect(bad.body.error).toMatch(field);
    }
  });
});
