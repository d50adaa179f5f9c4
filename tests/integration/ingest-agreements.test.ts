/**
 * An article's figures that the graph already gives: the preview counts who
 * else gives each and the reports they go back to, as the claim's Agreements
 * will once it is committed, and names the report the article relays.
 */
import request from 'supertest';
import { loadDataset as readDataset } from '../../seed/dataset';
import { DATA_DIR, SOURCES_DIR } from '../../seed/paths';
import type { AgreementsResponse } from '../../server/domain/agreements';
import type { PreviewResult } from '../../server/ingest/preview';
import { defaultReview } from '../../server/ingest/review';
import { writingTestApp } from '../support/ingest-cleanup';

const { app } = writingTestApp();

/** Zelensky's 3,800 and 12,000 again, from Radio Free Asia's report, which the seed holds. */
const ARTICLE = {
  title: 'Kursk toll mounts',
  outlet: 'Agreements Test Desk',
  publishedDate: '2025-01-14',
  text: [
    'Ukrainian President Volodymyr Zelensky said on Monday that about 3,800 North Korean soldiers had been killed or wounded in the Kursk region.',
    'He said 12,000 North Korean troops had been sent to Russia.',
    'US Secretary of State Antony Blinken said 8,000 North Korean soldiers were deployed in Kursk.',
    '',
    'Original Source: www.rfa.org',
  ].join('\n'),
};

const RFA = 'src-rfa-original';

// Before the describe below commits the article: compared with the seed alone.
describe('POST /api/ingest/figures: the figures compared again for the speakers a review settled on', () => {
  let p: PreviewResult;
  beforeAll(async () => {
    p = (await request(app).post('/api/ingest/preview').send(ARTICLE).expect(200)).body;
  });

  type Speaker = { entityId?: string; name?: string } | null;
  /**
   * The article's claims with figures, each with its proposed speaker unless
   * `speakers` says another, and its stated date unless `dates` says another.
   */
  const compare = async (
    speakers: Record<string, Speaker> = {},
    dates: Record<string, string | null> = {},
  ) =>
    (
      await request(app)
        .post('/api/ingest/figures')
        .send({
          publishedDate: ARTICLE.publishedDate,
          claims: p.claims
            .filter((c) => c.figures.length)
            .map((c) => ({
              id: c.id,
              speaker:
                c.id in speakers
                  ? speakers[c.id]
                  : { entityId: c.speaker.entityId!, name: c.speaker.text },
              date: c.id in dates ? dates[c.id] : (c.statedDate?.date ?? null),
              figures: c.figures,
            })),
        })
        .expect(200)
    ).body as Pick<PreviewResult, 'figureClashes' | 'figureAgreements' | 'figureClashesInArticle'>;
  const claimWith = (value: number) =>
    p.claims.find((c) => c.figures.some((f) => f.value === value))!;

  it('answers as the preview did for the speakers it proposed', async () => {
    expect(p.claims.filter((c) => c.figures.length).every((c) => c.speaker.entityId)).toBe(true);
    const same = await compare();
    expect(same.figureClashes).toEqual(p.figureClashes);
    expect(same.figureAgreements).toEqual(p.figureAgreements);
    expect(same.figureClashesInArticle).toEqual(p.figureClashesInArticle);
  });

  it('no longer sets a claim against its new speaker’s own figures, in the graph or the article', async () => {
    const blinken = claimWith(8000);
    const zelensky = { entityId: 'act-volodymyr-zelensky', name: 'Volodymyr Zelensky' };
    const clashOf = (r: Pick<PreviewResult, 'figureClashes'>) =>
      r.figureClashes.find((k) => k.claim === blinken.id)!;
    const asBlinken = clashOf(p);
    const byZelensky = asBlinken.widest.filter((w) => w.side.startsWith('Volodymyr Zelensky:'));
    expect(byZelensky.length).toBeGreaterThan(0);
    const given = await compare({ [blinken.id]: zelensky });
    const asZelensky = clashOf(given);
    expect(asZelensky.widest.filter((w) => w.side.startsWith('Volodymyr Zelensky:'))).toEqual([]);
    expect(asZelensky.total).toBeLessThanOrEqual(asBlinken.total - byZelensky.length);
    // Zelensky's 12,000 and "his" 8,000 in the article: one speaker's, marked so.
    expect(given.figureClashesInArticle).toEqual([
      { ...p.figureClashesInArticle[0]!, sameSpeaker: true },
    ]);
  });

  it('counts the figures of the speaker it had as another speaker’s once the claim has a new name', async () => {
    const claim = claimWith(3800);
    const agreementOf = (r: Pick<PreviewResult, 'figureAgreements'>) =>
      r.figureAgreements.find((a) => a.claim === claim.id)!;
    expect(agreementOf(p)).toMatchObject({ total: 3, speakers: 2, repeats: 1 });
    const stranger = agreementOf(await compare({ [claim.id]: { name: 'A stranger' } }));
    expect(stranger).toMatchObject({ total: 3, speakers: 3, repeats: 0 });
    expect(stranger.closest.every((g) => !g.sameSpeaker)).toBe(true);
    // No speaker yet: nobody's own either.
    expect(agreementOf(await compare({ [claim.id]: null }))).toMatchObject({
      speakers: 3,
      repeats: 0,
    });
  });

  it('compares a claim dated on its own with the figures of its time', async () => {
    // "Zelensky said on Monday": 13 January, the day before the article.
    expect(claimWith(3800).statedDate).toMatchObject({ date: '2025-01-13', text: 'on Monday' });
    const blinken = claimWith(8000);
    const total = (r: Pick<PreviewResult, 'figureClashes'>) =>
      r.figureClashes.find((k) => k.claim === blinken.id)?.total ?? 0;
    expect(total(p)).toBeGreaterThan(0);
    // Said years before the graph's figures: nothing of its time to disagree with.
    expect(total(await compare({}, { [blinken.id]: '2020-01' }))).toBe(0);
    expect(total(await compare({}, { [blinken.id]: null }))).toBe(total(p));
  });

  it('refuses what it cannot compare, naming the field', async () => {
    const claim = claimWith(3800);
    const one = { id: claim.id, speaker: null, figures: claim.figures };
    const refused = async (body: object, field: RegExp) => {
      const res = await request(app).post('/api/ingest/figures').send(body).expect(400);
      expect(res.body.error).toMatch(field);
    };
    await refused({ claims: [{ ...one, figures: [] }] }, /body\.claims\.0\.figures/);
    await refused({ claims: [{ ...one, speaker: undefined }] }, /body\.claims\.0\.speaker/);
    await refused(
      { claims: [{ ...one, figures: [{ ...claim.figures[0]!, measure: 'morale' }] }] },
      /body\.claims\.0\.figures\.0\.measure/,
    );
    await refused({ claims: [one, one] }, /body\.claims: claim ids must be unique/);
    await refused({ claims: [{ ...one, date: '31 Oct' }] }, /body\.claims\.0\.date/);
    await refused({ claims: [], publishedDate: '14 Jan' }, /body\.publishedDate/);
  });
});

describe('figures of an article that the graph already gives', () => {
  let p: PreviewResult;
  beforeAll(async () => {
    p = (await request(app).post('/api/ingest/preview').send(ARTICLE).expect(200)).body;
  });

  const agreementOf = (value: number) => {
    const claim = p.claims.find((c) => c.figures.some((f) => f.value === value))!;
    const figure = claim.figures.findIndex((f) => f.value === value);
    return {
      claim,
      a: p.figureAgreements.find((x) => x.claim === claim.id && x.figure === figure),
    };
  };

  it('pairs the article’s own figures that disagree, once each: two speakers it sets side by side', () => {
    const { claim: zelensky } = agreementOf(12000);
    const blinken = p.claims.find((c) => c.figures.some((f) => f.value === 8000))!;
    expect(blinken.speaker.entityId).toBe('act-antony-blinken');
    expect(p.figureClashesInArticle).toEqual([
      {
        a: { claim: zelensky.id, figure: zelensky.figures.findIndex((f) => f.value === 12000) },
        b: { claim: blinken.id, figure: blinken.figures.findIndex((f) => f.value === 8000) },
        factor: 1.5,
        sameSpeaker: false,
      },
    ]);
  });

  it('sends the pairs it proposes for one speaker too, marked, for a review that parts them', async () => {
    const one: PreviewResult = (
      await request(app)
        .post('/api/ingest/preview')
        .send({
          ...ARTICLE,
          title: 'One speaker, two tolls',
          text: [
            'Ukrainian President Volodymyr Zelensky said 12,000 North Korean troops had been sent to Russia.',
            'He said 8,000 North Korean soldiers were deployed in Kursk.',
          ].join('\n'),
        })
        .expect(200)
    ).body;
    expect(one.claims.map((c) => c.speaker.entityId)).toEqual([
      'act-volodymyr-zelensky',
      'act-volodymyr-zelensky',
    ]);
    expect(one.figureClashesInArticle).toEqual([
      {
        a: { claim: one.claims[0]!.id, figure: 0 },
        b: { claim: one.claims[1]!.id, figure: 0 },
        factor: 1.5,
        sameSpeaker: true,
      },
    ]);
  });

  it('counts other speakers, the speaker’s repeats and the reports they go back to', () => {
    const { claim, a } = agreementOf(3800);
    expect(claim.speaker.entityId).toBe('act-volodymyr-zelensky');
    // GZERO's 1,000–4,000 and the unattributed "approximately 4,000" (RFA's
    // article) agree; Zelensky's own 3,800 in Fakti, from News.bg, repeats it.
    expect(a).toMatchObject({ total: 3, speakers: 2, repeats: 1, counted: 3, originsTotal: 3 });
    expect(a!.origins.map((o) => [o.id, o.claims]).sort()).toEqual([
      ['src-gzero-nk-troops-brutal-treatment', 1],
      ['src-news-bg-report', 1],
      [RFA, 1],
    ]);
    // Other speakers first; the speaker's own last, with the report it goes back to.
    expect(a!.closest.map((g) => g.sameSpeaker)).toEqual([false, false, true]);
    expect(a!.closest[2]).toMatchObject({
      claimId: 'clm-zelensky-3800-of-12000',
      match: 'same',
      factor: 1,
      relayedFrom: 'News.bg',
      origin: 'src-news-bg-report',
    });
    // Each with the words that report it, in its source.
    const ds = readDataset(DATA_DIR, SOURCES_DIR);
    for (const g of a!.closest) {
      const seeded = ds.claims.find((c) => c.id === g.claimId)!;
      expect(g.excerpt).toBe(seeded.excerpt);
      expect(ds.sources.find((s) => s.id === seeded.source)!.text).toContain(g.excerpt!);
    }
  });

  it('proposes the report of the source line, which some of the agreeing figures go back to', () => {
    const { claim, a } = agreementOf(12000);
    expect(p.relays.find((r) => r.claim === claim.id)?.proposed).toBe(RFA);
    expect(a!.origins.find((o) => o.id === RFA)?.claims).toBe(1);
    // Blinken's 8,000 agrees with none: it is a clash instead.
    expect(agreementOf(8000).a).toBeUndefined();
    expect(p.figureClashes.some((k) => k.claim === agreementOf(8000).claim.id)).toBe(true);
  });

  it('says what the committed claim’s Agreements then say', async () => {
    const committed = (
      await request(app).post('/api/ingest/commit').send(defaultReview(ARTICLE, p)).expect(201)
    ).body;
    const claims = (await request(app).get(`/api/claims?source=${committed.sourceId}`).expect(200))
      .body.claims as { id: string; text: string; relayedFrom: { id: string } | null }[];
    for (const value of [3800, 12000]) {
      const { claim, a } = agreementOf(value);
      const saved = claims.find((c) => c.text === claim.text)!;
      expect(saved.relayedFrom?.id).toBe(RFA);
      const res: AgreementsResponse = (
        await request(app).get(`/api/claims/${saved.id}/agreements`).expect(200)
      ).body;
      const f = res.figures.find((x) => x.figure.value === value)!;
      // The same claims agree, by the same speakers; of the reports, the
      // claim's own (RFA's) is not another account, and one of them goes back to it.
      expect({ total: f.total, speakers: f.speakers, repeats: f.repeats }).toEqual({
        total: a!.total,
        speakers: a!.speakers,
        repeats: a!.repeats,
      });
      expect(f.origins).toBe(a!.originsTotal - 1);
      expect(f.sameOrigin).toBe(a!.origins.find((o) => o.id === RFA)!.claims);
    }
  });

  it('names none for an article already in the graph', async () => {
    const again = (await request(app).post('/api/ingest/preview').send(ARTICLE).expect(200))
      .body as PreviewResult;
    expect(again.existingSource).not.toBeNull();
    expect(again.figureAgreements).toEqual([]);
    expect(again.figureClashesInArticle).toEqual([]);
  });
});
