/**
 * A new review of an article that was removed starts from the review it was
 * committed with: each decision goes to the mention or claim at the same place
 * in the text (ids differ from one preview to the next), so that fixing one
 * misread figure or speaker does not mean redoing the rest. DOM-free.
 */
import type {
  ClaimReview,
  ContradictionReview,
  LinkedReview,
  MentionReview,
  NewReportDraft,
  ProposedFigure,
  ReportChoice,
  ReviewState,
  SpeakerChoice,
} from './types';
import {
  addClaimFromText,
  addedCueWords,
  isAddedCue,
  setAddedClaimCue,
  setAddedClaimKind,
} from './added-claims';
import { newReportChoice, reportChoice, resolveMention } from './utils';

export interface RestoredReview {
  state: ReviewState;
  /** How many of the earlier review's mentions, claims and confirmed contradictions were carried over. */
  carried: { mentions: number; claims: number; contradictions: number };
  /**
   * Earlier decisions with nowhere to go: a link to an entity that is gone, a
   * speaker mention or a contradiction the new proposal does not have, a
   * report relayed from that is gone.
   */
  missed: number;
}

/** What removing a linked source gave back for a new review of its article. */
export interface EarlierReview {
  review: LinkedReview;
  /** See SourceRemoval.reviewNames. */
  names: Record<string, string>;
  /** See SourceRemoval.reportsKept. */
  kept: readonly { id: string; key: string; title: string }[];
}

const at = (x: { start: number; end: number }) => `${x.start}:${x.end}`;

/**
 * A report in the graph: as this preview offers it to the claim (with its
 * outlet and date), else by its title; null when it is neither (gone).
 */
function existingReport(
  c: ClaimReview,
  id: string,
  title: string | undefined,
): ReportChoice | null {
  const offered = c.reports.find((r) => r.id === id);
  if (offered) return reportChoice(offered);
  return title === undefined ? null : { id, title, outlet: null, date: null };
}

export function restoreReview(
  fresh: ReviewState,
  previous: LinkedReview,
  /** The names of the entities the earlier review links to, and the titles of its reports, where they still exist. */
  names: Record<string, string>,
  /** Reports the earlier review added that stayed in the graph (other sources cite them). */
  kept: readonly { id: string; key: string; title: string }[] = [],
  /** This preview's figures, for the claims the analyst had marked in the text. */
  figures: readonly ProposedFigure[] = [],
): RestoredReview {
  let missed = 0;
  // The claims the analyst marked in the text are marked again, where the
  // same words are; the decisions below then go to them as to the others.
  let state = fresh;
  for (const p of previous.claims) {
    if (!isAddedCue(p.cue)) continue;
    const added =
      state.article.text.slice(p.start, p.end) === p.text
        ? addClaimFromText(state, figures, p.start, p.end)
        : null;
    // Words no longer in the article: the claim has nowhere to go.
    if (added?.ok)
      state = setAddedClaimCue(
        setAddedClaimKind(added.state, added.id, p.kind),
        added.id,
        addedCueWords(p.cue),
      );
    else if (!added) missed++;
  }
  const carried = { mentions: 0, claims: 0, contradictions: 0 };
  const exists = (id: string | null | undefined): id is string => !!id && id in names;

  const earlierMention = new Map(previous.mentions.map((p) => [at(p), p]));
  /** Earlier mention id → this review's mention at the same place. */
  const mentionIdOf = new Map<string, string>();
  const mentions = state.mentions.map((m): MentionReview => {
    const p = earlierMention.get(at(m));
    if (!p || p.text !== m.text) return m;
    mentionIdOf.set(p.id, m.id);
    if (p.decision === 'accept') {
      if (!exists(p.entityId)) {
        missed++;
        return m;
      }
      carried.mentions++;
      return {
        ...m,
        decision: 'accept',
        entity: { id: p.entityId, name: names[p.entityId]!, category: p.label },
      };
    }
    carried.mentions++;
    if (p.decision === 'reject') {
      return {
        ...m,
        decision: 'reject',
        rejectLink: !!p.rejectedEntityId && p.rejectedEntityId === m.proposed?.id,
      };
    }
    return {
      ...m,
      decision: 'create',
      newEntity: {
        key: p.newEntityKey ?? m.newEntity.key,
        name: p.name ?? m.newEntity.name,
        label: p.label,
        kind: p.kind ?? m.newEntity.kind,
      },
    };
  });

  // The reports the earlier review added: added again where its removal took
  // them out of the graph, published by the same mention or entity where there
  // is one; picked as they are where other sources kept them.
  const keptReport = new Map(kept.map((r) => [r.key, r]));
  const newReports: NewReportDraft[] = (previous.reports ?? []).flatMap((r) => {
    if (keptReport.has(r.key)) return [];
    const mentionId = r.publisher ? mentionIdOf.get(r.publisher) : undefined;
    const mention = mentionId ? mentions.find((m) => m.id === mentionId) : undefined;
    const publisher = mention
      ? {
          mentionId: mention.id,
          entityId: null,
          name: resolveMention(mention).name ?? mention.text,
        }
      : r.publisher && exists(r.publisher)
        ? { mentionId: null, entityId: r.publisher, name: names[r.publisher]! }
        : null;
    return [
      {
        key: r.key,
        title: r.title,
        publisher,
        publishedDate: r.publishedDate ?? null,
        url: r.url ?? null,
      },
    ];
  });
  const earlierClaim = new Map(previous.claims.map((p) => [at(p), p]));
  const claimIdOf = new Map<string, string>();
  const claims = state.claims.map((c): ClaimReview => {
    const p = earlierClaim.get(at(c.proposal));
    if (!p) return c;
    claimIdOf.set(p.id, c.id);
    const sp = p.speaker;
    const text = sp.text ?? c.speaker.text;
    let speaker: SpeakerChoice | null = null;
    if (sp.mentionId) {
      const mentionId = mentionIdOf.get(sp.mentionId);
      if (mentionId) speaker = { mentionId, entity: null, text };
    } else if (sp.entityId) {
      if (exists(sp.entityId))
        speaker = { mentionId: null, entity: { id: sp.entityId, name: names[sp.entityId]! }, text };
    } else {
      speaker = {
        mentionId: null,
        entity: null,
        text,
        ...(sp.unattributed ? { unattributed: true as const } : {}),
        ...(sp.unnamed ? { unnamed: true as const } : {}),
        ...(sp.unnamed && sp.kind ? { kind: sp.kind } : {}),
        ...(sp.unnamed && sp.name ? { name: sp.name } : {}),
      };
    }
    if (!speaker) missed++;
    // The report it was relayed from: as this preview offers it, else by the
    // title it has now; one that is gone leaves the proposal's.
    let relayedFrom: ReportChoice | null = null;
    const added = p.relayedFromReport
      ? newReports.find((r) => r.key === p.relayedFromReport)
      : undefined;
    const stayed = p.relayedFromReport ? keptReport.get(p.relayedFromReport) : undefined;
    if (added) relayedFrom = newReportChoice(added);
    else if (stayed) relayedFrom = existingReport(c, stayed.id, stayed.title);
    else if (p.relayedFrom) {
      relayedFrom = existingReport(c, p.relayedFrom, names[p.relayedFrom]);
      if (!relayedFrom) {
        missed++;
        relayedFrom = c.relayedFrom;
      }
    }
    carried.claims++;
    // The date it was committed with; a review from before dates were proposed sent none.
    const date = p.date !== undefined ? p.date : c.date;
    return { ...c, decision: p.decision, speaker: speaker ?? c.speaker, relayedFrom, date };
  });

  const confirmed = new Map(
    previous.contradictions.flatMap((k) => {
      const claim = claimIdOf.get(k.claim);
      const other = k.inArticle ? claimIdOf.get(k.contradicts) : k.contradicts;
      return claim && other ? [[`${claim}\u0000${other}`, k.note] as const] : [];
    }),
  );
  const contradictions = state.contradictions.map((k): ContradictionReview => {
    const note = confirmed.get(`${k.candidate.claim}\u0000${k.candidate.contradicts.id}`);
    if (note === undefined) return k;
    carried.contradictions++;
    return { ...k, confirmed: true, note };
  });
  missed += previous.contradictions.length - carried.contradictions;

  return {
    state: { ...state, mentions, claims, contradictions, newReports },
    carried,
    missed,
  };
}
