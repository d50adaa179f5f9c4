/**
 * A report the graph does not hold ("… told the Baltic Courier", no Baltic Courier
 * piece in the graph): the commit adds it as a source we do not hold, the
 * claims relayed from it point to it and the new source cites it, and taking
 * the source back takes the report too, unless another source cites it.
 */
import request from 'supertest';
import type { CommitResult } from '../../server/ingest/commit';
import type { PreviewResult } from '../../server/ingest/preview';
import { defaultReview } from '../../server/ingest/review';
import type { CommitBody } from '../../server/ingest/schema';
import type { SourceRemoval } from '../../server/ingest/types';
import { expectUnchanged, fingerprint } from '../support/fingerprint';
import { writingTestApp } from '../support/ingest-cleanup';

jest.setTimeout(30_000);

const { db, app } = writingTestApp();
/** A removal leaves its record (RemovedSource) and nothing else. */
const KEEP = { ignoreLabels: ['RemovedSource'] };

const ARTICLE = {
  title: 'Courier interview: more North Korean troops expected',
  outlet: 'New Reports Test Desk',
  publishedDate: '2025-02-12',
  text: [
    'Ukrainian President Volodymyr Zelensky told the Baltic Courier that North Korea could send 20,000 more soldiers to Kursk.',
    'He said the soldiers were learning fast.',
  ].join('\n'),
};

async function reviewed(article = ARTICLE): Promise<CommitBody> {
  const p: PreviewResult = (
    await request(app).post('/api/ingest/preview').send(article).expect(200)
  ).body;
  return defaultReview(article, p);
}

/** The same review, both claims relayed from one report the commit adds. */
function withNewReport(body: CommitBody, publisher: string | null): CommitBody {
  return {
    ...body,
    claims: body.claims.map((c) =>
      c.decision === 'accept' ? { ...c, relayedFrom: null, relayedFromReport: 'r1' } : c,
    ),
    reports: [
      {
        key: 'r1',
        title: 'Baltic Courier interview with Zelensky',
        publisher,
        publishedDate: '2025-02-11',
      },
    ],
  };
}

const herald = (body: CommitBody) => body.mentions.find((m) => m.text.includes('Baltic Courier'));

describe('a report the graph does not hold, added with the commit', () => {
  it('is written as a source we do not hold, cited by the new source, its claims relayed from it', async () => {
    const before = await fingerprint(db, KEEP);
    const body = await reviewed();
    // The outlet is new to the graph: the review makes it an entity, which publishes the report.
    const outlet = herald(body)!;
    expect(outlet).toMatchObject({ decision: 'create', label: 'Actor' });
    const res = await request(app)
      .post('/api/ingest/commit')
      .send(withNewReport(body, outlet.id))
      .expect(201);
    const result: CommitResult = res.body;
    expect(result.reportsCreated).toHaveLength(1);
    const report = result.reportsCreated[0]!;
    expect(report.title).toBe('Baltic Courier interview with Zelensky');
    expect(result.reportsCited).toEqual([report.id]);

    const [row] = await db.readRows(
      `MATCH (r:Source {id: $id})-[:PUBLISHED_BY]->(p:Actor)
       RETURN r.held AS held, r.text AS text, r.publishedDate AS date, r.outlet AS outlet,
              p.name AS publisher, COUNT { (:Source {id: $source})-[:CITES]->(r) } AS cites,
              COUNT { (:Claim)-[:RELAYED_FROM]->(r) } AS relayed`,
      { id: report.id, source: result.sourceId },
    );
    expect(row).toMatchObject({
      held: false,
      text: null,
      date: '2025-02-11',
      publisher: 'Baltic Courier',
      outlet: 'Baltic Courier',
      cites: 1,
      relayed: result.claimsCreated.length,
    });
    // Through the API: each claim names the report it goes back to.
    const claims = (await request(app).get(`/api/claims?source=${result.sourceId}`).expect(200))
      .body.claims as { relayedFrom: { id: string } | null }[];
    expect(claims.map((c) => c.relayedFrom?.id)).toEqual(claims.map(() => report.id));
    // It is the new source's, not a source an analyst linked.
    const linked = (await request(app).get('/api/ingest/sources').expect(200)).body.sources as {
      id: string;
    }[];
    expect(linked.map((s) => s.id)).toContain(result.sourceId);
    expect(linked.map((s) => s.id)).not.toContain(report.id);

    // Taking the source back takes the report, and the review keeps it for a new review.
    const removal: SourceRemoval = (
      await request(app).post('/api/sources/remove').send({ source: result.sourceId }).expect(200)
    ).body;
    expect(removal.reportsRemoved).toEqual([report]);
    expect(removal.review?.reports).toEqual([
      expect.objectContaining({ key: 'r1', title: report.title, publisher: outlet.id }),
    ]);
    await expectUnchanged(db, before, KEEP);
  });

  it('stays when another source cites it, and goes with the last, its new outlet too', async () => {
    const before = await fingerprint(db, KEEP);
    const body = await reviewed();
    // Published by the outlet the commit creates: the outlet stays with the report.
    const first: CommitResult = (
      await request(app)
        .post('/api/ingest/commit')
        .send(withNewReport(body, herald(body)!.id))
        .expect(201)
    ).body;
    const report = first.reportsCreated[0]!;
    // Another article relays the same report, picked from the graph.
    const other = await reviewed({
      ...ARTICLE,
      title: 'Second desk: Zelensky expects more troops',
      text: 'Volodymyr Zelensky said that North Korea could send 20,000 more soldiers to Kursk.',
    });
    const second: CommitResult = (
      await request(app)
        .post('/api/ingest/commit')
        .send({
          ...other,
          claims: other.claims.map((c) => ({ ...c, relayedFrom: report.id })),
        })
        .expect(201)
    ).body;
    expect(second.reportsCited).toEqual([report.id]);
    const removal: SourceRemoval = (
      await request(app).post('/api/sources/remove').send({ source: first.sourceId }).expect(200)
    ).body;
    expect(removal.reportsRemoved).toEqual([]);
    // Named as kept, with its key in the review, so that a new review picks it rather than adding a copy.
    expect(removal.reportsKept).toEqual([
      { ...report, key: 'r1', otherLinks: 1 + second.claimsCreated.length },
    ]);
    expect(removal.review?.reportIds).toEqual({ r1: report.id });
    expect(removal.entitiesKept.map((e) => [e.name, e.otherLinks])).toEqual([
      ['Baltic Courier', 1],
    ]);
    const [kept] = await db.readRows('MATCH (r:Source {id: $id}) RETURN r.id AS id', {
      id: report.id,
    });
    expect(kept).toBeDefined();
    // The report itself cannot be taken back while the second source cites it.
    const refused = await request(app)
      .post('/api/sources/remove')
      .send({ source: report.id })
      .expect(409);
    expect(refused.body.error).toContain(`CITES from "${second.sourceId}"`);
    // The last source that cites it takes it along.
    const removed: SourceRemoval = (
      await request(app).post('/api/sources/remove').send({ source: second.sourceId }).expect(200)
    ).body;
    expect(removed.reportsRemoved).toEqual([report]);
    expect(removed.reportsKept).toEqual([]);
    // The outlet the first commit created published nothing else: it goes with its report.
    expect(removed.entitiesRemoved.map((e) => e.name)).toEqual(['Baltic Courier']);
    await expectUnchanged(db, before, KEEP);
  });

  it('refuses bad reports naming the field, and writes nothing', async () => {
    const before = await fingerprint(db, KEEP);
    const body = withNewReport(await reviewed(), 'act-volodymyr-zelensky');
    const refused = async (bad: CommitBody, message: string) => {
      const res = await request(app).post('/api/ingest/commit').send(bad).expect(400);
      expect(res.body.error).toContain(message);
    };
    const first = body.claims.findIndex((c) => c.decision === 'accept');
    await refused(
      {
        ...body,
        claims: body.claims.map((c, i) => (i === first ? { ...c, relayedFromReport: 'r9' } : c)),
      },
      `body.claims.${first}.relayedFromReport: no report "r9" in body.reports`,
    );
    await refused(
      {
        ...body,
        claims: body.claims.map((c, i) =>
          i === first ? { ...c, relayedFrom: 'src-rfa-original' } : c,
        ),
      },
      `body.claims.${first}.relayedFromReport: a claim is relayed from one report`,
    );
    await refused(
      { ...body, reports: [...body.reports, { key: 'r2', title: 'Unused' }] },
      'body.reports.1: no accepted claim is relayed from it',
    );
    await refused(
      { ...body, reports: [{ ...body.reports[0]!, publisher: 'place-kursk-region' }] },
      'body.reports.0.publisher: "place-kursk-region" is not an actor',
    );
    await refused(
      { ...body, reports: [{ ...body.reports[0]!, publisher: 'act-nobody-at-all' }] },
      'body.reports.0.publisher: no entity with id "act-nobody-at-all"',
    );
    await refused(
      { ...body, reports: [{ ...body.reports[0]!, publishedDate: '2025-03' }] },
      'body.reports.0.publishedDate: 2025-03 is after the article (2025-02-12)',
    );
    const res = await request(app)
      .post('/api/ingest/commit')
      .send({ ...body, reports: [{ ...body.reports[0]!, title: '  ' }] })
      .expect(400);
    expect(res.body.error).toMatch(/body\.reports\.0\.title: must not be empty/);
    await expectUnchanged(db, before, KEEP);
  });
});
