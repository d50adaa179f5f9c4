import { z } from 'zod';
import type { AppDeps } from '../app';
import { claimDisputesFor, type ClaimDisputes } from '../domain/claim-disputes';
import { DISAGREEMENTS_CAP } from '../domain/compared-disagreements';
import { DISAGREEMENT_WINDOW_DAYS } from '../domain/figures';
import type { RouteRegistry } from '../http/route-registry';
import { nodeId } from './schemas';

/** The most claims one request asks about: the explorer asks in batches of this many. */
export const DISPUTES_IDS_CAP = 5_000;
/** The most disputes listed per claim; all are counted. */
export const DISPUTES_SHOWN_CAP = 100;

export function disputeRoutes(reg: RouteRegistry, { db }: AppDeps): void {
  const disputesOf = claimDisputesFor(db);

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
      ids: z
        .array(nodeId)
        .min(1, 'must name at least one claim')
        .max(DISPUTES_IDS_CAP, `must name at most ${DISPUTES_IDS_CAP} claims`),
      shown: z
        .number({ message: 'must be a number' })
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(DISPUTES_SHOWN_CAP, `must be at most ${DISPUTES_SHOWN_CAP}`)
        .default(10),
    }),
    handler: async ({ body }): Promise<{ asked: number; claims: ClaimDisputes[] }> => ({
      asked: new Set(body.ids).size,
      claims: await disputesOf(body.ids, body.shown),
    }),
  });
}
