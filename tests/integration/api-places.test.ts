import { parse } from 'csv-parse/sync';
import request from 'supertest';
import type { SerializedGraph } from '../../server/domain/graph-format';
import type { PlaceSummary, PlacesResponse } from '../../server/domain/places';
import { claimStatus, type ClaimStatus } from '../support/claim-status';
import { testApp } from '../support/app';
import { testDb } from '../support/db';
import { expectUnchanged, fingerprint } from '../support/fingerprint';

/** A place as GET /api/places answers it now. */
async function placeOf(id: string): Promise<PlaceSummary> {
  return ((await request(app).get('/api/places').expect(200)).body as PlacesResponse).places.find(
    (p) => p.id === id,
  )!;
}

/** A request to refuse: the place's id, the body, the status and what the error must say. */
type Refusal = [string, object, number, RegExp];

/** Sends each of `refused` to its place; each answers its status and an error naming what is wrong. */
async function expectRefused(
  send: (id: string, body: object) => request.Test,
  refused: readonly Refusal[],
): Promise<void> {
  for (const [id, body, status, message] of refused) {
    const res = await send(encodeURIComponent(id), body);
    expect({ id, body, status: res.status }).toEqual({ id, body, status });
    expect(res.body.error).toMatch(message);
  }
}

const db = testDb();
// Many writes, refused ones included: the default 60 a minute would refuse the last ones.
const app = testApp(db, { RATE_LIMIT_PER_MINUTE: '1000' });
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

describe('the places as CSV tables', () => {
  const table = (res: request.Response) =>
    parse(String(res.text), { columns: true, bom: true }) as Record<string, string>[];
  /** A place of the JSON answer as its table row says it. */
  const asRow = (p: PlaceSummary) => ({
    place_id: p.id,
    place: p.name,
    kind: p.kind ?? '',
    within: p.within?.name ?? '',
    lat: p.lat === null ? '' : String(p.lat),
    lon: p.lon === null ? '' : String(p.lon),
    located_by: p.lat === null ? '' : (p.locatedBy ?? 'seed'),
    located_at: p.locatedAt ?? '',
    drawn_at: p.drawnAt?.name ?? '',
    drawn_at_lat: p.drawnAt ? String(p.drawnAt.lat) : '',
    drawn_at_lon: p.drawnAt ? String(p.drawnAt.lon) : '',
    claims: String(p.claims),
    speakers: String(p.speakers),
    sources: String(p.sources),
    in_dispute: String(p.disputed),
    borne_out: String(p.corroborated),
    first_day: p.firstDay ?? '',
    last_day: p.lastDay ?? '',
    top_speakers: p.topSpeakers.map((t) => `${t.name} (${t.claims})`).join('; '),
    deployed: p.deployed.map((d) => d.name).join('; '),
    based_here: String(p.based),
    places_within: String(p.contains),
  });

  it('gives every place of /api/places, in its order, with its coordinates and counts', async () => {
    const json = (await request(app).get('/api/places').expect(200)).body as PlacesResponse;
    const res = await request(app).get('/api/places.csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="places.csv"');
    expect(res.headers['x-total-count']).toBe(String(json.total));
    const rows = table(res);
    expect(res.headers['x-row-count']).toBe(String(rows.length));
    expect(rows).toEqual(json.places.map(asRow));
    // Read by hand from the seed: the Kursk region's own coordinates, Makhnovka drawn there.
    const byId = new Map(rows.map((r) => [r.place_id, r]));
    expect(byId.get('place-kursk-region')).toMatchObject({
      lat: '51.6',
      lon: '36.1',
      located_by: 'seed',
      claims: '15',
      top_speakers: expect.stringMatching(/^Volodymyr Zelensky \(6\); /),
    });
    expect(byId.get('place-makhnovka')).toMatchObject({
      lat: '',
      located_by: '',
      drawn_at: 'Kursk region',
      drawn_at_lat: '51.6',
      within: 'Kursk region',
    });
  });

  it('says who placed a place an analyst placed, and when', async () => {
    const placed = await request(app)
      .post('/api/places/place-ukraine-east/location')
      .send({ lat: 48.5, lon: 37.25 })
      .expect(200);
    try {
      const row = table(await request(app).get('/api/places.csv').expect(200)).find(
        (r) => r.place_id === 'place-ukraine-east',
      );
      expect(row).toMatchObject({
        lat: '48.5',
        lon: '37.25',
        located_by: 'analyst',
        located_at: placed.body.place.locatedAt,
      });
    } finally {
      await request(app)
        .post('/api/places/place-ukraine-east/location/undo')
        .send({ change: placed.body.change })
        .expect(200);
    }
  });

  it('gives the places of the claims in view as POST /api/places/in-view counts them', async () => {
    const ids = status.claims
      .filter((c) => c.speaker.id === 'act-volodymyr-zelensky')
      .map((c) => c.id);
    const json = (await request(app).post('/api/places/in-view').send({ ids }).expect(200))
      .body as PlacesResponse;
    const res = await request(app).post('/api/places/in-view.csv').send({ ids }).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="places-in-view.csv"');
    expect(table(res)).toEqual(json.places.map(asRow));
    expect(table(res)[0]).toMatchObject({ place_id: 'place-kursk-region', claims: '6' });
    for (const body of [{}, { ids: [] }, { ids: ['a b'] }, { ids: ['x'], limit: 5 }]) {
      const refused = await request(app).post('/api/places/in-view.csv').send(body).expect(400);
      expect(refused.body.error).toMatch(/^body(\.ids(\.0)?)?: |limit/);
    }
  });
});

describe('POST /api/places/:id/within', () => {
  const within = (id: string, body: object) =>
    request(app).post(`/api/places/${id}/within`).send(body);

  // After a failed test, what an analyst said taken back (the next tests read the places).
  afterEach(async () => {
    await db.writeRows("MATCH (:Place)-[r:LOCATED_IN {origin: 'analyst'}]->() DELETE r");
  });

  it('puts a place nothing locates in another: drawn and counted there; taken back, as before', async () => {
    const before = await fingerprint(db);
    expect(await placeOf('place-ukraine-east')).toMatchObject({ within: null, drawnAt: null });
    const donbas = await placeOf('place-donbas');
    const set = await within('place-ukraine-east', { within: 'place-donbas' }).expect(200);
    expect(set.body).toEqual({
      place: { id: 'place-ukraine-east', name: 'Eastern Ukraine' },
      within: { id: 'place-donbas', name: 'Donbas' },
      previous: null,
    });
    expect(await placeOf('place-ukraine-east')).toMatchObject({
      within: { id: 'place-donbas', name: 'Donbas' },
      drawnAt: { id: 'place-donbas', name: 'Donbas', lat: donbas.lat, lon: donbas.lon },
    });
    expect((await placeOf('place-donbas')).contains).toBe(donbas.contains + 1);
    // The seed's own says so too: not an analyst's.
    expect(donbas.within).toEqual({ id: 'act-ukraine', name: 'Ukraine', byAnalyst: false });
    const [recorded] = await db.readRows(
      `MATCH (:Place {id: 'place-ukraine-east'})-[r:LOCATED_IN]->(w)
       RETURN w.id AS w, r.origin AS origin, r.recordedAt IS NOT NULL AS dated`,
    );
    expect(recorded).toEqual({ w: 'place-donbas', origin: 'analyst', dated: true });
    // Said again otherwise: one LOCATED_IN, the new one, and what it replaced.
    const moved = await within('place-ukraine-east', { within: 'place-kursk-region' }).expect(200);
    expect(moved.body.previous).toEqual({ id: 'place-donbas', name: 'Donbas' });
    const ins = await db.readRows(
      "MATCH (:Place {id: 'place-ukraine-east'})-[:LOCATED_IN]->(w) RETURN w.id AS w",
    );
    expect(ins).toEqual([{ w: 'place-kursk-region' }]);
    // Taken back (the toast's Undo sends `previous` back, here null at last).
    await within('place-ukraine-east', { within: null }).expect(200);
    expect(await placeOf('place-ukraine-east')).toMatchObject({ within: null, drawnAt: null });
    await expectUnchanged(db, before);
  });

  it('refuses a place the seed locates, a place in itself, and a circle, writing nothing', async () => {
    await within('place-northern-ukraine', { within: 'place-ukraine-east' }).expect(200);
    const before = await fingerprint(db);
    const refused: Refusal[] = [
      [
        'place-makhnovka',
        { within: 'place-belgorod-region' },
        409,
        /^params\.id: Makhnovka lies in Kursk region as the seed says/,
      ],
      ['place-ukraine-east', { within: 'place-ukraine-east' }, 409, /cannot lie in itself/],
      [
        'place-ukraine-east',
        { within: 'place-northern-ukraine' },
        409,
        /^body\.within: Northern Ukraine lies in Eastern Ukraine: Eastern Ukraine cannot lie in it/,
      ],
      ['place-ukraine-east', { within: 'place-nowhere' }, 404, /^body\.within: no place/],
      // An actor is no place.
      ['place-ukraine-east', { within: 'act-ukraine' }, 404, /^body\.within: no place/],
      ['place-nowhere', { within: 'place-donbas' }, 404, /^params\.id: no place/],
      ['place-ukraine-east', {}, 400, /^body\.within: /],
      ['place-ukraine-east', { within: 7 }, 400, /^body\.within: /],
      ['place-ukraine-east', { within: 'a b' }, 400, /^body\.within: must be a node id/],
      ['place-ukraine-east', { within: 'place-donbas', lat: 1 }, 400, /lat/],
      ['a b', { within: 'place-donbas' }, 400, /^params\.id: /],
    ];
    await expectRefused(within, refused);
    await expectUnchanged(db, before);
  });

  it('needs the API token when one is configured', async () => {
    const guarded = testApp(db, { API_TOKEN: 'places-test-token-0123' });
    await request(guarded)
      .post('/api/places/place-ukraine-east/within')
      .send({ within: 'place-donbas' })
      .expect(401);
  });
});

describe('POST /api/places/:id/location', () => {
  const locate = (id: string, body: object) =>
    request(app).post(`/api/places/${id}/location`).send(body);

  const undo = (id: string, body: object) =>
    request(app).post(`/api/places/${id}/location/undo`).send(body);

  // After a failed test, the places as they were (the next tests read them): each change
  // still kept undone, newest first.
  afterEach(async () => {
    for (const id of ['place-ukraine-east', 'place-kursk-region']) {
      const node = await request(app).get(`/api/nodes/${id}`).expect(200);
      const history = (node.body.properties.locationHistory ?? []) as string[];
      for (const entry of [...history].reverse())
        await undo(id, { change: (JSON.parse(entry) as { change: string }).change }).expect(200);
    }
  });

  it('places a place nothing located on the map; undone change by change, it is as it was', async () => {
    const before = await fingerprint(db);
    expect(await placeOf('place-ukraine-east')).toMatchObject({ lat: null, drawnAt: null });
    const placed = await locate('place-ukraine-east', { lat: 48.5, lon: 37.25 }).expect(200);
    expect(placed.body).toMatchObject({
      place: { id: 'place-ukraine-east', lat: 48.5, lon: 37.25, locatedBy: 'analyst' },
      previous: { lat: null, lon: null, locatedBy: null, locatedAt: null },
      change: expect.stringMatching(/^loc-[a-f0-9]{12}$/),
    });
    const placedAt = placed.body.place.locatedAt;
    expect(Date.parse(placedAt)).not.toBeNaN();
    // The places read again (the write is a new graph version): on the map now.
    expect(await placeOf('place-ukraine-east')).toMatchObject({
      lat: 48.5,
      lon: 37.25,
      locatedBy: 'analyst',
      drawnAt: null,
    });
    // The graph view draws it with its coordinates, but not the changes kept to undo them,
    // which the node's own details give.
    const view = await request(app)
      .get('/api/nodes/place-ukraine-east/neighborhood?depth=1')
      .expect(200);
    const drawn = (view.body as SerializedGraph).nodes.find((n) => n.key === 'place-ukraine-east')!;
    expect(drawn.attributes).toMatchObject({ lat: 48.5, lon: 37.25, locatedBy: 'analyst' });
    expect(drawn.attributes).not.toHaveProperty('locationHistory');
    const details = await request(app).get('/api/nodes/place-ukraine-east').expect(200);
    expect(details.body.properties.locationHistory).toHaveLength(1);
    // Moved, it answers where it was and when it had been placed there.
    const moved = await locate('place-ukraine-east', { lat: 48, lon: 38 }).expect(200);
    expect(moved.body.previous).toEqual({
      lat: 48.5,
      lon: 37.25,
      locatedBy: 'analyst',
      locatedAt: placedAt,
    });
    // The first change cannot be undone before the later one.
    const early = await undo('place-ukraine-east', { change: placed.body.change }).expect(409);
    expect(early.body.error).toMatch(
      /^body\.change: .* is not the last change .*undo the later ones first/,
    );
    // Undone, the move gives back the first placing with its time, not a new one.
    const unmoved = await undo('place-ukraine-east', { change: moved.body.change }).expect(200);
    expect(unmoved.body).toEqual({
      place: {
        id: 'place-ukraine-east',
        name: expect.any(String),
        lat: 48.5,
        lon: 37.25,
        locatedBy: 'analyst',
        locatedAt: placedAt,
      },
      undone: moved.body.change,
    });
    // Undone twice: refused, nothing changed.
    const again = await undo('place-ukraine-east', { change: moved.body.change }).expect(409);
    expect(again.body.error).toMatch(/^body\.change: .* is no change .* left to undo/);
    await undo('place-ukraine-east', { change: placed.body.change }).expect(200);
    expect(await placeOf('place-ukraine-east')).toMatchObject({ lat: null, locatedBy: null });
    // To the property: no history of changes is left behind.
    await expectUnchanged(db, before);
  });

  it("undoing a move of a seed place gives back the seed's coordinates as the seed's", async () => {
    const before = await fingerprint(db);
    const seed = await placeOf('place-kursk-region');
    expect(seed).toMatchObject({ locatedBy: null, locatedAt: null });
    expect(seed.lat).not.toBeNull();
    const moved = await locate('place-kursk-region', { lat: 52, lon: 36 }).expect(200);
    expect(moved.body.previous).toEqual({
      lat: seed.lat,
      lon: seed.lon,
      locatedBy: null,
      locatedAt: null,
    });
    expect((await placeOf('place-kursk-region')).locatedBy).toBe('analyst');
    // Taking the coordinates back is a change like another, undone the same way.
    const cleared = await locate('place-kursk-region', { lat: null, lon: null }).expect(200);
    expect(cleared.body.place).toMatchObject({
      lat: null,
      lon: null,
      locatedBy: null,
      locatedAt: null,
    });
    await undo('place-kursk-region', { change: cleared.body.change }).expect(200);
    const back = await undo('place-kursk-region', { change: moved.body.change }).expect(200);
    expect(back.body.place).toMatchObject({
      lat: seed.lat,
      lon: seed.lon,
      locatedBy: null,
      locatedAt: null,
    });
    expect(await placeOf('place-kursk-region')).toMatchObject({
      lat: seed.lat,
      lon: seed.lon,
      locatedBy: null,
    });
    await expectUnchanged(db, before);
  });

  it('keeps every change of analysts placing a place at once, each undone in turn', async () => {
    const before = await fingerprint(db);
    const placed = await Promise.all(
      Array.from({ length: 8 }, (_, k) =>
        locate('place-ukraine-east', { lat: 48 + k / 10, lon: 37 }).expect(200),
      ),
    );
    // One after the other, each built on the one before: every change is kept once.
    const node = await request(app).get('/api/nodes/place-ukraine-east').expect(200);
    const kept = (node.body.properties.locationHistory as string[]).map(
      (e) => JSON.parse(e) as { change: string; lat: number | null },
    );
    expect(kept.map((e) => e.change).sort()).toEqual(placed.map((r) => r.body.change).sort());
    // Each change's `previous` is where the change before it left the place.
    const order = kept.map((e) => placed.find((r) => r.body.change === e.change)!.body);
    expect(order[0].previous.lat).toBeNull();
    for (let k = 1; k < order.length; k++)
      expect(order[k].previous.lat).toBe(order[k - 1].place.lat);
    for (const change of [...kept].reverse().map((e) => e.change))
      await undo('place-ukraine-east', { change }).expect(200);
    await expectUnchanged(db, before);
  });

  it('answers 409, not a failure, for a kept change it cannot read (written by hand)', async () => {
    const before = await fingerprint(db);
    await db.writeRows(
      "MATCH (p:Place {id: 'place-ukraine-east'}) SET p.locationHistory = ['{not json', '{}']",
    );
    try {
      const res = await undo('place-ukraine-east', { change: 'loc-000000000000' }).expect(409);
      expect(res.body.error).toMatch(/^body\.change: .* no change .* left to undo/);
    } finally {
      await db.writeRows("MATCH (p:Place {id: 'place-ukraine-east'}) REMOVE p.locationHistory");
    }
    await expectUnchanged(db, before);
  });

  it('refuses a bad undo naming the field, writing nothing', async () => {
    const before = await fingerprint(db);
    const refused: Refusal[] = [
      ['place-ukraine-east', {}, 400, /^body\.change: /],
      ['place-ukraine-east', { change: 'x' }, 400, /^body\.change: must be the id of a change/],
      ['place-ukraine-east', { change: 7 }, 400, /^body\.change: /],
      ['place-ukraine-east', { change: 'loc-000000000000', also: 1 }, 400, /also/],
      // Well formed, but never made.
      ['place-ukraine-east', { change: 'loc-000000000000' }, 409, /^body\.change: .* no change/],
      ['place-nowhere', { change: 'loc-000000000000' }, 404, /^params\.id: no place/],
      ['act-russia', { change: 'loc-000000000000' }, 404, /no place with id "act-russia"/],
    ];
    await expectRefused(undo, refused);
    await expectUnchanged(db, before);
  });

  it('refuses bad coordinates and unknown places naming the field, writing nothing', async () => {
    const before = await fingerprint(db);
    const refused: Refusal[] = [
      ['place-ukraine-east', { lat: 91, lon: 0 }, 400, /^body\.lat: must be at most 90/],
      ['place-ukraine-east', { lat: 0, lon: -181 }, 400, /^body\.lon: must be at least -180/],
      ['place-ukraine-east', { lat: 10 }, 400, /^body\.lon: /],
      [
        'place-ukraine-east',
        { lat: 10, lon: null },
        400,
        /^body\.lat: must be given with body\.lon/,
      ],
      ['place-ukraine-east', { lat: '48', lon: 37 }, 400, /^body\.lat: must be a number/],
      ['place-ukraine-east', { lat: 48, lon: 37, by: 'x' }, 400, /by/],
      ['place-ukraine-east', [48, 37], 400, /^body/],
      ['place-nowhere', { lat: 48, lon: 37 }, 404, /^params\.id: no place with id "place-nowhere"/],
      // An actor is no place.
      ['act-russia', { lat: 55.75, lon: 37.6 }, 404, /no place with id "act-russia"/],
      ['a b', { lat: 48, lon: 37 }, 400, /^params\.id: /],
    ];
    await expectRefused(locate, refused);
    await expectUnchanged(db, before);
  });

  it('needs the API token when one is configured', async () => {
    const guarded = testApp(db, { API_TOKEN: 'places-test-token-0123' });
    const res = await request(guarded)
      .post('/api/places/place-ukraine-east/location')
      .send({ lat: 48, lon: 37 })
      .expect(401);
    expect(res.body.error).toMatch(/Authorization: Bearer/);
  });
});
