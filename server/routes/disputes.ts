import type { Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app';
import { claimDisputesFor, indexedFiguresFor, type ClaimDisputes } from '../domain/claim-disputes';
import { DISAGREEMENTS_CAP } from '../domain/compared-disagreements';
import { runCooperatively } from '../domain/cooperative';
import { figureDisputesInView } from '../domain/disputes-in-view';
import {
  CLOSEST_PER_MEASURE,
  closestAgreeingPairsInSteps,
  figureAgreementsInSteps,
} from '../domain/figure-agreements';
import { DISAGREEMENT_WINDOW_DAYS, WIDEST_PER_MEASURE } from '../domain/figures';
import { readContradictions, readRecordedPairs } from '../domain/recorded-pairs';
import { readCacheFor } from '../domain/read-cache';
import { withSources } from '../domain/reported-in';
import type { RouteRegistry } from '../http/route-registry';
import {
  CONTRADICTIONS_CAP,
  FIGURE_PAIRS_OFFSET_CAP,
  pagedFileName,
  sendAgreeingPairs,
} from './dispute-tables';
import { CSV_ROWS } from '../http/send-table';
import { bodyInt, intParam, VIEW_IDS_CAP, viewClaimIds } from './schemas';

/** The most claims one request asks about: the explorer asks in batches of this many. */
export const DISPUTES_IDS_CAP = VIEW_IDS_CAP;
/** The most disputes listed per claim; all are counted. */
export const DISPUTES_SHOWN_CAP = 100;

export function disputeRoutes(reg: RouteRegistry, { db }: AppDeps): void {
  const disputesOf = claimDisputesFor(db);
  const indexed = indexedFiguresFor(db);
  const cache = readCacheFor(db);
  /** The agreeing figures of the claims `ids` (null: the graph's), each pair's sides with their sources. */
  const agreeingFigures = async (ids: readonly string[] | null) => {
    const found = await runCooperatively(
      figureAgreementsInSteps(await indexed(), ids, CLOSEST_PER_MEASURE),
    );
    return { ...found, closestByMeasure: await withSources(db, found.closestByMeasure) };
  };

  reg.add({
    method: 'post',
    path: '/claims/disputes',
    summary: "Which of a list of claims other speakers' figures disagree with, and how",
    description:
      `For each of the claims named in \`ids\` (up to ${DISPUTES_IDS_CAP.toLocaleString('en-US')}: ` +
      'the claims an analyst has in view) whose figures disagree with figures of other ' +
      `speakers (the same measure and unit, dates within ${DISAGREEMENT_WINDOW_DAYS} days, ` +
      'ranges apart once hedges are allowed for; the rules of /api/figures), how many ' +
      'disagreeing pairs it takes part in (`total`) and the `shown` widest apart, each ' +
      `named as /api/figures names it. /api/figures lists only the first ${DISAGREEMENTS_CAP.toLocaleString('en-US')} pairs of all; ` +
      'this answers for every claim asked. Claims with no disagreeing figure, and ids of no ' +
      'claim, are left out. Recorded contradictions are listed by /api/contradictions. ' +
      'A POST because a view holds more ids than a URL does; nothing is written.',
    tags: ['who-said-what'],
    body: z.object({
      ids: viewClaimIds,
      shown: bodyInt(1, DISPUTES_SHOWN_CAP, 10),
    }),
    handler: async ({ body }): Promise<{ asked: number; claims: ClaimDisputes[] }> => ({
      asked: new Set(body.ids).size,
      claims: await disputesOf(body.ids, body.shown),
    }),
  });

  reg.add({
    method: 'post',
    path: '/claims/disputes/in-view',
    summary:
      'Where sources disagree about a list of claims: what the Disputes panel shows for the claims in view',
    description:
      'For the claims named in `ids` (the claims an analyst has in view), what /api/contradictions ' +
      'and /api/figures answer for the whole graph: the recorded contradictions with one of them ' +
      `on a side (\`contradictions\`, ${CONTRADICTIONS_CAP.toLocaleString('en-US')} at most; \`total\` counts all), ` +
      'and the pairs of disagreeing figures with one of them on a side, each pair counted ' +
      'once, by measure, with the widest apart of each measure and the source that reported ' +
      'each side (`figures`: disagreementsTotal, disagreementsByMeasure, widestByMeasure; ' +
      '`measures` counts the figures of the claims named). Ids of no claim are left out. ' +
      'A POST because a view holds more ids than a URL does; nothing is written.',
    tags: ['who-said-what'],
    body: z.object({ ids: viewClaimIds }),
    handler: async ({ body }) => {
      const [recorded, figures] = await Promise.all([
        readContradictions(db, body.ids, CONTRADICTIONS_CAP),
        indexed().then((x) => figureDisputesInView(x, body.ids, WIDEST_PER_MEASURE)),
      ]);
      return {
        asked: new Set(body.ids).size,
        contradictions: { ...recorded, truncated: recorded.total > recorded.contradictions.length },
        figures: { ...figures, widestByMeasure: await withSources(db, figures.widestByMeasure) },
      };
    },
  });

  reg.add({
    method: 'post',
    path: '/claims/agreements/in-view',
    summary:
      'Where sources agree about a list of claims: the recorded corroborations with one of them on a side',
    description:
      'For the claims named in `ids` (the claims an analyst has in view), what ' +
      '/api/corroborations answers for the whole graph: the recorded corroborations with one ' +
      `of them on a side (\`corroborations\`, ${CONTRADICTIONS_CAP.toLocaleString('en-US')} at most; ` +
      '`total` counts all), in its shape; and what /api/figures/agreements answers for the ' +
      'graph, for the pairs of agreeing figures with one of them on a side (`figures`). ' +
      'Ids of no claim are left out. ' +
      'A POST because a view holds more ids than a URL does; nothing is written.',
    tags: ['who-said-what'],
    body: z.object({ ids: viewClaimIds }),
    handler: async ({ body }) => {
      const [{ total, pairs }, figures] = await Promise.all([
        readRecordedPairs(db, 'corroborations', body.ids, CONTRADICTIONS_CAP),
        agreeingFigures(body.ids),
      ]);
      return {
        asked: new Set(body.ids).size,
        corroborations: { total, truncated: total > pairs.length, corroborations: pairs },
        figures,
      };
    },
  });

  reg.add({
    method: 'get',
    path: '/figures/agreements',
    summary:
      "Where the graph's figures agree: pairs of figures of different speakers that agree, by measure",
    description:
      "The counterpart of /api/figures' disagreements: the pairs of figures of different " +
      'speakers that agree (the same measure and unit, dates within ' +
      `${DISAGREEMENT_WINDOW_DAYS} days, ranges that overlap once hedges are allowed for; ` +
      'the rules of /api/claims/{id}/agreements), each pair counted once, by measure ' +
      '(`agreementsTotal`, `agreementsByMeasure`), with the ' +
      `${CLOSEST_PER_MEASURE} closest of each measure and the source that reported each ` +
      'side (`closestByMeasure`: `apart` is 0 for the same stated figure, 1 for stated ranges ' +
      'that overlap, else how far apart within the hedges); `measures` counts the figures ' +
      'compared. What the Disputes panel lists where sources agree.',
    tags: ['who-said-what'],
    query: z.object({}),
    handler: async (_input, req, res) => cache.send(req, res, () => agreeingFigures(null)),
  });

  /** The agreeing figure pairs of `ids` (null: the graph's) as a CSV table, closest first, from `offset`. */
  const sendAgreeingFigures = async (
    res: Response,
    ids: readonly string[] | null,
    offset: number,
  ) => {
    const { total, pairs } = await runCooperatively(
      closestAgreeingPairsInSteps(await indexed(), ids, offset + CSV_ROWS),
    );
    const name = pagedFileName(['figure-agreements', ids ? 'in-view' : null], offset);
    await sendAgreeingPairs(db, res, pairs.slice(offset), total, name);
  };
  const tableDescription =
    'closest first (the same stated figure, then stated ranges that overlap, then by how far ' +
    "apart within the hedges; ties in the graph's order): the measure and unit, how they " +
    'agree (`agreement`: `same`, `overlap` or `hedged`, `factor` then saying how far apart), ' +
    'and for each side the claim, speaker, figure as stated and as numbers, date, the source ' +
    'that reports it with its exact excerpt, and the report it relays it from. Up to ' +
    `${CSV_ROWS.toLocaleString('en-US')} rows a request (offset pages through more). ` +
    'X-Total-Count says how many pairs there are, X-Row-Count how many rows this answer holds.';

  reg.add({
    method: 'get',
    path: '/figures/agreements.csv',
    summary: "The graph's pairs of agreeing figures as a CSV table, one row per pair",
    description: `The pairs /api/figures/agreements counts, ${tableDescription}`,
    tags: ['who-said-what'],
    query: z.object({ offset: intParam(0, FIGURE_PAIRS_OFFSET_CAP, 0) }),
    produces: 'text/csv',
    handler: async ({ query: q }, _req, res) => sendAgreeingFigures(res, null, q.offset),
  });

  reg.add({
    method: 'post',
    path: '/figures/agreements.csv',
    summary: 'The agreeing figure pairs of a list of claims as a CSV table (the claims in view)',
    description:
      'The pairs of agreeing figures with one of the claims named in `ids` on a side (up to ' +
      `${VIEW_IDS_CAP.toLocaleString('en-US')}: the claims an analyst has in view), as ` +
      `/api/claims/agreements/in-view counts them, ${tableDescription} A POST because a view ` +
      'holds more ids than a URL does; nothing is written.',
    tags: ['who-said-what'],
    body: z.object({ ids: viewClaimIds, offset: bodyInt(0, FIGURE_PAIRS_OFFSET_CAP, 0) }),
    produces: 'text/csv',
    handler: async ({ body }, _req, res) => sendAgreeingFigures(res, body.ids, body.offset),
  });
}
