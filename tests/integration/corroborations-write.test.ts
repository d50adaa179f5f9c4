import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { rawBody } from '../support/app';
import { expectUnchanged, fingerprint } from '../support/fingerprint';
import { writingTestApp } from '../support/ingest-cleanup';

const { db, app } = writingTestApp();

// Two claims no recorded pair links: Park's "expendable cannon fodder" (Newsweek,
// in article 002) and the RFA report's "treated as expendable".
const PARK = 'clm-park-cannon-fodder';
const REPORTS = 'clm-reports-nk-treated-as-expendable';
const NOTE = 'Both describe the troops as expendable.';
// A pair the seed records as contradicting: Moscow's denial against Zelenskyy.
const MOSCOW = 'clm-moscow-denies-nk-soldiers';
const ZELENSKYY = 'clm-zelenskyy-nk-fighting-since-early-december';

interface PairSide {
  id: string;
  text: string;
  speaker: { name: string } | null;
  source: { id: string } | null;
}

interface Pair {
  claims: string[];
  note: string;
  origin: string;
  reason: string;
  recordedAt: string | null;
  editedAt: string | null;
  a: PairSide;
  b: PairSide;
}

const pairsOf = async (claim?: string) =>
  (
    await request(app)
      .get('/api/corroborations')
      .query(claim ? { claim } : {})
      .expect(200)
  ).body as { total: number; truncated: boolean; corroborations: Pair[] };

describe('GET /api/corroborations', () => {
  it("lists the seed's corroborations as seed/data/corroborations.json records them", async () => {
    const file = JSON.parse(readFileSync('seed/data/corroborations.json', 'utf8')) as {
      claim: string;
      corroborates: string;
      note: string;
    }[];
    const all = await pairsOf();
    expect(all.truncated).toBe(false);
    expect(all.total).toBe(file.length);
    const key = (ids: string[]) => [...ids].sort().join(' ');
    expect(all.corroborations.map((k) => key(k.claims)).sort()).toEqual(
      file.map((k) => key([k.claim, k.corroborates])).sort(),
    );
    for (const k of all.corroborations) {
      const recorded = file.find((f) => key([f.claim, f.corroborates]) === key(k.claims))!;
      expect(k).toMatchObject({ note: recorded.note, origin: 'seed', recordedAt: null });
      // "<speaker> and <speaker>: <note>", each claim with the source that reports it.
      expect(k.reason).toMatch(new RegExp(` and .+: ${recorded.note.replace(/[().]/g, '\\$&')}$`));
      expect(k.a.source).not.toBeNull();
      expect(k.b.source).not.toBeNull();
    }
    // One claim's: the withdrawal from the front, borne out twice.
    const withdrawn = await pairsOf('clm-reported-nk-withdrawn-from-front');
    expect(withdrawn.total).toBe(2);
    expect(withdrawn.corroborations.flatMap((k) => k.claims).sort()).toEqual([
      'clm-reported-nk-withdrawn-from-front',
      'clm-reported-nk-withdrawn-from-front',
      'clm-sk-agency-no-nk-combat-since-january',
      'clm-zelenskyy-nk-pulled-for-retraining',
    ]);
    const limited = (await request(app).get('/api/corroborations').query({ limit: 2 }).expect(200))
      .body as { total: number; truncated: boolean; corroborations: Pair[] };
    expect(limited).toMatchObject({ total: file.length, truncated: true });
    expect(limited.corroborations).toHaveLength(2);
    // Brief: what the timeline draws, the claims and the reason.
    const brief = (
      await request(app).get('/api/corroborations').query({ detail: 'brief' }).expect(200)
    ).body as { total: number; corroborations: Record<string, unknown>[] };
    expect(brief.total).toBe(file.length);
    expect(brief.corroborations).toEqual(
      all.corroborations.map((k) => ({ claims: k.claims, origin: k.origin, reason: k.reason })),
    );
  });

  it("saves them as a CSV table, all or a source's, with both claims and the note", async () => {
    const table = async (path: string) => {
      const res = await request(app).get(path).buffer(true).parse(rawBody).expect(200);
      const rows = parse(res.body as Buffer, { bom: true, columns: true }) as Record<
        string,
        string
      >[];
      return { res, rows };
    };
    const all = await pairsOf();
    const { res, rows } = await table('/api/corroborations.csv');
    expect(res.headers['content-disposition']).toContain('corroborations.csv');
    expect(res.headers['x-total-count']).toBe(String(all.total));
    expect(rows.map((r) => [r.claim_a_id, r.claim_b_id, r.note, r.origin])).toEqual(
      all.corroborations.map((k) => [k.a.id, k.b.id, k.note, k.origin]),
    );
    // A source's: the pairs with one of its claims (reported or relayed from it) on a side,
    // as many as its agreements count.
    const source = 'src-nk-new-group-of-soldiers';
    const [mine, agreements] = await Promise.all([
      table(`/api/sources/${source}/corroborations.csv`),
      request(app).get(`/api/sources/${source}/agreements`).expect(200),
    ]);
    expect(mine.res.headers['content-disposition']).toContain(`corroborations-${source}.csv`);
    expect(mine.rows).toHaveLength(agreements.body.recordedTotal as number);
    expect(mine.rows.length).toBe(4);
    for (const r of mine.rows) {
      expect([r.claim_a_source_id, r.claim_b_source_id]).toContain(source);
    }
    await request(app).get('/api/sources/src-nowhere/corroborations.csv').expect(404);
  });

  it('lists and saves those of the claims in view, narrowed by words as the explorer narrows them', async () => {
    const all = await pairsOf();
    // Two claims, one in two seed pairs and one in a third, and an id of no claim.
    const WITHDRAWN = 'clm-reported-nk-withdrawn-from-front';
    const DIARY = 'clm-nk-diary-soldiers-as-drone-bait';
    const ids = [WITHDRAWN, DIARY, 'clm-nowhere'];
    const touching = all.corroborations.filter((k) => k.claims.some((c) => ids.includes(c)));
    expect(touching).toHaveLength(3);
    const res = await request(app).post('/api/claims/agreements/in-view').send({ ids }).expect(200);
    expect(res.body.asked).toBe(3);
    expect(res.body.corroborations).toEqual({
      total: 3,
      truncated: false,
      corroborations: touching,
    });
    // The same pairs as a table, and narrowed: every word in a speaker, the note or a claim.
    const table = async (req: request.Test) => {
      const r = await req.buffer(true).parse(rawBody).expect(200);
      return {
        name: /filename="([^"]+)"/.exec(String(r.headers['content-disposition']))?.[1],
        total: r.headers['x-total-count'],
        rows: (
          parse(r.body as Buffer, { bom: true, columns: true }) as Record<string, string>[]
        ).map((row) => [row.claim_a_id, row.claim_b_id].sort().join(' ')),
      };
    };
    const key = (k: Pair) => [...k.claims].sort().join(' ');
    /** Whether a pair's note, claims or speakers hold `word`: what `q` narrows by. */
    const says = (k: Pair, word: string) =>
      [k.note, k.a.text, k.a.speaker?.name, k.b.text, k.b.speaker?.name]
        .join('\n')
        .toLowerCase()
        .includes(word);
    expect(await table(request(app).post('/api/corroborations.csv').send({ ids }))).toEqual({
      name: 'corroborations-in-view.csv',
      total: '3',
      rows: touching.map(key),
    });
    const retraining = touching.filter((k) => says(k, 'retraining'));
    expect(retraining).toHaveLength(1);
    expect(
      await table(request(app).post('/api/corroborations.csv').send({ ids, q: ' RETRAINING ' })),
    ).toEqual({
      name: 'corroborations-in-view-narrowed.csv',
      total: '3',
      rows: retraining.map(key),
    });
    // The whole graph's, narrowed by two words that must both be there.
    const both = all.corroborations.filter((k) => says(k, 'zelenskyy') && says(k, 'diary'));
    expect(both).toHaveLength(1);
    expect(
      await table(request(app).get('/api/corroborations.csv').query({ q: 'diary Zelenskyy' })),
    ).toEqual({
      name: 'corroborations-narrowed.csv',
      total: String(all.total),
      rows: both.map(key),
    });
    // Bad input names the field.
    for (const [path, body, field] of [
      ['/api/claims/agreements/in-view', {}, /^body\.ids/],
      ['/api/claims/agreements/in-view', { ids: 'x' }, /^body\.ids/],
      ['/api/claims/agreements/in-view', { ids: [] }, /^body\.ids/],
      ['/api/corroborations.csv', { ids: ['a b'] }, /^body\.ids/],
      ['/api/corroborations.csv', { ids: [WITHDRAWN], q: 'x'.repeat(501) }, /^body\.q/],
    ] as const) {
      const bad = await request(app).post(path).send(body).expect(400);
      expect(bad.body.error).toMatch(field);
    }
    const long = await request(app)
      .get('/api/corroborations.csv')
      .query({ q: 'x'.repeat(501) })
      .expect(400);
    expect(long.body.error).toMatch(/^query\.q/);
  });

  it('refuses bad parameters with the field named', async () => {
    for (const [query, field] of [
      [{ limit: 0 }, /^query\.limit/],
      [{ claim: 'a b' }, /^query\.claim/],
      [{ claims: 'x' }, /claims/],
      [{ detail: 'short' }, /^query\.detail/],
    ] as const) {
      const res = await request(app).get('/api/corroborations').query(query).expect(400);
      expect(res.body.error).toMatch(field);
    }
  });
});

describe('POST /api/corroborations', () => {
  it('records a pair once whichever way round, rewords its note and takes it back', async () => {
    expect((await pairsOf(REPORTS)).total).toBe(0);
    const first = await request(app)
      .post('/api/corroborations')
      .send({ claim: PARK, corroborates: REPORTS, note: ` ${NOTE} ` })
      .expect(201);
    expect(first.body).toEqual({
      created: true,
      corroboration: { claim: PARK, corroborates: REPORTS, note: NOTE, origin: 'analyst' },
    });
    const [read] = (await pairsOf(REPORTS)).corroborations;
    expect(read).toMatchObject({ claims: [PARK, REPORTS], note: NOTE, origin: 'analyst' });
    expect(read!.reason).toBe(`Park and Unattributed reports (article 004): ${NOTE}`);
    expect(Math.abs(Date.now() - Date.parse(read!.recordedAt!))).toBeLessThan(60_000);
    // The other way round: the pair stays as first recorded.
    const again = await request(app)
      .post('/api/corroborations')
      .send({ claim: REPORTS, corroborates: PARK, note: 'another note' })
      .expect(200);
    expect(again.body).toMatchObject({ created: false, corroboration: { note: NOTE } });

    const edited = await request(app)
      .post('/api/corroborations/note')
      .send({ claim: REPORTS, corroborates: PARK, note: 'Reworded.' })
      .expect(200);
    expect(edited.body).toEqual({
      corroboration: { claim: PARK, corroborates: REPORTS, note: 'Reworded.', origin: 'analyst' },
      previousNote: NOTE,
    });
    expect(
      (await pairsOf(PARK)).corroborations.find((k) => k.claims.includes(REPORTS)),
    ).toMatchObject({ note: 'Reworded.' });

    const removed = await request(app)
      .post('/api/corroborations/remove')
      .send({ claim: REPORTS, corroborates: PARK })
      .expect(200);
    expect(removed.body).toEqual({
      removed: { claim: PARK, corroborates: REPORTS, note: 'Reworded.', origin: 'analyst' },
    });
    expect((await pairsOf(REPORTS)).total).toBe(0);
    const none = await request(app)
      .post('/api/corroborations/remove')
      .send({ claim: REPORTS, corroborates: PARK })
      .expect(404);
    expect(none.body.error).toMatch(/^body\.corroborates: no corroboration is recorded/);
  });

  it('will not record a pair as both contradicting and corroborating, either way', async () => {
    const before = await fingerprint(db);
    const corroborate = await request(app)
      .post('/api/corroborations')
      .send({ claim: ZELENSKYY, corroborates: MOSCOW, note: NOTE })
      .expect(409);
    expect(corroborate.body.error).toBe(
      'body.corroborates: the two claims are recorded as contradicting each other; take that back first',
    );
    // A seed corroboration: Park's cannon fodder and South Korea's UN envoy.
    const contradict = await request(app)
      .post('/api/contradictions')
      .send({ claim: 'clm-sk-un-envoy-troops-expendable', contradicts: PARK, note: NOTE })
      .expect(409);
    expect(contradict.body.error).toBe(
      'body.contradicts: the two claims are recorded as corroborating each other; take that back first',
    );
    await expectUnchanged(db, before);
  });

  it("refuses bad input with the field named, leaves the seed's notes to its file, and writes nothing", async () => {
    const before = await fingerprint(db);
    const refused = async (path: string, body: object, status: number, error: RegExp) => {
      const res = await request(app).post(`/api/corroborations${path}`).send(body).expect(status);
      expect(res.body.error).toMatch(error);
    };
    await refused('', { claim: PARK, corroborates: REPORTS }, 400, /^body\.note: is required$/);
    await refused(
      '',
      { claim: PARK, corroborates: REPORTS, note: ' ' },
      400,
      /^body\.note: must say how the two claims bear each other out$/,
    );
    await refused(
      '',
      { claim: PARK, corroborates: PARK, note: NOTE },
      400,
      /^body\.corroborates: a claim cannot corroborate itself$/,
    );
    await refused(
      '',
      { claim: PARK, corroborates: 'act-russia', note: NOTE },
      404,
      /^body\.corroborates: no claim with id "act-russia"$/,
    );
    await refused(
      '',
      { claim: PARK, contradicts: REPORTS, note: NOTE },
      400,
      /contradicts|corroborates/,
    );
    await refused(
      '/note',
      { claim: 'clm-sk-un-envoy-troops-expendable', corroborates: PARK, note: 'mine now' },
      409,
      /^body\.corroborates: this corroboration comes from the seed \(seed\/data\/corroborations\.json\)/,
    );
    await refused('/remove', { claim: PARK }, 400, /^body\.corroborates: is required$/);
    await expectUnchanged(db, before);
  });
});
