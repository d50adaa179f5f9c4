import { z } from 'zod';
import { query } from '../../db/cypher';
import { int } from '../../db/graph-db';
import type { AppDeps } from '../app';
import { luceneQuery } from '../domain/search';
import { readCacheFor } from '../domain/read-cache';
import type { RouteRegistry } from '../http/route-registry';
import { intParam, labelList } from './schemas';

export function searchRoutes(reg: RouteRegistry, { db }: AppDeps): void {
  const cache = readCacheFor(db);
  reg.add({
    method: 'get',
    path: '/search',
    summary: 'Alias-aware, typo-tolerant autocomplete over names, aliases and claims',
    tags: ['search'],
    query: z.object({
      q: z.string().trim().min(1, 'must not be empty').max(200),
      types: labelList.describe('comma-separated labels: Actor,Unit,Place,Source,Claim'),
      limit: intParam(1, 50, 10),
    }),
    handler: async ({ query: { q, types, limit } }, req, res) =>
      cache.send(req, res, async () => {
        const lucene = luceneQuery(q);
        if (!lucene) return { query: q, results: [] };
        const nameLabels = types.filter((t) => t !== 'Claim');
        const wantNames = types.length === 0 || nameLabels.length > 0;
        const wantClaims = types.length === 0 || types.includes('Claim');
        const names = wantNames
          ? await db.readRows(query('queries/search-names'), {
              lucene,
              labels: nameLabels,
              limit: int(limit),
              fetch: int(limit * 3),
            })
          : [];
        const claims =
          wantClaims && names.length < limit
            ? await db.readRows(query('queries/search-claims'), {
                lucene,
                limit: int(limit - names.length),
              })
            : [];
        return { query: q, results: [...names, ...claims] };
      }),
  });
}
