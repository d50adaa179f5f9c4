import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { isDeepStrictEqual } from 'node:util';
import { CLAIM_CSV_COLUMNS } from '../../server/domain/claims-csv';
import { contradictionMatches, type ContradictionJson } from '../../server/domain/contradictions';
import type { AgreementsResponse } from '../../server/domain/agreements';
import { rawBody, testApp } from '../support/app';
import { testDb } from '../support/db';
import { query } from '../../db/cypher';
import { loadDataset as readDataset } from '../../seed/dataset';
import { loadDataset } from '../../seed/load';
import { DATA_DIR, SOURCES_DIR } from '../../seed/paths';

const db = testDb();
const app = testApp(db);
afterAll(() => db.close());

const ZELENSKY = 'act-volodymyr-zelensky';

describe('GET /api/search', () => {
  it('is typo-tolerant: "Zelenski" finds Zelensky first', async () => {
    const res = await request(app).get('/api/search').query({ q: 'Zelenski' }).expect(200);
    expect(res.body.results[0]).toMatchObject({ id: ZELENSKY, category: 'Actor', kind: 'person' });
  });

  it('is alias-aware: "DPRK" and "Pyongyang" find North Korea, "Kim Jong-un" finds Kim Jong Un', async () => {
    for (const q of ['DPRK', 'Pyongyang']) {
      const res = await request(app).get('/api/search').query({ q, types: 'Actor' }).expect(200);
      expect(res.body.results.map((r: { name: string }) => r.name)).toContain('North Korea');
    }
    const kim = await request(app).get('/api/search').query({ q: 'Kim Jong-un' }).expect(200);
    expect(kim.body.results[0].name).toBe('Kim Jong Un');
  });

  it('finds multi-word names that contain stop words', async () => {
    const res = await request(app)
      .get('/api/search')
      .query({ q: 'Institute for the Study of War' })
      .expect(200);
    expect(res.body.results[0]).toMatchObject({ id: 'act-isw' });
  });

  it('autocompletes prefixes and filters by type', async () => {
    const res = await request(app)
      .get('/api/search')
      .query({ q: 'Kurs', types: 'Place' })
      .expect(200);
    expect(res.body.results.length).toBeGreaterThan(0);
    expect(res.body.results.every((r: { category: string }) => r.category === 'Place')).toBe(true);
    expect(res.body.results[0].name).toMatch(/Kursk/);
  });

  it('finds claims by their words', async () => {
    const res = await request(app)
      .get('/api/search')
      .query({ q: 'cannon fodder', types: 'Claim' })
      .expect(200);
    expect(res.body.results[0]).toMatchObject({ category: 'Claim' });
  });

  it('refuses bad input with the field named', async () => {
    const empty = await request(app).get('/api/search').query({ q: '' }).expect(400);
    expect(empty.body.error).toMatch(/query\.q/);
    const types = await request(app)
      .get('/api/search')
      .query({ q: 'x', types: 'User' })
      .expect(400);
    expect(types.body.error).toMatch(/query\.types/);
    const limit = await request(app).get('/api/search').query({ q: 'x', limit: 'ten' }).expect(400);
    expect(limit.body.error).toMatch(/query\.limit/);
    await request(app).get('/api/search').query({ q: 'x', limit: 5000 }).expect(400);
  });

  it('treats Lucene syntax in the words as plain text', async () => {
    const res = await request(app)
      .get('/api/search')
      .query({ q: 'Zelensky) OR name:* AND ~"' })
      .expect(200);
    expect(Array.isArray(res.body.results)).toBe(true);
  });
});

describe('GET /api/nodes/:id', () => {
  it("gives a node's properties, aliases and degree by type", async () => {
    const res = await request(app).get(`/api/nodes/${ZELENSKY}`).expect(200);
    expect(res.body).toMatchObject({ id: ZELENSKY, category: 'Actor', kind: 'person' });
    expect(res.body.aliases).toEqual(expect.arrayContaining(['Zelenskyy']));
    const said = res.body.degree.byType.find((d: { type: string }) => d.type === 'SAID');
    expect(said).toMatchObject({ direction: 'out' });
    expect(said.count).toBeGreaterThanOrEqual(10);
    expect(res.body.degree.total).toBeGreaterThanOrEqual(said.count);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const res = await request(app).get('/api/nodes/act-nobody').expect(404);
    expect(res.body.error).toMatch(/act-nobody/);
    await request(app).get('/api/nodes/a%20b%3B').expect(400);
  });
});

describe('GET /api/nodes/:id/neighborhood', () => {
  it('returns a graphology-serialized subgraph around the node', async () => {
    const res = await request(app).get(`/api/nodes/${ZELENSKY}/neighborhood`).expect(200);
    const g = res.body;
    expect(g.attributes).toMatchObject({ center: ZELENSKY, depth: 1, truncated: false });
    const keys = new Set(g.nodes.map((n: { key: string }) => n.key));
    expect(keys.has(ZELENSKY)).toBe(true);
    for (const e of g.edges) {
      expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
    }
    const said = g.edges.filter(
      (e: { attributes: { relType: string } }) => e.attributes.relType === 'SAID',
    );
    expect(said.length).toBeGreaterThanOrEqual(10);
    const claim = g.nodes.find(
      (n: { attributes: { category: string } }) => n.attributes.category === 'Claim',
    );
    expect(claim.attributes).toHaveProperty('text');
  });

  it('filters by label and relationship type, and caps the node count', async () => {
    const res = await request(app)
      .get(`/api/nodes/${ZELENSKY}/neighborhood`)
      .query({ depth: 2, rels: 'SAID,ABOUT', labels: 'Claim,Place' })
      .expect(200);
    const cats = new Set(
      res.body.nodes
        .slice(1)
        .map((n: { attributes: { category: string } }) => n.attributes.category),
    );
    expect([...cats].every((c) => c === 'Claim' || c === 'Place')).toBe(true);
    const capped = await request(app)
      .get(`/api/nodes/${ZELENSKY}/neighborhood`)
      .query({ depth: 2, limit: 5 })
      .expect(200);
    expect(capped.body.nodes).toHaveLength(5);
    expect(capped.body.attributes.truncated).toBe(true);
    expect(capped.body.attributes.omitted.nodes).toBeGreaterThan(0);
  });

  it('counts the relationships its supernode guard leaves out, filtered or not', async () => {
    // limit 3: the centre and two neighbours, so at most 2 relationships
    // followed from the centre, the rest counted.
    const cases = [
      { query: {}, count: 'COUNT { (n)--() }', types: null },
      {
        query: { rels: 'SAID,ABOUT' },
        count: 'COUNT { (n)-[:SAID|ABOUT]-() }',
        types: ['SAID', 'ABOUT'],
      },
      // A repeated type is counted once.
      {
        query: { rels: 'ABOUT,SAID,SAID' },
        count: 'COUNT { (n)-[:SAID|ABOUT]-() }',
        types: ['SAID', 'ABOUT'],
      },
      {
        query: { rels: 'SAID', labels: 'Claim' },
        count: 'COUNT { (n)-[:SAID]-(:Claim) }',
        types: ['SAID'],
      },
    ];
    for (const c of cases) {
      const [row] = await db.readRows(`MATCH (n {id: $id}) RETURN ${c.count} AS n`, {
        id: ZELENSKY,
      });
      const inDb = Number(row!.n);
      expect(inDb).toBeGreaterThan(3);
      const res = await request(app)
        .get(`/api/nodes/${ZELENSKY}/neighborhood`)
        .query({ depth: 1, limit: 3, ...c.query })
        .expect(200);
      expect([c.query, res.body.attributes.omitted.edges]).toEqual([c.query, inDb - 2]);
      expect(res.body.attributes.omitted.nodes).toBe(0);
      const types = res.body.edges.map(
        (e: { attributes: { relType: string } }) => e.attributes.relType,
      );
      expect(types).toHaveLength(2);
      if (c.types) expect(types.every((t: string) => c.types.includes(t))).toBe(true);
    }
  });

  it("pages through the centre's relationships with offset, by type or not", async () => {
    const centre = (body: { edges: { key: string; source: string; target: string }[] }) =>
      body.edges.filter((e) => e.source === ZELENSKY || e.target === ZELENSKY).map((e) => e.key);
    for (const rels of ['', 'SAID']) {
      const all = await db.readRows(
        `MATCH (n {id: $id})-[r]-() WHERE $rels = '' OR type(r) = $rels RETURN elementId(r) AS r`,
        { id: ZELENSKY, rels },
      );
      const total = all.length;
      expect(total).toBeGreaterThan(8);
      // limit 5: the centre and 4 neighbours, so pages of 4 relationships.
      const seen = new Set<string>();
      for (let offset = 0; offset < total + 4; offset += 4) {
        const res = await request(app)
          .get(`/api/nodes/${ZELENSKY}/neighborhood`)
          .query({ depth: 1, limit: 5, offset, ...(rels ? { rels } : {}) })
          .expect(200);
        const page = centre(res.body);
        const left = Math.max(0, total - offset - 4);
        expect([rels, offset, res.body.attributes.omitted]).toEqual([
          rels,
          offset,
          { nodes: 0, edges: left },
        ]);
        expect(res.body.attributes).toMatchObject({
          offset,
          truncated: left > 0,
          nextOffset: left > 0 ? offset + 4 : null,
        });
        if (offset >= total) expect(page).toEqual([]);
        else expect(page.length).toBeGreaterThanOrEqual(Math.min(4, total - offset));
        page.forEach((k) => seen.add(k));
      }
      // Every relationship of the centre came on some page.
      expect([rels, [...seen].sort()]).toEqual([rels, all.map((r) => String(r.r)).sort()]);
    }
  });

  it('refuses an offset beyond depth 1', async () => {
    const res = await request(app)
      .get(`/api/nodes/${ZELENSKY}/neighborhood`)
      .query({ depth: 2, offset: 4 })
      .expect(400);
    expect(res.body.error).toMatch(/query\.offset: must be 0 unless query\.depth is 1/);
    const negative = await request(app)
      .get(`/api/nodes/${ZELENSKY}/neighborhood`)
      .query({ offset: -1 })
      .expect(400);
    expect(negative.body.error).toMatch(/query\.offset: must be at least 0/);
  });

  it('refuses out-of-range depth and unknown relationship types', async () => {
    const depth = await request(app)
      .get(`/api/nodes/${ZELENSKY}/neighborhood`)
      .query({ depth: 4 })
      .expect(400);
    expect(depth.body.error).toMatch(/query\.depth: must be at most 3/);
    const rels = await request(app)
      .get(`/api/nodes/${ZELENSKY}/neighborhood`)
      .query({ rels: 'SAID,KNOWS' })
      .expect(400);
    expect(rels.body.error).toMatch(/query\.rels/);
    await request(app).get('/api/nodes/act-nobody/neighborhood').expect(404);
  });
});

describe('GET /api/graph/overview', () => {
  it('gives the most connected entities, sources and claims with their links', async () => {
    const res = await request(app).get('/api/graph/overview').query({ limit: 60 }).expect(200);
    const names = res.body.nodes.map((n: { attributes: { name: string } }) => n.attributes.name);
    expect(names).toEqual(expect.arrayContaining(['North Korea', 'Volodymyr Zelensky']));
    expect(res.body.nodes.length).toBeLessThanOrEqual(60);
    expect(res.body.edges.length).toBeGreaterThan(res.body.nodes.length / 2);
  });
});

describe('GET /api/paths', () => {
  it('finds the shortest paths from Zelensky to Kim Jong Un', async () => {
    const res = await request(app)
      .get('/api/paths')
      .query({ from: ZELENSKY, to: 'act-kim-jong-un', maxHops: 3 })
      .expect(200);
    expect(res.body.paths.length).toBeGreaterThan(0);
    const first = res.body.paths[0];
    expect(first.nodes[0]).toBe(ZELENSKY);
    expect(first.nodes[first.nodes.length - 1]).toBe('act-kim-jong-un');
    expect(first.edges).toHaveLength(first.length);
    expect(res.body.paths.every((p: { length: number }) => p.length === first.length)).toBe(true);
  });

  it('answers no path beyond maxHops, 404 for unknown ends, 400 for bad hops', async () => {
    const res = await request(app)
      .get('/api/paths')
      .query({ from: ZELENSKY, to: 'act-kim-jong-un', maxHops: 1 })
      .expect(200);
    expect(res.body.paths).toEqual([]);
    const missing = await request(app)
      .get('/api/paths')
      .query({ from: ZELENSKY, to: 'act-ghost' })
      .expect(404);
    expect(missing.body.error).toMatch(/query\.to/);
    await request(app)
      .get('/api/paths')
      .query({ from: ZELENSKY, to: 'act-kim-jong-un', maxHops: 0 })
      .expect(400);
    await request(app).get('/api/paths').query({ from: ZELENSKY }).expect(400);
  });
});

describe('who said what', () => {
  it("lists Zelensky's claims, including 3,800 of 12,000 killed or wounded, with its source", async () => {
    const res = await request(app).get('/api/claims').query({ speaker: ZELENSKY }).expect(200);
    expect(res.body.total).toBeGreaterThanOrEqual(10);
    const c3800 = res.body.claims.find((c: { figures: { value?: number }[] }) =>
      c.figures.some((f) => f.value === 3800),
    );
    expect(c3800).toBeDefined();
    expect(c3800.excerpt).toContain('3,800 of the 12,000');
    expect(c3800.source).toMatchObject({ id: 'src-fakti-isw-north-korean-pows', outlet: 'Fakti' });
    expect(c3800.speaker.id).toBe(ZELENSKY);
  });

  it('filters by subject, source and date, and pages', async () => {
    const about = await request(app)
      .get('/api/claims')
      .query({ about: 'act-kim-jong-un' })
      .expect(200);
    expect(about.body.total).toBeGreaterThan(0);
    for (const c of about.body.claims) {
      expect(c.about.map((a: { id: string }) => a.id)).toContain('act-kim-jong-un');
    }
    const dated = await request(app)
      .get('/api/claims')
      .query({ from: '2025-01-01', to: '2025-01-31' })
      .expect(200);
    expect(dated.body.total).toBeGreaterThan(0);
    for (const c of dated.body.claims) expect(c.date).toMatch(/^2025-01/);
    const page = await request(app).get('/api/claims').query({ limit: 5, offset: 5 }).expect(200);
    expect(page.body.claims).toHaveLength(5);
    expect(page.body.total).toBeGreaterThanOrEqual(50);
    // A page past the end is empty, and still says how many there are.
    const past = await request(app)
      .get('/api/claims')
      .query({ speaker: ZELENSKY, offset: 10_000 })
      .expect(200);
    const all = await request(app).get('/api/claims').query({ speaker: ZELENSKY }).expect(200);
    expect(past.body.claims).toEqual([]);
    expect(past.body.total).toBe(all.body.total);
    expect(all.body.total).toBeGreaterThan(10);
  });

  it('pages through every claim in date order, undated last, whatever the page size', async () => {
    const ids = (body: { claims: { id: string }[] }) => body.claims.map((c) => c.id);
    const whole = (await request(app).get('/api/claims').query({ limit: 500 }).expect(200)).body;
    const [{ n, undated }] = (await db.readRows(
      'MATCH (c:Claim) RETURN count(c) AS n, count(c) - count(c.day) AS undated',
    )) as [{ n: unknown; undated: unknown }];
    expect(whole.total).toBe(Number(n));
    expect(whole.claims).toHaveLength(whole.total);
    // The seed has undated claims, so pages of 7 cross from the dated ones to them.
    expect(Number(undated)).toBeGreaterThan(0);
    const dates = whole.claims.map((c: { date: string | null }) => c.date);
    const firstUndated = dates.indexOf(null);
    expect(firstUndated).toBe(whole.total - Number(undated));
    expect(dates.slice(firstUndated).every((d: string | null) => d === null)).toBe(true);
    const undatedIds = ids(whole).slice(firstUndated);
    expect(undatedIds).toEqual([...undatedIds].sort());
    const paged: string[] = [];
    for (let offset = 0; offset < whole.total; offset += 7) {
      const page = await request(app).get('/api/claims').query({ limit: 7, offset }).expect(200);
      expect(page.body.total).toBe(whole.total);
      paged.push(...ids(page.body));
    }
    expect(paged).toEqual(ids(whole));
    const past = await request(app).get('/api/claims').query({ offset: whole.total }).expect(200);
    expect(past.body).toMatchObject({ total: whole.total, claims: [] });
    // A date range pages alike, its claims in the whole list's order.
    const range = { from: '2024-11-01', to: '2025-01-31' };
    const inRange = (
      await request(app)
        .get('/api/claims')
        .query({ ...range, limit: 500 })
    ).body;
    expect(inRange.total).toBeGreaterThan(6);
    expect(inRange.total).toBeLessThan(whole.total);
    const rangePaged: string[] = [];
    for (let offset = 0; offset < inRange.total + 3; offset += 3) {
      const page = await request(app)
        .get('/api/claims')
        .query({ ...range, limit: 3, offset })
        .expect(200);
      expect(page.body.total).toBe(inRange.total);
      rangePaged.push(...ids(page.body));
    }
    expect(rangePaged).toEqual(ids(inRange));
    const rangeSet = new Set(rangePaged);
    expect(ids(whole).filter((id) => rangeSet.has(id))).toEqual(rangePaged);

    // The count is kept per graph version: a claim written is counted and listed at once.
    const extra = 'clm-test-paging-extra';
    await db.writeRows(
      `MATCH (sp:Actor {id: $speaker}), (s:Source {id: $source})
       CREATE (sp)-[:SAID]->(:Claim {id: $id, text: 'A claim dated first of all.', day: date('1999-01-01'),
         dayEnd: date('1999-01-01'), date: '1999-01-01'})-[:REPORTED_IN {excerpt: 'x', start: 0, end: 1}]->(s)`,
      { speaker: ZELENSKY, source: whole.claims[0].source.id, id: extra },
    );
    try {
      const after = await request(app).get('/api/claims').query({ limit: 3 }).expect(200);
      expect(after.body.total).toBe(whole.total + 1);
      expect(ids(after.body)).toEqual([extra, ...ids(whole).slice(0, 2)]);
    } finally {
      await db.writeRows('MATCH (c:Claim {id: $id}) DETACH DELETE c', { id: extra });
    }
    const restored = await request(app).get('/api/claims').query({ limit: 3 }).expect(200);
    expect(restored.body.total).toBe(whole.total);
  });

  it.each([
    { from: '2024-11-01', to: null },
    { from: null, to: '2024-10-31' },
    { from: '2024-11-01', to: '2024-12-31' },
    { from: '2025-01-01', to: '2025-01-31' },
  ])(
    'a date range alone ($from to $to) finds what a filter over every claim finds, in order',
    async ({ from, to }) => {
      // The reference: every claim read and filtered, as the claims-* queries' WHERE does.
      const expected = await db.readRows(
        `MATCH (:Actor)-[:SAID]->(c:Claim)-[:REPORTED_IN]->(:Source)
         WHERE ($from IS NULL OR c.day >= date($from)) AND ($to IS NULL OR c.dayEnd <= date($to))
         RETURN c.id AS id ORDER BY c.day, c.id`,
        { from, to },
      );
      const res = await request(app)
        .get('/api/claims')
        .query({ ...(from ? { from } : {}), ...(to ? { to } : {}), limit: 500 })
        .expect(200);
      expect(expected.length).toBeGreaterThan(0);
      expect(res.body.claims.map((c: { id: string }) => c.id)).toEqual(expected.map((r) => r.id));
      expect(res.body.total).toBe(expected.length);
    },
  );

  it('refuses bad dates and reversed ranges', async () => {
    const bad = await request(app).get('/api/claims').query({ from: '2025-02-30' }).expect(400);
    expect(bad.body.error).toMatch(/query\.from/);
    await request(app)
      .get('/api/claims')
      .query({ from: '2025-02-01', to: '2025-01-01' })
      .expect(400);
    await request(app).get('/api/claims').query({ offset: -1 }).expect(400);
  });

  type Choice = { id: string; name: string; count: number };
  /** Cypher's order of strings: by code point, not by locale. */
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  /** The choices as counted from the list itself: each id's claims, most first, then by name. */
  const countedFrom = (claims: { id: string }[], idsOf: (c: never) => Choice[]) => {
    const counts = new Map<string, Choice>();
    for (const c of claims)
      for (const x of idsOf(c as never)) {
        const was = counts.get(x.id) ?? { id: x.id, name: x.name, count: 0 };
        counts.set(x.id, { ...was, count: was.count + 1 });
      }
    return [...counts.values()].sort(
      (a, b) => b.count - a.count || byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id),
    );
  };

  it('names who spoke about an entity, with how many of its claims each, as its list counts them', async () => {
    const about = 'unit-nk-contingent';
    const list = await request(app).get('/api/claims').query({ about, limit: 500 }).expect(200);
    const res = await request(app).get('/api/claims/speakers').query({ about }).expect(200);
    const expected = countedFrom(list.body.claims, (c: { speaker: Choice }) => [c.speaker]);
    expect(expected.length).toBeGreaterThan(5);
    expect(res.body).toEqual({
      total: list.body.total,
      speakersTotal: expected.length,
      speakers: expected.map(({ id, name, count }) => ({ id, name, count })),
    });
    // Each choice narrows the list to as many claims as it says.
    const [top] = res.body.speakers as Choice[];
    const narrowed = await request(app)
      .get('/api/claims')
      .query({ about, speaker: top!.id })
      .expect(200);
    expect(narrowed.body.total).toBe(top!.count);
    // limit names the first few; the totals still count all.
    const two = await request(app)
      .get('/api/claims/speakers')
      .query({ about, limit: 2 })
      .expect(200);
    expect(two.body.speakers).toEqual(res.body.speakers.slice(0, 2));
    expect(two.body.speakersTotal).toBe(expected.length);
    // Narrowed by source as the list is.
    const source = 'src-fakti-isw-north-korean-pows';
    const inSource = await request(app).get('/api/claims').query({ about, source }).expect(200);
    const bySource = await request(app)
      .get('/api/claims/speakers')
      .query({ about, source })
      .expect(200);
    expect(bySource.body.total).toBe(inSource.body.total);
    expect(bySource.body.speakers).toEqual(
      countedFrom(inSource.body.claims, (c: { speaker: Choice }) => [c.speaker]),
    );
  });

  it("names what a speaker's claims are about, with how many claims each", async () => {
    const list = await request(app)
      .get('/api/claims')
      .query({ speaker: ZELENSKY, limit: 500 })
      .expect(200);
    const res = await request(app)
      .get('/api/claims/subjects')
      .query({ speaker: ZELENSKY })
      .expect(200);
    const expected = countedFrom(list.body.claims, (c: { about: Choice[] }) => c.about);
    expect(res.body.total).toBe(list.body.total);
    expect(res.body.subjectsTotal).toBe(expected.length);
    expect(res.body.subjects).toEqual(expected.map(({ id, name, count }) => ({ id, name, count })));
    expect(res.body.subjects.map((x: Choice) => x.name)).toContain('Kursk region');
    // An unknown speaker says none rather than failing.
    const none = await request(app)
      .get('/api/claims/subjects')
      .query({ speaker: 'act-nobody' })
      .expect(200);
    expect(none.body).toEqual({ total: 0, subjectsTotal: 0, subjects: [] });
  });

  it('refuses choices with no entity, a bad limit or a reversed range, naming the field', async () => {
    const noAbout = await request(app).get('/api/claims/speakers').expect(400);
    expect(noAbout.body.error).toMatch(/query\.about/);
    const noSpeaker = await request(app).get('/api/claims/subjects').expect(400);
    expect(noSpeaker.body.error).toMatch(/query\.speaker/);
    const limit = await request(app)
      .get('/api/claims/speakers')
      .query({ about: 'unit-nk-contingent', limit: 0 })
      .expect(400);
    expect(limit.body.error).toMatch(/query\.limit: must be at least 1/);
    const reversed = await request(app)
      .get('/api/claims/subjects')
      .query({ speaker: ZELENSKY, from: '2025-02-01', to: '2025-01-01' })
      .expect(400);
    expect(reversed.body.error).toMatch(/query\.from: must not be after query\.to/);
  });

  it('serves a source with its text and every claim span, ready to highlight', async () => {
    const res = await request(app).get('/api/sources/src-fakti-isw-north-korean-pows').expect(200);
    const { source, claims } = res.body;
    expect(source).toMatchObject({ outlet: 'Fakti', held: true, publishedDate: '2025-01-12' });
    expect(claims.length).toBeGreaterThan(5);
    for (const c of claims) expect(source.text.slice(c.start, c.end)).toBe(c.excerpt);
    expect(res.body.cites.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['src-news-bg-report']),
    );
    await request(app).get('/api/sources/src-nowhere').expect(404);
  });

  it('names the report a claim is relayed from, and lists what a report relays', async () => {
    const blinken = await request(app)
      .get('/api/claims')
      .query({ speaker: 'act-antony-blinken' })
      .expect(200);
    expect(blinken.body.claims[0]).toMatchObject({
      id: 'clm-blinken-8000-in-kursk',
      source: { id: 'src-russia-benefiting-from-nk-soldiers' },
      relayedFrom: {
        id: 'src-blinken-briefing-2024-10-31',
        outlet: 'United States government',
        publishedDate: '2024-10-31',
      },
    });
    // GZERO's own estimate is its own account.
    const gzero = await request(app)
      .post('/api/claims/by-ids')
      .send({ ids: ['clm-gzero-casualties-1000-4000'] })
      .expect(200);
    expect(gzero.body.claims[0].relayedFrom).toBeNull();

    // The KBS interview, which Claimgraph holds no text of: the six claims article 001 relays from it.
    const kbs = await request(app).get('/api/sources/src-kbs-zelensky-interview').expect(200);
    expect(kbs.body.source.held).toBe(false);
    expect(kbs.body.claims).toEqual([]);
    expect(kbs.body.relayed.total).toBe(6);
    expect(
      new Set(kbs.body.relayed.claims.map((c: { speaker: { id: string } }) => c.speaker.id)),
    ).toEqual(new Set([ZELENSKY]));
    for (const c of kbs.body.relayed.claims) {
      expect(c.source.id).toBe('src-russia-benefiting-from-nk-soldiers');
      expect(c.relayedFrom.id).toBe('src-kbs-zelensky-interview');
    }
    // An article relays; nothing is relayed from it.
    const article = await request(app)
      .get('/api/sources/src-russia-benefiting-from-nk-soldiers')
      .expect(200);
    expect(article.body.relayed).toEqual({ total: 0, claims: [] });
  });

  it('lists figures over time and marks where speakers disagree', async () => {
    const res = await request(app)
      .get('/api/figures')
      .query({ measure: 'nk_troops_deployed' })
      .expect(200);
    const speakers = res.body.figures.map((f: { speaker: { name: string } }) => f.speaker.name);
    expect(speakers).toEqual(expect.arrayContaining(['Antony Blinken', 'Volodymyr Zelensky']));
    // Blinken's 8,000 (31 Oct 2024) and Ukrainian intelligence's 3,000 (28 Oct 2024) cannot both hold.
    const blinken = res.body.figures.find(
      (f: { speaker: { name: string } }) => f.speaker.name === 'Antony Blinken',
    );
    expect(blinken).toMatchObject({ value: 8000, disagrees: true });
    type Pair = { claims: [string, string]; sides: [string, string]; reason: string };
    const pair = (res.body.disagreements as Pair[]).find(
      (d) => d.claims[1] === blinken.claimId || d.claims[0] === blinken.claimId,
    );
    expect(pair).toBeDefined();
    // Each side names its speaker's figure and date, in the order of the claims.
    expect(pair!.sides[pair!.claims.indexOf(blinken.claimId)]).toBe(
      'Antony Blinken: 8,000 (2024-10-31)',
    );
    expect(pair!.reason).toBe(pair!.sides.join(' vs '));
    // How far apart: Blinken's 8,000 over the 3,000 he was weighed against, or so on.
    const factors = (res.body.disagreements as { factor: number | null }[]).map(
      (d) => d.factor ?? Number.POSITIVE_INFINITY,
    );
    expect(factors.every((f) => f > 1)).toBe(true);
    // The widest pairs of the measure, widest first, none left out wider.
    const widest = res.body.widestByMeasure.nk_troops_deployed as (Pair & {
      factor: number | null;
      sources: ({ id: string; title: string; outlet: string | null } | null)[];
      relayed: ({ id: string; title: string; outlet: string | null } | null)[];
    })[];
    expect(Object.keys(res.body.widestByMeasure)).toEqual(['nk_troops_deployed']);
    expect(widest).toHaveLength(Math.min(3, factors.length));
    expect(widest.map((d) => d.factor ?? Number.POSITIVE_INFINITY)).toEqual(
      [...factors].sort((a, b) => b - a).slice(0, widest.length),
    );
    expect(
      widest.every(({ sources: _sources, relayed: _relayed, ...d }) =>
        res.body.disagreements.some((x: unknown) => isDeepStrictEqual(x, d)),
      ),
    ).toBe(true);
    // And the report each side's source relays it from: Blinken's 8,000 from his briefing.
    for (const d of widest) {
      for (const [i, id] of d.claims.entries()) {
        const [row] = await db.readRows(
          'MATCH (:Claim {id: $id})-[:RELAYED_FROM]->(r:Source) RETURN r.id AS id',
          { id },
        );
        expect(d.relayed[i]?.id ?? null).toBe(row?.id ?? null);
      }
    }
    const relayedSides = widest.flatMap((d) =>
      d.claims.map((id, i) => [id, d.relayed[i]] as const),
    );
    expect(relayedSides.find(([id]) => id === 'clm-blinken-8000-in-kursk')?.[1]).toEqual({
      id: 'src-blinken-briefing-2024-10-31',
      title: expect.stringContaining('Blinken'),
      outlet: 'United States government',
    });
    // Each side with the source that reported it, as the points say.
    const points = res.body.figures as { claimId: string; source: object }[];
    for (const d of widest) {
      expect(d.sources).toEqual(d.claims.map((id) => points.find((p) => p.claimId === id)!.source));
    }
    // An outlet where the graph has one, as the points name it (GZERO Media's article).
    expect(widest.flatMap((d) => d.sources).some((s) => s?.outlet === 'GZERO Media')).toBe(true);
    // The points name the sources: only the reports they relay are read, in one query.
    const reads = jest.spyOn(db, 'readRows');
    try {
      const byWidth = await request(app)
        .get('/api/figures')
        .query({ measure: 'nk_troops_deployed', order: 'widest' })
        .expect(200);
      expect(byWidth.body.widestByMeasure).toEqual(res.body.widestByMeasure);
      expect(reads.mock.calls.length).toBeGreaterThan(0);
      expect(
        reads.mock.calls.filter(([cypher]) => cypher === query('queries/reported-in')),
      ).toHaveLength(1);
    } finally {
      reads.mockRestore();
    }
    expect(res.body.order).toBe('date');
    // Widest apart first on request: the same pairs, the widest first.
    const wide = await request(app)
      .get('/api/figures')
      .query({ measure: 'nk_troops_deployed', order: 'widest', points: 'none' })
      .expect(200);
    expect(wide.body.order).toBe('widest');
    const wideFactors = (wide.body.disagreements as { factor: number | null }[]).map(
      (d) => d.factor ?? Number.POSITIVE_INFINITY,
    );
    expect(wideFactors).toEqual([...factors].sort((a, b) => b - a));
    expect(new Set(wide.body.disagreements.map((d: Pair) => d.claims.join()))).toEqual(
      new Set(res.body.disagreements.map((d: Pair) => d.claims.join())),
    );
    expect(wide.body.disagreements.slice(0, widest.length)).toEqual(
      widest.map(({ sources: _sources, relayed: _relayed, ...d }) => d),
    );
    const badOrder = await request(app).get('/api/figures').query({ order: 'loudest' }).expect(400);
    expect(badOrder.body.error).toMatch(/query\.order: must be date or widest/);
    expect(res.body.measures.map((m: { measure: string }) => m.measure)).toContain('nk_casualties');
    await request(app).get('/api/figures').query({ measure: 'weather' }).expect(400);
  });

  it("gives every figure point its claim's speaker, source, relayed report, date and excerpt, as /api/claims does", async () => {
    const figures = await request(app).get('/api/figures').expect(200);
    const claims = await request(app).get('/api/claims').query({ limit: 500 }).expect(200);
    type Claim = {
      id: string;
      date: string | null;
      quote: boolean;
      excerpt: string;
      speaker: { id: string; name: string };
      source: { id: string; title: string; outlet: string | null };
      relayedFrom: { id: string; title: string; outlet: string | null } | null;
      figures: { measure: string; text: string }[];
    };
    const byId = new Map<string, Claim>(claims.body.claims.map((c: Claim) => [c.id, c]));
    expect(figures.body.figures.length).toBeGreaterThan(10);
    for (const p of figures.body.figures) {
      const c = byId.get(p.claimId)!;
      expect(c).toBeDefined();
      expect(p).toMatchObject({
        speaker: { id: c.speaker.id, name: c.speaker.name },
        source: { id: c.source.id, title: c.source.title, outlet: c.source.outlet },
        relayedFrom: c.relayedFrom && {
          id: c.relayedFrom.id,
          title: c.relayedFrom.title,
          outlet: c.relayedFrom.outlet,
        },
        date: c.date,
        excerpt: c.excerpt,
        quote: c.quote,
      });
      expect(c.figures.map((f) => f.text)).toContain(p.text);
    }
    expect(figures.body.figures.some((p: Claim) => p.source.outlet === 'Fakti')).toBe(true);
    // Fakti rewrote News.bg's piece: its figures name the report they come from.
    const relayed = figures.body.figures.filter((p: Claim) => p.relayedFrom);
    expect(relayed.length).toBeGreaterThan(0);
    expect(relayed.some((p: Claim) => p.relayedFrom!.outlet === 'News.bg')).toBe(true);
    // One point per figure, as many as without the report.
    const ids = figures.body.figures.map(
      (p: { claimId: string; text: string }) => `${p.claimId}|${p.text}`,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves the points out on request, with the same measures and disagreements', async () => {
    const all = await request(app).get('/api/figures').expect(200);
    const none = await request(app).get('/api/figures').query({ points: 'none' }).expect(200);
    expect(all.body.figures.length).toBeGreaterThan(10);
    expect(all.body.figuresTotal).toBe(all.body.figures.length);
    expect(none.body.figures).toEqual([]);
    expect(none.body.figuresTotal).toBe(all.body.figures.length);
    expect(none.body.disagreements.length).toBeGreaterThan(0);
    expect(none.body.disagreements).toEqual(all.body.disagreements);
    expect(none.body.disagreementsTotal).toBe(all.body.disagreementsTotal);
    expect(none.body.widestByMeasure).toEqual(all.body.widestByMeasure);
    expect(none.body.measures).toEqual(all.body.measures);
    // One measure: the same pairs as its points give (points=none reads no provenance).
    const measure = all.body.disagreements[0].measure as string;
    const one = await request(app).get('/api/figures').query({ measure, points: 'none' });
    const onePoints = await request(app).get('/api/figures').query({ measure }).expect(200);
    expect(one.body.disagreements).toEqual(onePoints.body.disagreements);
    expect(one.body.figuresTotal).toBe(onePoints.body.figures.length);
    // Totals by measure: of every measure without one asked, of that measure with it.
    const byMeasure = none.body.disagreementsByMeasure as Record<string, number>;
    expect(byMeasure).toEqual(all.body.disagreementsByMeasure);
    expect(Object.values(byMeasure).reduce((a, b) => a + b, 0)).toBe(none.body.disagreementsTotal);
    expect(byMeasure[measure]).toBe(
      none.body.disagreements.filter((d: { measure: string }) => d.measure === measure).length,
    );
    expect(one.body.disagreementsByMeasure).toEqual({ [measure]: byMeasure[measure] });
    const bad = await request(app).get('/api/figures').query({ points: 'some' }).expect(400);
    expect(bad.body.error).toMatch(/query\.points: must be all or none/);
  });
});

describe('GET /api/claims/:id/agreements', () => {
  const agreements = async (id: string, limit?: number) =>
    (
      await request(app)
        .get(`/api/claims/${id}/agreements`)
        .query(limit ? { limit } : {})
        .expect(200)
    ).body as AgreementsResponse;

  it("lists who else gives Zelensky's 12,000 and 3,800, with each source and excerpt", async () => {
    const res = await agreements('clm-zelensky-3800-of-12000');
    const [casualties, deployed] = res.figures;
    expect(deployed!.figure).toMatchObject({ measure: 'nk_troops_deployed', value: 12000 });
    // GZERO's "roughly 12,000", article 004's "estimated 12,000", the officials' 10,000–12,000.
    expect(deployed!.agreeing.map((a) => [a.claimId, a.match])).toEqual([
      ['clm-gzero-casualties-1000-4000', 'same'],
      ['clm-reportedly-4000-of-12000', 'same'],
      ['clm-officials-50000-force-incl-nk', 'overlap'],
    ]);
    expect(deployed).toMatchObject({
      total: 3,
      speakers: 3,
      repeats: 0,
      sources: 2,
      inSameSource: 0,
    });
    expect(casualties!.agreeing.map((a) => [a.claimId, a.match])).toEqual([
      ['clm-gzero-casualties-1000-4000', 'overlap'],
      ['clm-reportedly-4000-of-12000', 'hedged'],
    ]);
    // Each agreeing figure is traceable: its excerpt is in its source's text.
    for (const a of [...casualties!.agreeing, ...deployed!.agreeing]) {
      const src = await request(app).get(`/api/sources/${a.source!.id}`).expect(200);
      expect(src.body.source.text).toContain(a.excerpt);
    }
  });

  it("counts agreeing claims of the claim's own source apart", async () => {
    const gzero = await agreements('clm-gzero-casualties-1000-4000');
    const deployed = gzero.figures.find((f) => f.figure.measure === 'nk_troops_deployed')!;
    expect(deployed).toMatchObject({ total: 3, speakers: 3, sources: 2, inSameSource: 1 });
    expect(deployed.agreeing.filter((a) => a.sameSource).map((a) => a.claimId)).toEqual([
      'clm-officials-50000-force-incl-nk',
    ]);
  });

  it("says Blinken's 8,000 stands alone, and leaves figures of no known measure uncompared", async () => {
    const blinken = await agreements('clm-blinken-8000-in-kursk');
    expect(blinken.figures).toHaveLength(1);
    expect(blinken.figures[0]).toMatchObject({ compared: true, total: 0, agreeing: [] });
    const soldier = await agreements('clm-ukr-soldier-battle-400-500');
    expect(soldier.figures.filter((f) => !f.compared).map((f) => f.total)).toEqual([0, 0]);
    const plain = await agreements('clm-moscow-denies-nk-soldiers');
    expect(plain.figures).toEqual([]);
  });

  it('names what each agreeing claim is relayed from, and counts the reports they go back to', async () => {
    const res = await agreements('clm-zelensky-3800-of-12000');
    expect(res).toMatchObject({
      source: 'src-fakti-isw-north-korean-pows',
      origin: 'src-news-bg-report',
    });
    const deployed = res.figures[1]!;
    // Article 004 is a rewrite of Radio Free Asia's report; GZERO's figures are its own.
    expect(deployed.agreeing.map((a) => [a.claimId, a.relayedFrom?.id ?? null])).toEqual([
      ['clm-gzero-casualties-1000-4000', null],
      ['clm-reportedly-4000-of-12000', 'src-rfa-original'],
      ['clm-officials-50000-force-incl-nk', null],
    ]);
    expect(deployed).toMatchObject({ sources: 2, origins: 2, sameOrigin: 0 });
  });

  it('tells two articles relaying one briefing from an independent account', async () => {
    // A wire story that relays Blinken's briefing too: its 8,000 is not a second account of it.
    const ds = readDataset(DATA_DIR, SOURCES_DIR);
    const text =
      'Wire: the State Department said on Saturday that 8,000 North Korean troops were in Kursk.';
    const excerpt =
      'the State Department said on Saturday that 8,000 North Korean troops were in Kursk';
    const start = text.indexOf(excerpt);
    const wire = {
      id: 'src-test-wire-relaying-blinken',
      name: 'Test wire',
      aliases: [],
      title: 'Test wire relaying the briefing',
      publisher: null,
      publishedDate: '2024-11-02',
      dateBasis: 'stated' as const,
      url: null,
      textFile: null,
      cites: ['src-blinken-briefing-2024-10-31'],
      text,
    };
    const relayed = {
      id: 'clm-test-wire-8000',
      text: 'The State Department said 8,000 North Korean troops were in Kursk.',
      quote: false,
      speaker: 'act-us-government',
      about: ['place-kursk-region'],
      source: wire.id,
      relayedFrom: 'src-blinken-briefing-2024-10-31',
      excerpt,
      cue: 'said',
      date: '2024-11-02',
      dateBasis: 'stated' as const,
      figures: [
        {
          measure: 'nk_troops_deployed' as const,
          unit: 'persons' as const,
          value: 8000,
          text: '8,000',
        },
      ],
      start,
      end: start + excerpt.length,
    };
    try {
      await loadDataset(db, {
        ...ds,
        sources: [...ds.sources, wire],
        claims: [...ds.claims, relayed],
      });
      const blinken = (await agreements('clm-blinken-8000-in-kursk')).figures[0]!;
      expect(blinken).toMatchObject({
        total: 1,
        speakers: 1,
        sources: 1,
        origins: 0,
        sameOrigin: 1,
      });
      expect(blinken.agreeing[0]).toMatchObject({
        claimId: 'clm-test-wire-8000',
        sameSource: false,
        sameOrigin: true,
        relayedFrom: { id: 'src-blinken-briefing-2024-10-31' },
      });
      const briefing = await request(app)
        .get('/api/sources/src-blinken-briefing-2024-10-31')
        .expect(200);
      expect(briefing.body.relayed.claims.map((c: { id: string }) => c.id)).toEqual([
        'clm-blinken-8000-in-kursk',
        'clm-test-wire-8000',
      ]);
    } finally {
      await db.writeRows('MATCH (n) WHERE n.id IN [$source, $claim] DETACH DELETE n', {
        source: wire.id,
        claim: relayed.id,
      });
    }
    const after = (await agreements('clm-blinken-8000-in-kursk')).figures[0]!;
    expect(after).toMatchObject({ total: 0, sources: 0, origins: 0, sameOrigin: 0 });
  });

  it('lists at most `limit`, still counting them all', async () => {
    const one = await agreements('clm-zelensky-3800-of-12000', 1);
    expect(one.figures.map((f) => [f.agreeing.length, f.total])).toEqual([
      [1, 2],
      [1, 3],
    ]);
  });

  it('answers 404 for an unknown claim and 400 for a malformed id or limit, naming the field', async () => {
    const missing = await request(app).get('/api/claims/clm-nope/agreements').expect(404);
    expect(missing.body.error).toMatch(/no claim with id "clm-nope"/);
    const bad = await request(app).get('/api/claims/a%20b/agreements').expect(400);
    expect(bad.body.error).toMatch(/params\.id/);
    for (const limit of ['0', '201', 'x']) {
      const res = await request(app)
        .get('/api/claims/clm-blinken-8000-in-kursk/agreements')
        .query({ limit });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/query\.limit/);
    }
  });
});

describe('GET /api/contradictions', () => {
  const MOSCOW = 'clm-moscow-denies-nk-soldiers';

  it('lists the recorded pairs with both claims, their speakers and why', async () => {
    const res = await request(app).get('/api/contradictions').expect(200);
    expect(res.body).toMatchObject({ total: 7, truncated: false });
    expect(res.body.contradictions).toHaveLength(7);
    const tatarstan = res.body.contradictions.find((k: { claims: string[] }) =>
      k.claims.includes('clm-tatarstan-authorities-deny-fire'),
    );
    expect(tatarstan).toMatchObject({
      claims: [
        'clm-tatarstan-authorities-deny-fire',
        'clm-reports-drone-strike-tatarstan-refinery',
      ],
      a: { speaker: { id: 'act-tatarstan-local-authorities' }, date: '2025-01-11' },
      b: {
        id: 'clm-reports-drone-strike-tatarstan-refinery',
        speaker: { id: 'act-unattributed-003' },
      },
    });
    // Which source reports each claim: the one its excerpt is in.
    for (const k of res.body.contradictions as { a: { id: string }; b: { id: string } }[]) {
      for (const c of [k.a, k.b] as { id: string; source: { id: string } | null }[]) {
        const [row] = await db.readRows(
          'MATCH (:Claim {id: $id})-[:REPORTED_IN]->(s:Source) RETURN s.id AS id, s.title AS title, s.outlet AS outlet',
          { id: c.id },
        );
        expect(c.source).toEqual({ id: row!.id, title: row!.title, outlet: row!.outlet ?? null });
      }
    }
    // Both Tatarstan claims are Fakti's relaying of News.bg; Moscow's denial is GZERO's own.
    expect([tatarstan.a.relayedFrom, tatarstan.b.relayedFrom]).toEqual([
      {
        id: 'src-news-bg-report',
        title: expect.stringMatching(/^News\.bg report/),
        outlet: 'News.bg',
      },
      {
        id: 'src-news-bg-report',
        title: expect.stringMatching(/^News\.bg report/),
        outlet: 'News.bg',
      },
    ]);
    const moscow = res.body.contradictions.find((k: { claims: string[] }) =>
      k.claims.includes(MOSCOW),
    );
    expect(
      [moscow.a, moscow.b].find((c: { id: string }) => c.id === MOSCOW).relayedFrom,
    ).toBeNull();
    expect(tatarstan.note).toMatch(/drone strike/);
    expect(tatarstan.reason).toMatch(
      /^Local authorities in Tatarstan vs .*: Tatarstan's authorities deny/,
    );
  });

  it('as a CSV table: one row per pair with both claims, their sources and the note; q narrows it', async () => {
    const json = await request(app).get('/api/contradictions').expect(200);
    const csv = await request(app).get('/api/contradictions.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="contradictions.csv"');
    expect(csv.headers['x-total-count']).toBe('7');
    const rows = parse(csv.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(7);
    const byPair = new Map(rows.map((r) => [`${r.claim_a_id} ${r.claim_b_id}`, r]));
    for (const k of json.body.contradictions as ContradictionJson[]) {
      const r = byPair.get(k.claims.join(' '))!;
      expect(r).toMatchObject({
        claim_a_speaker: k.a.speaker?.name ?? '',
        claim_a_text: k.a.text,
        claim_a_source_id: k.a.source!.id,
        claim_b_speaker: k.b.speaker?.name ?? '',
        claim_b_source: k.b.source!.title,
        claim_b_outlet: k.b.source!.outlet ?? '',
        note: k.note,
        origin: 'seed',
        recorded_at: '',
      });
    }
    // Narrowed as the explorer narrows its list: every word, any case or accent.
    const kim = await request(app)
      .get('/api/contradictions.csv')
      .query({ q: 'ETHAN kím' })
      .expect(200);
    const kims = parse(kim.text, { columns: true, bom: true }) as Record<string, string>[];
    const expected = (json.body.contradictions as ContradictionJson[]).filter((k) =>
      [k.a.speaker?.name, k.b.speaker?.name].includes('Ethan Kim'),
    );
    expect(kims.length).toBe(expected.length);
    expect(kims.length).toBeGreaterThan(0);
    expect(kim.headers['x-row-count']).toBe(String(expected.length));
    expect(kim.headers['content-disposition']).toBe(
      'attachment; filename="contradictions-narrowed.csv"',
    );
    const one = await request(app)
      .get('/api/contradictions.csv')
      .query({ claim: MOSCOW })
      .expect(200);
    expect(one.headers['content-disposition']).toBe(
      `attachment; filename="contradictions-${MOSCOW}.csv"`,
    );
    const bad = await request(app)
      .get('/api/contradictions.csv')
      .query({ q: 'x'.repeat(501) })
      .expect(400);
    expect(bad.body.error).toMatch(/query\.q: must be at most 500 characters/);
  });

  it('as a CSV table of the claims in view: the pairs with one of them on a side', async () => {
    const json = await request(app).get('/api/contradictions').expect(200);
    const all = json.body.contradictions as ContradictionJson[];
    // Two claims in view: Moscow's, and one of another pair's.
    const other = all.find((k) => !k.claims.includes(MOSCOW))!.claims[1];
    const ids = [MOSCOW, other, 'clm-not-in-the-graph'];
    const csv = await request(app).post('/api/contradictions.csv').send({ ids }).expect(200);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="contradictions-in-view.csv"',
    );
    const rows = parse(csv.text, { columns: true, bom: true }) as Record<string, string>[];
    const expected = all.filter((k) => k.claims.some((c) => ids.includes(c)));
    expect(rows.map((r) => `${r.claim_a_id} ${r.claim_b_id}`).sort()).toEqual(
      expected.map((k) => k.claims.join(' ')).sort(),
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(all.length);
    // Narrowed by q as the GET is.
    const words = expected[0]!.a.speaker!.name;
    const narrowed = await request(app)
      .post('/api/contradictions.csv')
      .send({ ids, q: words })
      .expect(200);
    expect(narrowed.headers['x-row-count']).toBe(
      String(expected.filter((k) => contradictionMatches(k, words)).length),
    );
    // The ids are refused as the other routes about the claims in view refuse them (below).
    const long = await request(app)
      .post('/api/contradictions.csv')
      .send({ ids, q: 'x'.repeat(501) })
      .expect(400);
    expect(long.body.error).toMatch(/body\.q: must be at most 500 characters/);
  });

  it('with detail=brief, answers each pair with what marking its claims needs', async () => {
    const full = await request(app).get('/api/contradictions').expect(200);
    const brief = await request(app)
      .get('/api/contradictions')
      .query({ detail: 'brief' })
      .expect(200);
    expect(brief.body).toEqual({
      total: 7,
      truncated: false,
      contradictions: full.body.contradictions.map(
        (k: { claims: string[]; origin: string; reason: string }) => ({
          claims: k.claims,
          origin: k.origin,
          reason: k.reason,
        }),
      ),
    });
    expect(brief.text.length).toBeLessThan(full.text.length / 2);
  });

  it("keeps one claim's pairs, whichever end it is", async () => {
    const res = await request(app).get('/api/contradictions').query({ claim: MOSCOW }).expect(200);
    const others = res.body.contradictions.map((k: { claims: string[] }) =>
      k.claims.find((c) => c !== MOSCOW),
    );
    expect(others.sort()).toEqual([
      'clm-author-russia-nk-remain-silent',
      'clm-zelensky-two-nk-soldiers-captured',
      'clm-zelenskyy-nk-fighting-since-early-december',
    ]);
    const none = await request(app)
      .get('/api/contradictions')
      .query({ claim: 'clm-blinken-8000-in-kursk' })
      .expect(200);
    expect(none.body).toEqual({ total: 0, truncated: false, contradictions: [] });
  });

  it('is in the graph: degree, neighbourhood by type, and the CSV of a claim without figures', async () => {
    const node = await request(app).get(`/api/nodes/${MOSCOW}`).expect(200);
    const degree = node.body.degree.byType.filter(
      (d: { type: string }) => d.type === 'CONTRADICTS',
    );
    expect(degree.reduce((n: number, d: { count: number }) => n + d.count, 0)).toBe(3);
    const hood = await request(app)
      .get(`/api/nodes/${MOSCOW}/neighborhood`)
      .query({ rels: 'CONTRADICTS' })
      .expect(200);
    const edges = hood.body.edges as { attributes: { relType: string; note?: string } }[];
    expect(edges.map((e) => e.attributes.relType)).toEqual(Array(3).fill('CONTRADICTS'));
    expect(edges.every((e) => (e.attributes.note ?? '').length > 20)).toBe(true);
    const csv = await request(app)
      .post('/api/claims.csv')
      .send({ ids: [MOSCOW] })
      .expect(200);
    const [row] = parse(csv.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(row).toMatchObject({ claim_id: MOSCOW, figures: '', disputed: 'yes' });
    expect(row!.disputed_by!.split('; ').map((d) => /\[(clm-[a-z0-9-]+)\]$/.exec(d)?.[1])).toEqual([
      'clm-author-russia-nk-remain-silent',
      'clm-zelensky-two-nk-soldiers-captured',
      'clm-zelenskyy-nk-fighting-since-early-december',
    ]);
    expect(row!.disputed_by).toMatch(/^contradicts Ethan Kim: The article states/);
  });

  it('refuses a malformed claim id, an out-of-range limit and an unknown detail, naming the field', async () => {
    const bad = await request(app).get('/api/contradictions').query({ claim: 'a b;' }).expect(400);
    expect(bad.body.error).toMatch(/query\.claim/);
    const big = await request(app).get('/api/contradictions').query({ limit: 5000 }).expect(400);
    expect(big.body.error).toMatch(/query\.limit/);
    const detail = await request(app)
      .get('/api/contradictions')
      .query({ detail: 'short' })
      .expect(400);
    expect(detail.body.error).toMatch(/query\.detail/);
  });
});

describe('POST /api/claims/by-ids', () => {
  const BLINKEN_8000 = 'clm-blinken-8000-in-kursk';
  const ZELENSKY_3800 = 'clm-zelensky-3800-of-12000';
  const YEO_UNDATED = 'clm-yeo-immediate-manpower-boost';

  it('answers the claims named as /api/claims does, in date order, undated last, unknown ids skipped', async () => {
    const res = await request(app)
      .post('/api/claims/by-ids')
      .send({ ids: [YEO_UNDATED, ZELENSKY_3800, 'clm-not-in-the-graph', BLINKEN_8000] })
      .expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.claims.map((c: { id: string }) => c.id)).toEqual([
      BLINKEN_8000,
      ZELENSKY_3800,
      YEO_UNDATED,
    ]);
    const bySpeaker = await request(app)
      .get('/api/claims')
      .query({ speaker: 'act-antony-blinken' })
      .expect(200);
    expect(res.body.claims[0]).toEqual(
      bySpeaker.body.claims.find((c: { id: string }) => c.id === BLINKEN_8000),
    );
  });

  it('refuses no ids, more than 2,000 and a malformed id, naming the field', async () => {
    const none = await request(app).post('/api/claims/by-ids').send({ ids: [] }).expect(400);
    expect(none.body.error).toMatch(/body\.ids: must name at least one claim/);
    const many = Array.from({ length: 2001 }, (_, i) => `clm-${i}`);
    const big = await request(app).post('/api/claims/by-ids').send({ ids: many }).expect(400);
    expect(big.body.error).toMatch(/body\.ids: must name at most 2000 claims/);
    const bad = await request(app)
      .post('/api/claims/by-ids')
      .send({ ids: ['a b;'] })
      .expect(400);
    expect(bad.body.error).toMatch(/body\.ids\.0/);
    const missing = await request(app).post('/api/claims/by-ids').send({}).expect(400);
    expect(missing.body.error).toMatch(/body\.ids/);
  });
});

describe('POST /api/claims/disputes', () => {
  type Pair = { claims: [string, string]; reason: string; factor: number | null };

  it('answers, for every claim asked, each pair of /api/figures that names it', async () => {
    // The seed's pairs are fewer than the list's cap: /api/figures lists them all.
    const figures = await request(app).get('/api/figures').query({ points: 'none' }).expect(200);
    const pairs = figures.body.disagreements as Pair[];
    expect(figures.body.disagreementsTotal).toBe(pairs.length);
    const claims = await db.readRows('MATCH (c:Claim) RETURN c.id AS id ORDER BY id');
    const ids = claims.map((r) => String(r.id));
    const res = await request(app)
      .post('/api/claims/disputes')
      .send({ ids: [...ids, 'clm-not-in-the-graph'], shown: 100 })
      .expect(200);
    expect(res.body.asked).toBe(ids.length + 1);
    const byClaim = new Map(
      (res.body.claims as { claim: string; total: number; disputes: Pair[] }[]).map((c) => [
        c.claim,
        c,
      ]),
    );
    const key = (d: Pair) => `${d.claims.join('|')} ${d.reason} ${d.factor}`;
    for (const id of ids) {
      const expected = pairs.filter((d) => d.claims.includes(id)).map(key);
      expect({ id, got: byClaim.get(id)?.disputes.map(key).sort() }).toEqual({
        id,
        got: expected.length ? expected.sort() : undefined,
      });
      if (expected.length) expect(byClaim.get(id)!.total).toBe(expected.length);
    }
    // Blinken's 8,000 is among them, against Ukrainian intelligence's 3,000.
    expect(byClaim.get('clm-blinken-8000-in-kursk')!.disputes.length).toBeGreaterThan(0);
    expect(byClaim.size).toBe(new Set(pairs.flatMap((d) => d.claims)).size);
  });

  it('lists the widest `shown` and counts them all', async () => {
    const all = await request(app)
      .post('/api/claims/disputes')
      .send({ ids: ['clm-blinken-8000-in-kursk'], shown: 100 })
      .expect(200);
    const [blinken] = all.body.claims;
    expect(blinken.total).toBeGreaterThan(1);
    const one = await request(app)
      .post('/api/claims/disputes')
      .send({ ids: ['clm-blinken-8000-in-kursk'], shown: 1 })
      .expect(200);
    expect(one.body.claims[0].total).toBe(blinken.total);
    expect(one.body.claims[0].disputes).toEqual(blinken.disputes.slice(0, 1));
  });

  it('refuses a bad `shown`, naming the field', async () => {
    const post = (body: unknown) =>
      request(app)
        .post('/api/claims/disputes')
        .send(body as object);
    expect((await post({ ids: ['clm-x'], shown: 0 }).expect(400)).body.error).toMatch(
      /body\.shown: must be at least 1/,
    );
    expect((await post({ ids: ['clm-x'], shown: '5' }).expect(400)).body.error).toMatch(
      /body\.shown: must be a number/,
    );
  });
});

describe.each([
  '/api/claims/disputes',
  '/api/claims/disputes/in-view',
  '/api/contradictions.csv',
  '/api/figures.csv',
  '/api/figures/in-view',
])('POST %s, about the claims in view', (path) => {
  it('refuses no ids, too many and a malformed id, naming the field', async () => {
    const post = (body: unknown) =>
      request(app)
        .post(path)
        .send(body as object);
    expect((await post({ ids: [] }).expect(400)).body.error).toMatch(
      /body\.ids: must name at least one claim/,
    );
    const many = Array.from({ length: 5001 }, (_, i) => `clm-${i}`);
    expect((await post({ ids: many }).expect(400)).body.error).toMatch(
      /body\.ids: must name at most 5000 claims/,
    );
    expect((await post({ ids: ['a b;'] }).expect(400)).body.error).toMatch(/body\.ids\.0/);
    expect((await post({ ids: 'clm-x' }).expect(400)).body.error).toMatch(/body\.ids/);
    expect((await post({}).expect(400)).body.error).toMatch(/body\.ids/);
  });
});

describe('POST /api/claims/disputes/in-view', () => {
  type Pair = {
    measure: string;
    claims: [string, string];
    reason: string;
    factor: number | null;
    sources: ({ id: string } | null)[];
  };
  type Figures = {
    disagreementsTotal: number;
    disagreementsByMeasure: Record<string, number>;
    widestByMeasure: Record<string, Pair[]>;
  };
  const key = (d: Pair) => `${d.claims.join('|')} ${d.reason} ${d.factor}`;
  const claimIds = async () =>
    (await db.readRows('MATCH (c:Claim) RETURN c.id AS id ORDER BY id')).map((r) => String(r.id));

  it('answers, with every claim in view, what /api/contradictions and /api/figures answer for the graph', async () => {
    const ids = await claimIds();
    const [inView, figures, recorded] = await Promise.all([
      request(app).post('/api/claims/disputes/in-view').send({ ids }).expect(200),
      request(app).get('/api/figures').query({ points: 'none' }).expect(200),
      request(app).get('/api/contradictions').expect(200),
    ]);
    expect(inView.body.asked).toBe(ids.length);
    expect(inView.body.contradictions).toEqual(recorded.body);
    expect(inView.body.contradictions.total).toBeGreaterThan(0);
    const got = inView.body.figures as Figures;
    const all = figures.body as Figures;
    expect(got.disagreementsTotal).toBe(all.disagreementsTotal);
    expect(got.disagreementsByMeasure).toEqual(all.disagreementsByMeasure);
    // The widest of each measure: the same pairs, the same sources (ties may list in another order).
    for (const [measure, pairs] of Object.entries(all.widestByMeasure)) {
      const sorted = (list: Pair[]) =>
        list.map((d) => `${key(d)} ${JSON.stringify(d.sources)}`).sort();
      expect({ measure, pairs: sorted(got.widestByMeasure[measure]!) }).toEqual({
        measure,
        pairs: sorted(pairs),
      });
    }
  });

  it("keeps the pairs with a claim in view on a side: Blinken's 8,000 alone", async () => {
    const blinken = 'clm-blinken-8000-in-kursk';
    const [inView, figures, recorded] = await Promise.all([
      request(app)
        .post('/api/claims/disputes/in-view')
        .send({ ids: [blinken, blinken, 'clm-not-in-the-graph'] })
        .expect(200),
      request(app).get('/api/figures').query({ points: 'none' }).expect(200),
      request(app).get('/api/contradictions').query({ claim: blinken }).expect(200),
    ]);
    expect(inView.body.asked).toBe(2);
    expect(inView.body.contradictions).toEqual(recorded.body);
    const pairs = (figures.body.disagreements as Pair[]).filter((d) => d.claims.includes(blinken));
    const got = inView.body.figures as Figures & { measures: { measure: string; count: number }[] };
    expect(got.disagreementsTotal).toBe(pairs.length);
    expect(got.disagreementsTotal).toBeGreaterThan(1);
    expect(Object.keys(got.disagreementsByMeasure)).toEqual(['nk_troops_deployed']);
    expect(got.measures).toEqual([{ measure: 'nk_troops_deployed', count: 1 }]);
    const widest = got.widestByMeasure.nk_troops_deployed!;
    expect(widest.length).toBe(Math.min(3, pairs.length));
    for (const d of widest) {
      expect(d.claims).toContain(blinken);
      expect(pairs.map(key)).toContain(key(d));
      // Each side with the source that reported it.
      expect(d.sources.every((s) => typeof s?.id === 'string')).toBe(true);
    }
    // Widest first: Ukrainian intelligence's 3,000, 2.7× below his 8,000.
    expect(widest[0]!.reason).toMatch(/3,000/);
  });
});

describe('GET /api/sources/:id/disputes', () => {
  type Pair = { claims: [string, string]; reason: string; factor: number | null };
  type Row = {
    source: { id: string; title: string; outlet: string | null };
    theirs: number;
    ours: number;
    figurePairs: number;
    recorded: number;
    reasons: string[];
    relayedIn: { id: string; title: string }[];
    relayedInTotal: number;
  };

  it("counts, for every source of the seed, each other account's claims against its own (reported or relayed from it), from the graph's full lists", async () => {
    const [figures, recorded, claims, sources] = await Promise.all([
      request(app).get('/api/figures').query({ points: 'none' }).expect(200),
      request(app).get('/api/contradictions').expect(200),
      request(app).get('/api/claims').query({ limit: 500 }).expect(200),
      request(app).get('/api/sources').query({ limit: 500 }).expect(200),
    ]);
    const pairs = figures.body.disagreements as Pair[];
    expect(pairs).toHaveLength(figures.body.disagreementsTotal);
    const contradictions = recorded.body.contradictions as Pair[];
    type Listed = { id: string; source: { id: string }; relayedFrom: { id: string } | null };
    const listed = claims.body.claims as Listed[];
    expect(listed).toHaveLength(claims.body.total);
    // A claim's account: the report its article relays it from, else the article.
    const accountOf = new Map(listed.map((c) => [c.id, c.relayedFrom?.id ?? c.source.id]));
    const articleOf = new Map(listed.map((c) => [c.id, c.source.id]));
    let disputing = 0;
    let reportsDisputing = 0;
    for (const { id } of sources.body.sources as { id: string }[]) {
      const reported = listed.filter((c) => c.source.id === id).map((c) => c.id);
      const relayed = listed.filter((c) => c.relayedFrom?.id === id).map((c) => c.id);
      const own = new Set([...reported, ...relayed]);
      const expected = new Map<
        string,
        {
          theirs: Set<string>;
          ours: Set<string>;
          figurePairs: number;
          recorded: number;
          relayedIn: Set<string>;
        }
      >();
      let within = 0;
      const touching = { figurePairs: 0, recorded: 0 };
      const count = (list: Pair[], kind: 'figurePairs' | 'recorded') => {
        for (const d of list) {
          const mine = d.claims.filter((c) => own.has(c));
          if (mine.length) touching[kind] += 1;
          if (mine.length === 2) within += 1;
          if (mine.length !== 1) continue;
          const theirs = d.claims.find((c) => !own.has(c))!;
          const other = accountOf.get(theirs)!;
          const row = expected.get(other) ?? {
            theirs: new Set(),
            ours: new Set(),
            figurePairs: 0,
            recorded: 0,
            relayedIn: new Set(),
          };
          row.theirs.add(theirs);
          // A report's claims are read in the articles that relay them.
          const article = articleOf.get(theirs)!;
          if (article !== other) row.relayedIn.add(article);
          row.ours.add(mine[0]!);
          row[kind] += 1;
          expected.set(other, row);
        }
      };
      count(pairs, 'figurePairs');
      count(contradictions, 'recorded');
      const res = await request(app).get(`/api/sources/${id}/disputes`).expect(200);
      expect([res.body.claims, res.body.relayed]).toEqual([reported.length, relayed.length]);
      expect({
        id,
        within: res.body.within,
        total: res.body.total,
        figurePairsTotal: res.body.figurePairsTotal,
        recordedTotal: res.body.recordedTotal,
      }).toEqual({
        id,
        within,
        total: expected.size,
        figurePairsTotal: touching.figurePairs,
        recordedTotal: touching.recorded,
      });
      const got = res.body.sources as Row[];
      expect(
        Object.fromEntries(
          got.map((r) => [
            r.source.id,
            [r.theirs, r.ours, r.figurePairs, r.recorded, r.relayedIn.map((a) => a.id)],
          ]),
        ),
      ).toEqual(
        Object.fromEntries(
          [...expected].map(([s, r]) => [
            s,
            [r.theirs.size, r.ours.size, r.figurePairs, r.recorded, [...r.relayedIn].sort()],
          ]),
        ),
      );
      // The most claims of theirs first; each row names its pairs, the recorded first.
      expect(got.map((r) => r.theirs)).toEqual(got.map((r) => r.theirs).sort((a, b) => b - a));
      for (const r of got) {
        expect(r.reasons.length).toBe(Math.min(5, r.figurePairs + r.recorded));
        const named = new Set([...pairs, ...contradictions].map((d) => d.reason));
        for (const reason of r.reasons) expect(named.has(reason)).toBe(true);
      }
      disputing += got.length;
      if (!reported.length && got.length) reportsDisputing += 1;
    }
    expect(disputing).toBeGreaterThan(3);
    // Cited reports have their account disputed too: Blinken's briefing (8,000 deployed,
    // relayed by article 001) against the FT's Ukrainian intelligence officials (3,000),
    // which the same article relays: the two reports disagree, not the article with itself.
    expect(reportsDisputing).toBeGreaterThanOrEqual(2);
    const blinken = await request(app)
      .get('/api/sources/src-blinken-briefing-2024-10-31/disputes')
      .expect(200);
    expect(blinken.body).toMatchObject({ claims: 0, relayed: 1, within: 0 });
    const ft = (blinken.body.sources as Row[]).find(
      (r) => r.source.id === 'src-ft-ukrainian-intelligence',
    );
    // The FT's report is read in article 001, which relays it.
    expect(ft).toMatchObject({
      relayedIn: [{ id: 'src-russia-benefiting-from-nk-soldiers' }],
      relayedInTotal: 1,
    });
    const article = await request(app)
      .get('/api/sources/src-russia-benefiting-from-nk-soldiers/disputes')
      .expect(200);
    expect((article.body.sources as Row[]).map((r) => r.source.id)).not.toContain(
      'src-blinken-briefing-2024-10-31',
    );
    expect(article.body.within).toBeGreaterThan(0);
  });

  it("saves the pairs behind each source's rows as CSV tables: every pair with one of its claims (reported or relayed from it) on a side", async () => {
    const [claims, sources] = await Promise.all([
      request(app).get('/api/claims').query({ limit: 500 }).expect(200),
      request(app).get('/api/sources').query({ limit: 500 }).expect(200),
    ]);
    type Listed = { id: string; source: { id: string }; relayedFrom: { id: string } | null };
    const listed = claims.body.claims as Listed[];
    const csv = (path: string, query: Record<string, string> = {}) =>
      request(app).get(path).query(query).buffer(true).parse(rawBody).expect(200);
    const rowsOf = (res: { body: Buffer }) =>
      parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
    let saved = { figures: 0, recorded: 0 };
    for (const { id } of sources.body.sources as { id: string }[]) {
      // Its account, read apart from the route: the claims it reports and those relayed from it.
      const own = listed
        .filter((c) => c.source.id === id || c.relayedFrom?.id === id)
        .map((c) => c.id);
      const [disputes, widest, byDate, inView, recorded, recordedInView] = await Promise.all([
        request(app).get(`/api/sources/${id}/disputes`).expect(200),
        csv(`/api/sources/${id}/figures.csv`),
        csv(`/api/sources/${id}/figures.csv`, { order: 'date' }),
        request(app)
          .post('/api/figures.csv')
          .send({ ids: own, order: 'widest' })
          .buffer(true)
          .parse(rawBody)
          .expect(200),
        csv(`/api/sources/${id}/contradictions.csv`),
        request(app)
          .post('/api/contradictions.csv')
          .send({ ids: own })
          .buffer(true)
          .parse(rawBody)
          .expect(200),
      ]);
      // The same pairs as the claims named one by one, widest apart first unless asked.
      expect(widest.body.equals(inView.body)).toBe(true);
      expect(widest.headers['x-total-count']).toBe(String(disputes.body.figurePairsTotal));
      expect(rowsOf(widest)).toHaveLength(disputes.body.figurePairsTotal);
      const pairKey = (r: Record<string, string>) => `${r.claim_a_id}|${r.claim_b_id}`;
      expect(rowsOf(byDate).map(pairKey).sort()).toEqual(rowsOf(widest).map(pairKey).sort());
      expect(widest.headers['content-disposition']).toBe(
        `attachment; filename="figure-disagreements-${id}-widest.csv"`,
      );
      expect(byDate.headers['content-disposition']).toBe(
        `attachment; filename="figure-disagreements-${id}.csv"`,
      );
      expect(recorded.body.equals(recordedInView.body)).toBe(true);
      expect(rowsOf(recorded)).toHaveLength(disputes.body.recordedTotal);
      expect(recorded.headers['content-disposition']).toBe(
        `attachment; filename="contradictions-${id}.csv"`,
      );
      saved = {
        figures: saved.figures + disputes.body.figurePairsTotal,
        recorded: saved.recorded + disputes.body.recordedTotal,
      };
    }
    expect(saved.figures).toBeGreaterThan(5);
    expect(saved.recorded).toBeGreaterThan(2);
    // Blinken's briefing reports nothing itself: its table is the pairs of what is relayed from it.
    const blinken = rowsOf(await csv('/api/sources/src-blinken-briefing-2024-10-31/figures.csv'));
    expect(blinken.length).toBeGreaterThan(0);
    for (const r of blinken) {
      expect([r.claim_a_relayed_from_id, r.claim_b_relayed_from_id]).toContain(
        'src-blinken-briefing-2024-10-31',
      );
    }
    // Pages, and refusals naming the field.
    const article = 'src-russia-benefiting-from-nk-soldiers';
    const all = rowsOf(await csv(`/api/sources/${article}/figures.csv`));
    const rest = await csv(`/api/sources/${article}/figures.csv`, { offset: '1' });
    expect(rowsOf(rest)).toEqual(all.slice(1));
    expect(rest.headers['content-disposition']).toContain(`${article}-widest-from-row-2.csv`);
    for (const path of ['figures.csv', 'contradictions.csv']) {
      const missing = await request(app).get(`/api/sources/src-not-in-the-graph/${path}`);
      expect([missing.status, missing.body.error]).toEqual([
        404,
        'no source with id "src-not-in-the-graph"',
      ]);
      expect((await request(app).get(`/api/sources/a%20b/${path}`).expect(400)).body.error).toMatch(
        /params\.id/,
      );
    }
    const refusal = async (query: Record<string, string>) =>
      (await request(app).get(`/api/sources/${article}/figures.csv`).query(query).expect(400)).body
        .error as string;
    expect(await refusal({ order: 'loudest' })).toMatch(/query\.order: must be date or widest/);
    expect(await refusal({ offset: '-1' })).toMatch(/query\.offset: must be at least 0/);
    expect(await refusal({ offset: '100001' })).toMatch(/query\.offset: must be at most 100000/);
  });

  it('lists `limit` sources and counts them all; refuses a bad id or limit', async () => {
    const all = await request(app)
      .get('/api/sources')
      .query({ order: 'disputed', limit: 1 })
      .expect(200);
    const id = all.body.sources[0].id as string;
    const full = await request(app).get(`/api/sources/${id}/disputes`).expect(200);
    expect(full.body.total).toBeGreaterThan(1);
    const one = await request(app)
      .get(`/api/sources/${id}/disputes`)
      .query({ limit: 1 })
      .expect(200);
    expect(one.body.total).toBe(full.body.total);
    expect(one.body.sources).toEqual(full.body.sources.slice(0, 1));
    const missing = await request(app)
      .get('/api/sources/src-not-in-the-graph/disputes')
      .expect(404);
    expect(missing.body.error).toMatch(/no source with id "src-not-in-the-graph"/);
    expect((await request(app).get('/api/sources/a%20b/disputes').expect(400)).body.error).toMatch(
      /params\.id/,
    );
    expect(
      (await request(app).get(`/api/sources/${id}/disputes`).query({ limit: 0 }).expect(400)).body
        .error,
    ).toMatch(/query\.limit/);
  });
});

describe('GET /api/sources/:id/agreements', () => {
  type Row = {
    source: { id: string; title: string };
    theirs: number;
    ours: number;
    figurePairs: number;
    recorded: number;
    reasons: string[];
    relayedIn: { id: string }[];
    relayedInTotal: number;
  };
  type Agreeing = {
    claimId: string;
    sameSpeaker: boolean;
    match: 'same' | 'overlap' | 'hedged';
    factor: number;
  };

  it("counts, for every source of the seed, each other account's claims whose figures agree with its own or that are recorded as corroborating them, from each claim's agreements and the corroborations", async () => {
    const [claims, sources, corroborations] = await Promise.all([
      request(app).get('/api/claims').query({ limit: 500 }).expect(200),
      request(app).get('/api/sources').query({ limit: 500 }).expect(200),
      request(app).get('/api/corroborations').expect(200),
    ]);
    const recordedPairs = corroborations.body.corroborations as {
      claims: [string, string];
      reason: string;
    }[];
    expect(recordedPairs.length).toBeGreaterThan(3);
    type Listed = { id: string; source: { id: string }; relayedFrom: { id: string } | null };
    const listed = claims.body.claims as Listed[];
    const accountOf = new Map(listed.map((c) => [c.id, c.relayedFrom?.id ?? c.source.id]));
    const articleOf = new Map(listed.map((c) => [c.id, c.source.id]));
    // Each claim's agreeing claims, figure by figure, as its own panel lists them.
    const agreeingOf = new Map<string, Agreeing[][]>();
    for (const c of listed) {
      const res = await request(app)
        .get(`/api/claims/${c.id}/agreements`)
        .query({ limit: 200 })
        .expect(200);
      const figures = res.body.figures as {
        compared: boolean;
        total: number;
        agreeing: Agreeing[];
      }[];
      for (const f of figures) expect(f.agreeing).toHaveLength(f.total);
      // Figures of no known measure are never compared.
      agreeingOf.set(
        c.id,
        figures.filter((f) => f.compared).map((f) => f.agreeing),
      );
    }
    const excerptOf = new Map(
      (claims.body.claims as { id: string; excerpt: string }[]).map((c) => [c.id, c.excerpt]),
    );
    let agreeing = 0;
    let tableRows = 0;
    let recordedRows = 0;
    for (const { id } of sources.body.sources as { id: string }[]) {
      const own = new Set(
        listed.filter((c) => c.source.id === id || c.relayedFrom?.id === id).map((c) => c.id),
      );
      const expected = new Map<
        string,
        {
          theirs: Set<string>;
          ours: Set<string>;
          figurePairs: number;
          recorded: string[];
          relayedIn: Set<string>;
        }
      >();
      const rowOf = (other: string) => {
        const row = expected.get(other) ?? {
          theirs: new Set(),
          ours: new Set(),
          figurePairs: 0,
          recorded: [],
          relayedIn: new Set(),
        };
        expected.set(other, row);
        return row;
      };
      // The recorded corroborations with one side its own, by the other side's account.
      const touching = recordedPairs.filter((k) => k.claims.some((c) => own.has(c)));
      for (const k of touching) {
        const [a, b] = k.claims;
        if (own.has(a) && own.has(b)) continue;
        const [ours, theirs] = own.has(a) ? [a, b] : [b, a];
        const row = rowOf(accountOf.get(theirs)!);
        row.theirs.add(theirs);
        row.ours.add(ours);
        row.recorded.push(k.reason);
        if (articleOf.get(theirs) !== accountOf.get(theirs))
          row.relayedIn.add(articleOf.get(theirs)!);
      }
      let pairs = 0;
      // Each pair as the table writes it: this source's claim, the other, how they agree.
      const table: string[] = [];
      for (const ours of own) {
        for (const figure of agreeingOf.get(ours)!) {
          for (const a of figure) {
            // Another speaker's, in another account: corroboration.
            if (a.sameSpeaker || own.has(a.claimId)) continue;
            const other = accountOf.get(a.claimId)!;
            const row = rowOf(other);
            row.theirs.add(a.claimId);
            row.ours.add(ours);
            row.figurePairs += 1;
            if (articleOf.get(a.claimId) !== other) row.relayedIn.add(articleOf.get(a.claimId)!);
            pairs += 1;
            const factor = a.match === 'hedged' ? String(Math.round(a.factor * 100) / 100) : '';
            table.push([ours, a.claimId, a.match, factor].join('|'));
          }
        }
      }
      const res = await request(app).get(`/api/sources/${id}/agreements`).expect(200);
      expect({
        id,
        figures: res.body.figures,
        total: res.body.total,
        figurePairsTotal: pairs,
        recordedTotal: touching.length,
      }).toEqual({
        id,
        figures: [...own].reduce((n, c) => n + agreeingOf.get(c)!.length, 0),
        total: expected.size,
        figurePairsTotal: res.body.figurePairsTotal,
        recordedTotal: res.body.recordedTotal,
      });
      const got = res.body.sources as Row[];
      expect(
        Object.fromEntries(
          got.map((r) => [
            r.source.id,
            [r.theirs, r.ours, r.figurePairs, r.recorded, r.relayedIn.map((a) => a.id)],
          ]),
        ),
      ).toEqual(
        Object.fromEntries(
          [...expected].map(([s, r]) => [
            s,
            [r.theirs.size, r.ours.size, r.figurePairs, r.recorded.length, [...r.relayedIn].sort()],
          ]),
        ),
      );
      // The most claims of theirs first; each row names its recorded pairs, then its closest figures.
      expect(got.map((r) => r.theirs)).toEqual(got.map((r) => r.theirs).sort((a, b) => b - a));
      for (const r of got) {
        const recorded = expected.get(r.source.id)!.recorded;
        expect(r.reasons).toHaveLength(Math.min(5, r.recorded + r.figurePairs));
        expect(r.reasons.slice(0, r.recorded)).toEqual(recorded.slice(0, 5));
        for (const reason of r.reasons.slice(r.recorded)) expect(reason).toContain(' agrees with ');
        recordedRows += r.recorded > 0 ? 1 : 0;
      }
      // Its table holds every pair, closest first.
      const csv = await request(app)
        .get(`/api/sources/${id}/agreements.csv`)
        .buffer(true)
        .parse(rawBody)
        .expect(200);
      const rows = parse(csv.body as Buffer, { bom: true, columns: true }) as Record<
        string,
        string
      >[];
      expect(csv.headers['x-total-count']).toBe(String(pairs));
      expect(
        rows.map((r) => [r.claim_a_id, r.claim_b_id, r.agreement, r.factor].join('|')).sort(),
      ).toEqual(table.sort());
      const apart = rows.map((r) =>
        r.agreement === 'same' ? 0 : r.agreement === 'overlap' ? 1 : Number(r.factor),
      );
      expect(apart).toEqual([...apart].sort((x, y) => x - y));
      for (const r of rows) {
        expect(r.claim_a_excerpt).toBe(excerptOf.get(r.claim_a_id!));
        expect(r.claim_b_excerpt).toBe(excerptOf.get(r.claim_b_id!));
      }
      tableRows += rows.length;
      agreeing += got.length;
    }
    expect(agreeing).toBeGreaterThan(3);
    expect(tableRows).toBeGreaterThan(5);
    // Each recorded pair between two accounts is a row on both sides at least.
    expect(recordedRows).toBeGreaterThanOrEqual(recordedPairs.length);
  });

  it("names who corroborates Zelensky's 12,000 deployed, and Blinken's 8,000 stands alone", async () => {
    const blinken = await request(app)
      .get('/api/sources/src-blinken-briefing-2024-10-31/agreements')
      .expect(200);
    expect(blinken.body).toMatchObject({
      claims: 0,
      relayed: 1,
      figures: 1,
      total: 0,
      figurePairsTotal: 0,
    });
    // Zelensky's 3,800 of 12,000, relayed by Fakti from News.bg: the report's account.
    const newsBg = await request(app).get('/api/sources/src-news-bg-report/agreements').expect(200);
    const reasons = (newsBg.body.sources as Row[]).flatMap((r) => r.reasons);
    expect(reasons.some((r) => /12,000.* agrees with Volodymyr Zelensky: 12,000/.test(r))).toBe(
      true,
    );
  });

  it('lists `limit` sources and counts them all; refuses a bad id or limit', async () => {
    const id = 'src-zelenskyy-reports-nk-troop-increase';
    const full = await request(app).get(`/api/sources/${id}/agreements`).expect(200);
    expect(full.body.total).toBeGreaterThan(1);
    const one = await request(app)
      .get(`/api/sources/${id}/agreements`)
      .query({ limit: 1 })
      .expect(200);
    expect(one.body.total).toBe(full.body.total);
    expect(one.body.sources).toEqual(full.body.sources.slice(0, 1));
    const missing = await request(app)
      .get('/api/sources/src-not-in-the-graph/agreements')
      .expect(404);
    expect(missing.body.error).toMatch(/no source with id "src-not-in-the-graph"/);
    expect(
      (await request(app).get('/api/sources/a%20b/agreements').expect(400)).body.error,
    ).toMatch(/params\.id/);
    expect(
      (await request(app).get(`/api/sources/${id}/agreements`).query({ limit: 501 }).expect(400))
        .body.error,
    ).toMatch(/query\.limit/);
    // Its table pages, and refuses a bad offset or a source it does not hold.
    const table = async (offset: number) =>
      request(app)
        .get(`/api/sources/${id}/agreements.csv`)
        .query({ offset })
        .buffer(true)
        .parse(rawBody)
        .expect(200);
    const [all, rest] = await Promise.all([table(0), table(1)]);
    const rowsOf = (res: { body: Buffer }) =>
      parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rowsOf(rest)).toEqual(rowsOf(all).slice(1));
    expect(all.headers['content-disposition']).toBe(
      `attachment; filename="figure-agreements-${id}.csv"`,
    );
    expect(rest.headers['content-disposition']).toContain(`figure-agreements-${id}-from-row-2.csv`);
    expect(
      (
        await request(app)
          .get(`/api/sources/${id}/agreements.csv`)
          .query({ offset: -1 })
          .expect(400)
      ).body.error,
    ).toMatch(/query\.offset: must be at least 0/);
    expect(
      (await request(app).get('/api/sources/src-not-in-the-graph/agreements.csv').expect(404)).body
        .error,
    ).toMatch(/no source with id "src-not-in-the-graph"/);
  });
});

describe('GET /api/claims.csv', () => {
  type Row = Record<string, string>;
  /** The rows of a CSV answer, with its raw bytes for what a parser would hide. */
  const csvOf = async (query: Record<string, string | number>, status = 200) => {
    const res = await request(app)
      .get('/api/claims.csv')
      .query(query)
      .buffer(true)
      .parse(rawBody)
      .expect(status);
    const bytes = res.body as Buffer;
    return { res, bytes, rows: parse(bytes, { bom: true, columns: true }) as Row[] };
  };

  it("is Zelensky's claims as /api/claims lists them, one row each, with the exact excerpt in its source", async () => {
    const json = await request(app)
      .get('/api/claims')
      .query({ speaker: ZELENSKY, limit: 500 })
      .expect(200);
    const { res, bytes, rows } = await csvOf({ speaker: ZELENSKY });
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="claims-${ZELENSKY}.csv"`,
    );
    expect(res.headers['x-total-count']).toBe(String(json.body.total));
    expect(res.headers['x-row-count']).toBe(String(json.body.total));
    // UTF-8 with a byte-order mark (spreadsheets read the encoding from it), CRLF rows.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    expect(Object.keys(rows[0]!)).toEqual([...CLAIM_CSV_COLUMNS]);
    expect(rows.map((r) => r.claim_id)).toEqual(json.body.claims.map((c: { id: string }) => c.id));
    const texts = new Map<string, string>();
    for (const r of rows) {
      expect(r.speaker_id).toBe(ZELENSKY);
      if (!texts.has(r.source_id!)) {
        const src = await request(app).get(`/api/sources/${r.source_id}`).expect(200);
        texts.set(r.source_id!, src.body.source.text);
      }
      // Traceable: the excerpt is the source's text at [excerpt_start, excerpt_end).
      const text = texts.get(r.source_id!)!;
      expect(text.slice(Number(r.excerpt_start), Number(r.excerpt_end))).toBe(r.excerpt);
    }
    const c3800 = rows.find((r) => r.figures!.includes('nk_casualties: 3800 persons'))!;
    expect(c3800).toMatchObject({ source_id: 'src-fakti-isw-north-korean-pows', outlet: 'Fakti' });
    // Neither figures nor a recorded contradiction dispute this one.
    const mobilisation = rows.find((r) => r.claim_id === 'clm-zelenskyy-putin-avoids-mobilization');
    expect(mobilisation).toMatchObject({
      figures: '',
      disputed: 'no',
      disputed_by: '',
      // From his KBS interview, which article 001 relays.
      relayed_from_id: 'src-kbs-zelensky-interview',
      relayed_from: 'Interview of Volodymyr Zelenskyy with Korean TV channel KBS (KBS, 2024)',
    });
    // Each row names the report its claim is relayed from, as /api/claims does.
    expect(rows.map((r) => r.relayed_from_id)).toEqual(
      json.body.claims.map((c: { relayedFrom: { id: string } | null }) => c.relayedFrom?.id ?? ''),
    );
  });

  it("marks a claim whose figures another speaker's contradict, and names its subjects and source", async () => {
    const { rows } = await csvOf({ speaker: 'act-antony-blinken' });
    const blinken = rows.find((r) => r.claim_id === 'clm-blinken-8000-in-kursk')!;
    expect(blinken).toMatchObject({
      figures: 'nk_troops_deployed: 8000 persons',
      disputed: 'yes',
      quote: 'no',
      about: 'Kursk region; North Korean contingent in Russia',
      about_ids: 'place-kursk-region; unit-nk-contingent',
      source_id: 'src-russia-benefiting-from-nk-soldiers',
    });
    // Which figures: Ukrainian intelligence's 3,000 of 28 October among them, each with its claim.
    expect(blinken.disputed_by!.split('; ')).toContain(
      'nk_troops_deployed: Ukrainian intelligence officials: 3,000 (2024-10-28), ' +
        '2.7× apart [clm-ukr-intel-inexperienced-infantry]',
    );
    const zelensky = await csvOf({ speaker: ZELENSKY });
    // No figure contradicts the two prisoners, but Moscow's and Pyongyang's
    // denials are recorded as contradicting the capture.
    const prisoners = zelensky.rows.find((r) => r.figures === 'nk_prisoners: 2 persons');
    expect(prisoners).toMatchObject({
      disputed: 'yes',
      disputed_by:
        'contradicts Russia: Russia denies that North Korean soldiers are fighting alongside ' +
        'Russian troops. [clm-moscow-denies-nk-soldiers]; contradicts North Korea: North Korea ' +
        'denies that its soldiers are fighting alongside Russian troops. ' +
        '[clm-pyongyang-denies-nk-soldiers]',
    });
    // His "pulled from the front lines" is borne out by the article on a new group of soldiers.
    const pulled = zelensky.rows.find(
      (r) => r.claim_id === 'clm-zelenskyy-nk-pulled-for-retraining',
    );
    expect(pulled).toMatchObject({
      disputed: 'no',
      corroborated_by:
        'Unattributed reports (article 002): It is reported that, because of heavy losses, North ' +
        'Korean soldiers are being withdrawn from the front, possibly for further training. ' +
        '[clm-reported-nk-withdrawn-from-front]',
    });
    expect(prisoners!.corroborated_by).toBe('');
  });

  it('takes the filters and pages of /api/claims', async () => {
    const all = await csvOf({ limit: 10_000 });
    const page = await csvOf({ limit: 5, offset: 5 });
    expect(page.rows.map((r) => r.claim_id)).toEqual(all.rows.slice(5, 10).map((r) => r.claim_id));
    expect(page.res.headers['x-total-count']).toBe(String(all.rows.length));
    expect(page.res.headers['x-row-count']).toBe('5');
    const past = await csvOf({ offset: all.rows.length });
    expect(past.rows).toEqual([]);
    expect(past.res.headers['x-total-count']).toBe(String(all.rows.length));
    expect(past.res.headers['x-row-count']).toBe('0');
    const dated = await csvOf({ about: 'act-kim-jong-un', from: '2024-01-01', to: '2025-12-31' });
    expect(dated.res.headers['content-disposition']).toContain(
      'claims-about-act-kim-jong-un-2024-01-01-to-2025-12-31.csv',
    );
    for (const r of dated.rows) expect(r.about_ids!.split('; ')).toContain('act-kim-jong-un');
  });

  it('POST: the claims of a list of ids, by date, ids of no claim skipped', async () => {
    const all = await csvOf({ limit: 10_000 });
    const picked = [all.rows[7]!, all.rows[2]!, all.rows[30]!].map((r) => r.claim_id!);
    const res = await request(app)
      .post('/api/claims.csv')
      .send({ ids: [...picked, 'clm-not-there', 'act-volodymyr-zelensky'] })
      .buffer(true)
      .parse(rawBody)
      .expect(200);
    const rows = parse(res.body as Buffer, { bom: true, columns: true }) as Row[];
    // In the date order of the whole table, whatever the order asked in.
    expect(rows.map((r) => r.claim_id)).toEqual([
      all.rows[2]!.claim_id,
      all.rows[7]!.claim_id,
      all.rows[30]!.claim_id,
    ]);
    expect(rows[0]).toEqual(all.rows[2]);
    expect(res.headers['content-disposition']).toBe('attachment; filename="claims-in-view.csv"');
    expect(res.headers['x-total-count']).toBe('3');
    const refusals: [unknown, RegExp][] = [
      [{ ids: [] }, /body\.ids: must name at least one claim/],
      [
        { ids: Array.from({ length: 10_001 }, (_, i) => `clm-${i}`) },
        /body\.ids: must name at most 10000/,
      ],
      [{ ids: ['bad id!'] }, /body\.ids\.0/],
      [{}, /body\.ids/],
    ];
    for (const [body, message] of refusals) {
      const bad = await request(app)
        .post('/api/claims.csv')
        .send(body as object)
        .expect(400);
      expect(bad.body.error).toMatch(message);
    }
  });

  it('refuses bad input with the field named, as JSON', async () => {
    const cases: [Record<string, string | number>, RegExp][] = [
      [{ limit: 10_001 }, /query\.limit: must be at most 10000/],
      [{ speaker: 'no such id!' }, /query\.speaker/],
      [{ from: '2025-02-01', to: '2025-01-01' }, /query\.from: must not be after query\.to/],
    ];
    for (const [query, message] of cases) {
      const res = await request(app).get('/api/claims.csv').query(query).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body.error).toMatch(message);
    }
  });
});

describe('API basics', () => {
  it('answers unknown routes with a JSON 404', async () => {
    const res = await request(app).get('/api/nope').expect(404);
    expect(res.body.error).toMatch(/no route/);
  });

  it('reports liveness and readiness', async () => {
    await request(app).get('/healthz').expect(200, { status: 'ok' });
    const ready = await request(app).get('/readyz').expect(200);
    expect(ready.body.neo4j).toBe('up');
  });

  it('refuses a query parameter given twice or with brackets, saying so', async () => {
    const twice = await request(app).get('/api/sources?limit=1&limit=2').expect(400);
    expect(twice.body.error).toBe('query.limit: must be given once (it was given 2 times)');
    const words = await request(app).get('/api/search?q=kursk&q=kyiv').expect(400);
    expect(words.body.error).toBe('query.q: must be given once (it was given 2 times)');
    // A parameter given once is refused for what is wrong with it, as before.
    const wrong = await request(app).get('/api/sources?limit=many').expect(400);
    expect(wrong.body.error).toBe('query.limit: must be a number');
  });

  it('refuses a query parameter the route does not take, naming what it takes', async () => {
    // A typo would otherwise answer every claim, as if no speaker had been asked for.
    const typo = await request(app).get('/api/claims?speeker=act-volodymyr-zelensky').expect(400);
    expect(typo.body.error).toBe(
      'query.speeker: is not a parameter of this route ' +
        '(it takes speaker, about, source, from, to, limit, offset)',
    );
    const brackets = await request(app).get('/api/figures.csv?measure[a]=1').expect(400);
    expect(brackets.body.error).toMatch(/^query\.measure\[a\]: is not a parameter of this route/);
    const none = await request(app).get('/api/openapi.json?v=1&x=2').expect(400);
    expect(none.body.error).toBe(
      'query.v: is not a parameter of this route (it takes none); ' +
        'query.x: is not a parameter of this route (it takes none)',
    );
    const many = Array.from({ length: 7 }, (_, i) => `p${i}=1`).join('&');
    const seven = await request(app).get(`/api/search?q=kursk&${many}`).expect(400);
    expect(seven.body.details).toHaveLength(5);
    expect(seven.body.error).toMatch(/; and 2 more unknown parameters$/);
    // Every route the explorer and the API document take still answers them.
    await request(app).get('/api/claims?speaker=act-volodymyr-zelensky&limit=1').expect(200);
  });

  it('sets security headers', async () => {
    const res = await request(app).get('/healthz');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
