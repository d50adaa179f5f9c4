import { z } from 'zod';
import type { AppDeps } from '../app';
import { indexedFiguresFor } from '../domain/claim-disputes';
import {
  comparedDisagreementsFor,
  DISAGREEMENTS_CAP,
  PAIRS_KEPT,
} from '../domain/compared-disagreements';
import { comparedFiguresFor } from '../domain/compared-figures';
import { figuresInView } from '../domain/figures-in-view';
import { DISAGREEMENT_WINDOW_DAYS } from '../domain/figures';
import { findDisagreementsCooperatively } from '../domain/cooperative';
import type { RouteRegistry } from '../http/route-registry';
import { CSV_ROWS } from '../http/send-table';
import {
  FIGURE_PAIRS_OFFSET_CAP,
  figurePairsFileName,
  sendFigurePairs,
  sendFigurePairsOf,
} from './dispute-tables';
import {
  bodyInt,
  intParam,
  measureName,
  pairOrder,
  pairOrderParam,
  VIEW_IDS_CAP,
  viewClaimIds,
} from './schemas';

const order = pairOrderParam.describe(
  "By the first claim's date, as /api/figures lists them, or widest apart first",
);

const DESCRIPTION =
  'One row per pair of figures of different speakers that cannot both hold (the same measure ' +
  `and unit, dates within ${DISAGREEMENT_WINDOW_DAYS} days, ranges apart once hedges are ` +
  'allowed for: the rules of /api/figures): the measure, how far apart (`factor`, the larger ' +
  'stated figure over the smaller; empty when the smaller is 0), and for each side the claim, ' +
  'speaker, figure as stated and as numbers, date, the source that reports it with its exact ' +
  `excerpt, and the report it relays it from. Up to ${CSV_ROWS.toLocaleString('en-US')} rows ` +
  'a request (offset pages through more). X-Total-Count says how many pairs there are, ' +
  'X-Row-Count how many rows this answer holds.';

export function figureRoutes(reg: RouteRegistry, { db }: AppDeps): void {
  const compared = comparedFiguresFor(db);
  const disagreements = comparedDisagreementsFor(db);
  const indexed = indexedFiguresFor(db);

  reg.add({
    method: 'get',
    path: '/figures.csv',
    summary: 'Figures that disagree as a CSV table, one row per pair',
    description: `${DESCRIPTION} In the order of /api/figures' list; \`measure\` keeps one measure's pairs.`,
    tags: ['who-said-what'],
    query: z.object({
      measure: measureName,
      order,
      offset: intParam(0, FIGURE_PAIRS_OFFSET_CAP, 0),
    }),
    produces: 'text/csv',
    handler: async ({ query: q }, _req, res) => {
      const measure = q.measure ?? null;
      const order = pairOrder(q.order);
      // The first page is kept with the graph's pairs (found once per graph
      // version); a later one goes through every pair again.
      const { points, total, keys } =
        q.offset + CSV_ROWS <= PAIRS_KEPT
          ? await disagreements(measure, order)
          : await compared(measure).then(async (points) => ({
              points,
              ...(await findDisagreementsCooperatively(points, q.offset + CSV_ROWS, {
                order,
                named: 0,
              })),
            }));
      await sendFigurePairs(
        db,
        res,
        points,
        keys.slice(q.offset, q.offset + CSV_ROWS),
        total,
        figurePairsFileName(q, null),
      );
    },
  });

  reg.add({
    method: 'post',
    path: '/figures.csv',
    summary: 'Figures that disagree about a list of claims as a CSV table (the claims in view)',
    description:
      `${DESCRIPTION} Only the pairs with one of the claims named in \`ids\` (up to ` +
      `${VIEW_IDS_CAP.toLocaleString('en-US')}: the claims an analyst has in view) on a side, ` +
      'each pair once, in the order of GET /api/figures.csv: with every claim named, its rows. ' +
      'A POST because a view holds more ids than a URL does; nothing is written.',
    tags: ['who-said-what'],
    body: z.object({
      ids: viewClaimIds,
      measure: measureName,
      order,
      offset: bodyInt(0, FIGURE_PAIRS_OFFSET_CAP, 0),
    }),
    produces: 'text/csv',
    handler: async ({ body }, _req, res) => {
      await sendFigurePairsOf(db, res, await indexed(), body.ids, body, 'in-view');
    },
  });

  reg.add({
    method: 'post',
    path: '/figures/in-view',
    summary:
      "Figures over time of a list of claims (the claims in view), with other speakers' that disagree",
    description:
      'What GET /api/figures answers, for the claims named in `ids` (up to ' +
      `${VIEW_IDS_CAP.toLocaleString('en-US')}: the claims an analyst has in view): \`measures\` counts ` +
      'those claims stating each measure, `figures` are their points (each `disagrees` when a ' +
      'figure of another speaker anywhere in the graph disagrees with it), and the disagreements ' +
      'are the pairs with one of them on a side, each once, listed in `order` (the first ' +
      `${DISAGREEMENTS_CAP.toLocaleString('en-US')}; \`disagreementsTotal\` counts all), counted by measure, ` +
      "with each measure's widest apart and their sources. `partners` are the figures on the " +
      'other side of the pairs listed, of claims not named. `asked` counts the ids named. A POST ' +
      'because a view holds more ids than a URL does; nothing is written.',
    tags: ['who-said-what'],
    body: z.object({
      ids: viewClaimIds,
      measure: measureName,
      points: z.enum(['all', 'none'], { message: 'must be all or none' }).default('all'),
      order,
    }),
    handler: async ({ body }) => {
      const measure = body.measure ?? null;
      const found = await figuresInView(db, await indexed(), body.ids, {
        measure,
        order: pairOrder(body.order),
        listed: DISAGREEMENTS_CAP,
      });
      return {
        asked: new Set(body.ids).size,
        measure,
        measures: found.measures,
        figures: body.points === 'all' ? found.points : [],
        figuresTotal: found.points.length,
        order: body.order,
        disagreements: found.disagreements,
        disagreementsTotal: found.disagreementsTotal,
        disagreementsByMeasure: found.disagreementsByMeasure,
        widestByMeasure: found.widestByMeasure,
        partners: found.partners,
      };
    },
  });
}
