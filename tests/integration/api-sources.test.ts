import request from 'supertest';
import { testApp } from '../support/app';
import { claimStatus } from '../support/claim-status';
import { testDb } from '../support/db';
import type { SourceSummary } from '../../server/domain/sources';

const db = testDb();
const app = testApp(db);
afterAll(() => db.close());

const list = async (query: Record<string, string | number> = {}) =>
  (await request(app).get('/api/sources').query(query).expect(200)).body as {
    total: number;
    order: string;
    sources: SourceSummary[];
  };

/** What each source's counts must be, read claim by claim through the other routes. */
async function expectedCounts() {
  const { claims, byFigures, contradicted, agreed, corroborated } = await claimStatus(app);
  const bySource = new Map<
    string,
    {
      claims: number;
      speakers: Set<string>;
      figures: number;
      recorded: number;
      either: number;
      relayedDisputed: number;
      agreed: number;
      corroborated: number;
      borneOut: number;
      relayedBorneOut: number;
    }
  >();
  const countsOf = (id: string) =>
    bySource.get(id) ??
    bySource
      .set(id, {
        claims: 0,
        speakers: new Set<string>(),
        figures: 0,
        recorded: 0,
        either: 0,
        relayedDisputed: 0,
        agreed: 0,
        corroborated: 0,
        borneOut: 0,
        relayedBorneOut: 0,
      })
      .get(id)!;
  for (const c of claims) {
    const s = countsOf(c.source.id);
    const inDispute = byFigures.has(c.id) || contradicted.has(c.id);
    s.claims += 1;
    s.speakers.add(c.speaker.id);
    if (byFigures.has(c.id)) s.figures += 1;
    if (contradicted.has(c.id)) s.recorded += 1;
    if (inDispute) s.either += 1;
    if (c.relayedFrom && inDispute) countsOf(c.relayedFrom.id).relayedDisputed += 1;
    const borneOut = agreed.has(c.id) || corroborated.has(c.id);
    if (agreed.has(c.id)) s.agreed += 1;
    if (corroborated.has(c.id)) s.corroborated += 1;
    if (borneOut) s.borneOut += 1;
    if (c.relayedFrom && borneOut) countsOf(c.relayedFrom.id).relayedBorneOut += 1;
  }
  return bySource;
}

describe('GET /api/sources', () => {
  it('lists every source with its claims, speakers and claims in dispute, as the claims themselves add up', async () => {
    const all = await list({ limit: 500 });
    const [count] = await db.readRows('MATCH (s:Source) RETURN count(s) AS n');
    expect(all.total).toBe(Number(count!.n));
    expect(all.sources).toHaveLength(all.total);
    const expected = await expectedCounts();
    for (const s of all.sources) {
      const e = expected.get(s.id);
      expect({ id: s.id, claims: s.claims, speakers: s.speakers }).toEqual({
        id: s.id,
        claims: e?.claims ?? 0,
        speakers: e?.speakers.size ?? 0,
      });
      expect({
        id: s.id,
        disputed: s.disputed,
        disputedByFigures: s.disputedByFigures,
        contradicted: s.contradicted,
        relayedDisputed: s.relayedDisputed,
      }).toEqual({
        id: s.id,
        disputed: e?.either ?? 0,
        disputedByFigures: e?.figures ?? 0,
        contradicted: e?.recorded ?? 0,
        relayedDisputed: e?.relayedDisputed ?? 0,
      });
      expect({
        id: s.id,
        corroborated: s.corroborated,
        agreedByFigures: s.agreedByFigures,
        corroboratedRecorded: s.corroboratedRecorded,
        relayedCorroborated: s.relayedCorroborated,
      }).toEqual({
        id: s.id,
        corroborated: e?.borneOut ?? 0,
        agreedByFigures: e?.agreed ?? 0,
        corroboratedRecorded: e?.corroborated ?? 0,
        relayedCorroborated: e?.relayedBorneOut ?? 0,
      });
    }
    // Some claims are borne out by figures and some by recorded corroborations only.
    expect(all.sources.some((s) => s.agreedByFigures > 0)).toBe(true);
    expect(all.sources.some((s) => s.corroboratedRecorded > s.agreedByFigures)).toBe(true);
    // A cited report reports nothing, but what articles relay from it can be in dispute:
    // Blinken's 8,000 deployed, relayed by article 001.
    const blinken = all.sources.find((s) => s.id === 'src-blinken-briefing-2024-10-31')!;
    expect(blinken).toMatchObject({ claims: 0, disputed: 0, relayedDisputed: 1 });
    // The seed's five articles are held; the reports they cite are named only.
    const fakti = all.sources.find((s) => s.id === 'src-fakti-isw-north-korean-pows')!;
    expect(fakti).toMatchObject({ outlet: 'Fakti', held: true, publishedDate: '2025-01-12' });
    expect(fakti.cites).toBeGreaterThan(0);
    expect(all.sources.filter((s) => s.held).length).toBeGreaterThanOrEqual(5);
    expect(all.sources.some((s) => !s.held)).toBe(true);
    expect(all.sources.some((s) => s.disputed > 0)).toBe(true);
    // A report other articles relay claims from says how many, as its own page does.
    const relayed = all.sources.filter((s) => s.relayedByOthers > 0);
    expect(relayed.length).toBeGreaterThan(0);
    for (const s of relayed) {
      const page = await request(app).get(`/api/sources/${s.id}`).expect(200);
      expect(page.body.relayed.total).toBe(s.relayedByOthers);
    }
  });

  it('orders the newest first, the most claims first or the most in dispute first, and pages', async () => {
    const newest = (await list({ limit: 500 })).sources;
    const dates = newest.map((s) => s.publishedDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    // Its own claims and those other articles relay from it, together: a cited report's
    // account ranks with the articles.
    const claimsOrder = (await list({ order: 'claims', limit: 500 })).sources;
    const byClaims = claimsOrder.map((s) => s.claims + s.relayedByOthers);
    expect(byClaims).toEqual([...byClaims].sort((a, b) => b - a));
    const rfa = claimsOrder.findIndex((s) => s.id === 'src-rfa-original');
    expect(claimsOrder[rfa]).toMatchObject({ claims: 0, relayedByOthers: 13 });
    expect(rfa).toBeLessThan(claimsOrder.findIndex((s) => s.claims === 12));
    const byDispute = await list({ order: 'disputed', limit: 500 });
    expect(byDispute.order).toBe('disputed');
    // Its own claims in dispute and those relayed from it, together.
    const disputed = byDispute.sources.map((s) => s.disputed + s.relayedDisputed);
    expect(disputed).toEqual([...disputed].sort((a, b) => b - a));
    expect(disputed[0]).toBeGreaterThan(0);
    // A report whose relayed claims are disputed ranks above the sources with none.
    const firstCalm = disputed.indexOf(0);
    const report = byDispute.sources.findIndex((s) => s.claims === 0 && s.relayedDisputed > 0);
    expect(report).toBeGreaterThanOrEqual(0);
    expect(report).toBeLessThan(firstCalm);
    // Most borne out first: its own claims borne out and those relayed from it, together.
    const byBorneOut = await list({ order: 'corroborated', limit: 500 });
    expect(byBorneOut.order).toBe('corroborated');
    const borne = byBorneOut.sources.map((s) => s.corroborated + s.relayedCorroborated);
    expect(borne).toEqual([...borne].sort((a, b) => b - a));
    expect(borne[0]).toBeGreaterThan(0);
    expect(byBorneOut.sources.map((s) => s.id).sort()).toEqual(newest.map((s) => s.id).sort());
    // The Radio Free Asia report, whose relayed claims are borne out, ranks above the sources with none.
    const rfaBorne = byBorneOut.sources.findIndex((s) => s.id === 'src-rfa-original');
    expect(byBorneOut.sources[rfaBorne]!.relayedCorroborated).toBeGreaterThan(0);
    expect(rfaBorne).toBeLessThan(borne.indexOf(0));
    const page = await list({ order: 'claims', limit: 4, offset: 3 });
    expect(page.sources.map((s) => s.id)).toEqual(
      (await list({ order: 'claims', limit: 500 })).sources.slice(3, 7).map((s) => s.id),
    );
    expect(page.total).toBe(newest.length);
    // Past the end: no sources, and the total still counts them all.
    expect(await list({ offset: 1000 })).toMatchObject({ total: newest.length, sources: [] });
  });

  it('ranks by what is in dispute now: a contradiction recorded after a ranking moves its source up', async () => {
    const before = await list({ order: 'disputed', limit: 500 });
    const claims = (await request(app).get('/api/claims').query({ limit: 500 }).expect(200)).body
      .claims as { id: string; source: { id: string } }[];
    const figures = (await request(app).get('/api/figures').query({ points: 'none' })).body;
    const recorded = (await request(app).get('/api/contradictions').query({ limit: 2000 })).body;
    const inDispute = new Set<string>(
      [...figures.disagreements, ...recorded.contradictions].flatMap(
        (d: { claims: string[] }) => d.claims,
      ),
    );
    // Two claims of the least disputed source that has two not in dispute.
    const calm = (id: string) => claims.filter((c) => c.source.id === id && !inDispute.has(c.id));
    const quiet = [...before.sources].reverse().find((s) => calm(s.id).length >= 2)!;
    expect(quiet).toBeDefined();
    const [a, b] = calm(quiet.id);
    const pair = { claim: a!.id, contradicts: b!.id };
    await request(app)
      .post('/api/contradictions')
      .send({ ...pair, note: 'Probe: the ranking follows the graph.' })
      .expect(201);
    try {
      const after = await list({ order: 'disputed', limit: 500 });
      const at = (r: typeof before) => r.sources.findIndex((s) => s.id === quiet.id);
      expect(after.sources[at(after)]!.disputed).toBe(quiet.disputed + 2);
      expect(at(after)).toBeLessThan(at(before));
      const disputed = after.sources.map((s) => s.disputed + s.relayedDisputed);
      expect(disputed).toEqual([...disputed].sort((x, y) => y - x));
    } finally {
      await request(app).post('/api/contradictions/remove').send(pair).expect(200);
    }
    const restored = await list({ order: 'disputed', limit: 500 });
    expect(restored.sources.map((s) => s.id)).toEqual(before.sources.map((s) => s.id));
  });

  it('keeps the sources with the words asked for in their title or outlet, in any case', async () => {
    const fakti = await list({ q: '  FAKTI ' });
    expect(fakti.total).toBeGreaterThan(0);
    for (const s of fakti.sources)
      expect(`${s.title} ${s.outlet ?? ''}`.toLowerCase()).toContain('fakti');
    const none = await list({ q: 'no such outlet anywhere' });
    expect(none).toMatchObject({ total: 0, sources: [] });
  });

  it('refuses a bad order, limit or offset, or an overlong q, naming the field', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { order: 'loudest' },
        /query\.order: must be one of published, claims, disputed, corroborated/,
      ],
      [{ limit: '0' }, /query\.limit: must be at least 1/],
      [{ limit: '501' }, /query\.limit: must be at most 500/],
      [{ offset: '-1' }, /query\.offset: must be at least 0/],
      [{ offset: 'x' }, /query\.offset: must be a number/],
      [{ q: 'x'.repeat(201) }, /query\.q: must be at most 200 characters/],
    ];
    for (const [query, message] of cases) {
      const res = await request(app).get('/api/sources').query(query).expect(400);
      expect(res.body.error).toMatch(message);
    }
  });
});
