/**
 * The review's figures compared again with the graph's: the preview compared
 * them for the speakers it proposed, and the analyst may give a claim another
 * speaker, whose own figures it then repeats rather than disputes.
 */
import { isIsoDate } from '../filters/utils';
import type { FiguresCompareInput, ReviewState } from './types';
import { resolveSpeaker } from './utils';

/**
 * What POST /api/ingest/figures is sent for the review as it stands: each
 * claim with figures, its speaker as settled (an entity, a new name, or
 * none) and its date. Equal bodies ask the same question, so its JSON keys the answer.
 */
export function figuresCompareBody(state: ReviewState): FiguresCompareInput {
  return {
    publishedDate: state.article.publishedDate ?? null,
    claims: state.claims
      .filter((c) => c.proposal.figures.length > 0)
      .map((c) => {
        const who = resolveSpeaker(state, c);
        const speaker =
          who.status === 'linked' && who.entityId
            ? { entityId: who.entityId, name: who.name ?? who.entityId }
            : who.status === 'new' && who.name
              ? { name: who.name }
              : null;
        return {
          id: c.id,
          speaker,
          // a date that is no date yet (being typed) compares as the article's
          ...(c.date && isIsoDate(c.date) ? { date: c.date } : {}),
          figures: c.proposal.figures,
        };
      }),
  };
}
