import request from 'supertest';
import type { PlaceSummary, PlacesResponse } from '../../server/domain/places';
import { claimStatus, type ClaimStatus } from '../support/claim-status';
import { testApp } from '../support/app';
import { testDb } from '../support/db';

const db = testDb();
const app = testApp(db);
afterAll(() => db.close());

let status: ClaimStatus;
beforeAll(async () => {
  status = await claimStatus(app);
}, 120_000);

/** What each place's counts must be, from the claims that name it (the `about` of /api/claims). */
function expected(ids: ReadonlySet<string> | null) {
  const byPlace = new Map<
    string,
    {
      claims: number;
      speakers: Map<string, number>;
      sources: Set<string>;
      disputed: number;
      borne: number;
    }
  >();
  for (const c of status.claims) {
    if (ids && !ids.has(c.id)) continue;
    for (const a of c.about.filter((x) => x.category === 'Place')) {
      const e =
        byPlace.get(a.id) ??
        byPlace
          .set(a.id, { claims: 0, speakers: new Map(), sources: new Set(), disputed: 0, borne: 0 })
          .get(a.id)!;
      e.claims += 1;
      e.speakers.set(c.speaker.id, (e.speakers.get(c.speaker.id) ?? 0) + 1);
      e.sources.add(c.source.id);
      if (status.byFigures.has(c.id) || status.contradicted.has(c.id)) e.disputed += 1;
      if (status.agreed.has(c.id) || status.corroborated.has(c.id)) e.borne += 1;
    }
  }
  return byPlace;
}

function expectCounts(places: PlaceSummary[], ids: ReadonlySet<string> | null) {
  const want = expected(ids);
  for (const p of places) {
    const e = want.get(p.id);
    expect({
      id: p.id,
      claims: p.claims,
      speakers: p.speakers,
      sources: p.sources,
      disputed: p.disputed,
      corroborated: p.corroborated,
    }).toEqual({
      id: p.id,
      claims: e?.claims ?? 0,
      speakers: e?.speakers.size ?? 0,
      sources: e?.sources.size ?? 0,
      disputed: e?.disputed ?? 0,
      corroborated: e?.borne ?? 0,
    });
    // Who said most about it: the counts of the claims, most first.
    const top = [...(e?.speakers.values() ?? [])].sort((a, b) => b - a).slice(0, 3);
    expect(p.topSpeakers.map((s) => s.claims)).toEqual(top);
  }
  // Most claims first.
  const counts = places.map((p) => p.claims);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
}

describe('GET /api/places', () => {
  it('lists every place with the claims about it, as the claims themselves add up', async () => {
    const res = (await request(app).get('/api/places').expect(200)).body as PlacesResponse;
    const [count] = await db.readRows('MATCH (p:Place) RETURN count(p) AS n');
    expect(res.total).toBe(Number(count!.n));
    expect(res.places).toHaveLength(res.total);
    expectCounts(res.places, null);
    const mentions = [...expected(null).values()].reduce((n, e) => n + e.claims, 0);
    expect(res.mentions).toBe(mentions);
    // The seed: the Kursk region is the most talked about, 15 claims by 10 speakers, Zelensky most.
    const [kursk] = res.places;
    expect(kursk).toMatchObject({
      id: 'place-kursk-region',
      name: 'Kursk region',
      lat: 51.6,
      lon: 36.1,
      drawnAt: null,
      within: { id: 'act-russia', name: 'Russia' },
      claims: 15,
      speakers: 10,
    });
    expect(kursk!.topSpeakers[0]).toEqual({
      id: 'act-volodymyr-zelensky',
      name: 'Volodymyr Zelensky',
      claims: 6,
    });
    expect(kursk!.deployed.map((d) => d.id)).toEqual([
      'unit-armed-forces-of-ukraine',
      'unit-nk-contingent',
      'unit-russian-kursk-force',
    ]);
    expect(kursk!.deployedTotal).toBe(3);
    expect(kursk!.contains).toBe(1);
  });

  it('draws a place with no coordinates at the nearest place it lies in that has them', async () => {
    const { places } = (await request(app).get('/api/places').expect(200)).body as PlacesResponse;
    const byId = new Map(places.map((p) => [p.id, p]));
    expect(byId.get('place-makhnovka')).toMatchObject({
      lat: null,
      lon: null,
      within: { id: 'place-kursk-region' },
      drawnAt: { id: 'place-kursk-region', name: 'Kursk region', lat: 51.6, lon: 36.1 },
      deployed: [{ id: 'unit-nk-battalion-makhnovka' }],
    });
    expect(byId.get('place-tatarstan-refinery')?.drawnAt?.id).toBe('place-tatarstan');
    // Nothing it lies in has coordinates: not drawn.
    expect(byId.get('place-ukraine-east')).toMatchObject({ lat: null, drawnAt: null });
    // With no claims about it, a place is still listed (Washington, where think tanks are based).
    expect(byId.get('place-washington-dc')).toMatchObject({ claims: 0, based: 2, topSpeakers: [] });
    // The period its claims cover: Makhnovka's one claim, dated to the day.
    const [row] = await db.readRows(
      'MATCH (c:Claim)-[:ABOUT]->(:Place {id: "place-makhnovka"}) RETURN toString(c.day) AS d',
    );
    expect(byId.get('place-makhnovka')).toMatchObject({ firstDay: row!.d, lastDay: row!.d });
  });

  it('answers only the places asked for, at most `limit`, and refuses a bad limit naming it', async () => {
    const all = (await request(app).get('/api/places').expect(200)).body as PlacesResponse;
    const two = (await request(app).get('/api/places').query({ limit: 2 }).expect(200))
      .body as PlacesResponse;
    expect(two.total).toBe(all.total);
    expect(two.places.map((p) => p.id)).toEqual(all.places.slice(0, 2).map((p) => p.id));
    for (const limit of ['0', '5001', 'x', '1.5']) {
      const res = await request(app).get('/api/places').query({ limit }).expect(400);
      expect(res.body.error).toMatch(/^query\.limit: /);
    }
    const res = await request(app).get('/api/places').query({ nope: 1 }).expect(400);
    expect(res.body.error).toMatch(/nope/);
  });
});

describe('POST /api/places/in-view', () => {
  it('counts only the claims asked about, and lists only the places they name', async () => {
    // Zelensky's claims: the places he spoke of, and how often.
    const ids = status.claims
      .filter((c) => c.speaker.id === 'act-volodymyr-zelensky')
      .map((c) => c.id);
    expect(ids.length).toBeGreaterThan(3);
    const res = (
      await request(app)
        .post('/api/places/in-view')
        .send({ ids: [...ids, ids[0], 'clm-no-such-claim'] })
        .expect(200)
    ).body as PlacesResponse;
    expect(res.asked).toBe(ids.length + 1);
    const asked = new Set(ids);
    const want = expected(asked);
    expect(res.places.map((p) => p.id).sort()).toEqual([...want.keys()].sort());
    expect(res.total).toBe(want.size);
    expectCounts(res.places, asked);
    expect(res.places[0]).toMatchObject({ id: 'place-kursk-region', claims: 6, speakers: 1 });
  });

  it('answers no place for claims about none, and refuses bad ids naming the field', async () => {
    const none = (
      await request(app)
        .post('/api/places/in-view')
        .send({ ids: ['clm-no-such-claim'] })
        .expect(200)
    ).body as PlacesResponse;
    expect(none).toEqual({ total: 0, mentions: 0, places: [], asked: 1 });
    for (const body of [
      {},
      { ids: [] },
      { ids: 'x' },
      { ids: ['a b'] },
      { ids: ['x'], limit: 0 },
    ]) {
      const res = await request(app).post('/api/places/in-view').send(body).expect(400);
      expect(res.body.error).toMatch(/^body\.(ids|limit)/);
    }
  });
});
