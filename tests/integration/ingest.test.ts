import request from 'supertest';
import type { GraphDb } from '../../db/graph-db';
import { loadDataset as readDataset } from '../../seed/dataset';
import { DATA_DIR, SOURCES_DIR } from '../../seed/paths';
import { commitProposal, type CommitResult } from '../../server/ingest/commit';
import type { PreviewResult } from '../../server/ingest/preview';
import { defaultReview } from '../../server/ingest/review';
import type { ArticleBody, CommitBody } from '../../server/ingest/schema';
import { testApp } from '../support/app';
import { testDb } from '../support/db';
import { writingTestApp } from '../support/ingest-cleanup';
import { expectUnchanged, fingerprint } from '../support/fingerprint';

const { db, app } = writingTestApp();

const ARTICLE = {
  title: 'Budanov: Pyongyang is preparing more troops for Kursk',
  outlet: 'Kyiv Independent Test Desk',
  url: 'https://example.org/budanov-more-troops',
  publishedDate: '2025-02-03',
  text: [
    "Ukraine's military intelligence chief Kyrylo Budanov said on Monday that Pyongyang is preparing another 15,000 soldiers for the Kursk region.",
    '“They are learning fast, and they will come back better trained,” Budanov told reporters in Kyiv.',
    'President Volodymyr Zelenskiy said that about 4,000 North Korean soldiers had been killed or wounded since December.',
    'According to the Institute for the Study of War, North Korean units have not attacked since mid-January.',
  ].join('\n'),
};

async function preview(article: ArticleBody = ARTICLE): Promise<PreviewResult> {
  const res = await request(app).post('/api/ingest/preview').send(article).expect(200);
  return res.body as PreviewResult;
}

describe('POST /api/ingest/preview', () => {
  it('links known entities through spelling variants and metonyms, and proposes new ones', async () => {
    const p = await preview();
    const byText = (t: string) => p.mentions.find((m) => m.text === t);
    const zelenskiy = p.mentions.find((m) => m.text.endsWith('Zelenskiy'));
    expect(zelenskiy?.match).toMatchObject({
      entityId: 'act-volodymyr-zelensky',
      method: 'normalised-alias',
    });
    expect(byText('Pyongyang')?.match?.entityId).toBe('act-north-korea');
    expect(byText('Institute for the Study of War')?.match?.entityId).toBe('act-isw');
    const budanov = p.mentions.find((m) => /Budanov/.test(m.text) && m.match === null);
    expect(budanov).toBeDefined();
    expect(p.newEntities.map((e) => e.name)).toEqual(expect.arrayContaining(['Kyrylo Budanov']));
    for (const m of p.mentions) expect(ARTICLE.text.slice(m.start, m.end)).toBe(m.text);
    expect(p.existingSource).toBeNull();
  });

  it('proposes direct and indirect claims with speakers and figures', async () => {
    const p = await preview();
    const direct = p.claims.find((c) => c.kind === 'direct');
    expect(direct?.speaker.text).toMatch(/Budanov/);
    const zel = p.claims.find((c) => c.speaker.entityId === 'act-volodymyr-zelensky');
    expect(zel?.kind).toBe('indirect');
    expect(zel?.figures).toEqual(
      expect.arrayContaining([expect.objectContaining({ measure: 'nk_casualties', value: 4000 })]),
    );
    const isw = p.claims.find((c) => c.speaker.entityId === 'act-isw');
    expect(isw?.cue).toMatch(/according to/i);
  });

  it("gives a state's role noun no one the graph knows to serve another state", async () => {
    // The graph has Zelensky lead Ukraine: "Pyongyang's envoy" is not him.
    const p = await preview({
      title: 'Speaker probe: an envoy',
      text: "Zelensky said that 3,800 North Korean soldiers were killed or wounded. Pyongyang's envoy said that no troops had been sent. Ukraine's president added that more would come.",
    });
    expect(p.claims.map((c) => [c.speaker.entityId, c.speaker.text])).toEqual([
      ['act-volodymyr-zelensky', 'Zelensky'],
      [null, "Pyongyang's envoy"],
      ['act-volodymyr-zelensky', 'Zelensky'],
    ]);
  });

  it("says which of the graph's figures a proposed figure disagrees with, widest first", async () => {
    const p = await preview({
      title: 'NATO: 50,000 North Korean troops in Russia',
      publishedDate: '2024-11-05',
      text: 'A NATO spokesperson said that 50,000 North Korean troops had been deployed to Russia.',
    });
    const claim = p.claims.find((c) => c.figures.some((f) => f.value === 50000))!;
    // The unnamed spokesperson speaks for NATO, so the claim is proposed as NATO's.
    expect(claim.speaker).toMatchObject({ entityId: 'act-nato', resolvedFrom: 'description' });
    expect(defaultReview({ title: 'NATO', text: '' }, p).claims).toContainEqual(
      expect.objectContaining({ id: claim.id, decision: 'accept' }),
    );
    const figure = claim.figures.findIndex((f) => f.value === 50000);
    expect(claim.figures[figure]!.measure).toBe('nk_troops_deployed');
    const clash = p.figureClashes.find((k) => k.claim === claim.id && k.figure === figure)!;
    expect(clash).toBeDefined();
    // Of the seed's six troop figures, those whose dates may lie within 45 days of
    // 5 November 2024: Ukrainian intelligence's 3,000 (28 Oct), Blinken's 8,000
    // (31 Oct) and the officials' 10,000–12,000 (November). January 2025's and
    // 2025's start 57 days or more after it.
    expect(clash.total).toBe(3);
    expect(clash.widest.map((w) => w.outlet)).toContain('GZERO Media');
    expect(clash.widest.map((w) => w.relayedFrom)).toEqual([
      'Financial Times',
      'United States government',
      null,
    ]);
    // Ukrainian intelligence's 3,000 is the farthest from 50,000.
    expect(clash.widest[0]).toMatchObject({
      claimId: 'clm-ukr-intel-inexperienced-infantry',
      side: 'Ukrainian intelligence officials: 3,000 (2024-10-28)',
      factor: 50000 / 3000,
    });
    expect(clash.widest.map((w) => [w.claimId, w.factor])).toEqual([
      ['clm-ukr-intel-inexperienced-infantry', 50000 / 3000],
      ['clm-blinken-8000-in-kursk', 50000 / 8000],
      ['clm-officials-50000-force-incl-nk', 50000 / 12000],
    ]);
    // Each comes with what an analyst reads to judge between the two: the
    // excerpt that reports it and the source's title.
    const ds = readDataset(DATA_DIR, SOURCES_DIR);
    for (const w of clash.widest) {
      const seeded = ds.claims.find((c) => c.id === w.claimId)!;
      const source = ds.sources.find((s) => s.id === seeded.source)!;
      // The outlet as the figures view names it: the seed's sources have their publisher's.
      const publisher = ds.entities.find((e) => e.id === source.publisher);
      // The report its article relays it from, by its outlet: the FT, Blinken's government.
      const report = ds.sources.find((s) => s.id === seeded.relayedFrom);
      const reportOutlet = ds.entities.find((e) => e.id === report?.publisher)?.name;
      expect(w).toMatchObject({
        excerpt: seeded.excerpt,
        source: source.title,
        outlet: publisher?.name ?? null,
        relayedFrom: report ? (reportOutlet ?? report.title) : null,
      });
      expect(source.text ?? '').toContain(w.excerpt!);
    }
  });

  it('refuses empty, oversize and binary text, and bad dates, naming the field', async () => {
    const bad = async (body: object, field: RegExp) => {
      const res = await request(app).post('/api/ingest/preview').send(body).expect(400);
      expect(res.body.error).toMatch(field);
    };
    await bad({ ...ARTICLE, text: '   ' }, /body\.text: must not be empty/);
    await bad({ ...ARTICLE, text: 'x'.repeat(210 * 1024) }, /body\.text: must be at most 200 KB/);
    await bad({ ...ARTICLE, text: 'PK\u0003\u0004\u0000\u0000binary' }, /body\.text: looks binary/);
    await bad({ ...ARTICLE, publishedDate: '2025-13-01' }, /body\.publishedDate/);
    await bad({ ...ARTICLE, url: 'not a url' }, /body\.url/);
    // The provenance view links to it: a script address would run there.
    await bad(
      { ...ARTICLE, url: 'javascript:alert(1)' },
      /body\.url: must be an http or https URL/,
    );
    await bad({ ...ARTICLE, url: 'data:text/html,hi' }, /body\.url: must be an http or https URL/);
    await bad({ text: 'x' }, /body\.title/);
  });
});

describe('POST /api/ingest/commit', () => {
  let body: CommitBody;
  let sourceId: string;

  beforeAll(async () => {
    body = defaultReview(ARTICLE, await preview());
  });

  it('refuses proposals with unknown ids or spans outside the text, and writes nothing', async () => {
    const before = await fingerprint(db);
    const unknown = structuredClone(body);
    const accepted = unknown.mentions.findIndex((m) => m.decision === 'accept');
    unknown.mentions[accepted]!.entityId = 'act-nobody-at-all';
    const r1 = await request(app).post('/api/ingest/commit').send(unknown).expect(400);
    expect(r1.body.error).toContain(
      `mentions.${accepted}.entityId: no entity with id "act-nobody-at-all"`,
    );

    const outside = structuredClone(body);
    outside.claims[0]!.end = ARTICLE.text.length + 50;
    const r2 = await request(app).post('/api/ingest/commit').send(outside).expect(400);
    expect(r2.body.error).toMatch(/^body\.claims\.0\.end: span .* is outside/);

    const shifted = structuredClone(body);
    shifted.mentions[0]!.start += 1;
    const r3 = await request(app).post('/api/ingest/commit').send(shifted).expect(400);
    expect(r3.body.error).toMatch(/mentions\.0\.text/);

    // A claim is said before the article reports it.
    const later = structuredClone(body);
    later.claims[0]!.date = '2025-03-01';
    const r4 = await request(app).post('/api/ingest/commit').send(later).expect(400);
    expect(r4.body.error).toMatch(
      /^body\.claims\.0\.date: 2025-03-01 is after the article \(2025-02-03\)/,
    );
    await expectUnchanged(db, before);
  });

  it('leaves nothing behind when a write fails part-way', async () => {
    const before = await fingerprint(db);
    // A database whose claim write fails after the source and entities were written.
    const failing = Object.create(db) as GraphDb;
    failing.write = (work) =>
      db.write((tx) =>
        work(
          new Proxy(tx, {
            get(target, prop) {
              if (prop !== 'run') return Reflect.get(target, prop);
              return (cypher: string, params?: Record<string, unknown>) => {
                if (/MERGE \(c:Claim/.test(cypher)) throw new Error('disk full (simulated)');
                return target.run(cypher, params);
              };
            },
          }),
        ),
      );
    await expect(commitProposal(failing, body)).rejects.toThrow('disk full (simulated)');
    await expectUnchanged(db, before);
  });

  let rehearsed: CommitResult;
  it('with dryRun=true checks and answers as the commit would, and writes nothing', async () => {
    const before = await fingerprint(db);
    const res = await request(app).post('/api/ingest/commit?dryRun=true').send(body).expect(200);
    rehearsed = res.body;
    expect(rehearsed).toMatchObject({ dryRun: true, created: true });
    expect(rehearsed.claimsCreated.length).toBeGreaterThanOrEqual(3);
    expect(rehearsed.entitiesCreated.map((e) => e.name)).toContain('Kyrylo Budanov');
    // The checks that need the graph run too.
    const unknown = structuredClone(body);
    const accepted = unknown.mentions.findIndex((m) => m.decision === 'accept');
    unknown.mentions[accepted]!.entityId = 'act-nobody-at-all';
    const refused = await request(app)
      .post('/api/ingest/commit?dryRun=true')
      .send(unknown)
      .expect(400);
    expect(refused.body.error).toContain('no entity with id "act-nobody-at-all"');
    const bad = await request(app).post('/api/ingest/commit?dryRun=yes').send(body).expect(400);
    expect(bad.body.error).toBe('query.dryRun: must be true or false');
    await expectUnchanged(db, before);
    expect((await preview()).existingSource).toBeNull();
  });

  it('learns no alias that is a name of the entity short of its stop ("U.S" for "U.S.") or in other capitals ("SEOUL")', async () => {
    const article = {
      title: 'Alias probe: the U.S. on Kursk',
      publishedDate: '2025-02-03',
      text: 'SEOUL, Feb 3 (Reuters) - Zelenskiy said that the U.S., and South Korea counted 4,000 North Korean casualties.',
    };
    const p = await preview(article);
    const us = p.mentions.find((m) => m.match?.entityId === 'act-united-states')!;
    expect(us.text).toBe('U.S');
    const res = await request(app)
      .post('/api/ingest/commit?dryRun=true')
      .send(defaultReview(article, p))
      .expect(200);
    const learned = res.body.aliasesLearned as { id: string; alias: string }[];
    expect(learned.filter((a) => a.id === 'act-united-states')).toEqual([]);
    // The dateline's city is South Korea's "Seoul" in capitals: linked, nothing learned.
    const seoul = p.mentions.find((m) => m.text === 'SEOUL')!;
    expect(seoul.match?.entityId).toBe('act-south-korea');
    expect(learned.filter((a) => a.id === 'act-south-korea')).toEqual([]);
  });

  it('writes the source, new entities, learned aliases and claims in one go', async () => {
    const res = await request(app).post('/api/ingest/commit').send(body).expect(201);
    expect(res.body.created).toBe(true);
    // Exactly what the dry run said it would do.
    expect({ ...res.body, dryRun: true }).toEqual(rehearsed);
    expect(res.body.dryRun).toBe(false);
    sourceId = res.body.sourceId;
    expect(res.body.entitiesCreated.map((e: { name: string }) => e.name)).toContain(
      'Kyrylo Budanov',
    );
    expect(res.body.claimsCreated.length).toBeGreaterThanOrEqual(3);
    expect(res.body.aliasesLearned).toEqual(
      expect.arrayContaining([
        { id: 'act-volodymyr-zelensky', alias: expect.stringMatching(/Zelenskiy/) },
      ]),
    );

    const src = await request(app).get(`/api/sources/${sourceId}`).expect(200);
    expect(src.body.source).toMatchObject({
      title: ARTICLE.title,
      held: true,
      origin: 'ingest',
      publishedDate: '2025-02-03',
    });
    expect(src.body.claims.length).toBe(res.body.claimsCreated.length);
    for (const c of src.body.claims) expect(ARTICLE.text.slice(c.start, c.end)).toBe(c.excerpt);

    const zel = await request(app)
      .get('/api/claims')
      .query({ speaker: 'act-volodymyr-zelensky', source: sourceId })
      .expect(200);
    expect(zel.body.claims[0].figures).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 4000 })]),
    );
    // "Budanov said on Monday": dated as stated; Zelenskiy's says no day, so the article's.
    expect(body.claims[0]!.date).toBe('2025-02-03');
    expect(zel.body.claims[0]).toMatchObject({ date: '2025-02-03', dateBasis: 'publication' });
    const budanovSaid = (
      await request(app).get('/api/claims').query({ source: sourceId }).expect(200)
    ).body.claims.find((c: { text: string }) => c.text.startsWith("Ukraine's military"));
    expect(budanovSaid).toMatchObject({ date: '2025-02-03', dateBasis: 'stated' });

    const budanovId = res.body.entitiesCreated.find(
      (e: { name: string }) => e.name === 'Kyrylo Budanov',
    ).id;
    const nb = await request(app).get(`/api/nodes/${budanovId}/neighborhood`).expect(200);
    expect(
      nb.body.edges.some(
        (e: { attributes: { relType: string } }) => e.attributes.relType === 'SAID',
      ),
    ).toBe(true);
    const found = await request(app).get('/api/search').query({ q: 'Budanov' }).expect(200);
    expect(found.body.results[0].id).toBe(budanovId);
    // The next preview links him: the alias index was rebuilt after the commit.
    const budanovs = (await preview()).mentions.filter((m) => /Budanov/.test(m.text));
    expect(budanovs.length).toBeGreaterThan(0);
    for (const m of budanovs) expect(m.match?.entityId).toBe(budanovId);
  });

  it('is idempotent: the same article again creates nothing', async () => {
    const before = await fingerprint(db);
    const again = await request(app).post('/api/ingest/commit').send(body).expect(200);
    expect(again.body).toMatchObject({ created: false, sourceId });
    // Same text under another url is still recognised.
    const moved = { ...body, article: { ...body.article, url: 'https://example.org/elsewhere' } };
    expect(
      (await request(app).post('/api/ingest/commit').send(moved).expect(200)).body.created,
    ).toBe(false);
    await expectUnchanged(db, before);
    expect((await preview()).existingSource).toMatchObject({ id: sourceId });
  });

  it('remembers rejected links and does not propose them again', async () => {
    const text = 'Kim said the talks in Seoul were over. The Pyongyang Times later denied it.';
    const article = { title: 'Rejected link probe', text };
    const p = await preview(article);
    const kim = p.mentions.find((m) => m.text === 'Kim' && m.match);
    expect(kim).toBeDefined();
    const review = defaultReview(article, p);
    const i = review.mentions.findIndex((m) => m.id === kim!.id);
    review.mentions[i] = {
      ...review.mentions[i]!,
      decision: 'reject',
      rejectedEntityId: kim!.match!.entityId,
    };
    review.claims = review.claims.map((c) => ({ ...c, decision: 'reject' }));
    await request(app).post('/api/ingest/commit').send(review).expect(201);
    const again = await preview({ ...article, text: `${text} Kim said more.` });
    expect(
      again.mentions
        .filter((m) => m.text === 'Kim')
        .every((m) => m.match?.entityId !== kim!.match!.entityId),
    ).toBe(true);
  });

  it('links entities another process wrote since the last preview', async () => {
    const article = {
      title: 'Outside write probe',
      text: 'Ambassador Oksana Markarova said on Friday that the talks were over.',
    };
    const markarova = (p: PreviewResult) => p.mentions.find((m) => /Markarova/.test(m.text));
    expect(markarova(await preview(article))?.match).toBeNull();
    // Another driver: nothing tells this server's GraphDb of the write.
    const other = testDb();
    try {
      await other.writeRows(
        `CREATE (:Actor:Entity {id: 'act-markarova-probe', name: 'Oksana Markarova',
                 kind: 'person', aliases: ['Markarova'], origin: 'ingest'})`,
      );
    } finally {
      await other.close();
    }
    // Past the read cache's 50 ms window, in which a graph version is reused.
    await new Promise((r) => setTimeout(r, 120));
    expect(markarova(await preview(article))?.match?.entityId).toBe('act-markarova-probe');
  });

  it('requires the bearer token on write routes when API_TOKEN is set', async () => {
    const guarded = testApp(db, { API_TOKEN: 'a-long-enough-test-token' });
    await request(guarded).post('/api/ingest/preview').send(ARTICLE).expect(401);
    await request(guarded)
      .post('/api/ingest/preview')
      .set('authorization', 'Bearer a-long-enough-test-token')
      .send(ARTICLE)
      .expect(200);
    await request(guarded).get('/api/search').query({ q: 'Kursk' }).expect(200);
  });
});

describe("an article's hearsay", () => {
  const HEARSAY = {
    title: 'Hearsay probe: losses near Kursk',
    publishedDate: '2025-01-20',
    text: [
      'Approximately 4,000 of the estimated 12,000 troops have reportedly been killed or injured.',
      'It is believed that missile and artillery units may follow.',
      'North Korean soldiers are reportedly fighting alongside Russian troops in the Kursk region.',
      'President Volodymyr Zelensky said that 3,800 North Korean soldiers have been killed or wounded.',
    ].join('\n'),
  };

  it('is said by one actor named after the article, which goes when the article does', async () => {
    const p = await preview(HEARSAY);
    const hearsay = p.claims.filter((c) => c.speaker.unattributed);
    expect(hearsay.map((c) => c.cue)).toEqual(['reportedly', 'It is believed', 'reportedly']);
    // Named as the review names it in the drafts of the notes it proposes.
    expect(
      p.contradictions.find(
        (k) => k.claim === hearsay[2]!.id && k.contradicts.id === 'clm-moscow-denies-nk-soldiers',
      )?.note,
    ).toMatch(/^Russia denies what Unattributed reports \(this article\) states about /);
    const body = defaultReview(HEARSAY, p);
    const res = await request(app).post('/api/ingest/commit').send(body).expect(201);
    const actor = (res.body.entitiesCreated as { id: string; name: string }[]).find((e) =>
      e.name.startsWith('Unattributed'),
    )!;
    expect(actor.name).toBe('Unattributed reports (Hearsay probe: losses near Kursk)');
    const claims = (
      await request(app).get('/api/claims').query({ source: res.body.sourceId }).expect(200)
    ).body.claims as { text: string; speaker: { id: string; kind: string } }[];
    const bySpeaker = (id: string) => claims.filter((c) => c.speaker.id === id).map((c) => c.text);
    expect(bySpeaker(actor.id)).toEqual([
      expect.stringContaining('4,000'),
      expect.stringContaining('artillery units'),
      expect.stringContaining('alongside Russian troops'),
    ]);
    expect(claims.find((c) => c.speaker.id === actor.id)!.speaker.kind).toBe('unattributed');
    expect(bySpeaker('act-volodymyr-zelensky')).toHaveLength(1);

    await request(app).post('/api/sources/remove').send({ source: res.body.sourceId }).expect(200);
    await request(app).get(`/api/nodes/${actor.id}`).expect(404);
  });

  it('refuses a claim both unattributed and said by someone, or unattributed: false, and writes nothing', async () => {
    const body = defaultReview(HEARSAY, await preview(HEARSAY));
    const i = body.claims.findIndex((c) => c.speaker.unattributed);
    const before = await fingerprint(db);
    body.claims[i]!.speaker.entityId = 'act-volodymyr-zelensky';
    const both = await request(app).post('/api/ingest/commit').send(body).expect(400);
    expect(both.body.error).toBe(
      `body.claims.${i}.speaker.unattributed: an unattributed claim names no mention, entity or unnamed speaker as its speaker`,
    );
    body.claims[i]!.speaker = { unattributed: false as unknown as true };
    const wrong = await request(app).post('/api/ingest/commit').send(body).expect(400);
    expect(wrong.body.error).toMatch(
      new RegExp(`^body\\.claims\\.${i}\\.speaker\\.unattributed: `),
    );
    await expectUnchanged(db, before);
  });
});

describe('speakers an article describes without naming', () => {
  const UNNAMED = {
    title: 'Unnamed probe: officials near Kursk',
    publishedDate: '2024-11-04',
    text: [
      'Some of the North Koreans are within 20 miles of Ukrainian positions, a senior U.S. defense official said.',
      'A senior U.S. defense official said that it was only a matter of time before they came under fire.',
      'Russian state television reported that Russian paratroopers had liberated two villages.',
    ].join('\n'),
  };

  /** The default review, with the claims of no known speaker said by the words that describe them. */
  const reviewed = async () => {
    const p = await preview(UNNAMED);
    const body = defaultReview(UNNAMED, p);
    body.claims.forEach((c) => {
      const sp = p.claims.find((x) => x.id === c.id)!.speaker;
      if (sp.entityId || sp.mentionId) return;
      c.decision = 'accept';
      c.speaker = { unnamed: true, text: sp.surface?.text ?? sp.text };
    });
    return body;
  };

  it('are one actor per description, of the article, which go when it does', async () => {
    const body = await reviewed();
    expect(body.claims.filter((c) => c.speaker.unnamed).map((c) => c.speaker.text)).toEqual([
      'a senior U.S. defense official',
      'A senior U.S. defense official',
      'Russian state television',
    ]);
    const res = await request(app).post('/api/ingest/commit').send(body).expect(201);
    const created = res.body.entitiesCreated as { id: string; name: string }[];
    const official = created.find((e) => e.name.startsWith('Senior U.S. defense official'))!;
    const television = created.find((e) => e.name.startsWith('Russian state television'))!;
    expect(official.name).toBe(
      'Senior U.S. defense official (unnamed, Unnamed probe: officials near Kursk)',
    );
    const claims = (
      await request(app).get('/api/claims').query({ source: res.body.sourceId }).expect(200)
    ).body.claims as { speaker: { id: string; kind: string } }[];
    expect(claims.filter((c) => c.speaker.id === official.id)).toHaveLength(2);
    expect(claims.find((c) => c.speaker.id === official.id)!.speaker.kind).toBe('person');
    expect(claims.find((c) => c.speaker.id === television.id)!.speaker.kind).toBe('organisation');

    await request(app).post('/api/sources/remove').send({ source: res.body.sourceId }).expect(200);
    await request(app).get(`/api/nodes/${official.id}`).expect(404);
    await request(app).get(`/api/nodes/${television.id}`).expect(404);
  });

  it('are what the analyst says they are, one kind per description', async () => {
    const body = await reviewed();
    const officials = body.claims.flatMap((c, i) =>
      /defense official/i.test(c.speaker.text ?? '') ? [i] : [],
    );
    expect(officials).toHaveLength(2);
    const before = await fingerprint(db);
    // Two claims of one actor cannot make it two kinds.
    body.claims[officials[0]!]!.speaker.kind = 'group';
    body.claims[officials[1]!]!.speaker.kind = 'person';
    const split = await request(app).post('/api/ingest/commit').send(body).expect(400);
    expect(split.body.error).toBe(
      `body.claims.${officials[1]}.speaker.kind: “A senior U.S. defense official” is one actor, a group in claims.${officials[0]}: give both one kind`,
    );
    // A kind is for an unnamed speaker only, and one of three.
    const named = structuredClone(body);
    const n = officials[0]!;
    named.claims[n]!.speaker = { entityId: 'act-united-states', kind: 'group' };
    const refused = await request(app).post('/api/ingest/commit').send(named).expect(400);
    expect(refused.body.error).toContain(
      `body.claims.${n}.speaker.kind: a kind is given to an unnamed speaker only`,
    );
    const odd = structuredClone(body);
    (odd.claims[officials[0]!]!.speaker as { kind: string }).kind = 'robot';
    const wrong = await request(app).post('/api/ingest/commit').send(odd).expect(400);
    expect(wrong.body.error).toMatch(
      new RegExp(`^body\\.claims\\.${officials[0]}\\.speaker\\.kind: `),
    );
    await expectUnchanged(db, before);
    // Given on one claim only, it is the actor's.
    delete body.claims[officials[1]!]!.speaker.kind;
    const res = await request(app).post('/api/ingest/commit').send(body).expect(201);
    const claims = (
      await request(app).get('/api/claims').query({ source: res.body.sourceId }).expect(200)
    ).body.claims as { speaker: { name: string; kind: string } }[];
    const kinds = claims
      .filter((c) => c.speaker.name.startsWith('Senior U.S. defense official'))
      .map((c) => c.speaker.kind);
    expect(kinds).toEqual(['group', 'group']);
    await request(app).post('/api/sources/remove').send({ source: res.body.sourceId }).expect(200);
  });

  it('are named as the analyst says, one name per description', async () => {
    const body = await reviewed();
    const officials = body.claims.flatMap((c, i) =>
      /defense official/i.test(c.speaker.text ?? '') ? [i] : [],
    );
    const before = await fingerprint(db);
    // Two names for one actor, or a name for a speaker that is no unnamed one: refused.
    body.claims[officials[0]!]!.speaker.name = 'US defense official';
    body.claims[officials[1]!]!.speaker.name = 'Pentagon official';
    const split = await request(app).post('/api/ingest/commit').send(body).expect(400);
    expect(split.body.error).toBe(
      `body.claims.${officials[1]}.speaker.name: “A senior U.S. defense official” is one actor, named “US defense official” in claims.${officials[0]}: give both one name`,
    );
    const named = structuredClone(body);
    named.claims[officials[0]!]!.speaker = { entityId: 'act-united-states', name: 'US' };
    const refused = await request(app).post('/api/ingest/commit').send(named).expect(400);
    expect(refused.body.error).toContain(
      `body.claims.${officials[0]}.speaker.name: a name is given to an unnamed speaker only`,
    );
    const long = structuredClone(body);
    long.claims[officials[0]!]!.speaker.name = 'x'.repeat(201);
    const tooLong = await request(app).post('/api/ingest/commit').send(long).expect(400);
    expect(tooLong.body.error).toMatch(
      new RegExp(`^body\\.claims\\.${officials[0]}\\.speaker\\.name: `),
    );
    await expectUnchanged(db, before);
    // Given on one claim, it names the actor of both.
    delete body.claims[officials[1]!]!.speaker.name;
    const res = await request(app).post('/api/ingest/commit').send(body).expect(201);
    const created = res.body.entitiesCreated as { id: string; name: string }[];
    expect(created.map((e) => e.name)).toContain(
      'US defense official (unnamed, Unnamed probe: officials near Kursk)',
    );
    const claims = (
      await request(app).get('/api/claims').query({ source: res.body.sourceId }).expect(200)
    ).body.claims as { speaker: { name: string } }[];
    expect(claims.filter((c) => c.speaker.name.startsWith('US defense official'))).toHaveLength(2);
    await request(app).post('/api/sources/remove').send({ source: res.body.sourceId }).expect(200);
  });

  it('refuses an unnamed speaker that is also a mention or an entity, or has no words, and writes nothing', async () => {
    const body = await reviewed();
    const i = body.claims.findIndex((c) => c.speaker.unnamed);
    const before = await fingerprint(db);
    body.claims[i]!.speaker.entityId = 'act-united-states';
    const both = await request(app).post('/api/ingest/commit').send(body).expect(400);
    expect(both.body.error).toBe(
      `body.claims.${i}.speaker.unnamed: an unnamed speaker is no mention or entity: its words describe it`,
    );
    body.claims[i]!.speaker = { unnamed: true, text: '  ' };
    const blank = await request(app).post('/api/ingest/commit').send(body).expect(400);
    expect(blank.body.error).toMatch(new RegExp(`^body\\.claims\\.${i}\\.speaker\\.text: `));
    // The words are the article's: no name written that it does not hold.
    body.claims[i]!.speaker = { unnamed: true, text: 'a well-placed source' };
    const foreign = await request(app).post('/api/ingest/commit').send(body).expect(400);
    expect(foreign.body.error).toBe(
      `body.claims.${i}.speaker.text: an unnamed speaker is described by the article's own words, and these are not in it`,
    );
    await expectUnchanged(db, before);
  });
});

describe('the reports a new article relays', () => {
  const RELAYING = {
    title: 'Relay probe: what Park and ISW said',
    outlet: 'Relay Probe Desk',
    publishedDate: '2025-02-10',
    text: [
      '“Most of them are not elite forces,” Park told Newsweek on Friday.',
      'The Institute for the Study of War said North Korean units have not attacked since mid-January.',
      'According to the Financial Times, the units lacked drones.',
      'President Volodymyr Zelensky said 300 soldiers were captured.',
    ].join('\n'),
  };
  const claimOf = (p: PreviewResult, words: string) =>
    p.claims.find((c) => c.text.includes(words))!;

  it("proposes the report an outlet named in the sentence published, and offers the speaker's when none stands out", async () => {
    const p = await preview(RELAYING);
    const park = claimOf(p, 'Park told Newsweek');
    const isw = claimOf(p, 'Institute for the Study of War');
    const ft = claimOf(p, 'Financial Times');
    const relayOf = (id: string) => p.relays.find((r) => r.claim === id);
    expect(relayOf(park.id)).toMatchObject({
      proposed: 'src-newsweek-yeo-park',
      candidates: [{ id: 'src-newsweek-yeo-park', outlet: 'Newsweek', via: 'named' }],
    });
    // Two ISW reports, neither sharing a word with the claim: the one of
    // January, the month before the article, stands out; the undated one is offered.
    expect(relayOf(isw.id)?.proposed).toBe('src-isw-assessment-jan-2025');
    expect(relayOf(isw.id)?.candidates.map((c) => c.id)).toEqual([
      'src-isw-assessment-jan-2025',
      'src-isw-92-casualties',
    ]);
    // Two FT reports sharing as many words, of 2024 and undated: the analyst picks.
    expect(relayOf(ft.id)?.proposed).toBeNull();
    expect(
      relayOf(ft.id)
        ?.candidates.map((c) => c.id)
        .sort(),
    ).toEqual(['src-ft-kremlin-narrative', 'src-ft-ukrainian-intelligence']);
    expect(relayOf(claimOf(p, 'Zelensky said').id)).toBeUndefined();
    // The default review takes only the ones that stand out.
    const review = defaultReview(RELAYING, p);
    expect(review.claims.find((c) => c.id === park.id)?.relayedFrom).toBe('src-newsweek-yeo-park');
    expect(review.claims.find((c) => c.id === isw.id)?.relayedFrom).toBe(
      'src-isw-assessment-jan-2025',
    );
    expect(review.claims.find((c) => c.id === ft.id)?.relayedFrom).toBeUndefined();
  });

  it('proposes the report published the day a claim was said by what its speaker belongs to', async () => {
    const p = await preview({
      title: 'Relay probe: Blinken on 8,000 troops',
      publishedDate: '2024-11-05',
      text: 'US Secretary of State Antony Blinken announced during a briefing on October 31 that 8,000 North Korean troops were in the Kursk region.',
    });
    const [claim] = p.claims;
    expect(claim).toMatchObject({
      speaker: { entityId: 'act-antony-blinken' },
      statedDate: { date: '2024-10-31', text: 'on October 31' },
    });
    // Blinken is a member of the US government, which published its briefing that day.
    expect(p.relays.find((r) => r.claim === claim!.id)).toMatchObject({
      proposed: 'src-blinken-briefing-2024-10-31',
      candidates: [{ id: 'src-blinken-briefing-2024-10-31', via: 'dated' }],
    });
    const review = defaultReview({ title: 'B', text: '' }, p);
    expect(review.claims[0]).toMatchObject({
      relayedFrom: 'src-blinken-briefing-2024-10-31',
      date: '2024-10-31',
    });
  });

  it("relays every claim that names no report from the report of the outlet the article's source line names", async () => {
    const rewritten = {
      title: 'Relay probe: Zelenskyy warns of more North Korean troops',
      publishedDate: '2025-02-10',
      text: [
        'President Volodymyr Zelensky said that North Korea could send 20,000 more troops.',
        '“Most of them are not elite forces,” Park told Newsweek on Friday.',
        '',
        'Original Source: www.rfa.org',
      ].join('\n'),
    };
    const p = await preview(rewritten);
    const relayOf = (words: string) => p.relays.find((r) => r.claim === claimOf(p, words).id);
    // www.rfa.org is an alias of Radio Free Asia, whose one report is in the graph.
    expect(relayOf('Zelensky said')).toMatchObject({
      proposed: 'src-rfa-original',
      candidates: [{ id: 'src-rfa-original', via: 'wire' }],
    });
    // Park names his own: Newsweek's is chosen, RFA's offered.
    expect(relayOf('Park told Newsweek')).toMatchObject({
      proposed: 'src-newsweek-yeo-park',
      candidates: [
        { id: 'src-newsweek-yeo-park', via: 'named' },
        { id: 'src-rfa-original', via: 'wire' },
      ],
    });
  });

  it('relays every claim that names no report from the report of the outlet the lead credits, as a rewrite of its story', async () => {
    const rewrite = {
      title: 'Relay probe: a second North Korean captive',
      publishedDate: '2025-01-13',
      text: [
        'Captives From the Front Line',
        '',
        'On January 11, Ukrainian forces captured a second North Korean soldier in the Kursk region, the SBU said, News.bg reports.',
        '',
        'President Volodymyr Zelensky said that 3,800 North Korean soldiers have been killed or wounded.',
        '“Most of them are not elite forces,” Park told Newsweek.',
      ].join('\n'),
    };
    const p = await preview(rewrite);
    const relayOf = (words: string) => p.relays.find((r) => r.claim === claimOf(p, words).id);
    // News.bg, an actor of the graph, published one report before this article.
    expect(relayOf('Zelensky said')).toMatchObject({
      proposed: 'src-news-bg-report',
      candidates: [{ id: 'src-news-bg-report', outlet: 'News.bg', via: 'credit' }],
    });
    expect(relayOf('Park told Newsweek')).toMatchObject({
      proposed: 'src-newsweek-yeo-park',
      candidates: [
        { id: 'src-newsweek-yeo-park', via: 'named' },
        { id: 'src-news-bg-report', via: 'credit' },
      ],
    });
    // "…, the SBU said" ends the same line: the credit is News.bg's, not the SBU's.
    const lead = relayOf('SBU said');
    expect(lead?.candidates.map((c) => c.id)).toContain('src-news-bg-report');
  });

  it('refuses a report that is not in the graph, naming the claim, and writes nothing', async () => {
    const p = await preview(RELAYING);
    const body = defaultReview(RELAYING, p);
    const i = body.claims.findIndex((c) => c.text.includes('Institute for the Study of War'));
    body.claims[i]!.relayedFrom = 'src-no-such-report';
    const before = await fingerprint(db);
    const res = await request(app).post('/api/ingest/commit').send(body).expect(400);
    expect(res.body.error).toBe(
      `body.claims.${i}.relayedFrom: no source with id "src-no-such-report"`,
    );
    body.claims[i]!.relayedFrom = 42 as unknown as string;
    const wrongType = await request(app).post('/api/ingest/commit').send(body).expect(400);
    expect(wrongType.body.error).toMatch(new RegExp(`^body\\.claims\\.${i}\\.relayedFrom: `));
    await expectUnchanged(db, before);
  });

  it('links each claim to its report, and the article cites them; removing the article takes both away', async () => {
    const relayedBefore = async (id: string) =>
      (await request(app).get(`/api/sources/${id}`).expect(200)).body.relayed.total as number;
    const [nwBefore, iswBefore] = [
      await relayedBefore('src-newsweek-yeo-park'),
      await relayedBefore('src-isw-92-casualties'),
    ];
    const body = defaultReview(RELAYING, await preview(RELAYING));
    const isw = body.claims.find((c) => c.text.includes('Institute for the Study of War'))!;
    isw.relayedFrom = 'src-isw-92-casualties';
    const res = await request(app).post('/api/ingest/commit').send(body).expect(201);
    expect([...res.body.reportsCited].sort()).toEqual([
      'src-isw-92-casualties',
      'src-newsweek-yeo-park',
    ]);
    const sourceId: string = res.body.sourceId;

    const claims = (await request(app).get('/api/claims').query({ source: sourceId }).expect(200))
      .body.claims as { text: string; relayedFrom: { id: string; outlet: string | null } | null }[];
    const relayOf = (words: string) => claims.find((c) => c.text.includes(words))?.relayedFrom;
    expect(relayOf('Park told Newsweek')).toMatchObject({
      id: 'src-newsweek-yeo-park',
      outlet: 'Newsweek',
    });
    expect(relayOf('Institute for the Study of War')).toMatchObject({
      id: 'src-isw-92-casualties',
    });
    // A claim that names no report, or whose reports tie, stays the article's own account.
    expect(claims.filter((c) => c.relayedFrom === null).map((c) => c.text)).toEqual([
      expect.stringContaining('Financial Times'),
      expect.stringContaining('300 soldiers'),
    ]);
    expect(await relayedBefore('src-newsweek-yeo-park')).toBe(nwBefore + 1);
    expect(await relayedBefore('src-isw-92-casualties')).toBe(iswBefore + 1);
    const cites = (await request(app).get(`/api/sources/${sourceId}`).expect(200)).body.cites as {
      id: string;
    }[];
    expect(cites.map((c) => c.id).sort()).toEqual([
      'src-isw-92-casualties',
      'src-newsweek-yeo-park',
    ]);

    await request(app).post('/api/sources/remove').send({ source: sourceId }).expect(200);
    expect(await relayedBefore('src-newsweek-yeo-park')).toBe(nwBefore);
    expect(await relayedBefore('src-isw-92-casualties')).toBe(iswBefore);
  });
});

describe('merging entities', () => {
  it('moves every relationship and alias, records the decision, and undoes exactly', async () => {
    const before = await fingerprint(db, { ignoreLabels: ['MergeDecision'] });
    const keep = 'act-isw';
    const merge = 'act-washington-think-tank';
    const mergedNode = await request(app).get(`/api/nodes/${merge}`).expect(200);
    const res = await request(app).post('/api/entities/merge').send({ keep, merge }).expect(200);
    expect(res.body.moved).toBe(mergedNode.body.degree.total);
    expect(res.body.aliases).toEqual(expect.arrayContaining([mergedNode.body.name]));
    await request(app).get(`/api/nodes/${merge}`).expect(404);
    const claims = await request(app).get('/api/claims').query({ speaker: keep }).expect(200);
    expect(
      claims.body.claims.some(
        (c: { id: string }) => c.id === 'clm-think-tank-nk-depleted-three-months',
      ),
    ).toBe(true);

    const list = await request(app).get('/api/entities/merges').expect(200);
    expect(list.body.decisions[0]).toMatchObject({
      id: res.body.decision,
      keep,
      merged: merge,
      undone: false,
    });

    await request(app).post(`/api/entities/merges/${res.body.decision}/undo`).expect(200);
    await expectUnchanged(db, before, { ignoreLabels: ['MergeDecision'] });
    const twice = await request(app)
      .post(`/api/entities/merges/${res.body.decision}/undo`)
      .expect(409);
    expect(twice.body.error).toMatch(/already undone/);
  });

  it('lets one of two simultaneous undos through and refuses the other with a 409', async () => {
    const before = await fingerprint(db, { ignoreLabels: ['MergeDecision'] });
    const res = await request(app)
      .post('/api/entities/merge')
      .send({ keep: 'act-isw', merge: 'act-washington-think-tank' })
      .expect(200);
    const undo = () => request(app).post(`/api/entities/merges/${res.body.decision}/undo`);
    const both = await Promise.all([undo(), undo()]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)!.body.error).toMatch(/already undone|same time/);
    await expectUnchanged(db, before, { ignoreLabels: ['MergeDecision'] });
  });

  it('refuses unknown entities and self-merges', async () => {
    const r = await request(app)
      .post('/api/entities/merge')
      .send({ keep: 'act-isw', merge: 'act-nope' })
      .expect(404);
    expect(r.body.error).toMatch(/body\.merge/);
    await request(app)
      .post('/api/entities/merge')
      .send({ keep: 'act-isw', merge: 'act-isw' })
      .expect(400);
    await request(app).post('/api/entities/merges/merge-000000000000/undo').expect(404);
  });
});
