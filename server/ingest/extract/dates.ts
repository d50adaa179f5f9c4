/**
 * When a claim was made, where its attribution says so: "announced during a
 * briefing on October 31 that…", "…, Zelensky said on Monday.", "On Jan. 5,
 * the ministry said…". A date inside what is claimed ("heavy losses on
 * January 3") dates the events, not the claim, so only the words of the
 * sentence outside every claim's content count, and none inside a quotation.
 *
 * A date with no year takes the article's, or the year before when it would
 * fall after the article; a weekday is the last one on or before the article's
 * day. With no article date to go by, only a date with its year is proposed.
 */
import { datedAfter } from '../../../seed/model';
import { cueOf } from './cues';
import type { Sentence } from './sentences';
import type { ClaimProposal, StatedDate } from './types';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_SHORT = new Map<string, number>([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// Capitalised month names only: "may" is far more often the verb.
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Parts | null }[] = [
  {
    // "on October 31", "Oct. 31, 2024", "on January 3 2025"
    re: new RegExp(String.raw`\b(?:[Oo]n\s+)?${MONTH}\s+${DAY}(?:,?\s+${YEAR})?\b`, 'g'),
    read: (m) => ({ month: monthOf(m[1]!), day: Number(m[2]), year: yearOf(m[3]) }),
  },
  {
    // "on 31 October", "31 Oct 2024"
    re: new RegExp(String.raw`\b(?:[Oo]n\s+)?${DAY}\s+${MONTH}(?:,?\s+${YEAR})?\b`, 'g'),
    read: (m) => ({ month: monthOf(m[2]!), day: Number(m[1]), year: yearOf(m[3]) }),
  },
  {
    // "in October", "in October 2024"
    re: new RegExp(String.raw`\b[Ii]n\s+${MONTH}(?:\s+${YEAR})?\b`, 'g'),
    read: (m) => ({ month: monthOf(m[1]!), day: null, year: yearOf(m[2]) }),
  },
  {
    // "on Monday", "said Tuesday"
    re: /\b(?:[Oo]n\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    read: (m) => ({ weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase()) }),
  },
  {
    re: /\b(today|yesterday)\b/gi,
    read: (m) => ({ daysBefore: m[1]!.toLowerCase() === 'today' ? 0 : 1 }),
  },
];

const NOT_WHEN_SAID = /\b(?:as\s+of|since|until|till|by|before|after|from|through|between|to)\s+$/i;

type Parts =
  | { month: number; day: number | null; year: number | null }
  | { weekday: number }
  | { daysBefore: number };

function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(w);
  return full >= 0 ? full + 1 : (MONTH_SHORT.get(w) ?? 0);
}
function yearOf(s: string | undefined): number | null {
  return s ? Number(s) : null;
}
const pad = (n: number) => String(n).padStart(2, '0');

/** The article's date as [year, month|null, day|null], or null. */
function publication(
  iso: string | null | undefined,
): [number, number | null, number | null] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso ?? '');
  if (!m) return null;
  return [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
}

/** The ISO date the parts name, read against the article's date; null when they cannot be placed. */
function resolve(parts: Parts, published: string | null | undefined): string | null {
  const pub = publication(published);
  if ('daysBefore' in parts || 'weekday' in parts) {
    if (!pub || pub[1] === null || pub[2] === null) return null;
    const day = new Date(Date.UTC(pub[0], pub[1] - 1, pub[2]));
    const back =
      'daysBefore' in parts ? parts.daysBefore : (day.getUTCDay() - parts.weekday + 7) % 7;
    day.setUTCDate(day.getUTCDate() - back);
    return day.toISOString().slice(0, 10);
  }
  const { month, day } = parts;
  if (!month || (day !== null && (day < 1 || day > daysIn(parts.year ?? 2000, month)))) return null;
  let year = parts.year;
  if (year === null) {
    if (!pub) return null;
    year = pub[0];
    // after the article (at the precision both have): the year before
    const after =
      pub[1] !== null &&
      (month > pub[1] || (month === pub[1] && day !== null && pub[2] !== null && day > pub[2]));
    if (after) year -= 1;
    if (day !== null && day > daysIn(year, month)) return null;
  }
  const iso = day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  // Said after it was reported: another date than the saying's ("…, 2026, at the summit").
  return datedAfter(iso, published ?? null) ? null : iso;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Gives each claim the first date its attribution states (`statedDate`). A
 * date outside every claim's content belongs to the claim whose speaker is
 * named nearest before it ("Kim said Tuesday, while Putin said in December
 * that…"), or else to the first named after it ("On Jan. 5, the ministry
 * said…"); speakers of one statement share it.
 */
export function dateClaims(
  claims: ClaimProposal[],
  sentences: readonly Sentence[],
  text: string,
  quoteMask: Uint8Array,
  published: string | null | undefined,
): void {
  const anchor = (c: ClaimProposal) => c.speaker.surface?.start ?? c.start;
  for (const s of sentences) {
    const here = claims.filter((c) => c.start < s.end && s.start < c.end);
    if (!here.length) continue;
    // "On January 11, reports emerged of…": hearsay's own words, before its cue, date the reports
    for (const c of here) {
      const at =
        c.speaker.unattributed && /^reports\b/i.test(c.cue) ? text.indexOf(c.cue, s.start) : -1;
      if (at < 0 || at >= s.end) continue;
      // up to what the reports say: "Reports emerged on Monday that…"
      const rest = /^[^,;:]*?\b(?:that|of|about)\b/.exec(text.slice(at + c.cue.length, s.end));
      const to = at + c.cue.length + (rest ? rest[0].length : 0);
      const [d] = statedDates(text, s.start, to, (pos) => quoteMask[pos] !== 1, published);
      if (d) c.statedDate = d;
    }
    // "Donald Trump, who will take office on January 20, has said…": the
    // relative clause dates something else
    const asides: [number, number][] = [];
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(/,\s*(?:who|which|whose)\b[^,;]*[,;]/g))
      asides.push([s.start + m.index, s.start + m.index + m[0].length]);
    const outside = (pos: number) =>
      quoteMask[pos] !== 1 &&
      !here.some((c) => c.contentStart <= pos && pos < c.contentEnd) &&
      !asides.some(([a, b]) => a <= pos && pos < b);
    // "Zelenskyy acknowledged Ukraine's incursion … on August 12.", "urged
    // South Korea on Tuesday to supply…": a date after the thing the cue
    // takes, with no verb of its own before it, tells when it was said
    for (const c of here) {
      if (c.statedDate || !objectFirst(c, text)) continue;
      for (const d of statedDates(
        text,
        c.contentStart,
        c.contentEnd,
        (pos) => quoteMask[pos] !== 1,
        published,
      )) {
        if (CLAUSE_WORD.test(text.slice(c.contentStart, d.start).replace(NOT_PAST, ''))) break;
        const after = text.slice(d.end, c.contentEnd);
        if (/^[\s.!?,;]*$/.test(after) || /^\s+(?:to|that)\b/.test(after)) {
          c.statedDate = d;
          break;
        }
      }
    }
    for (const d of statedDates(text, s.start, s.end, outside, published)) {
      const before = here.filter((c) => anchor(c) <= d.start);
      const pool = before.length ? before : here;
      const at = before.length ? Math.max(...pool.map(anchor)) : Math.min(...pool.map(anchor));
      const owner = pool.find((c) => anchor(c) === at)!;
      for (const c of here)
        // speakers of one statement: the same words by the same cue ("Moscow and
        // Pyongyang deny"), not a denial of another's words ("…, which Moscow denied on Monday")
        if (
          !c.statedDate &&
          c.contentStart === owner.contentStart &&
          c.contentEnd === owner.contentEnd &&
          c.cue === owner.cue
        )
          c.statedDate = d;
    }
  }
}

/**
 * Cues whose words are more often a thing than a clause ("acknowledged the
 * incursion", "urged Seoul to…"); after "said" or "confirmed", "Russia lost
 * 700 soldiers on Monday" is a clause whose verb no rule here can tell.
 */
const TAKES_A_THING = new Set([
  'acknowledge',
  'announce',
  'urge',
  'accuse',
  'deny',
  'dismiss',
  'denounce',
  'condemn',
  'describe',
  'document',
  'reveal',
  'pledge',
  'promise',
  'threaten',
  'vow',
]);

/** Verbs and clause words: what a noun phrase does not hold. */
const CLAUSE_WORD =
  /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|must|should|shall|do|does|did|that|which|who|whom|whose|if|whether|because|while|when)\b|\b[a-z]+ed\b/i;
const NOT_PAST = /\b(?:hundred|red|need|speed|bed|seed|feed|shed|breed|greed|creed)\b/gi;

/**
 * Whether the claim's words begin with what its cue takes, a noun phrase
 * ("acknowledged Ukraine's incursion…", "urged South Korea…"), not after
 * "that": the words up to a clause's verb are then the saying's, and a date
 * among them its date ("said troops had crossed … on Friday" is not).
 */
function objectFirst(c: ClaimProposal, text: string): boolean {
  if (c.kind !== 'indirect') return false;
  if (!TAKES_A_THING.has(cueOf(c.cue.toLowerCase())?.base ?? '')) return false;
  const lead = text.slice(c.start, c.contentStart);
  return lead.trimEnd().toLowerCase().endsWith(c.cue.toLowerCase());
}

/**
 * The dates the words of [from, to) state, in text order; `outside(pos)` says
 * whether a position may carry one (not in a claim's content, not quoted).
 */
export function statedDates(
  text: string,
  from: number,
  to: number,
  outside: (pos: number) => boolean,
  published: string | null | undefined,
): StatedDate[] {
  const found: StatedDate[] = [];
  const part = text.slice(from, to);
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (!outside(start) || !outside(end - 1)) continue;
      // "as of October 28", "since December": the time of what is said, not of saying it
      if (NOT_WHEN_SAID.test(text.slice(Math.max(0, start - 12), start))) continue;
      const parts = read(m);
      const date = parts && resolve(parts, published);
      if (date) found.push({ date, text: m[0], start, end });
    }
  }
  // In text order; of two overlapping, the longer ("on October 31" over "October 31").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((d, i) => !found.slice(0, i).some((e) => e.start < d.end && d.start < e.end));
}
