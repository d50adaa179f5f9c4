import { z } from 'zod';
import { query } from '../../db/cypher';
import { int } from '../../db/graph-db';
import type { AppDeps } from '../app';
import {
  figuresAgreeing,
  NO_AGREEMENT,
  type AgreeingClaim,
  type AgreementsResponse,
} from '../domain/agreements';
import { claimFromRow } from '../domain/claims';
import { comparedFiguresFor } from '../domain/compared-figures';
import {
  comparable,
  comparedPoints,
  describePoint,
  DISAGREEMENT_WINDOW_DAYS,
} from '../domain/figures';
import { readCacheFor } from '../domain/read-cache';
import { reportedIn } from '../domain/reported-in';
import { HttpError } from '../http/errors';
import type { RouteRegistry } from '../http/route-registry';
import { intParam, nodeId } from './schemas';

/**
 * The most agreeing claims whose sources are read to count the sources: at
 * scale a common figure agrees with thousands, and the count then says so.
 */
export const SOURCES_COUNTED = 2_000;

export function agreementRoutes(reg: RouteRegistry, { db }: AppDeps): void {
  const cache = readCacheFor(db);
  const comparedFigures = comparedFiguresFor(db);

  reg.add({
    method: 'get',
    path: '/claims/:id/agreements',
    summary: "The figures of other claims that agree with a claim's figures",
    description:
      "For each of the claim's figures, the other claims' figures of the same measure and " +
      `unit, dated within ${DISAGREEMENT_WINDOW_DAYS} days of it (or undated), whose ranges ` +
      'overlap once hedges are ' +
      'allowed for ("about 4,000" agrees with 3,800): the figures /api/figures compares and ' +
      'finds not to disagree. Closest first; `limit` of them listed with their source and ' +
      'excerpt. Counts: `total` claims, `speakers` other speakers (corroboration), `repeats` ' +
      "by the same speaker, `sources` other sources and `inSameSource` in the claim's own, " +
      '`origins` the reports they go back to (the one a claim is relayed from, else its ' +
      "source) other than the claim's own `origin`, and `sameOrigin` those of other sources " +
      "that go back to the claim's own report, so not independent of it " +
      `(among the first ${SOURCES_COUNTED.toLocaleString('en-US')} when more agree: ` +
      '`sourcesCounted`). A figure of no known measure is `compared: false`.',
    tags: ['who-said-what'],
    params: z.object({ id: nodeId }),
    query: z.object({ limit: intParam(1, 200, 20) }),
    errors: { 404: 'No claim has this id' },
    handler: async ({ params, query: q }, req, res) =>
      cache.send(req, res, async (): Promise<AgreementsResponse> => {
        const [row] = await db.readRows(query('queries/claims-by-ids'), {
          ids: [params.id],
          offset: int(0),
          limit: int(1),
        });
        if (!row) throw new HttpError(404, `no claim with id "${params.id}"`);
        const claim = claimFromRow(row);
        const points = comparedPoints([claim], null);
        // The closest SOURCES_COUNTED of each figure's agreeing claims (more than any list shows).
        const agreeingOf = await Promise.all(
          points.map(async (point) =>
            comparable(point)
              ? figuresAgreeing(point, await comparedFigures(point.measure), SOURCES_COUNTED)
              : NO_AGREEMENT,
          ),
        );
        // Where the agreeing claims were reported: one read for all the figures.
        const where = await reportedIn(
          db,
          agreeingOf.flatMap((agreeing) => agreeing.closest.map((a) => a.point.claimId)),
        );
        const sourceOf = (id: string) => where.get(id)?.source?.id ?? null;
        // What a claim's account goes back to: the report it is relayed from, else its source.
        const originOf = (id: string) =>
          where.get(id)?.relayedFrom?.id ?? where.get(id)?.source?.id ?? null;
        const origin = claim.relayedFrom?.id ?? claim.source.id;
        const relayedAlike = (id: string) =>
          originOf(id) === origin && sourceOf(id) !== claim.source.id;
        const figures = points.map((point, i) => {
          const agreeing = agreeingOf[i]!;
          const counted = agreeing.closest;
          const listed: AgreeingClaim[] = counted.slice(0, q.limit).map((a) => ({
            claimId: a.point.claimId,
            side: describePoint(a.point),
            speaker: a.point.speaker,
            sameSpeaker: a.sameSpeaker,
            factor: a.factor,
            match: a.match,
            excerpt: where.get(a.point.claimId)?.excerpt ?? null,
            source: where.get(a.point.claimId)?.source ?? null,
            relayedFrom: where.get(a.point.claimId)?.relayedFrom ?? null,
            sameSource: sourceOf(a.point.claimId) === claim.source.id,
            sameOrigin: relayedAlike(a.point.claimId),
          }));
          const sources = new Set(counted.map((a) => sourceOf(a.point.claimId)));
          sources.delete(claim.source.id);
          sources.delete(null);
          const origins = new Set(counted.map((a) => originOf(a.point.claimId)));
          origins.delete(origin);
          origins.delete(null);
          return {
            figure: claim.figures[i]!,
            side: describePoint(point),
            compared: comparable(point),
            total: agreeing.total,
            speakers: agreeing.speakers,
            repeats: agreeing.repeats,
            sources: sources.size,
            inSameSource: counted.filter((a) => sourceOf(a.point.claimId) === claim.source.id)
              .length,
            origins: origins.size,
            sameOrigin: counted.filter((a) => relayedAlike(a.point.claimId)).length,
            sourcesCounted: counted.length,
            agreeing: listed,
          };
        });
        return { claim: claim.id, source: claim.source.id, origin, figures };
      }),
  });
}
