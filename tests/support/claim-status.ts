/**
 * Which claims of the seed graph are in dispute and which are borne out, read
 * claim by claim through the routes that say so (/api/figures, the recorded
 * pairs, the Disputes panel's in-view route): the oracle the count routes
 * (the Sources list, the Map's places) are checked against.
 */
import request from 'supertest';
import type { Express } from 'express';

export interface ClaimRow {
  id: string;
  speaker: { id: string; name: string };
  source: { id: string };
  relayedFrom: { id: string } | null;
  about: { id: string; name: string; category: string }[];
  date: string | null;
}

export interface ClaimStatus {
  claims: ClaimRow[];
  /** Figures another speaker's disagree with; a contradiction recorded against it. */
  byFigures: Set<string>;
  contradicted: Set<string>;
  /** Figures another speaker's agree with; a corroboration recorded with it. */
  agreed: Set<string>;
  corroborated: Set<string>;
}

export async function claimStatus(app: Express): Promise<ClaimStatus> {
  const claims = (await request(app).get('/api/claims').query({ limit: 500 }).expect(200)).body;
  expect(claims.total).toBeLessThanOrEqual(500);
  const figures = (await request(app).get('/api/figures').query({ points: 'none' }).expect(200))
    .body;
  expect(figures.disagreementsTotal).toBe(figures.disagreements.length);
  const recorded = (
    await request(app).get('/api/contradictions').query({ limit: 2000 }).expect(200)
  ).body;
  expect(recorded.total).toBe(recorded.contradictions.length);
  const byFigures = new Set<string>(
    figures.disagreements.flatMap((d: { claims: string[] }) => d.claims),
  );
  const contradicted = new Set<string>(
    recorded.contradictions.flatMap((k: { claims: string[] }) => k.claims),
  );
  // Borne out: a claim's figures agree with another speaker's (each claim asked alone, as
  // the Disputes panel asks of the claims in view), or a corroboration is recorded with it.
  const agreed = new Set<string>();
  for (const c of claims.claims as ClaimRow[]) {
    const res = await request(app)
      .post('/api/claims/agreements/in-view')
      .send({ ids: [c.id] })
      .expect(200);
    if (res.body.figures.agreementsTotal > 0) agreed.add(c.id);
  }
  const corroborations = (
    await request(app).get('/api/corroborations').query({ limit: 2000 }).expect(200)
  ).body;
  expect(corroborations.total).toBe(corroborations.corroborations.length);
  const corroborated = new Set<string>(
    corroborations.corroborations.flatMap((k: { claims: string[] }) => k.claims),
  );
  return { claims: claims.claims as ClaimRow[], byFigures, contradicted, agreed, corroborated };
}
