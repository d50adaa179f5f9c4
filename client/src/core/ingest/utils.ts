/**
 * The review of a proposed source, as pure functions over an immutable state:
 * the server's default decisions (server/ingest/review.ts defaultReview), each
 * change the analyst can make, checks, a summary, and the commit body. DOM-free.
 */
import { datedAfter, figureAmount } from '../../../../seed/model';
import { UNATTRIBUTED_SPEAKER } from '../../../../server/ingest/unattributed';
import {
  unnamedKey,
  unnamedKind,
  unnamedSpeakerName,
  type UnnamedKind,
} from '../../../../server/ingest/unnamed';
import { segmentText } from '../claims/utils';
import { isIsoDate } from '../filters/utils';
import {
  DEFAULT_KIND,
  ENTITY_LABELS,
  KINDS,
  type ArticleFigureClash,
  type ArticleForm,
  type ClaimDecision,
  type ClaimReview,
  type CommitBody,
  type CommitResult,
  type ContradictionReview,
  type EntityLabel,
  type EntityRef,
  type IngestArticle,
  type IngestProposal,
  type LocatedIssue,
  type MentionDecision,
  type MentionReview,
  type NewEntityDraft,
  type NewReportDraft,
  type ReportChoice,
  type Resolution,
  type ReviewedClaimBody,
  type ReviewedMentionBody,
  type ReviewIssue,
  type ReviewSegment,
  type ReviewState,
  type ReviewSummary,
} from './types';

/** The server's limit on the article text (server/ingest/schema.ts). */
export const MAX_TEXT_BYTES = 200 * 1024;

export const EMPTY_FORM: ArticleForm = {
  title: '',
  outlet: '',
  url: '',
  publishedDate: '',
  text: '',
};

export function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** The preview body from the form: optional fields left out when blank; the text as typed. */
export function articleFromForm(form: ArticleForm): IngestArticle {
  const out: IngestArticle = { title: form.title.trim(), text: form.text };
  const outlet = form.outlet.trim();
  const url = form.url.trim();
  const date = form.publishedDate.trim();
  if (outlet) out.outlet = outlet;
  if (url) out.url = url;
  if (date) out.publishedDate = date;
  return out;
}

/**
 * What can be told before asking the server: a title, a text that is not empty,
 * not too long and not binary, a well-formed date. The server checks again (and the url).
 */
export function checkArticle(form: ArticleForm): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  const at = (id: keyof ArticleForm, message: string) =>
    issues.push({ scope: 'article', id, message });
  if (!form.title.trim()) at('title', 'must not be empty');
  if (!form.text.trim()) at('text', 'must not be empty: paste the article');
  else if (byteLength(form.text) > MAX_TEXT_BYTES)
    at('text', `must be at most ${MAX_TEXT_BYTES / 1024} KB`);
  // eslint-disable-next-line no-control-regex
  else if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(form.text))
    at('text', 'looks binary: it contains control characters');
  const date = form.publishedDate.trim();
  if (date && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && isIsoDate(date)))
    at('publishedDate', 'must be a real date (YYYY-MM-DD)');
  return issues;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function isEntityLabel(x: unknown): x is EntityLabel {
  return (ENTITY_LABELS as readonly unknown[]).includes(x);
}

/**
 * The review an analyst starts from, as the server's defaultReview: matched
 * mentions accepted, unmatched ones created (one entity per newEntityKey),
 * claims accepted when their speaker is known, and relayed from the report
 * proposed for them where one stands out.
 */
export function initialReview(article: IngestArticle, proposal: IngestProposal): ReviewState {
  const mentions: MentionReview[] = proposal.mentions.map((m) => {
    const group = proposal.newEntities.find((e) => e.mentionIds.includes(m.id));
    const label = isEntityLabel(m.label) ? m.label : 'Actor';
    const newEntity: NewEntityDraft = m.match
      ? {
          key: `text:${norm(m.text)}`,
          name: m.text,
          label,
          kind: m.kindGuess ?? DEFAULT_KIND[label],
        }
      : {
          key: m.newEntityKey ?? group?.key ?? `text:${norm(m.text)}`,
          name: group?.name ?? m.text,
          label,
          kind: m.kindGuess ?? group?.kindGuess ?? DEFAULT_KIND[label],
        };
    const proposed = m.match ? { id: m.match.entityId, name: m.match.name } : null;
    return {
      id: m.id,
      text: m.text,
      start: m.start,
      end: m.end,
      label,
      proposed,
      decision: m.match ? 'accept' : 'create',
      entity: proposed,
      newEntity,
      rejectLink: true,
    };
  });
  const relays = new Map((proposal.relays ?? []).map((r) => [r.claim, r]));
  const claims: ClaimReview[] = proposal.claims.map((c) => {
    const sp = c.speaker;
    const known = !!(sp.mentionId || sp.entityId || sp.unattributed);
    const relay = relays.get(c.id);
    const proposed = relay?.candidates.find((r) => r.id === relay.proposed);
    return {
      id: c.id,
      decision: known ? 'accept' : 'reject',
      speaker: {
        mentionId: sp.mentionId ?? null,
        entity: !sp.mentionId && sp.entityId ? { id: sp.entityId, name: sp.text } : null,
        text: sp.text,
        ...(sp.unattributed ? { unattributed: true as const } : {}),
      },
      proposal: c,
      reports: relay?.candidates ?? [],
      proposedRelay: proposed?.id ?? null,
      relayedFrom: proposed ? reportChoice(proposed) : null,
      date: c.statedDate?.date ?? null,
    };
  });
  const contradictions: ContradictionReview[] = (proposal.contradictions ?? []).map((k) => ({
    candidate: k,
    confirmed: false,
    note: k.note,
  }));
  return {
    article,
    existingSource: proposal.existingSource,
    mentions,
    claims,
    contradictions,
    newReports: [],
  };
}

// ---------- Reading the state ----------

export function mentionById(state: ReviewState, id: string): MentionReview | undefined {
  return state.mentions.find((m) => m.id === id);
}

export function claimById(state: ReviewState, id: string): ClaimReview | undefined {
  return state.claims.find((c) => c.id === id);
}

/** What a mention currently stands for. */
export function resolveMention(m: MentionReview): Resolution {
  if (m.decision === 'reject') return { status: 'rejected', name: null, entityId: null };
  if (m.decision === 'create') return { status: 'new', name: m.newEntity.name, entityId: null };
  return m.entity
    ? { status: 'linked', name: m.entity.name, entityId: m.entity.id }
    : { status: 'missing', name: null, entityId: null };
}

/** Who a claim's speaker currently is. */
export function resolveSpeaker(state: ReviewState, c: ClaimReview): Resolution {
  if (c.speaker.mentionId) {
    const m = mentionById(state, c.speaker.mentionId);
    return m ? resolveMention(m) : { status: 'missing', name: null, entityId: null };
  }
  if (c.speaker.entity)
    return { status: 'linked', name: c.speaker.entity.name, entityId: c.speaker.entity.id };
  // One new actor for the article's hearsay, as for a new name.
  if (c.speaker.unattributed) return { status: 'new', name: UNATTRIBUTED_SPEAKER, entityId: null };
  // And one for each description of a speaker it does not name.
  if (c.speaker.unnamed)
    return {
      status: 'new',
      name: unnamedSpeakerName(c.speaker.name ?? c.speaker.text),
      entityId: null,
    };
  return { status: 'missing', name: null, entityId: null };
}

/**
 * Whether two claims now have one speaker, as the review resolves them: the
 * same entity, or the same new name. Two figures of one speaker are not a
 * dispute.
 */
export function sameSpeaker(state: ReviewState, a: ClaimReview, b: ClaimReview): boolean {
  const x = resolveSpeaker(state, a);
  const y = resolveSpeaker(state, b);
  if (x.entityId || y.entityId) return x.entityId === y.entityId;
  return x.status === 'new' && y.status === 'new' && x.name === y.name;
}

/** One of the article's pairs of figures that disagree, seen from one of its claims. */
export interface ArticlePairSide {
  /** Which of this claim's figures. */
  figure: number;
  other: ClaimReview;
  otherFigure: number;
  factor: number | null;
}

/**
 * The article's own figures that claim `claimId`'s disagree with (the
 * preview's figureClashesInArticle), seen from that claim, split by the
 * speakers as the review now resolves them: `disputes` between two speakers,
 * and `oneSpeaker` for two figures the review gives one speaker ("He said
 * 8,000" read as Zelensky, who also says 12,000), which is a misread speaker
 * as often as a speaker who changed his figure.
 */
export function articlePairsOf(
  state: ReviewState,
  pairs: readonly ArticleFigureClash[],
  claimId: string,
): { disputes: ArticlePairSide[]; oneSpeaker: ArticlePairSide[] } {
  const out = { disputes: [] as ArticlePairSide[], oneSpeaker: [] as ArticlePairSide[] };
  const c = claimById(state, claimId);
  if (!c) return out;
  for (const k of pairs) {
    const [mine, theirs] =
      k.a.claim === claimId ? [k.a, k.b] : k.b.claim === claimId ? [k.b, k.a] : [];
    const other = theirs && claimById(state, theirs.claim);
    if (!mine || !other) continue;
    const side = { figure: mine.figure, other, otherFigure: theirs.figure, factor: k.factor };
    (sameSpeaker(state, c, other) ? out.oneSpeaker : out.disputes).push(side);
  }
  return out;
}

/** Mentions that can speak: not rejected; actors first, then the rest, each in text order. */
export function speakerCandidates(state: ReviewState): MentionReview[] {
  const usable = state.mentions.filter((m) => m.decision !== 'reject');
  const label = (m: MentionReview) => (m.decision === 'create' ? m.newEntity.label : m.label);
  return [
    ...usable.filter((m) => label(m) === 'Actor'),
    ...usable.filter((m) => label(m) !== 'Actor'),
  ];
}

/** The new entities the review would create, one per key. */
export function newEntities(state: ReviewState): (NewEntityDraft & { mentionIds: string[] })[] {
  const byKey = new Map<string, NewEntityDraft & { mentionIds: string[] }>();
  for (const m of state.mentions) {
    if (m.decision !== 'create') continue;
    const e = byKey.get(m.newEntity.key);
    if (e) e.mentionIds.push(m.id);
    else byKey.set(m.newEntity.key, { ...m.newEntity, mentionIds: [m.id] });
  }
  return [...byKey.values()];
}

// ---------- Changing the state ----------

function updateMentions(state: ReviewState, fn: (m: MentionReview) => MentionReview): ReviewState {
  let changed = false;
  const mentions = state.mentions.map((m) => {
    const next = fn(m);
    if (next !== m) changed = true;
    return next;
  });
  return changed ? { ...state, mentions } : state;
}

/** The review with claim `id` replaced by `fn(claim)`; the same state when nothing changed. */
export function updateClaim(
  state: ReviewState,
  id: string,
  fn: (c: ClaimReview) => ClaimReview,
): ReviewState {
  let changed = false;
  const claims = state.claims.map((c) => {
    if (c.id !== id) return c;
    const next = fn(c);
    if (next !== c) changed = true;
    return next;
  });
  return changed ? { ...state, claims } : state;
}

/**
 * Accept (link to its entity), reject, or create a new entity. Accepting a
 * mention that links to nothing (no proposal, no relink) changes nothing: relink it.
 */
export function setMentionDecision(
  state: ReviewState,
  id: string,
  decision: MentionDecision,
): ReviewState {
  return updateMentions(state, (m) => {
    if (m.id !== id || m.decision === decision) return m;
    if (decision === 'accept' && !m.entity) return m;
    return { ...m, decision };
  });
}

/** Links a mention to another entity (found by search); the mention is accepted. */
export function relinkMention(state: ReviewState, id: string, entity: EntityRef): ReviewState {
  return updateMentions(state, (m) =>
    m.id === id
      ? {
          ...m,
          decision: 'accept',
          entity: {
            id: entity.id,
            name: entity.name,
            category: entity.category,
            kind: entity.kind,
          },
        }
      : m,
  );
}

/** Whether rejecting a proposed link also tells the server never to propose it for this text. */
export function setRejectLink(state: ReviewState, id: string, rejectLink: boolean): ReviewState {
  return updateMentions(state, (m) =>
    m.id === id && m.rejectLink !== rejectLink ? { ...m, rejectLink } : m,
  );
}

/**
 * Edits the new entity a mention would create, and makes the mention `create`.
 * Every mention sharing its key gets the same name, label and kind (they make one
 * entity). A label change resets a kind that does not fit the new label.
 */
export function editNewEntity(
  state: ReviewState,
  id: string,
  patch: Partial<Pick<NewEntityDraft, 'name' | 'label' | 'kind'>>,
): ReviewState {
  const target = mentionById(state, id);
  if (!target) return state;
  const label = patch.label ?? target.newEntity.label;
  let kind = patch.kind ?? target.newEntity.kind;
  if (!KINDS[label].includes(kind)) kind = DEFAULT_KIND[label];
  const draft: NewEntityDraft = {
    key: target.newEntity.key,
    name: patch.name ?? target.newEntity.name,
    label,
    kind,
  };
  return updateMentions(state, (m) => {
    if (m.newEntity.key !== draft.key) return m;
    const decision = m.id === id ? 'create' : m.decision;
    const same =
      decision === m.decision &&
      m.newEntity.name === draft.name &&
      m.newEntity.label === draft.label &&
      m.newEntity.kind === draft.kind;
    return same ? m : { ...m, decision, newEntity: { ...draft } };
  });
}

/**
 * Takes one mention out of the new entity it shares with others, so that it
 * makes an entity of its own (or nothing, if it is then rejected).
 */
export function separateNewEntity(state: ReviewState, id: string): ReviewState {
  return updateMentions(state, (m) =>
    m.id === id ? { ...m, newEntity: { ...m.newEntity, key: `mention:${m.id}` } } : m,
  );
}

export function setClaimDecision(
  state: ReviewState,
  id: string,
  decision: ClaimDecision,
): ReviewState {
  return updateClaim(state, id, (c) => (c.decision === decision ? c : { ...c, decision }));
}

/** Dates a claim as typed (trimmed); empty or null: dated by the article. */
export function setClaimDate(state: ReviewState, id: string, date: string | null): ReviewState {
  const next = date?.trim() || null;
  return updateClaim(state, id, (c) => (c.date === next ? c : { ...c, date: next }));
}

/** Why a claim's date cannot be committed, or null. */
export function claimDateProblem(state: ReviewState, c: ClaimReview): string | null {
  if (!c.date) return null;
  if (!isIsoDate(c.date))
    return `the date “${c.date}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or clear it to date the claim by the article`;
  const article = state.article.publishedDate ?? null;
  if (datedAfter(c.date, article))
    return `the date ${c.date} is after the article (${article}): a claim is made before it is reported`;
  return null;
}

/** Who a claim's speaker can be set to: a mention, an entity, hearsay, its describing words, or none. */
export type SpeakerPick =
  { mentionId: string } | { entity: EntityRef } | { unattributed: true } | { unnamed: true };

/**
 * Gives a claim the speaker the analyst picked. A claim set aside for want
 * of a speaker is kept: giving it one means keeping it.
 */
export function giveClaimSpeaker(
  state: ReviewState,
  id: string,
  speaker: SpeakerPick,
): ReviewState {
  const c = claimById(state, id);
  const next = setClaimSpeaker(state, id, speaker);
  return c && c.decision === 'reject' && resolveSpeaker(state, c).status === 'missing'
    ? setClaimDecision(next, id, 'accept')
    : next;
}

/**
 * Sets who said a claim: one of the article's mentions, an entity picked by
 * search, hearsay or its describing words; null clears it (only a rejected
 * claim can do without).
 */
export function setClaimSpeaker(
  state: ReviewState,
  id: string,
  speaker: SpeakerPick | null,
): ReviewState {
  return updateClaim(state, id, (c) => {
    const none = !c.speaker.mentionId && !c.speaker.entity;
    if (speaker === null) {
      if (none && !c.speaker.unattributed && !c.speaker.unnamed) return c;
      return { ...c, speaker: { mentionId: null, entity: null, text: c.speaker.text } };
    }
    if ('unnamed' in speaker) {
      // the article's words that describe the speaker, whatever was picked since
      const text = describedSpeaker(c);
      if (!text || (none && c.speaker.unnamed)) return c;
      // one actor per description: the kind and name another of its claims gave it
      const kind = unnamedKindGiven(state, text);
      const name = unnamedNameGiven(state, text);
      return {
        ...c,
        speaker: {
          mentionId: null,
          entity: null,
          text,
          unnamed: true,
          ...(kind ? { kind } : {}),
          ...(name ? { name } : {}),
        },
      };
    }
    if ('unattributed' in speaker) {
      if (none && c.speaker.unattributed) return c;
      return {
        ...c,
        speaker: { mentionId: null, entity: null, text: c.speaker.text, unattributed: true },
      };
    }
    if ('mentionId' in speaker) {
      const m = mentionById(state, speaker.mentionId);
      if (!m || c.speaker.mentionId === m.id) return c;
      return { ...c, speaker: { mentionId: m.id, entity: null, text: m.text } };
    }
    const e = speaker.entity;
    if (!c.speaker.mentionId && c.speaker.entity?.id === e.id) return c;
    return {
      ...c,
      speaker: {
        mentionId: null,
        entity: { id: e.id, name: e.name, category: e.category, kind: e.kind },
        text: e.name,
      },
    };
  });
}

/** A report as the review keeps it: what names it, without why it was proposed. */
export function reportChoice(r: ReportChoice): ReportChoice {
  return { id: r.id, title: r.title, outlet: r.outlet, date: r.date };
}

/** Sets the report the article relays a claim from; null: the article's own account. */
export function setClaimRelay(
  state: ReviewState,
  id: string,
  report: ReportChoice | null,
): ReviewState {
  const following = new Set(relayFollowers(state, id).map((c) => c.id));
  const choice = report && reportChoice(report);
  return state.claims.reduce(
    (s, c) =>
      c.id !== id && !following.has(c.id)
        ? s
        : updateClaim(s, c.id, (x) =>
            x.relayedFrom?.id === choice?.id ? x : { ...x, relayedFrom: choice },
          ),
    state,
  );
}

/**
 * The later claims of a claim's speaker that the preview gave the report of
 * this one because this one names it ("Park told Newsweek", then "Park
 * said"), and that still have the report this one has (or none, when the
 * analyst took it away from both), up to the speaker's next claim that names
 * a report of its own: when the analyst relays this claim from another
 * report, from none, or back, they follow. One only offered that report
 * ("Park said on Monday") never follows.
 */
export function relayFollowers(state: ReviewState, id: string): ClaimReview[] {
  const c = claimById(state, id);
  const names = (x: ClaimReview) => x.reports.some((r) => r.via === 'named' || r.via === 'speaker');
  if (!c || !c.proposedRelay || !names(c)) return [];
  const from = c.relayedFrom?.id ?? null;
  const givenTheSame = (o: ClaimReview) =>
    o.proposedRelay === c.proposedRelay &&
    o.reports.some((r) => r.via === 'earlier' && r.id === o.proposedRelay);
  const later = state.claims
    .filter((o) => o.proposal.start > c.proposal.start && sameSpeaker(state, c, o))
    .sort((a, b) => a.proposal.start - b.proposal.start);
  const next = later.findIndex(names);
  return (next < 0 ? later : later.slice(0, next)).filter(
    (o) => givenTheSame(o) && (o.relayedFrom?.id ?? null) === from,
  );
}

const NEW_REPORT = 'new:';

/** A report the review adds, as a claim names it. */
export function newReportChoice(d: NewReportDraft): ReportChoice {
  return {
    id: `${NEW_REPORT}${d.key}`,
    title: d.title,
    outlet: d.publisher?.name ?? null,
    date: d.publishedDate,
  };
}

/** The draft a claim's report is, when the review adds it. */
export function newReportOf(state: ReviewState, r: ReportChoice | null): NewReportDraft | null {
  if (!r?.id.startsWith(NEW_REPORT)) return null;
  return state.newReports.find((d) => `${NEW_REPORT}${d.key}` === r.id) ?? null;
}

/**
 * Adds a report the graph does not hold and relays the claim from it; other
 * claims may then be relayed from it too (it is among reportsInReview).
 */
export function addNewReport(
  state: ReviewState,
  claimId: string,
  draft: Omit<NewReportDraft, 'key'>,
): ReviewState {
  let n = state.newReports.length + 1;
  while (state.newReports.some((d) => d.key === `r${n}`)) n++;
  const added: NewReportDraft = { ...draft, title: draft.title.trim(), key: `r${n}` };
  const next = { ...state, newReports: [...state.newReports, added] };
  return setClaimRelay(next, claimId, newReportChoice(added));
}

/**
 * Changes a report the review adds (a misspelt title, a date found later):
 * every claim relayed from it names it anew.
 */
export function editNewReport(
  state: ReviewState,
  key: string,
  draft: Omit<NewReportDraft, 'key'>,
): ReviewState {
  const edited: NewReportDraft = { ...draft, title: draft.title.trim(), key };
  if (!state.newReports.some((d) => d.key === key)) return state;
  const choice = newReportChoice(edited);
  return {
    ...state,
    newReports: state.newReports.map((d) => (d.key === key ? edited : d)),
    claims: state.claims.map((c) =>
      c.relayedFrom?.id === choice.id ? { ...c, relayedFrom: choice } : c,
    ),
  };
}

/** The reports the review adds that an accepted claim is relayed from: those the commit writes. */
export function newReportsUsed(state: ReviewState): NewReportDraft[] {
  const used = new Set(
    state.claims.filter((c) => c.decision === 'accept').map((c) => c.relayedFrom?.id),
  );
  return state.newReports.filter((d) => used.has(`${NEW_REPORT}${d.key}`));
}

/**
 * The actors this review names that may have published a report: its
 * accepted and new actor mentions, once each, those inside the claim first
 * ("told Newsweek"), the claim's speaker last.
 */
export function publisherCandidates(
  state: ReviewState,
  claimId: string,
): NonNullable<NewReportDraft['publisher']>[] {
  const c = claimById(state, claimId);
  const inside = (m: MentionReview) =>
    !!c && m.start >= c.proposal.start && m.end <= c.proposal.end;
  const speaker = c?.speaker.mentionId;
  const seen = new Set<string>();
  return state.mentions
    .filter((m) => m.decision !== 'reject')
    .map((m) => ({ m, r: resolveMention(m) }))
    .filter(
      ({ m, r }) =>
        r.name &&
        (m.decision === 'create' ? m.newEntity.label : (m.entity?.category ?? m.label)) === 'Actor',
    )
    .sort(
      (a, b) =>
        Number(b.m.id !== speaker && inside(b.m)) - Number(a.m.id !== speaker && inside(a.m)) ||
        Number(a.m.id === speaker) - Number(b.m.id === speaker),
    )
    .flatMap(({ m, r }) => {
      const key = r.entityId ?? `new:${r.name}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        r.entityId
          ? { mentionId: null, entityId: r.entityId, name: r.name! }
          : { mentionId: m.id, entityId: null, name: r.name! },
      ];
    });
}

/** The reports the review names, each once: those chosen for a claim first, then those offered. */
export function reportsInReview(state: ReviewState): ReportChoice[] {
  const all = new Map<string, ReportChoice>();
  for (const c of state.claims) if (c.relayedFrom) all.set(c.relayedFrom.id, c.relayedFrom);
  for (const c of state.claims)
    for (const r of c.reports) if (!all.has(r.id)) all.set(r.id, reportChoice(r));
  return [...all.values()];
}

/** Accepted claims that name no report: the article's own account, unless the analyst says otherwise. */
export function unrelayedClaims(state: ReviewState): ClaimReview[] {
  return state.claims.filter((c) => c.decision === 'accept' && !c.relayedFrom);
}

/**
 * Relays from one report every accepted claim that names none: an article
 * that rewrites another outlet's piece relays most of its claims from it.
 */
export function relayUnrelayed(state: ReviewState, report: ReportChoice): ReviewState {
  return unrelayedClaims(state).reduce((s, c) => setClaimRelay(s, c.id, report), state);
}

/** A report named for the analyst: "KBS · Interview of … · 2024", or its title alone. */
export function reportLabel(r: ReportChoice): string {
  return [r.outlet, r.title, r.date].filter(Boolean).join(' · ');
}

/**
 * The proposed contradictions one claim of the article is part of: its own,
 * and a pair within the article that the server proposes under the other
 * claim (the denial), so that the pair shows under both of its claims.
 */
export function contradictionsOf(state: ReviewState, claimId: string): ContradictionReview[] {
  return state.contradictions.filter(
    (k) =>
      k.candidate.claim === claimId ||
      (k.candidate.inArticle && k.candidate.contradicts.id === claimId),
  );
}

/** The other claim of a proposed pair, as seen from one of its claims of the article. */
export interface OtherClaim {
  id: string;
  text: string;
  speaker: string | null;
  date: string | null;
  source: string | null;
  inArticle: boolean;
}

export function otherClaimOf(
  state: ReviewState,
  k: ContradictionReview,
  claimId: string,
): OtherClaim {
  const { claim, contradicts, inArticle } = k.candidate;
  if (claim !== claimId) {
    // Seen from the claim the pair was proposed against: the other is the proposal's own claim.
    const c = claimById(state, claim);
    return {
      id: claim,
      text: c?.proposal.text ?? '',
      speaker: c ? resolveSpeaker(state, c).name : null,
      date: null,
      source: null,
      inArticle: true,
    };
  }
  return {
    id: contradicts.id,
    text: contradicts.text,
    speaker: contradicts.speaker?.name ?? null,
    date: contradicts.date,
    source: contradicts.source,
    inArticle,
  };
}

/** Confirms or drops a proposed contradiction, or rewrites its note. */
export function setContradiction(
  state: ReviewState,
  claimId: string,
  contradicts: string,
  change: { confirmed?: boolean; note?: string },
): ReviewState {
  let changed = false;
  const contradictions = state.contradictions.map((k) => {
    if (k.candidate.claim !== claimId || k.candidate.contradicts.id !== contradicts) return k;
    const next = { ...k, ...change };
    if (next.confirmed === k.confirmed && next.note === k.note) return k;
    changed = true;
    return next;
  });
  return changed ? { ...state, contradictions } : state;
}

/** Whether a proposed contradiction can be recorded: its claims of the article are kept. */
export function contradictionKept(state: ReviewState, k: ContradictionReview): boolean {
  const kept = (id: string) => claimById(state, id)?.decision === 'accept';
  return kept(k.candidate.claim) && (!k.candidate.inArticle || kept(k.candidate.contradicts.id));
}

/** Confirmed contradictions whose claims of the article are kept: what the commit records. */
function recordedContradictions(state: ReviewState): ContradictionReview[] {
  return state.contradictions.filter((k) => k.confirmed && contradictionKept(state, k));
}

// ---------- Checks, summary, body ----------

const quoteOf = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** What stops a commit: accepted claims without a usable speaker, unlinked or unnamed mentions. */
export function validateReview(state: ReviewState): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  for (const m of state.mentions) {
    if (m.decision === 'accept' && !m.entity) {
      issues.push({
        scope: 'mention',
        id: m.id,
        message: `“${m.text}” links to no entity: relink it, make it a new entity or reject it.`,
      });
    }
    if (m.decision === 'create' && !m.newEntity.name.trim()) {
      issues.push({
        scope: 'mention',
        id: m.id,
        message: `The new entity for “${m.text}” needs a name.`,
      });
    }
  }
  for (const c of state.claims) {
    if (c.decision !== 'accept') continue;
    const who = resolveSpeaker(state, c);
    const what = `“${quoteOf(c.proposal.text)}”`;
    if (who.status === 'missing') {
      issues.push({
        scope: 'claim',
        id: c.id,
        message: `${what} has no speaker: pick one, or reject the claim.`,
      });
    } else if (who.status === 'rejected') {
      issues.push({
        scope: 'claim',
        id: c.id,
        message: `${what}: its speaker “${c.speaker.text}” was rejected as a mention: pick another speaker, or reject the claim.`,
      });
    }
    const dateProblem = claimDateProblem(state, c);
    if (dateProblem) issues.push({ scope: 'claim', id: c.id, message: `${what}: ${dateProblem}.` });
    const report = newReportOf(state, c.relayedFrom);
    const by = report?.publisher?.mentionId && mentionById(state, report.publisher.mentionId);
    if (by && by.decision === 'reject') {
      issues.push({
        scope: 'claim',
        id: c.id,
        message: `${what}: the new report “${report!.title}” is published by “${by.text}”, which was rejected as a mention: keep the mention, or relay the claim from another report.`,
      });
    }
  }
  for (const k of recordedContradictions(state)) {
    if (!k.note.trim()) {
      issues.push({
        scope: 'claim',
        id: k.candidate.claim,
        message: `The contradiction with “${quoteOf(k.candidate.contradicts.text)}” needs a note saying why they cannot both hold.`,
      });
    }
  }
  return issues;
}

/**
 * The words that describe a claim's speaker when no entity or mention names
 * it ("a senior U.S. defense official"): what an unnamed speaker is made of;
 * null when the proposal named one, or gave no words. The outlet of a
 * writer's comment the graph does not know is named, not described.
 */
export function describedSpeaker(c: ClaimReview): string | null {
  const sp = c.proposal.speaker;
  if (sp.mentionId || sp.entityId || sp.unattributed || sp.resolvedFrom === 'outlet') return null;
  const text = (sp.surface?.text ?? sp.text).trim();
  return text || null;
}

type UnnamedField = 'kind' | 'name';

/** What the analyst gave the unnamed speaker these words describe (its kind, its name), on any of its claims. */
function unnamedGiven<F extends UnnamedField>(
  state: ReviewState,
  text: string,
  field: F,
): ClaimReview['speaker'][F] | undefined {
  const k = unnamedKey(text);
  return state.claims.find(
    (c) => c.speaker.unnamed && c.speaker[field] && unnamedKey(c.speaker.text) === k,
  )?.speaker[field];
}

/** Gives the unnamed speaker of claim `id` a kind or a name (undefined: none), on every claim its words describe: they are one actor. */
function setUnnamed<F extends UnnamedField>(
  state: ReviewState,
  id: string,
  field: F,
  value: ClaimReview['speaker'][F] | undefined,
): ReviewState {
  const c = claimById(state, id);
  if (!c?.speaker.unnamed) return state;
  const k = unnamedKey(c.speaker.text);
  let changed = false;
  const claims = state.claims.map((x) => {
    if (!x.speaker.unnamed || x.speaker[field] === value || unnamedKey(x.speaker.text) !== k)
      return x;
    changed = true;
    const speaker = { ...x.speaker };
    if (value === undefined) delete speaker[field];
    else speaker[field] = value;
    return { ...x, speaker };
  });
  return changed ? { ...state, claims } : state;
}

export const unnamedKindGiven = (state: ReviewState, text: string): UnnamedKind | undefined =>
  unnamedGiven(state, text, 'kind');

export const unnamedNameGiven = (state: ReviewState, text: string): string | undefined =>
  unnamedGiven(state, text, 'name');

/**
 * Says what the unnamed speaker of claim `id` is (a person, a group, an
 * organisation), for every claim its words describe: they are one actor.
 */
export function setUnnamedKind(state: ReviewState, id: string, kind: UnnamedKind): ReviewState {
  return setUnnamed(state, id, 'kind', kind);
}

/**
 * Names the unnamed speaker of claim `id` ("US defense official" for "a
 * senior U.S. defense official"), for every claim its words describe. A
 * blank name, or the words themselves, names it by its words again.
 */
export function setUnnamedName(state: ReviewState, id: string, name: string): ReviewState {
  const c = claimById(state, id);
  const given = name.trim().replace(/\s+/g, ' ');
  const words = c ? unnamedKey(c.speaker.text) : '';
  return setUnnamed(state, id, 'name', given && unnamedKey(given) !== words ? given : undefined);
}

/** The accepted claims' unnamed speakers, one per description, in text order. */
function unnamedSpeakers(claims: ClaimReview[]): ReviewSummary['unnamed'] {
  const byKey = new Map<string, ReviewSummary['unnamed'][number]>();
  for (const c of claims) {
    if (!c.speaker.unnamed) continue;
    const k = unnamedKey(c.speaker.text);
    const seen = byKey.get(k);
    if (seen) seen.claims++;
    else
      byKey.set(k, {
        text: c.speaker.text,
        claims: 1,
        kind: c.speaker.kind ?? unnamedKind(c.speaker.text),
        ...(c.speaker.name ? { name: c.speaker.name } : {}),
      });
  }
  return [...byKey.values()];
}

export function reviewSummary(state: ReviewState): ReviewSummary {
  const accepted = state.mentions.filter((m) => m.decision === 'accept' && m.entity);
  const aliasCandidates: ReviewSummary['aliasCandidates'] = [];
  for (const m of accepted) {
    const e = m.entity!;
    if (
      m.text !== e.name &&
      !aliasCandidates.some((a) => a.entity.id === e.id && a.text === m.text)
    )
      aliasCandidates.push({ text: m.text, entity: e });
  }
  const claimsAccepted = state.claims.filter((c) => c.decision === 'accept');
  return {
    mentions: state.mentions.length,
    linked: accepted.length,
    relinked: accepted.filter((m) => m.entity!.id !== m.proposed?.id).length,
    rejected: state.mentions.filter((m) => m.decision === 'reject').length,
    newEntities: newEntities(state).map(({ mentionIds: _m, ...e }) => e),
    hearsay: claimsAccepted.filter((c) => c.speaker.unattributed).length,
    unnamed: unnamedSpeakers(claimsAccepted),
    claimsAccepted: claimsAccepted.length,
    claimsRejected: state.claims.length - claimsAccepted.length,
    figures: claimsAccepted.reduce((n, c) => n + c.proposal.figures.length, 0),
    aliasCandidates,
    rejectedLinks: state.mentions
      .filter((m) => m.decision === 'reject' && m.rejectLink && m.proposed)
      .map((m) => ({ text: m.text, entity: m.proposed! })),
    contradictions: recordedContradictions(state).length,
    dated: claimsAccepted.filter((c) => c.date).length,
    relayed: claimsAccepted.filter((c) => c.relayedFrom).length,
    reportsCited: [
      ...new Map(
        claimsAccepted.flatMap((c) => (c.relayedFrom ? [[c.relayedFrom.id, c.relayedFrom]] : [])),
      ).values(),
    ],
    reportsNew: newReportsUsed(state),
  };
}

function mentionBody(m: MentionReview): ReviewedMentionBody {
  const base = { id: m.id, text: m.text, start: m.start, end: m.end };
  if (m.decision === 'accept') {
    const cat = m.entity?.category;
    return {
      ...base,
      label: isEntityLabel(cat) ? cat : m.label,
      decision: 'accept',
      entityId: m.entity?.id,
    };
  }
  if (m.decision === 'reject') {
    return {
      ...base,
      label: m.label,
      decision: 'reject',
      ...(m.rejectLink && m.proposed ? { rejectedEntityId: m.proposed.id } : {}),
    };
  }
  return {
    ...base,
    label: m.newEntity.label,
    decision: 'create',
    name: m.newEntity.name.trim(),
    kind: m.newEntity.kind,
    newEntityKey: m.newEntity.key,
  };
}

/** A claim's report in the commit body: a report the review adds by its key, one of the graph's by id. */
function relayBody(
  state: ReviewState,
  c: ClaimReview,
): Pick<ReviewedClaimBody, 'relayedFrom' | 'relayedFromReport'> {
  const added = newReportOf(state, c.relayedFrom);
  if (added) return { relayedFromReport: added.key };
  return c.relayedFrom ? { relayedFrom: c.relayedFrom.id } : {};
}

/**
 * POST /api/ingest/commit's body. A speaker given through a mention is sent as
 * that mention (the server resolves it to the linked or new entity); mentions
 * a claim is about are dropped when they were rejected.
 */
export function buildCommitBody(state: ReviewState): CommitBody {
  const rejected = new Set(state.mentions.filter((m) => m.decision === 'reject').map((m) => m.id));
  const claims: ReviewedClaimBody[] = state.claims.map((c) => {
    const p = c.proposal;
    const sp = c.speaker;
    return {
      id: c.id,
      decision: c.decision,
      speaker: sp.mentionId
        ? { mentionId: sp.mentionId, text: sp.text }
        : sp.entity
          ? { entityId: sp.entity.id, text: sp.text }
          : sp.unattributed
            ? { unattributed: true, text: sp.text }
            : sp.unnamed
              ? {
                  unnamed: true,
                  text: sp.text,
                  ...(sp.kind ? { kind: sp.kind } : {}),
                  ...(sp.name ? { name: sp.name } : {}),
                }
              : { text: sp.text },
      text: p.text,
      kind: p.kind,
      cue: p.cue,
      start: p.start,
      end: p.end,
      about: p.about.filter((a) => !rejected.has(a)),
      figures: p.figures.map((f) => ({
        measure: f.measure,
        unit: f.unit,
        ...figureAmount(f),
        text: f.text,
      })),
      ...relayBody(state, c),
      // null: a stated date the analyst cleared, so a new review of the article keeps it cleared
      ...(c.date ? { date: c.date } : p.statedDate ? { date: null } : {}),
    };
  });
  const contradictions = recordedContradictions(state).map((k) => ({
    claim: k.candidate.claim,
    contradicts: k.candidate.contradicts.id,
    ...(k.candidate.inArticle ? { inArticle: true } : {}),
    note: k.note.trim(),
  }));
  return {
    article: state.article,
    mentions: state.mentions.map(mentionBody),
    claims,
    contradictions,
    reports: newReportsUsed(state).map((d) => ({
      key: d.key,
      title: d.title,
      publisher: d.publisher ? (d.publisher.entityId ?? d.publisher.mentionId) : null,
      ...(d.publishedDate ? { publishedDate: d.publishedDate } : {}),
      ...(d.url ? { url: d.url } : {}),
    })),
  };
}

/**
 * The article cut into runs for the review view: each run knows the mention
 * covering it (if any), the claims it belongs to and whether it is quoted.
 */
export function reviewSegments(state: ReviewState): ReviewSegment[] {
  const spans = [
    ...state.mentions.map((m) => ({ id: `m:${m.id}`, start: m.start, end: m.end })),
    ...state.claims.map((c) => ({ id: `c:${c.id}`, start: c.proposal.start, end: c.proposal.end })),
    ...state.claims
      .filter((c) => c.proposal.quoteStart !== undefined && c.proposal.quoteEnd !== undefined)
      .map((c) => ({ id: `q:${c.id}`, start: c.proposal.quoteStart!, end: c.proposal.quoteEnd! })),
    ...state.claims.flatMap((c) => {
      const d = c.proposal.statedDate;
      return d && c.date === d.date ? [{ id: `d:${c.id}`, start: d.start, end: d.end }] : [];
    }),
  ];
  return segmentText(state.article.text, spans).map((s) => ({
    text: s.text,
    start: s.start,
    end: s.end,
    mention: s.claims.find((id) => id.startsWith('m:'))?.slice(2) ?? null,
    claims: s.claims.filter((id) => id.startsWith('c:')).map((id) => id.slice(2)),
    quote: s.claims.some((id) => id.startsWith('q:')),
    date: s.claims.some((id) => id.startsWith('d:')),
  }));
}

// ---------- Server answers ----------

/** The {field, message} list of a 400 body: its details, else its error split at "; ". */
export function fieldIssues(body: unknown): { field: string; message: string }[] {
  if (!body || typeof body !== 'object') return [];
  const b = body as { error?: unknown; details?: unknown };
  if (Array.isArray(b.details)) {
    const list = b.details.filter(
      (d): d is { field: string; message: string } =>
        !!d &&
        typeof d === 'object' &&
        typeof (d as { field?: unknown }).field === 'string' &&
        typeof (d as { message?: unknown }).message === 'string',
    );
    if (list.length) return list;
  }
  if (typeof b.error !== 'string') return [];
  return b.error.split('; ').map((part) => {
    const m = /^([\w.]+): (.*)$/s.exec(part);
    return m ? { field: m[1]!, message: m[2]! } : { field: '', message: part };
  });
}

const ARTICLE_FIELDS = new Set(['title', 'outlet', 'url', 'publishedDate', 'text']);

/** Where a server complaint belongs: an article field, a mention or claim of the body sent. */
export function locateIssue(
  issue: { field: string; message: string },
  body?: CommitBody | null,
): LocatedIssue {
  const field = issue.field.replace(/^(body|input)\./, '');
  const art = /^(?:article\.)?(\w+)$/.exec(field);
  if (art && ARTICLE_FIELDS.has(art[1]!)) {
    return { scope: 'article', id: art[1]!, field, message: issue.message };
  }
  const item = /^(mentions|claims)\.(\d+)/.exec(field);
  if (item) {
    const list = item[1] === 'mentions' ? body?.mentions : body?.claims;
    const id = list?.[Number(item[2])]?.id ?? null;
    return {
      scope: item[1] === 'mentions' ? 'mention' : 'claim',
      id,
      field,
      message: issue.message,
    };
  }
  // A contradiction belongs to the article's claim it was proposed for.
  const k = /^contradictions\.(\d+)/.exec(field);
  if (k) {
    const id = body?.contradictions[Number(k[1])]?.claim ?? null;
    return { scope: 'claim', id, field, message: issue.message };
  }
  return { scope: 'other', id: null, field, message: issue.message };
}

/** The human name of an article field, for messages. */
export function articleFieldLabel(field: string): string {
  return (
    {
      title: 'Title',
      outlet: 'Outlet',
      url: 'URL',
      publishedDate: 'Published date',
      text: 'Text',
    }[field] ?? field
  );
}

const list = (xs: string[], max = 4) =>
  xs.length > max ? `${xs.slice(0, max).join(', ')} and ${xs.length - max} more` : xs.join(', ');
const count = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/**
 * The confirmation's words on aliases. Until the server's rehearsal of the
 * commit answers, `learned` is null and every spelling that differs from its
 * entity's name is one that may be learned (some are aliases already); after,
 * exactly the aliases the commit will learn.
 */
export function aliasesText(
  sum: ReviewSummary,
  learned: readonly { id: string; alias: string }[] | null,
): string {
  const shown = (xs: { text: string; name: string }[]) =>
    `${xs
      .slice(0, 6)
      .map((x) => `“${x.text}” → ${x.name}`)
      .join(', ')}${xs.length > 6 ? '…' : ''}`;
  if (!learned) {
    const may = sum.aliasCandidates.map((a) => ({ text: a.text, name: a.entity.name }));
    return may.length ? `new spellings may be learned as aliases: ${shown(may)}` : '';
  }
  const nameOf = (id: string) =>
    sum.aliasCandidates.find((a) => a.entity.id === id)?.entity.name ?? id;
  const will = learned.map((a) => ({ text: a.alias, name: nameOf(a.id) }));
  return will.length
    ? `${count(will.length, 'new alias', 'new aliases')} will be learned: ${shown(will)}`
    : 'no new aliases';
}

/** The notification after a commit: what was added and learned. */
export function commitMessage(result: CommitResult, title: string): string {
  if (!result.created) return `“${title}” is already in Claimgraph: nothing was added.`;
  const parts = [count(result.claimsCreated?.length ?? 0, 'claim')];
  const created = result.entitiesCreated ?? [];
  if (created.length)
    parts.push(
      `${count(created.length, 'new entity', 'new entities')} (${list(created.map((e) => e.name))})`,
    );
  const learned = result.aliasesLearned ?? [];
  if (learned.length)
    parts.push(
      `${count(learned.length, 'alias', 'aliases')} learned (${list(learned.map((a) => `“${a.alias}”`))})`,
    );
  const rejected = result.linksRejected ?? [];
  if (rejected.length) parts.push(`${count(rejected.length, 'link')} rejected`);
  const contradictions = result.contradictionsRecorded ?? [];
  if (contradictions.length)
    parts.push(`${count(contradictions.length, 'contradiction')} recorded`);
  const cited = result.reportsCited ?? [];
  if (cited.length) {
    const added = result.reportsCreated?.length ?? 0;
    parts.push(
      `${count(cited.length, 'report')} cited` +
        (added
          ? ` (${added === cited.length && added === 1 ? 'new' : `${added} new`} to the graph)`
          : ''),
    );
  }
  return `Added “${result.title ?? title}”: ${parts.join(', ')}.`;
}
