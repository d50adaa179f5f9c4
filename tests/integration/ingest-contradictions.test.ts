/**
 * Linking a new source proposes the graph's claims that its claims may
 * contradict, and records the ones the analyst confirms in the commit's own
 * transaction, or nothing at all.
 */
import request from 'supertest';
import { loadDataset as readDataset } from '../../seed/dataset';
import { loadDataset } from '../../seed/load';
import { DATA_DIR, SOURCES_DIR } from '../../seed/paths';
import { NO_DENIAL_INDEX_NOTICE, type PreviewResult } from '../../server/ingest/preview';
import { defaultReview } from '../../server/ingest/review';
import { applySchema } from '../../seed/load';
import type { CommitInput } from '../../server/ingest/schema';
import { expectUnchanged, fingerprint } from '../support/fingerprint';
import { writingTestApp } from '../support/ingest-cleanup';

const { db, app } = writingTestApp();

const ARTICLE = {
  title: 'Kremlin again denies North Korean troops in Kursk',
  outlet: 'Contradictions Test Desk',
  url: 'https://example.org/kremlin-denies-again',
  publishedDate: '2025-01-20',
  text: [
    'The Kremlin denied on Tuesday that North Korean soldiers were fighting alongside Russian troops in the Kursk region.',
    'President Volodymyr Zelensky said that Ukrainian forces had captured two more North Korean soldiers in Kursk.',
    'The Institute for the Study of War said that Russian forces continued attacks near Pokrovsk.',
  ].join('\n'),
};

async function preview(): Promise<PreviewResult> {
  const res = await request(app).post('/api/ingest/preview').send(ARTICLE).expect(200);
  return res.body as PreviewResult;
}

describe('ingest: contradictions with the graph', () => {
  let p: PreviewResult;
  beforeAll(async () => {
    p = await preview();
  });

  it('marks denials with a property and a label the loader sets from the cue', async () => {
    const rows = await db.readRows(
      'MATCH (c:Claim {denies: true}) RETURN c.id AS id, c.cue AS cue ORDER BY id',
    );
    const labelled = await db.readRows('MATCH (c:Denial) RETURN c.id AS id ORDER BY id');
    expect(labelled).toEqual(rows.map(({ id }) => ({ id })));
    expect(rows).toEqual([
      { id: 'clm-moscow-denies-nk-soldiers', cue: 'deny' },
      { id: 'clm-pyongyang-denies-nk-soldiers', cue: 'deny' },
      { id: 'clm-tatarstan-authorities-deny-fire', cue: 'denied' },
    ]);
  });

  it('a claim loaded again with a cue that no longer denies stops being a denial', async () => {
    const TATARSTAN = 'clm-tatarstan-authorities-deny-fire';
    const denial = async () =>
      (
        await db.readRows(
          'MATCH (c:Claim {id: $id}) RETURN c.denies AS denies, c:Denial AS labelled',
          { id: TATARSTAN },
        )
      )[0];
    const ds = readDataset(DATA_DIR, SOURCES_DIR);
    const edited = {
      ...ds,
      claims: ds.claims.map((c) => (c.id === TATARSTAN ? { ...c, cue: 'said' } : c)),
    };
    await loadDataset(db, edited);
    expect(await denial()).toEqual({ denies: null, labelled: false });
    await loadDataset(db, ds);
    expect(await denial()).toEqual({ denies: true, labelled: true });
  });

  it("proposes, for a denial, other speakers' claims on the same subject, best first", async () => {
    const denial = p.claims.find((c) => /denied/.test(c.cue));
    expect(denial).toBeDefined();
    const mine = p.contradictions.filter((k) => k.claim === denial!.id && !k.inArticle);
    // Zelenskyy's "first seen fighting in Kursk" shares the most words with it.
    expect(mine[0]?.contradicts.id).toBe('clm-zelenskyy-nk-fighting-since-early-december');
    expect(p.notices).toEqual([]);
    expect(mine.length).toBeLessThanOrEqual(3);
    for (const k of mine) {
      expect(k.denial).toBe('claim');
      expect(k.contradicts.speaker?.id).not.toBe('act-russia');
      expect(k.sharedSubjects.map((e) => e.id)).toContain('unit-nk-contingent');
      expect(k.note).toMatch(/denies what/);
    }
  });

  it('proposes, for a denial, the assertions of other speakers in the same article', () => {
    const denial = p.claims.find((c) => /denied/.test(c.cue))!;
    const capture = p.claims.find((c) => /captured two more/.test(c.text))!;
    const within = p.contradictions.filter((k) => k.inArticle);
    expect(within).toEqual([
      expect.objectContaining({
        claim: denial.id,
        denial: 'claim',
        contradicts: expect.objectContaining({ id: capture.id, source: null }),
      }),
    ]);
    expect(within[0]!.note).toMatch(/^Kremlin denies what President Volodymyr Zelensky states/);
  });

  it("proposes, for an assertion, other speakers' denials of it; nothing for unrelated claims", () => {
    const capture = p.claims.find((c) => /captured two more/.test(c.text));
    expect(capture).toBeDefined();
    const mine = p.contradictions.filter((k) => k.claim === capture!.id);
    expect(mine.every((k) => !k.inArticle)).toBe(true);
    expect(mine.map((k) => k.contradicts.id)).toEqual(
      expect.arrayContaining(['clm-moscow-denies-nk-soldiers']),
    );
    for (const k of mine) expect(k.denial).toBe('contradicts');
    const pokrovsk = p.claims.find((c) => /Pokrovsk/.test(c.text));
    expect(p.contradictions.filter((k) => k.claim === pokrovsk?.id)).toEqual([]);
  });

  it('refuses contradictions naming a claim the review did not accept, or no claim, and writes nothing', async () => {
    const before = await fingerprint(db);
    const base = defaultReview(ARTICLE, p);
    const capture = p.claims.find((c) => /captured two more/.test(c.text))!;
    const send = (contradictions: CommitInput['contradictions']) =>
      request(app)
        .post('/api/ingest/commit')
        .send({ ...base, contradictions })
        .expect(400);

    const unknownClaim = await send([
      { claim: 'c999', contradicts: 'clm-moscow-denies-nk-soldiers', note: 'x' },
    ]);
    expect(unknownClaim.body.error).toMatch(
      /^body\.contradictions\.0\.claim: "c999" is not an accepted claim/,
    );
    const unknownGraphClaim = await send([
      { claim: capture.id, contradicts: 'clm-nothing-like-it', note: 'x' },
    ]);
    expect(unknownGraphClaim.body.error).toMatch(
      /^body\.contradictions\.0\.contradicts: no claim with id "clm-nothing-like-it"/,
    );
    const blank = await send([
      { claim: capture.id, contradicts: 'clm-moscow-denies-nk-soldiers', note: '  ' },
    ]);
    expect(blank.body.error).toMatch(/^body\.contradictions\.0\.note: must say why/);
    const twice = { claim: capture.id, contradicts: 'clm-moscow-denies-nk-soldiers', note: 'x' };
    const dup = await send([twice, twice]);
    expect(dup.body.error).toMatch(/^body\.contradictions\.1\.contradicts: this pair is already/);
    const pokrovsk = p.claims.find((c) => /Pokrovsk/.test(c.text))!;
    const notInArticle = await send([
      {
        claim: capture.id,
        contradicts: 'clm-moscow-denies-nk-soldiers',
        inArticle: true,
        note: 'x',
      },
    ]);
    expect(notInArticle.body.error).toMatch(
      /^body\.contradictions\.0\.contradicts: "clm-moscow-denies-nk-soldiers" is not an accepted claim/,
    );
    // A pair within the article, listed both ways round, is one pair.
    const both = await send([
      { claim: capture.id, contradicts: pokrovsk.id, inArticle: true, note: 'x' },
      { claim: pokrovsk.id, contradicts: capture.id, inArticle: true, note: 'y' },
    ]);
    expect(both.body.error).toMatch(/^body\.contradictions\.1\.contradicts: this pair is already/);
    const self = await send([
      { claim: pokrovsk.id, contradicts: pokrovsk.id, inArticle: true, note: 'x' },
    ]);
    expect(self.body.error).toMatch(
      /^body\.contradictions\.0\.contradicts: a claim cannot contradict itself/,
    );
    await expectUnchanged(db, before);
  });

  it('records the confirmed ones with the new claims, as the analyst worded them', async () => {
    const capture = p.claims.find((c) => /captured two more/.test(c.text))!;
    const denial = p.claims.find((c) => /denied/.test(c.cue))!;
    const body: CommitInput = {
      ...defaultReview(ARTICLE, p),
      contradictions: [
        {
          claim: capture.id,
          contradicts: 'clm-moscow-denies-nk-soldiers',
          note: 'Moscow denies any North Korean soldiers fight; Kyiv reports capturing two more.',
        },
        {
          claim: denial.id,
          contradicts: 'clm-zelenskyy-nk-fighting-since-early-december',
          note: 'The Kremlin denies what Zelenskyy reported seeing since December.',
        },
        {
          claim: denial.id,
          contradicts: capture.id,
          inArticle: true,
          note: 'The Kremlin denies what the same article reports Kyiv capturing.',
        },
      ],
    };
    const dry = await request(app)
      .post('/api/ingest/commit')
      .query({ dryRun: 'true' })
      .send(body)
      .expect(200);
    expect(dry.body.contradictionsRecorded).toHaveLength(3);
    const before = await request(app).get('/api/contradictions').expect(200);

    const res = await request(app).post('/api/ingest/commit').send(body).expect(201);
    expect(res.body.contradictionsRecorded).toEqual(dry.body.contradictionsRecorded);
    const [first, second, third] = res.body.contradictionsRecorded as {
      claim: string;
      contradicts: string;
    }[];
    expect(res.body.claimsCreated).toEqual(expect.arrayContaining([first!.claim, second!.claim]));
    expect(first!.contradicts).toBe('clm-moscow-denies-nk-soldiers');
    // Both claims of the pair within the article, by their new ids.
    expect(third).toEqual({ claim: second!.claim, contradicts: first!.claim });
    // The new denial is one for the next source's review to find.
    const [stored] = await db.readRows(
      'MATCH (c:Claim {id: $id}) RETURN c.denies AS denies, c:Denial AS labelled',
      { id: second!.claim },
    );
    expect(stored).toEqual({ denies: true, labelled: true });

    const after = await request(app).get('/api/contradictions').expect(200);
    expect(after.body.total).toBe(before.body.total + 3);
    const mine = await request(app)
      .get('/api/contradictions')
      .query({ claim: first!.claim })
      .expect(200);
    expect(mine.body.contradictions).toEqual([
      expect.objectContaining({ claims: [second!.claim, first!.claim], origin: 'analyst' }),
      expect.objectContaining({
        claims: [first!.claim, 'clm-moscow-denies-nk-soldiers'],
        origin: 'analyst',
        note: 'Moscow denies any North Korean soldiers fight; Kyiv reports capturing two more.',
      }),
    ]);
    // An analyst can take it back like any other they recorded.
    await request(app)
      .post('/api/contradictions/remove')
      .send({ claim: 'clm-moscow-denies-nk-soldiers', contradicts: first!.claim })
      .expect(200);
    const left = await request(app).get('/api/contradictions').expect(200);
    expect(left.body.total).toBe(before.body.total + 2);
  });

  it('proposes nothing for an article already in the graph', async () => {
    const again = await preview();
    expect(again.existingSource).not.toBeNull();
    expect(again.contradictions).toEqual([]);
  });
});

describe('ingest: a graph without the denial_text index', () => {
  // As a graph written by an earlier version is, when the server's user may
  // only read and so cannot add the index at start (seed/upgrade.ts).
  const ELSEWHERE = {
    ...ARTICLE,
    url: 'https://example.org/kremlin-denies-once-more',
    text: `${ARTICLE.text}\nThe report could not be verified independently.`,
  };

  it('still previews, proposes what needs no such index, and says what it could not do', async () => {
    const before = await fingerprint(db);
    await db.writeRows('DROP INDEX denial_text IF EXISTS');
    try {
      const res = await request(app).post('/api/ingest/preview').send(ELSEWHERE).expect(200);
      const q = res.body as PreviewResult;
      expect(q.existingSource).toBeNull();
      expect(q.notices).toEqual([NO_DENIAL_INDEX_NOTICE]);
      expect(q.notices[0]).toMatch(/denial_text/);
      const denial = q.claims.find((c) => /denied/.test(c.cue))!;
      const capture = q.claims.find((c) => /captured two more/.test(c.text))!;
      // The denial's own lookup (claim_text) and the pair within the article still work…
      expect(q.contradictions.filter((k) => k.claim === denial.id).length).toBeGreaterThan(1);
      expect(q.contradictions.some((k) => k.inArticle && k.contradicts.id === capture.id)).toBe(
        true,
      );
      // …but no denial of the graph is proposed for the assertion.
      expect(q.contradictions.filter((k) => k.claim === capture.id)).toEqual([]);
    } finally {
      await applySchema(db);
    }
    const restored = await request(app).post('/api/ingest/preview').send(ELSEWHERE).expect(200);
    expect((restored.body as PreviewResult).notices).toEqual([]);
    await expectUnchanged(db, before);
  });
});
