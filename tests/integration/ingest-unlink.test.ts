/**
 * Removing a linked source (POST /api/sources/remove): everything its
 * commit wrote goes, and nothing else, so the graph is as it was before.
 */
import request from 'supertest';
import type { PreviewResult } from '../../server/ingest/preview';
import { defaultReview } from '../../server/ingest/review';
import type { ArticleBody, CommitBody } from '../../server/ingest/schema';
import type { SourceRemoval } from '../../server/ingest/types';
import { expectUnchanged, fingerprint } from '../support/fingerprint';
import { writingTestApp } from '../support/ingest-cleanup';

const { db, app } = writingTestApp();
/** A removal leaves its record (RemovedSource) and nothing else. */
const KEEP = { ignoreLabels: ['RemovedSource'] };

const BUDANOV: ArticleBody = {
  title: 'Budanov: more troops are coming',
  outlet: 'Unlink Test Desk',
  url: 'https://example.org/unlink-budanov',
  publishedDate: '2025-02-03',
  text: [
    "Ukraine's military intelligence chief Kyrylo Budanov said on Monday that Pyongyang is preparing another 15,000 soldiers for the Kursk region.",
    'President Volodymyr Zelenskiy said that about 4,000 North Korean soldiers had been killed or wounded since December.',
  ].join('\n'),
};

const BUDANOV_AGAIN: ArticleBody = {
  title: 'Budanov again',
  publishedDate: '2025-02-10',
  text: 'Kyrylo Budanov said that North Korean units had left the front line in Kursk.',
};

async function preview(article: ArticleBody): Promise<PreviewResult> {
  return (await request(app).post('/api/ingest/preview').send(article).expect(200))
    .body as PreviewResult;
}

async function commit(body: CommitBody): Promise<{ sourceId: string; claimsCreated: string[] }> {
  return (await request(app).post('/api/ingest/commit').send(body).expect(201)).body;
}

async function removeSource(source: string, dryRun = false): Promise<SourceRemoval> {
  const res = await request(app)
    .post(`/api/sources/remove${dryRun ? '?dryRun=true' : ''}`)
    .send({ source })
    .expect(200);
  return res.body as SourceRemoval;
}

describe('POST /api/sources/remove', () => {
  it('removes a linked source and leaves the graph exactly as it was before', async () => {
    const before = await fingerprint(db, KEEP);
    const review = defaultReview(BUDANOV, await preview(BUDANOV));
    const linked = await commit(review);
    // An analyst later records that one of its claims contradicts a seed claim.
    await request(app)
      .post('/api/contradictions')
      .send({
        claim: linked.claimsCreated[1],
        contradicts: 'clm-zelensky-3800-of-12000',
        note: 'Different casualty counts for the same period.',
      })
      .expect(201);
    // And that another bears out a seed claim.
    await request(app)
      .post('/api/corroborations')
      .send({
        claim: linked.claimsCreated[0],
        corroborates: 'clm-sk-military-nk-intensifying-preparations',
        note: 'More troops are being readied.',
      })
      .expect(201);
    const afterLink = await fingerprint(db, KEEP);

    const rehearsed = await removeSource(linked.sourceId, true);
    await expectUnchanged(db, afterLink, KEEP);
    expect(rehearsed.dryRun).toBe(true);
    expect(rehearsed.source).toMatchObject({ id: linked.sourceId, title: BUDANOV.title });
    expect(rehearsed.source.linkedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(rehearsed.claimsRemoved.map((c) => c.id).sort()).toEqual(
      [...linked.claimsCreated].sort(),
    );
    expect(rehearsed.contradictionsRemoved).toEqual([
      {
        claim: linked.claimsCreated[1],
        contradicts: 'clm-zelensky-3800-of-12000',
        note: 'Different casualty counts for the same period.',
        origin: 'analyst',
      },
    ]);
    expect(rehearsed.corroborationsRemoved).toEqual([
      {
        claim: linked.claimsCreated[0],
        corroborates: 'clm-sk-military-nk-intensifying-preparations',
        note: 'More troops are being readied.',
        origin: 'analyst',
      },
    ]);
    expect(rehearsed.entitiesRemoved.map((e) => e.name)).toContain('Kyrylo Budanov');
    expect(rehearsed.entitiesKept).toEqual([]);
    expect(rehearsed.aliasesForgotten).toContainEqual({
      id: 'act-volodymyr-zelensky',
      name: 'Volodymyr Zelensky',
      alias: expect.stringMatching(/Zelenskiy/),
    });
    // The article comes back as it was linked, with the review it was committed with
    // and the names of the entities that review links to (Budanov, created by it, is gone).
    expect(rehearsed.article).toEqual(BUDANOV);
    expect(rehearsed.review).toEqual({
      mentions: review.mentions,
      claims: review.claims,
      contradictions: review.contradictions,
    });
    expect(rehearsed.reviewNames).toMatchObject({
      'act-volodymyr-zelensky': 'Volodymyr Zelensky',
      'act-north-korea': 'North Korea',
    });
    expect(Object.values(rehearsed.reviewNames)).not.toContain('Kyrylo Budanov');

    // Listed among the linked sources, newest first, with its claims counted.
    const listed = await request(app).get('/api/ingest/sources').expect(200);
    expect(listed.body.sources[0]).toEqual({
      id: linked.sourceId,
      title: BUDANOV.title,
      outlet: BUDANOV.outlet,
      publishedDate: BUDANOV.publishedDate,
      linkedAt: rehearsed.source.linkedAt,
      claims: linked.claimsCreated.length,
      removedAt: null,
    });

    const removed = await removeSource(linked.sourceId);
    expect({ ...removed, dryRun: true }).toEqual(rehearsed);
    // Listed now as removed, from the record the removal keeps.
    const after = await request(app).get('/api/ingest/sources').expect(200);
    expect(after.body.sources[0]).toEqual({
      ...listed.body.sources[0],
      removedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(after.body.sources.filter((s: { id: string }) => s.id === linked.sourceId)).toHaveLength(
      1,
    );
    await expectUnchanged(db, before, KEEP);
    // The name index forgot Budanov and the alias: the next preview proposes him anew.
    const again = await preview(BUDANOV);
    expect(again.existingSource).toBeNull();
    expect(again.newEntities.map((e) => e.name)).toContain('Kyrylo Budanov');
    const zelenskiy = again.mentions.find((m) => m.text.endsWith('Zelenskiy'));
    expect(zelenskiy?.match?.method).not.toBe('alias');
    await request(app)
      .post('/api/sources/remove')
      .send({ source: linked.sourceId })
      .expect(404, { error: `body.source: no source with id "${linked.sourceId}"` });
  });

  it('keeps an entity another source uses, and removes it with the last source that does', async () => {
    const before = await fingerprint(db, KEEP);
    const first = await commit(defaultReview(BUDANOV, await preview(BUDANOV)));
    const second = await commit(defaultReview(BUDANOV_AGAIN, await preview(BUDANOV_AGAIN)));

    const one = await removeSource(first.sourceId);
    expect(one.entitiesRemoved.map((e) => e.name)).not.toContain('Kyrylo Budanov');
    expect(one.entitiesKept).toEqual([
      expect.objectContaining({ name: 'Kyrylo Budanov', otherLinks: expect.any(Number) }),
    ]);
    expect(one.entitiesKept[0]!.otherLinks).toBeGreaterThan(0);
    const budanov = one.entitiesKept[0]!.id;
    await request(app).get(`/api/nodes/${budanov}`).expect(200);

    const two = await removeSource(second.sourceId);
    expect(two.entitiesRemoved).toEqual([{ id: budanov, name: 'Kyrylo Budanov', label: 'Actor' }]);
    await expectUnchanged(db, before, KEEP);
  });

  it('restores a rejected link that learning an alias had taken back', async () => {
    const before = await fingerprint(db, KEEP);
    const text = 'President Volodymyr Zelenskiy said the talks in Seoul were over.';
    const rejectArticle = { title: 'Zelenskiy rejected', text };
    const p = await preview(rejectArticle);
    // Linked through its normalised form: not one of the entity's names yet.
    const zel = p.mentions.find((m) => m.text.endsWith('Zelenskiy') && m.match)!;
    expect(zel.match).toMatchObject({
      entityId: 'act-volodymyr-zelensky',
      method: 'normalised-alias',
    });
    const rejecting = defaultReview(rejectArticle, p);
    rejecting.mentions = rejecting.mentions.map((m) =>
      m.id === zel.id ? { ...m, decision: 'reject', rejectedEntityId: zel.match!.entityId } : m,
    );
    rejecting.claims = rejecting.claims.map((c) => ({ ...c, decision: 'reject' }));
    const x = await commit(rejecting);
    const rejected = await fingerprint(db, KEEP);

    // Another article links the same form to the same entity: the alias is learned.
    const acceptArticle = { title: 'Zelenskiy accepted', text: `${text} He left for Paris.` };
    const q = await preview(acceptArticle);
    const accepting = defaultReview(acceptArticle, q);
    const same = q.mentions.filter((m) => m.text === zel.text).map((m) => m.id);
    expect(same.length).toBe(1);
    accepting.mentions = accepting.mentions.map((m) =>
      same.includes(m.id) ? { ...m, decision: 'accept', entityId: 'act-volodymyr-zelensky' } : m,
    );
    accepting.claims = accepting.claims.map((c) => ({ ...c, decision: 'reject' }));
    const y = await commit(accepting);
    const [learned] = await db.readRows(
      'MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases, e.rejectedAliases AS rejected',
      { id: 'act-volodymyr-zelensky' },
    );
    expect(learned!.aliases).toContain(zel.text);
    expect(learned!.rejected).toEqual([]);

    const undoY = await removeSource(y.sourceId);
    expect(undoY.aliasesForgotten).toEqual([
      { id: 'act-volodymyr-zelensky', name: 'Volodymyr Zelensky', alias: zel.text },
    ]);
    await expectUnchanged(db, rejected, KEEP);

    const undoX = await removeSource(x.sourceId);
    expect(undoX.rejectionsForgotten).toEqual([
      { id: 'act-volodymyr-zelensky', name: 'Volodymyr Zelensky', surface: zel.text },
    ]);
    await expectUnchanged(db, before, KEEP);
  });

  it('removes a source linked before sources recorded their commit', async () => {
    const linked = await commit(defaultReview(BUDANOV, await preview(BUDANOV)));
    // As an earlier version left it: no record of what the commit changed elsewhere.
    await db.writeRows(
      `MATCH (s:Source {id: $id})
       REMOVE s.linkedAt, s.linkedEntities, s.linkedAliasesJson, s.linkedRejectionsJson,
              s.linkedReviewJson`,
      { id: linked.sourceId },
    );
    const removed = await removeSource(linked.sourceId);
    expect(removed.source.linkedAt).toBeNull();
    expect(removed.review).toBeNull();
    // The entities it created are known by the note the commit gave them.
    expect(removed.entitiesRemoved.map((e) => e.name)).toContain('Kyrylo Budanov');
    // The aliases it taught are not known: they stay.
    expect(removed.aliasesForgotten).toEqual([]);
    const [left] = await db.readRows(
      `MATCH (e:Entity) WHERE e.name = 'Kyrylo Budanov' OR e.note CONTAINS $title
       RETURN count(e) AS n`,
      { title: BUDANOV.title },
    );
    expect(left!.n).toBe(0);
  });

  it('refuses a source other parts of the graph link to, until they are removed', async () => {
    const before = await fingerprint(db, KEEP);
    const linked = await commit(defaultReview(BUDANOV_AGAIN, await preview(BUDANOV_AGAIN)));
    const cite = { from: 'src-csis-pardo', to: linked.sourceId };
    await db.writeRows(
      'MATCH (a:Source {id: $from}), (b:Source {id: $to}) CREATE (a)-[:CITES]->(b)',
      cite,
    );
    const held = await fingerprint(db, KEEP);
    const res = await request(app)
      .post('/api/sources/remove')
      .send({ source: linked.sourceId })
      .expect(409);
    expect(res.body.error).toBe(
      `body.source: other parts of the graph link to "${linked.sourceId}" (CITES from "src-csis-pardo"); take those back first`,
    );
    await expectUnchanged(db, held, KEEP);
    await db.writeRows('MATCH (:Source {id: $from})-[c:CITES]->(:Source {id: $to}) DELETE c', cite);
    await removeSource(linked.sourceId);
    await expectUnchanged(db, before, KEEP);
  });

  it('lets one of two simultaneous removals through and answers the other 404', async () => {
    const before = await fingerprint(db, KEEP);
    const linked = await commit(defaultReview(BUDANOV, await preview(BUDANOV)));
    const both = await Promise.all(
      [1, 2].map(() => request(app).post('/api/sources/remove').send({ source: linked.sourceId })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 404]);
    const done = both.find((r) => r.status === 200)!.body as SourceRemoval;
    expect(done.claimsRemoved).toHaveLength(linked.claimsCreated.length);
    await expectUnchanged(db, before, KEEP);
  });

  it('refuses seed sources, unknown ids and bad input, naming the field, and writes nothing', async () => {
    const before = await fingerprint(db, KEEP);
    const seed = await request(app)
      .post('/api/sources/remove')
      .send({ source: 'src-gzero-nk-troops-brutal-treatment' })
      .expect(409);
    expect(seed.body.error).toMatch(
      /^body\.source: "src-gzero-nk-troops-brutal-treatment" comes from the seed/,
    );
    await request(app)
      .post('/api/sources/remove')
      .send({ source: 'src-nothing-here' })
      .expect(404, { error: 'body.source: no source with id "src-nothing-here"' });
    const bad = async (url: string, body: unknown, error: RegExp) => {
      const res = await request(app)
        .post(url)
        .send(body as object)
        .expect(400);
      expect(res.body.error).toMatch(error);
    };
    await bad('/api/sources/remove', {}, /^body\.source: /);
    await bad('/api/sources/remove', { source: 'a b' }, /^body\.source: must be a node id/);
    await bad('/api/sources/remove', { source: 'src-x', also: 1 }, /also/);
    await bad('/api/sources/remove?dryRun=yes', { source: 'src-x' }, /^query\.dryRun: /);
    const limit = await request(app).get('/api/ingest/sources?limit=0').expect(400);
    expect(limit.body.error).toBe('query.limit: must be at least 1');
    await expectUnchanged(db, before, KEEP);
  });
});
