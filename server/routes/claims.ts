import { z } from 'zod';
import { query } from '../../db/cypher';
import { int } from '../../db/graph-db';
import type { PlainNode } from '../../db/values';
import type { AppDeps } from '../app';
import { claimFromRow, comparedClaimFromRow, figureClaimFromRow } from '../domain/claims';
import { comparedPoints, figurePoints, findDisagreementsCapped } from '../domain/figures';
import { readCacheFor } from '../domain/read-cache';
import { HttpError } from '../http/errors';
import type { RouteRegistry } from '../http/route-registry';
import { intParam, isoDay, nodeId } from './schemas';
import { MEASURES } from '../../seed/model';

/** The most disagreements /api/figures lists. */
export const DISAGREEMENTS_CAP = 2_000;

export function claimRoutes(reg: RouteRegistry, { db }: AppDeps): void {
  const cache = readCacheFor(db);
  /** The figure claims of `measure` (all when null), in date order: full points or compared fields. */
  const readFigures = (name: 'figures' | 'figures-compared', measure: string | null) =>
    db.readRows(query(`queries/${name}`), { measure });
  reg.add({
    method: 'get',
    path: '/claims',
    summary: 'Who said what: claims by speaker, subject, source and date',
    tags: ['who-said-what'],
    query: z
      .object({
        speaker: nodeId.optional(),
        about: nodeId.optional(),
        source: nodeId.optional(),
        from: isoDay.optional(),
        to: isoDay.optional(),
        limit: intParam(1, 500, 100),
        offset: intParam(0, 100_000, 0),
      })
      .refine((q) => !q.from || !q.to || q.from <= q.to, {
        message: 'must not be after query.to',
        path: ['from'],
      }),
    handler: async ({ query: q }, req, res) =>
      cache.send(req, res, async () => {
        // Anchor on the most selective filter given; the query applies the others.
        const name = q.speaker
          ? 'claims-by-speaker'
          : q.source
            ? 'claims-by-source'
            : q.about
              ? 'claims-by-about'
              : 'claims-all';
        const rows = await db.readRows(query(`queries/${name}`), {
          speaker: q.speaker ?? null,
          about: q.about ?? null,
          source: q.source ?? null,
          from: q.from ?? null,
          to: q.to ?? null,
          offset: int(q.offset),
          limit: int(q.limit),
        });
        return {
          total: rows.length ? Number(rows[0]!.total) : 0,
          offset: q.offset,
          limit: q.limit,
          claims: rows.map(claimFromRow),
        };
      }),
  });

  reg.add({
    method: 'get',
    path: '/sources/:id',
    summary: 'A source: its text, and every claim it reports with the excerpt span',
    tags: ['who-said-what'],
    params: z.object({ id: nodeId }),
    errors: { 404: 'No source has this id' },
    handler: async ({ params }, req, res) =>
      cache.send(req, res, async () => {
        const [row] = await db.readRows(query('queries/source-by-id'), { id: params.id });
        if (!row) throw new HttpError(404, `no source with id "${params.id}"`);
        const s = (row.s as unknown as PlainNode).properties;
        const pub = row.pub ? (row.pub as unknown as PlainNode).properties : null;
        const claims = await db.readRows(query('queries/claims-by-source'), {
          source: params.id,
          speaker: null,
          about: null,
          from: null,
          to: null,
          offset: int(0),
          limit: int(10_000),
        });
        return {
          source: {
            id: s.id,
            title: s.title ?? s.name,
            outlet: s.outlet ?? pub?.name ?? null,
            publisher: pub ? { id: pub.id, name: pub.name } : null,
            publishedDate: s.publishedDate ?? null,
            dateBasis: s.dateBasis ?? null,
            url: s.url ?? null,
            author: s.author ?? null,
            note: s.note ?? null,
            origin: s.origin ?? null,
            held: s.text !== undefined && s.text !== null,
            text: s.text ?? null,
          },
          claims: claims.map(claimFromRow).sort((a, b) => a.start - b.start),
          cites: row.cites,
          citedBy: row.citedBy,
        };
      }),
  });

  reg.add({
    method: 'get',
    path: '/figures',
    summary: 'Numeric claims over time, by speaker, with disagreements marked',
    tags: ['who-said-what'],
    query: z.object({
      measure: z.enum(MEASURES, { message: `must be one of ${MEASURES.join(', ')}` }).optional(),
      points: z
        .enum(['all', 'none'], { message: 'must be all or none' })
        .default('all')
        .describe(
          'none: measures and disagreements only, without the points (all measures at ' +
            'scale are tens of thousands of points, megabytes)',
        ),
    }),
    handler: async ({ query: q }, req, res) =>
      cache.send(req, res, async () => {
        const measure = q.measure ?? null;
        const measures = await db.readRows(query('queries/measures'));
        // Without the points, their provenance is not read at all.
        const figures =
          q.points === 'all'
            ? figurePoints((await readFigures('figures', measure)).map(figureClaimFromRow), measure)
            : comparedPoints(
                (await readFigures('figures-compared', measure)).map(comparedClaimFromRow),
                measure,
              );
        // Listed up to a cap (on a big graph they can number in the millions);
        // every point's `disagrees` flag and disagreementsTotal stay exact.
        const { list: disagreements, total } = findDisagreementsCapped(figures, DISAGREEMENTS_CAP);
        return {
          measure,
          measures,
          figures: q.points === 'all' ? figures : [],
          figuresTotal: figures.length,
          disagreements,
          disagreementsTotal: total,
        };
      }),
  });
}
