/**
 * Which report in the graph an article's claim is relayed from: "Park told
 * Newsweek", "according to the Institute for the Study of War", "the SBU
 * reported". A report is proposed for a claim when its publisher is the
 * claim's speaker or is named in the claim's sentence. One is chosen only when
 * it stands out (the only one, the one whose title shares the most words
 * with the claim, or, of those that share as many, the only one dated within
 * the month before the article); otherwise the analyst picks among them. An article that
 * names its origin on a line of its own ("Original Source: www.rfa.org")
 * relays from that outlet's report every claim that names none, and so does one
 * that credits an outlet in its lead, as a rewritten wire story does ("…, the
 * SBU reported, News.bg reports."; "KYIV (Reuters) - …"). A speaker's later
 * claims ("Park said", after "Park told Newsweek") are offered the reports of
 * the earlier one, and given the one chosen for it unless the sentence points
 * at another occasion ("in a video address", "on Monday", "later"): an article
 * also reports what the same person said elsewhere. A report the speaker, or
 * what they are a member of, published on the very day the claim was said
 * ("announced during a briefing on October 31") is chosen before the others.
 * Pure: the reports come in from the graph.
 */
import { dateSpan, datedAfter, datePrecision } from '../../seed/model';
import { linkedEntities, speakerEntity, type Proposal } from './extract';
import { AGENCY_DATELINE, CREDIT_VERBS, CREDIT_VERBS_PAST, OUTLET_NAME } from './extract/lexicon';

/** A report of the graph, as a candidate for a claim to be relayed from. */
export interface ReportRef {
  id: string;
  title: string;
  /** Its outlet, else its publisher's name. */
  outlet: string | null;
  date: string | null;
  /** The entity that published it. */
  publisher: string;
}

export interface RelayCandidate extends ReportRef {
  /**
   * Why it is proposed: its publisher is the claim's speaker, or is named in
   * the claim's sentence, or in the article's source line ("Original Source:
   * www.rfa.org"), or credited in its lead ("…, News.bg reports."), or it was
   * proposed for an earlier claim of the same speaker, or it was published on
   * the day the claim was said by the speaker or what they are a member of
   * ("Blinken announced during a briefing on October 31": the US government's
   * briefing of that day).
   */
  via: 'speaker' | 'named' | 'wire' | 'credit' | 'earlier' | 'dated';
}

/** For one claim of the proposal: the reports it may be relayed from, best first. */
export interface ProposedRelay {
  claim: string;
  /** The report chosen for the analyst to confirm; null when none stands out. */
  proposed: string | null;
  candidates: RelayCandidate[];
}

/** What of a proposed claim the proposer reads; its span may begin inside its sentence. */
export interface RelayClaim {
  id: string;
  text: string;
  start: number;
  end: number;
  /** The graph entity the speaker is; null for a new name. */
  speakerId: string | null;
  /** The day it was said (YYYY-MM-DD), where its attribution states one. */
  day: string | null;
}

/** A mention linked to a graph entity, by its span in the article. */
export interface LinkedSpan {
  start: number;
  end: number;
  entityId: string;
}

/** A proposal's claims, with their speakers' graph entities, and its linked mentions, as the proposer reads them. */
export function relayInputs(proposal: Pick<Proposal, 'claims' | 'mentions'>): {
  claims: RelayClaim[];
  linked: LinkedSpan[];
} {
  const entities = linkedEntities(proposal);
  return {
    claims: proposal.claims.map((c) => ({
      id: c.id,
      text: c.text,
      start: c.start,
      end: c.end,
      speakerId: speakerEntity(c, entities),
      day: datePrecision(c.statedDate?.date) === 'day' ? c.statedDate!.date : null,
    })),
    linked: proposal.mentions.flatMap((m) =>
      m.match ? [{ start: m.start, end: m.end, entityId: m.match.entityId }] : [],
    ),
  };
}

/** Candidates named per claim, at most: more than that is a list nobody reads. */
export const RELAY_CANDIDATES = 5;

/** What a report published on the day a claim was said counts for, against words shared with it. */
const SAME_DAY = 100;

// Words too common in claims and report titles to tell two reports apart.
const STOP = new Set(
  'about after also from have into more that their them there these they this were which with will would report reports said says statement briefing interview assessment news north korean korea troops soldiers russia russian ukraine ukrainian'.split(
    ' ',
  ),
);

/** The telling words of a text, accents dropped and plurals made singular (casualties: casualty). */
function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .map((w) =>
        w.length <= 4 ? w : w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.replace(/([^s])s$/, '$1'),
      )
      .filter((w) => w.length >= 4 && !STOP.has(w)),
  );
}

/**
 * Where the sentence holding `at` begins: a claim's span may start at its
 * quotation, after "According to the Center for Strategic and International Studies, ".
 */
export function sentenceStart(text: string, at: number): number {
  for (let i = Math.min(at, text.length) - 1; i > 0; i--) {
    const ch = text[i]!;
    if (ch === '\n') return i + 1;
    if (/\s/.test(ch) && /[.!?]["”’]?$/.test(text.slice(Math.max(0, i - 2), i))) return i + 1;
  }
  return 0;
}

/** The entities whose reports a claim may relay: those named in its sentence, and its speaker. */
export function relayPublishers(
  text: string,
  c: RelayClaim,
  linked: LinkedSpan[],
): Map<string, 'speaker' | 'named'> {
  const from = sentenceStart(text, c.start);
  const via = new Map<string, 'speaker' | 'named'>();
  for (const m of linked) if (m.start >= from && m.end <= c.end) via.set(m.entityId, 'named');
  if (c.speakerId) via.set(c.speakerId, 'speaker');
  return via;
}

/** The sentence a claim is in, from its start to the claim's end. */
function sentenceOf(text: string, c: RelayClaim): string {
  return text.slice(sentenceStart(text, c.start), c.end);
}

/**
 * Words that set a speaker's claim on an occasion of its own, not the
 * interview or report an earlier claim named: a new venue ("in a video
 * address", "on Telegram", "at a summit", "told reporters"), a day ("on
 * Monday", "on January 3") or a time apart ("later", "earlier", "last
 * week"). "In his interview", "in the same statement" point back, and pass.
 */
const OTHER_OCCASION = new RegExp(
  [
    String.raw`\b(?:in|during|at|via|through)\s+(?:a|an|another|one|separate|new|his\s+latest|her\s+latest|their\s+latest)\s+(?:[\p{L}-]+\s+){0,2}?(?:interview|statement|briefing|address|speech|post|video|conference|meeting|message|appearance|summit|forum|session|broadcast|op-ed|article|podcast|remarks)\b`,
    String.raw`\b(?:on|in)\s+(?:telegram|x|twitter|facebook|instagram|youtube|television|tv|state\s+tv|radio|social\s+media)\b`,
    String.raw`\btold\s+(?:reporters|journalists|the\s+press|lawmakers|parliament)\b`,
    String.raw`\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
    String.raw`\b(?:on|in|since)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b`,
    String.raw`\b(?:later|earlier|previously|yesterday|last\s+(?:week|month|year)|in\s+\d{4})\b`,
  ].join('|'),
  'iu',
);

/**
 * The outlet an article names as its origin on a line of its own: "Original
 * Source: www.rfa.org", "Via: AP", "Originally published by Yonhap", "Courtesy
 * of KBS". A web address is cut to its host. The last such line counts.
 */
export function sourceLineOutlet(text: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(SOURCE_LINE)) found = m[1]!;
  if (!found) return null;
  const url = /^(?:https?:\/\/)?((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})(?:[/?#]\S*)?$/u.exec(found);
  return url ? url[1]!.toLowerCase() : found;
}

const SOURCE_LINE =
  /^[ \t]*(?:(?:original(?:ly)?[ \t]+)?(?:source|via)[ \t]*:|(?:originally[ \t]+|first[ \t]+)?published[ \t]+(?:by|in|on)\b|courtesy[ \t]+of\b)[ \t]*([^\n]{2,80}?)[ \t]*\.?[ \t]*$/gimu;

/** The outlet an article names as the origin of all it says: its source line's, else the one its lead credits. */
export function articleOrigin(text: string): { outlet: string; via: Wire['via'] } | null {
  const line = sourceLineOutlet(text);
  if (line) return { outlet: line, via: 'wire' };
  const credit = leadCreditOutlet(text);
  return credit ? { outlet: credit, via: 'credit' } : null;
}

/**
 * The outlet an article credits in its lead, the first paragraph that reads
 * as prose: "…, the SBU reported, News.bg reports." or "…, writes Yonhap.", or
 * a dateline, "KYIV, Jan 12 (Reuters) - …". The past tense counts only
 * after another attribution ("…, the SBU said, Reuters reported."): "…, the
 * SBU reported." alone is the claim's own speaker. Further in, an outlet
 * named is one claim's report, not the article's.
 */
export function leadCreditOutlet(text: string): string | null {
  const lead = leadParagraph(text);
  if (!lead) return null;
  const found =
    AGENCY_DATELINE.exec(lead) ??
    CREDIT_AFTER.exec(lead) ??
    CREDIT_BEFORE.exec(lead) ??
    CREDIT_AFTER_SPEAKER.exec(lead);
  return found ? found[1]!.trim() : null;
}

/** The first line of eight words or more that is not written in title case. */
function leadParagraph(text: string): string | null {
  for (const line of text.split('\n')) {
    const words = line.match(/[\p{L}][\p{L}\p{N}.'’-]*/gu) ?? [];
    if (words.length < 8) continue;
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitalised < 0.7 * words.length) return line;
  }
  return null;
}

const CREDIT_AFTER = new RegExp(
  String.raw`,\s+${OUTLET_NAME}\s+${CREDIT_VERBS}\s*[.!]["”’]?(?:\s|$)`,
  'u',
);
const CREDIT_AFTER_SPEAKER = new RegExp(
  String.raw`\b(?:said|says|reported|stated|announced|claimed|told\s+\S+)[^,.;]{0,40},\s+${OUTLET_NAME}\s+${CREDIT_VERBS_PAST}\s*[.!]["”’]?(?:\s|$)`,
  'u',
);
const CREDIT_BEFORE = new RegExp(
  String.raw`,\s+${CREDIT_VERBS}\s+${OUTLET_NAME}\s*[.!]["”’]?(?:\s|$)`,
  'u',
);

interface Scored {
  report: RelayCandidate;
  shared: number;
}

/** How far before the article a report still counts as the recent one it relays. */
const RECENT_DAYS = 31;
const DAY_MS = 86_400_000;

/**
 * Whether a report is dated, to the day or the month, within the month
 * before the article (a month overlapping it counts): the report an article
 * relays is most often the latest, where the others are undated or older.
 */
function recentFor(articleDate: string | null): (r: ReportRef) => boolean {
  const article = dateSpan(articleDate);
  return (r) => {
    const report = dateSpan(r.date);
    if (!article || !report || datePrecision(r.date) === 'year') return false;
    return report[1] >= article[0] - RECENT_DAYS * DAY_MS && report[0] <= article[1];
  };
}

/**
 * Best first, and at most RELAY_CANDIDATES of them. The one chosen stands
 * out: it shares the most words, or, among those sharing as many, it alone
 * is recent for the article.
 */
function rank(
  scored: Scored[],
  recent: (r: ReportRef) => boolean,
): { proposed: string | null; candidates: RelayCandidate[] } {
  // Most words shared, then the latest dated (an undated report last), then by id.
  const sorted = [...scored].sort(
    (a, b) =>
      b.shared - a.shared ||
      (b.report.date ?? '').localeCompare(a.report.date ?? '') ||
      a.report.id.localeCompare(b.report.id),
  );
  const unique = sorted.filter(
    (s, i) => sorted.findIndex((t) => t.report.id === s.report.id) === i,
  );
  const [first, second] = unique;
  const standsOut = !!first && (!second || first.shared > second.shared);
  const recentOfTied = first
    ? unique.filter((s) => s.shared === first.shared && recent(s.report))
    : [];
  return {
    proposed: standsOut
      ? first.report.id
      : recentOfTied.length === 1
        ? recentOfTied[0]!.report.id
        : null,
    candidates: unique.slice(0, RELAY_CANDIDATES).map((s) => s.report),
  };
}

/** Candidates of several lists, each report once, the first list first. */
function merged(...lists: RelayCandidate[][]): RelayCandidate[] {
  const seen = new Set<string>();
  return lists
    .flat()
    .filter((r) => !seen.has(r.id) && !!seen.add(r.id))
    .slice(0, RELAY_CANDIDATES);
}

/** The outlet an article names as the origin of all it says, and where: its source line, else its lead. */
export interface Wire {
  /** The entity that outlet is. */
  publisher: string;
  via: 'wire' | 'credit';
}

/**
 * `wire`: the outlet the article names as its origin (see sourceLineOutlet
 * and leadCreditOutlet). Its report (the one whose title shares the most
 * words with the article's, when it has several) is chosen for every claim
 * that names no report of its own; it is offered to the others.
 */
export function proposeRelays(
  article: { text: string; title: string; publishedDate: string | null; outlet: string | null },
  claims: RelayClaim[],
  linked: LinkedSpan[],
  reportsBy: Map<string, ReportRef[]>,
  wireOutlet: Wire | null = null,
  /** By claim: the reports of its speaker, or what they are a member of, dated the day it was said. */
  sameDay: Map<string, ReportRef[]> = new Map(),
): ProposedRelay[] {
  const ownOutlet = article.outlet?.trim().toLowerCase() || null;
  const usable = (r: ReportRef) =>
    !datedAfter(r.date, article.publishedDate) &&
    // The article's own outlet is the article's account, not a report it relays.
    !(ownOutlet && r.outlet?.toLowerCase() === ownOutlet);
  const shared = (r: ReportRef, text: Set<string>) =>
    [...words(r.title)].filter((w) => text.has(w)).length;
  const titleWords = words(article.title);
  const recent = recentFor(article.publishedDate);
  const wireVia = wireOutlet?.via ?? 'wire';
  const wire = rank(
    (wireOutlet ? (reportsBy.get(wireOutlet.publisher) ?? []) : [])
      .filter(usable)
      .map((r) => ({ report: { ...r, via: wireVia }, shared: shared(r, titleWords) })),
    recent,
  );
  const out: ProposedRelay[] = [];
  /** By speaker: the reports offered for their latest claim that named any, and the one chosen. */
  const earlier = new Map<string, { candidates: RelayCandidate[]; proposed: string | null }>();
  for (const c of [...claims].sort((a, b) => a.start - b.start)) {
    const claimWords = words(c.text);
    const own = rank(
      [
        ...(sameDay.get(c.id) ?? []).filter(usable).map((r) => ({
          report: { ...r, via: 'dated' as const },
          shared: SAME_DAY + shared(r, claimWords),
        })),
        ...[...relayPublishers(article.text, c, linked)].flatMap(([publisher, how]) =>
          (reportsBy.get(publisher) ?? [])
            .filter(usable)
            .map((r) => ({ report: { ...r, via: how }, shared: shared(r, claimWords) })),
        ),
      ],
      recent,
    );
    if (own.candidates.length) {
      out.push({
        claim: c.id,
        proposed: own.proposed,
        candidates: merged(own.candidates, wire.candidates),
      });
      if (c.speakerId) earlier.set(c.speakerId, own);
      continue;
    }
    const before = c.speakerId ? earlier.get(c.speakerId) : undefined;
    const candidates = merged(
      wire.candidates,
      (before?.candidates ?? []).map((r) => ({ ...r, via: 'earlier' })),
    );
    // The article's source line or lead credit first; else the speaker's earlier report,
    // unless this sentence says it was said on another occasion.
    const proposed =
      wire.proposed ??
      (before?.proposed && !OTHER_OCCASION.test(sentenceOf(article.text, c))
        ? before.proposed
        : null);
    if (candidates.length) out.push({ claim: c.id, proposed, candidates });
  }
  return out;
}
