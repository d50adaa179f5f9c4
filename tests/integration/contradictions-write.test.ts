import request from 'supertest';
import { expectUnchanged, fingerprint } from '../support/fingerprint';
import { writingTestApp } from '../support/ingest-cleanup';

const { db, app } = writingTestApp();

// Two claims no recorded contradiction links: the ISW's 92 casualties a day and
// South Korea's agency saying the troops have not fought since January.
const ISW = 'clm-isw-92-casualties-per-day';
const AGENCY = 'clm-sk-agency-no-nk-combat-since-january';
const NOTE = 'Casualties every day since they began fighting, against no combat since January.';

const pairsOf = async (claim: string) =>
  (await request(app).get('/api/contradictions').query({ claim }).expect(200)).body as {
    total: number;
    contradictions: {
      claims: string[];
      note: string;
      origin: string;
      reason: string;
      recordedAt: string | null;
      editedAt: string | null;
    }[];
  };

describe('POST /api/contradictions', () => {
  it('records a pair once whichever way round, and it is read back at once', async () => {
    expect((await pairsOf(ISW)).total).toBe(0);
    const first = await request(app)
      .post('/api/contradictions')
      .send({ claim: AGENCY, contradicts: ISW, note: `  ${NOTE}  ` })
      .expect(201);
    expect(first.body).toEqual({
      created: true,
      contradiction: { claim: AGENCY, contradicts: ISW, note: NOTE, origin: 'analyst' },
    });
    // The read cache does not serve the answer from before the write.
    const read = await pairsOf(ISW);
    expect(read.total).toBe(1);
    expect(read.contradictions[0]).toMatchObject({
      claims: [AGENCY, ISW],
      note: NOTE,
      origin: 'analyst',
    });
    expect(read.contradictions[0]!.reason).toMatch(
      /^South Korea's top security agency vs Institute for the Study of War: /,
    );
    // When the analyst recorded it, in the list and in the explorer's brief.
    const recordedAt = Date.parse(read.contradictions[0]!.recordedAt!);
    expect(Math.abs(Date.now() - recordedAt)).toBeLessThan(60_000);
    expect(read.contradictions[0]!.editedAt).toBeNull();
    const brief = (
      await request(app).get('/api/contradictions').query({ detail: 'brief' }).expect(200)
    ).body.contradictions as { claims: string[]; recordedAt?: string; editedAt?: string }[];
    const mine = brief.find((k) => k.claims.includes(ISW))!;
    expect(mine.recordedAt).toBe(read.contradictions[0]!.recordedAt);
    expect('editedAt' in mine).toBe(false);
    expect(brief.filter((k) => 'recordedAt' in k)).toHaveLength(1);
    // The other way round, with another note: the pair stays as first recorded.
    const again = await request(app)
      .post('/api/contradictions')
      .send({ claim: ISW, contradicts: AGENCY, note: 'another note' })
      .expect(200);
    expect(again.body).toMatchObject({ created: false, contradiction: { note: NOTE } });
    expect((await pairsOf(AGENCY)).total).toBe(1);
    // Disputed in the CSV too.
    const csv = await request(app)
      .post('/api/claims.csv')
      .send({ ids: [ISW] })
      .expect(200);
    expect(csv.text).toContain(`[${AGENCY}]`);
  });

  it('rewords its note whichever way round it is named, and answers the note it replaced', async () => {
    const REWORDED = 'ISW counts casualties every day; the agency says no combat since January.';
    const edited = await request(app)
      .post('/api/contradictions/note')
      .send({ claim: ISW, contradicts: AGENCY, note: ` ${REWORDED} ` })
      .expect(200);
    expect(edited.body).toEqual({
      contradiction: { claim: AGENCY, contradicts: ISW, note: REWORDED, origin: 'analyst' },
      previousNote: NOTE,
    });
    const [read] = (await pairsOf(AGENCY)).contradictions;
    expect(read).toMatchObject({ claims: [AGENCY, ISW], note: REWORDED, origin: 'analyst' });
    expect(read!.reason).toMatch(new RegExp(`: ${REWORDED}$`));
    expect(Date.parse(read!.editedAt!)).toBeGreaterThanOrEqual(Date.parse(read!.recordedAt!));
    // Put back as it was, for the tests below.
    const undone = await request(app)
      .post('/api/contradictions/note')
      .send({ claim: AGENCY, contradicts: ISW, note: NOTE })
      .expect(200);
    expect(undone.body.previousNote).toBe(REWORDED);
    expect((await pairsOf(ISW)).contradictions[0]!.note).toBe(NOTE);
  });

  it("leaves the seed's notes to the seed's file, and writes nothing", async () => {
    const before = await fingerprint(db);
    const MOSCOW = 'clm-moscow-denies-nk-soldiers';
    const ZELENSKYY = 'clm-zelenskyy-nk-fighting-since-early-december';
    const seedNote = (await pairsOf(MOSCOW)).contradictions.find((k) =>
      k.claims.includes(ZELENSKYY),
    )!.note;
    const res = await request(app)
      .post('/api/contradictions/note')
      .send({ claim: ZELENSKYY, contradicts: MOSCOW, note: 'mine now' })
      .expect(409);
    expect(res.body.error).toMatch(
      /^body\.contradicts: this contradiction comes from the seed \(seed\/data\/contradictions\.json\)/,
    );
    expect(
      (await pairsOf(MOSCOW)).contradictions.find((k) => k.claims.includes(ZELENSKYY))!.note,
    ).toBe(seedNote);
    await expectUnchanged(db, before);
  });

  it('takes it back whichever way round it is named, and says when there is nothing to take back', async () => {
    const removed = await request(app)
      .post('/api/contradictions/remove')
      .send({ claim: ISW, contradicts: AGENCY })
      .expect(200);
    expect(removed.body).toEqual({
      removed: { claim: AGENCY, contradicts: ISW, note: NOTE, origin: 'analyst' },
    });
    expect((await pairsOf(ISW)).total).toBe(0);
    const none = await request(app)
      .post('/api/contradictions/remove')
      .send({ claim: ISW, contradicts: AGENCY })
      .expect(404);
    expect(none.body.error).toMatch(/body\.contradicts: no contradiction is recorded/);
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const before = await fingerprint(db);
    const refused = async (body: object, status: number, field: RegExp) => {
      const res = await request(app).post('/api/contradictions').send(body).expect(status);
      expect(res.body.error).toMatch(field);
    };
    await refused({ claim: ISW, contradicts: AGENCY }, 400, /^body\.note: is required$/);
    await refused(
      { claim: ISW, contradicts: AGENCY, note: '   ' },
      400,
      /body\.note: must say why/,
    );
    await refused({ claim: ISW, contradicts: AGENCY, note: 'x'.repeat(2001) }, 400, /body\.note/);
    await refused(
      { claim: ISW, contradicts: ISW, note: NOTE },
      400,
      /body\.contradicts: a claim cannot contradict itself/,
    );
    await refused(
      { claim: 'clm-nowhere', contradicts: ISW, note: NOTE },
      404,
      /body\.claim: no claim with id "clm-nowhere"/,
    );
    // An entity is not a claim.
    await refused(
      { claim: ISW, contradicts: 'act-russia', note: NOTE },
      404,
      /body\.contradicts: no claim/,
    );
    await refused({ claim: ISW, contradicts: AGENCY, note: NOTE, by: 'me' }, 400, /by/);
    await refused({ claim: 'a b;', contradicts: AGENCY, note: NOTE }, 400, /body\.claim/);
    const note = async (body: object, status: number, field: RegExp) => {
      const res = await request(app).post('/api/contradictions/note').send(body).expect(status);
      expect(res.body.error).toMatch(field);
    };
    // Nothing is recorded between the two now.
    await note(
      { claim: ISW, contradicts: AGENCY, note: NOTE },
      404,
      /^body\.contradicts: no contradiction is recorded/,
    );
    await note({ claim: ISW, contradicts: AGENCY, note: ' ' }, 400, /^body\.note: must say why/);
    await note({ claim: ISW, contradicts: AGENCY }, 400, /^body\.note: is required$/);
    await note({ claim: 'clm-nowhere', contradicts: AGENCY, note: NOTE }, 404, /^body\.claim/);
    await note({ claim: ISW, contradicts: 7, note: NOTE }, 400, /^body\.contradicts/);
    const remove = await request(app)
      .post('/api/contradictions/remove')
      .send({ claim: ISW })
      .expect(400);
    expect(remove.body.error).toBe('body.contradicts: is required');
    await expectUnchanged(db, before);
  });
});
