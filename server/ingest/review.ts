/**
 * Turns a proposal into a reviewed commit body with the defaults an analyst
 * would start from: matched mentions accepted, new names created, claims
 * accepted when their speaker is known, relayed from the report proposed
 * for them and dated as their attribution states, no contradiction recorded. The CLI's
 * --yes uses it as is; the review panel starts from it and lets the analyst
 * change each decision.
 */
import { figureAmount } from '../../seed/model';
import type { Proposal } from './extract';
import type { ProposedRelay } from './relays';
import type { ArticleBody, CommitBody } from './schema';

/** `relays`: the preview's; a claim is relayed from its proposed report, when one stands out. */
export function defaultReview(
  article: ArticleBody,
  proposal: Proposal & { relays?: ProposedRelay[] },
): CommitBody {
  const relayed = new Map((proposal.relays ?? []).map((r) => [r.claim, r.proposed]));
  const mentions: CommitBody['mentions'] = proposal.mentions.map((m) =>
    m.match
      ? {
          id: m.id,
          text: m.text,
          start: m.start,
          end: m.end,
          label: m.label,
          decision: 'accept',
          entityId: m.match.entityId,
        }
      : {
          id: m.id,
          text: m.text,
          start: m.start,
          end: m.end,
          label: m.label,
          decision: 'create',
          ...(m.kindGuess ? { kind: m.kindGuess } : {}),
          ...(m.newEntityKey ? { newEntityKey: m.newEntityKey } : {}),
          name: proposal.newEntities.find((e) => e.mentionIds.includes(m.id))?.name ?? m.text,
        },
  );
  const claims: CommitBody['claims'] = proposal.claims.map((c) => {
    const speakerKnown = !!(c.speaker.mentionId || c.speaker.entityId || c.speaker.unattributed);
    return {
      id: c.id,
      decision: speakerKnown ? 'accept' : 'reject',
      speaker: {
        mentionId: c.speaker.mentionId,
        entityId: c.speaker.entityId,
        text: c.speaker.text,
        ...(c.speaker.unattributed ? { unattributed: true as const } : {}),
      },
      text: c.text,
      kind: c.kind,
      cue: c.cue,
      start: c.start,
      end: c.end,
      about: c.about,
      figures: c.figures.map((f) => ({
        measure: f.measure,
        unit: f.unit as CommitBody['claims'][number]['figures'][number]['unit'],
        ...figureAmount(f),
        text: f.text,
      })),
      ...(relayed.get(c.id) ? { relayedFrom: relayed.get(c.id)! } : {}),
      ...(c.statedDate ? { date: c.statedDate.date } : {}),
    };
  });
  // Proposed contradictions are found by shared words: only an analyst's reading records one.
  return { article, mentions, claims, contradictions: [], reports: [] };
}
