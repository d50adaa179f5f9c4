/**
 * GET /api/sources: every source with what it holds, for the Sources panel; and, for one,
 * which other sources dispute its claims and which agree, with the pairs as CSV tables.
 */
import { z } from 'zod';
import { query } from '../../db/cypher';
import { int, type GraphDb } from '../../db/graph-db';
import type { AppDeps } from '../app';
import { indexedFiguresFor } from '../domain/claim-disputes';
import { agreedClaimsFor } from '../domain/agreed-claims';
import { claimAccountsFor } from '../domain/claim-accounts';
import { comparedDisagreementsFor } from '../domain/compared-disagreements';
import { runCooperatively } from '../domain/cooperative';
import { readCacheFor } from '../domain/read-cache';
import { readContradictions, readRecordedPairs } from '../domain/recorded-pairs';
import { RELAYED_IN_SHOWN } from '../domain/account-rows';
import {
  AGREEMENTS_SHOWN,
  sourceAgreeingPairsInSteps,
  sourceAgreementsInSteps,
} from '../domain/source-agreements';
import { REASONS_SHOWN, sourceDisputesInSteps } from '../domain/source-disputes';
import { SOURCE_ORDERS, type SourceSummary } from '../domain/sources';
import { VersionMemo } from '../domain/version-memo';
import { HttpError } from '../http/errors';
import type { RouteRegistry } from '../http/route-registry';
import { CSV_ROWS } from '../http/send-table';
import {
  FIGURE_PAIRS_OFFSET_CAP,
  pagedFileName,
  sendAgreeingPairs,
  sendRecordedPairs,
  sendFigurePairsOf,
} from './dispute-tables';
import { intParam, nodeId, pairOrderParam } from './schemas';

/** The most sources one page lists. */
export const SOURCES_PAGE_MAX = 500;
/** The most sources GET /api/sources/:id/disputes (and /agreements) lists; `total` counts all. */
export const DISPUTING_SOURCES_MAX = 500;
/** No cap: the recorded contradictions (and corroborations) of one source's claims are all read and counted. */
const ALL_RECORDED = 1_000_000;
/** How many it lists unless asked: a source's "Disagrees with" shows these. */
export const DISPUTING_SOURCES_DEFAULT = 50;

/**
 * Each source's claims in dispute, or borne out, by its id, once per graph
 * version: the "most in dispute" and "most borne out" orders rank every source
 * by it, and counted in the list's query it checked each claim of the graph on
 * each request (~1 s at scale 1000).
 */
function rankedCountsFor(db: GraphDb): (order: 'disputed' | 'corroborated') => Promise<Counts> {
  // The figures view (opened by every client) has found the disputed claims for this version already.
  const disagreements = comparedDisagreementsFor(db);
  const agreed = agreedClaimsFor(db);
  const memo = new VersionMemo<Counts>(() => readCacheFor(db).version(), 2);
  return (order) =>
    memo.get(order, async () => {
      const rows = await db.readRows(query('queries/sources-ranked-counts'), {
        byFigures:
          order === 'disputed'
            ? (await disagreements(null, 'first')).disputedClaims
            : await agreed(),
        recorded: order === 'disputed' ? 'CONTRADICTS' : 'CORROBORATES',
      });
      return Object.fromEntries(rows.map((r) => [String(r.source), Number(r.n)]));
    });
}
type Counts = Record<string, number>;

/** A source's disputing or agreeing sources: its id, and how many of them to list. */
const otherSourcesRequest = {
  params: z.object({ id: nodeId }),
  query: z.object({ limit: intParam(1, DISPUTING_SOURCES_MAX, DISPUTING_SOURCES_DEFAULT) }),
  errors: { 404: 'No source has this id' },
};

export function sourceRoutes(reg: RouteRegistry, { db }: AppDeps): void {
  const cache = readCacheFor(db);
  const disagreements = comparedDisagreementsFor(db);
  const rankedCounts = rankedCountsFor(db);
  const agreed = agreedClaimsFor(db);
  reg.add({
    method: 'get',
    path: '/sources',
    summary: 'Every source with its claims, speakers, and claims in dispute and borne out',
    description:
      'The sources (articles, and the reports they cite), each with how many claims it ' +
      'reports and by how many speakers, how many of those are in dispute (`disputed`: ' +
      "their figures disagree with another speaker's, `disputedByFigures`, or a " +
      'contradiction is recorded against them, `contradicted`), how many claims other ' +
      'articles relay from it (`relayedByOthers`: a cited report reports none itself) and ' +
      'how many of those are in dispute (`relayedDisputed`), how many of its claims are borne ' +
      "out (`corroborated`: their figures agree with another speaker's, `agreedByFigures`, " +
      'or a corroboration is recorded with them, `corroboratedRecorded`; `relayedCorroborated` ' +
      'of those relayed from it), and how many sources it cites. ' +
      '`q` keeps the sources with those words in their title or outlet; `order` lists the ' +
      'newest first (`published`), the most claims first (`claims`: its own and those ' +
      'relayed from it, `claims + relayedByOthers`), the most claims in dispute first ' +
      '(`disputed`: `disputed + relayedDisputed`), or the most borne out first ' +
      '(`corroborated`: `corroborated + relayedCorroborated`).',
    tags: ['who-said-what'],
    query: z.object({
      q: z
        .string()
        .trim()
        .max(200, 'must be at most 200 characters')
        .optional()
        .transform((s) => (s ? s.toLowerCase() : null)),
      order: z
        .enum(SOURCE_ORDERS, { message: `must be one of ${SOURCE_ORDERS.join(', ')}` })
        .default('published'),
      limit: intParam(1, SOURCES_PAGE_MAX, 100),
      offset: intParam(0, 1_000_000, 0),
    }),
    handler: async ({ query: q }, req, res) =>
      cache.send(req, res, async () => {
        const rows = await db.readRows(query('queries/sources-list'), {
          q: q.q,
          order: q.order,
          disputedByFigures: (await disagreements(null, 'first')).disputedClaims,
          rankCounts:
            q.order === 'disputed' || q.order === 'corroborated' ? await rankedCounts(q.order) : {},
          agreedByFigures: await agreed(),
          offset: int(q.offset),
          limit: int(q.limit),
        });
        // An empty page is one row with no source, which carries the total.
        const sources = rows
          .map((r) => r.source as SourceSummary | null)
          .filter((s): s is SourceSummary => s !== null);
        return {
          total: Number(rows[0]?.total ?? 0),
          offset: q.offset,
          limit: q.limit,
          order: q.order,
          sources,
        };
      }),
  });

  const indexed = indexedFiguresFor(db);
  const claimAccounts = claimAccountsFor(db);
  /** A source's claims: those it reports, and those other articles relay from it (`ids`: both). */
  const claimsOfSource = async (id: string) => {
    const [row] = await db.readRows(query('queries/source-claim-ids'), { id });
    if (!row) throw new HttpError(404, `no source with id "${id}"`);
    const reported = (row.ids as string[]).map(String);
    const relayed = (row.relayed as string[]).map(String);
    return { reported, relayed, ids: [...new Set([...reported, ...relayed])] };
  };
  reg.add({
    method: 'get',
    path: '/sources/:id/disputes',
    summary: "Which other sources dispute a source's claims, and how much",
    description:
      "A source's claims are those it reports (`claims` of them) and those other articles " +
      'relay from it (`relayed`: a cited report reports none itself). For each other source ' +
      'whose claims dispute them (their figures disagree, by the rules of /api/figures, or a ' +
      'contradiction is recorded between them), named by its account (the report an article ' +
      'relays the claim from, else the article): how many of its claims (`theirs`) against ' +
      "how many of this source's (`ours`), the pairs of figures (`figurePairs`) and recorded " +
      `contradictions (\`recorded\`), and the first ${REASONS_SHOWN} pairs named (\`reasons\`: ` +
      'the recorded first, then the figures widest apart); a report, the articles that relay ' +
      `its claims met here (\`relayedIn\`, the first ${RELAYED_IN_SHOWN}; \`relayedInTotal\`). ` +
      'The most claims of theirs first, ' +
      "`limit` of them; `total` counts all, and `within` the pairs among the source's own " +
      'claims; `figurePairsTotal` and `recordedTotal` the figure pairs and the recorded ' +
      'contradictions with one of its claims on a side, each once. Every pair is counted, ' +
      'however many.',
    tags: ['who-said-what'],
    ...otherSourcesRequest,
    handler: async ({ params, query: q }, req, res) =>
      cache.send(req, res, async () => {
        const { reported, relayed, ids } = await claimsOfSource(params.id);
        const [figures, recorded, accounts] = await Promise.all([
          indexed(),
          // All of them: each is counted (a source's are bounded by its claims).
          ids.length ? readContradictions(db, ids, ALL_RECORDED) : null,
          claimAccounts(),
        ]);
        // Half a second for a much relayed report at scale: other requests go between its steps.
        const disputes = await runCooperatively(
          sourceDisputesInSteps(figures, ids, recorded?.contradictions ?? [], accounts, q.limit),
        );
        return {
          source: params.id,
          claims: reported.length,
          relayed: relayed.length,
          ...disputes,
        };
      }),
  });

  reg.add({
    method: 'get',
    path: '/sources/:id/agreements',
    summary: "Which other sources agree with a source's claims, and how much",
    description:
      "The other side of /api/sources/:id/disputes. A source's claims are those it reports " +
      '(`claims` of them) and those other articles relay from it (`relayed`). For each other ' +
      "source with a claim whose figure agrees with one of this source's (another speaker's " +
      'figure of the same measure and unit, dated within the window, ranges that overlap once ' +
      'hedges are allowed for: the rules of /api/claims/:id/agreements) or that is recorded as ' +
      'corroborating one (/api/corroborations), named by its account (the ' +
      'report an article relays the claim from, else the article; a report with the articles ' +
      'that relay its claims met, `relayedIn`): how many of its claims (`theirs`) against how ' +
      "many of this source's (`ours`), the pairs of figures (`figurePairs`) and recorded " +
      `corroborations (\`recorded\`), and the first ${AGREEMENTS_SHOWN} pairs named ` +
      '(`reasons`: the recorded first, then the figures closest). The most claims of ' +
      'theirs first, `limit` of them; `total` counts all, `figurePairsTotal` every agreeing ' +
      "pair of figures with one of its claims on a side (its own claims' agreeing among " +
      'themselves left out), `recordedTotal` the recorded corroborations with one of its ' +
      'claims on a side. Every pair is counted, however many.',
    tags: ['who-said-what'],
    ...otherSourcesRequest,
    handler: async ({ params, query: q }, req, res) =>
      cache.send(req, res, async () => {
        const { reported, relayed, ids } = await claimsOfSource(params.id);
        const [figures, recorded, accounts] = await Promise.all([
          indexed(),
          ids.length ? readRecordedPairs(db, 'corroborations', ids, ALL_RECORDED) : null,
          claimAccounts(),
        ]);
        const agreements = await runCooperatively(
          sourceAgreementsInSteps(figures, ids, recorded?.pairs ?? [], accounts, q.limit),
        );
        return {
          source: params.id,
          claims: reported.length,
          relayed: relayed.length,
          ...agreements,
        };
      }),
  });

  reg.add({
    method: 'get',
    path: '/sources/:id/agreements.csv',
    summary: "The figures that agree with a source's claims as a CSV table, one row per pair",
    description:
      'The pairs /api/sources/:id/agreements counts (its `figurePairsTotal`), closest first: ' +
      'the measure and unit, how they agree (`agreement`: `same` stated figure, stated ranges ' +
      'that `overlap`, or `hedged`: apart as stated, agreeing once hedges are allowed for, ' +
      "`factor` then saying how far apart), and for each side (a: this source's claim, b: the " +
      'other) the claim, speaker, figure as stated and as numbers, date, the source that ' +
      `reports it with its exact excerpt, and the report it relays it from. Up to ` +
      `${CSV_ROWS.toLocaleString('en-US')} rows a request (offset pages through more). ` +
      'X-Total-Count says how many pairs there are, X-Row-Count how many rows this answer holds.',
    tags: ['who-said-what'],
    params: z.object({ id: nodeId }),
    query: z.object({ offset: intParam(0, FIGURE_PAIRS_OFFSET_CAP, 0) }),
    produces: 'text/csv',
    errors: { 404: 'No source has this id' },
    handler: async ({ params, query: q }, _req, res) => {
      const [{ ids }, figures] = await Promise.all([claimsOfSource(params.id), indexed()]);
      const { total, pairs } = await runCooperatively(
        sourceAgreeingPairsInSteps(figures, ids, q.offset + CSV_ROWS),
      );
      await sendAgreeingPairs(
        db,
        res,
        pairs.slice(q.offset),
        total,
        pagedFileName(['figure-agreements', params.id], q.offset),
      );
    },
  });

  reg.add({
    method: 'get',
    path: '/sources/:id/figures.csv',
    summary: "The figures that disagree with a source's claims as a CSV table, one row per pair",
    description:
      'The table of GET /api/figures.csv for the pairs with one of the claims of the source on ' +
      'a side (those it reports and those other articles relay from it, as ' +
      '/api/sources/:id/disputes counts them: its `figurePairsTotal`), each pair once, widest ' +
      `apart first unless \`order\` says otherwise. Up to ${CSV_ROWS.toLocaleString('en-US')} ` +
      'rows a request (offset pages through more). X-Total-Count says how many pairs there are, ' +
      'X-Row-Count how many rows this answer holds.',
    tags: ['who-said-what'],
    params: z.object({ id: nodeId }),
    query: z.object({
      order: pairOrderParam.default('widest'),
      offset: intParam(0, FIGURE_PAIRS_OFFSET_CAP, 0),
    }),
    produces: 'text/csv',
    errors: { 404: 'No source has this id' },
    handler: async ({ params, query: q }, _req, res) => {
      const [{ ids }, figures] = await Promise.all([claimsOfSource(params.id), indexed()]);
      await sendFigurePairsOf(db, res, figures, ids, q, params.id);
    },
  });

  // The recorded pairs with one of a source's claims on a side, as its page counts them.
  for (const [kind, what, counted] of [
    ['contradictions', 'recorded against', 'disputes'],
    ['corroborations', 'recorded with', 'agreements'],
  ] as const) {
    reg.add({
      method: 'get',
      path: `/sources/:id/${kind}.csv`,
      summary: `The ${kind} ${what} a source's claims as a CSV table`,
      description:
        `The table of GET /api/${kind}.csv for the pairs with one of the claims of the ` +
        'source on a side (those it reports and those other articles relay from it, as ' +
        `/api/sources/:id/${counted} counts them: its \`recordedTotal\`).`,
      tags: ['who-said-what'],
      params: z.object({ id: nodeId }),
      produces: 'text/csv',
      errors: { 404: 'No source has this id' },
      handler: async ({ params }, _req, res) => {
        const { ids } = await claimsOfSource(params.id);
        await sendRecordedPairs(db, res, kind, ids, undefined, params.id);
      },
    });
  }
}
