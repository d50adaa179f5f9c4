/** What a proposal's mentions and speakers link to in the graph. */
import type { ClaimProposal, Proposal } from './types';

/** The graph entity each linked mention of the proposal names, by mention id. */
export function linkedEntities(proposal: Pick<Proposal, 'mentions'>): Map<string, string> {
  return new Map(proposal.mentions.filter((m) => m.match).map((m) => [m.id, m.match!.entityId]));
}

/** The graph entity a proposed claim's speaker is, directly or through its mention; null for a new name. */
export function speakerEntity(c: ClaimProposal, linked: Map<string, string>): string | null {
  return (
    c.speaker.entityId ??
    (c.speaker.mentionId ? linked.get(c.speaker.mentionId) : undefined) ??
    null
  );
}
