/** Who-said-what helpers: article segmentation, grouping, dates. DOM-free. */
import {
  UNMEASURED,
  type Claim,
  type DisagreementOrder,
  type Dispute,
  type Figure,
  type FigurePoint,
} from '../api/types';
import { datePrecision, dateSpan, type DatePrecision } from '../filters/utils';
import { formatCount } from '../format';
import type { Segment, SourceGroup, Span, When } from './types';

/**
 * Cuts `text` at every span boundary so that each piece knows which claims
 * cover it (spans may overlap or nest). Out-of-range spans are clipped.
 */
export function segmentText(text: string, spans: Span[]): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  valid.forEach((s) => {
    cuts.add(s.start);
    cuts.add(s.end);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const claims = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const prev = out.at(-1);
    if (prev && prev.claims.length === 0 && claims.length === 0) {
      prev.text += text.slice(start, end);
      prev.end = end;
    } else out.push({ text: text.slice(start, end), start, end, claims });
  }
  return out;
}

/** Sort key of a partial date (undated last). */
export function dateKey(iso: string | null | undefined): number {
  return dateSpan(iso)?.[0] ?? Number.MAX_SAFE_INTEGER;
}

/** Claims grouped by the source that reports them; groups and claims by date. */
export function groupBySource(claims: Claim[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const c of claims) {
    const g = groups.get(c.source.id) ?? { source: c.source, claims: [] };
    g.claims.push(c);
    groups.set(c.source.id, g);
  }
  const list = [...groups.values()];
  list.forEach((g) =>
    g.claims.sort((a, b) => dateKey(a.date) - dateKey(b.date) || a.start - b.start),
  );
  return list.sort(
    (a, b) =>
      dateKey(a.source.publishedDate) - dateKey(b.source.publishedDate) ||
      a.source.title.localeCompare(b.source.title),
  );
}

/** The claim's reporting verb ("said", "claimed"…); "said" when the source gives none. */
export function cueOf(claim: { cue: string | null }): string {
  return claim.cue ?? 'said';
}

/** A report a claim is relayed from, in a few words: its outlet, else its title ("KBS"). */
export function reportName(r: { title: string; outlet: string | null }): string {
  return r.outlet ?? r.title;
}

/**
 * Which source gave a claim, in a few words: "Fakti, from News.bg" when its
 * article relays it from a report, else "GZERO Media" (the title without an outlet).
 */
export function sourceWords(
  source: { title: string; outlet: string | null },
  relayed: { title: string; outlet: string | null } | null,
): string {
  return `${source.outlet ?? source.title}${relayed ? `, from ${reportName(relayed)}` : ''}`;
}

/** The same source in full, for a tooltip: its title, and the report's title it is relayed from. */
export function sourceTitle(source: { title: string }, relayed: { title: string } | null): string {
  return relayed ? `${source.title}, relayed from “${relayed.title}”` : source.title;
}

/** An http or https address, as the server accepts one (seed/schema.ts's webUrl). */
export function isWebUrl(s: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

/**
 * A source's address as a link target: http or https only, null otherwise.
 * The server refuses other schemes now; a graph written before, or by hand,
 * may still hold a javascript: URL, which a link would run.
 */
export function sourceHref(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  return trimmed && isWebUrl(trimmed) ? trimmed : null;
}

/** "12 Jan 2025", "Jan 2025", "2025", or "undated". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const mon = m[2] ? months[Number(m[2]) - 1] : undefined;
  if (m[3] && mon) return `${Number(m[3])} ${mon} ${m[1]}`;
  if (mon) return `${mon} ${m[1]}`;
  return m[1]!;
}

/** A moment an analyst did something (an ISO date-time): "5 Dec 2026, 11:20". */
export function formatMoment(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${formatDate(iso.slice(0, 10))}, ${time}`;
}

/** "12,000", "20,000–25,000", "about 40 %". */
export function formatFigure(
  f: Pick<Figure, 'value' | 'low' | 'high' | 'unit' | 'qualifier'>,
): string {
  const unit =
    f.unit === 'percent'
      ? ' %'
      : f.unit === 'persons' || f.unit === 'count'
        ? ''
        : ` ${f.unit.replace(/_/g, ' ')}`;
  let v: string;
  if (f.value !== undefined) v = formatCount(f.value);
  else if (f.low !== undefined && f.high !== undefined)
    v = `${formatCount(f.low)}–${formatCount(f.high)}`;
  else if (f.low !== undefined) v = `≥ ${formatCount(f.low)}`;
  else if (f.high !== undefined) v = `≤ ${formatCount(f.high)}`;
  else v = '?';
  return `${f.qualifier ? `${f.qualifier} ` : ''}${v}${unit}`;
}

type LabelledFigure = Pick<Figure, 'measure' | 'value' | 'low' | 'high' | 'unit' | 'qualifier'> & {
  text?: string;
};

/**
 * A figure of no measure the model knows in its own words ("“outnumbered six
 * times”"), which say what it counts where "6 ratio" would not; null for the rest.
 */
function ownWords(f: LabelledFigure): string | null {
  return f.measure === UNMEASURED && f.text ? `“${f.text}”` : null;
}

/** A figure's amount, "8,000", or its own words. */
export function figureWords(f: LabelledFigure): string {
  return ownWords(f) ?? formatFigure(f);
}

/** A figure as a chip or a heading names it: "NK troops deployed: 8,000", or its own words. */
export function figureLabel(f: LabelledFigure): string {
  return ownWords(f) ?? `${measureLabel(f.measure)}: ${formatFigure(f)}`;
}

export function measureLabel(measure: string): string {
  const words = measure.replace(/^nk_/, 'NK ').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * When an analyst recorded a contradiction, and last reworded it, in the
 * analyst's time zone: "recorded 4 Dec 2026", with the times for a tooltip;
 * null for the seed's.
 */
export function recordedWhen(
  d: { recordedAt?: string | null; editedAt?: string | null },
  timeZone?: string,
): { text: string; title: string } | null {
  if (!d.recordedAt) return null;
  const at = (iso: string, withTime: boolean) => localMoment(iso, withTime, timeZone);
  const text = [`recorded ${at(d.recordedAt, false)}`];
  const title = [`Recorded ${at(d.recordedAt, true)}`];
  if (d.editedAt) {
    text.push(`reworded ${at(d.editedAt, false)}`);
    title.push(`reworded ${at(d.editedAt, true)}`);
  }
  return { text: text.join(', '), title: title.join('; ') };
}

/**
 * A moment (an ISO timestamp) as the analyst's day, in their time zone (or the
 * one given), with the time and zone when asked: "4 Dec 2026, 19:31 GMT+1".
 */
function localMoment(iso: string, withTime: boolean, timeZone?: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return formatDate(iso);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const day = formatDate(`${part('year')}-${part('month')}-${part('day')}`);
  // ICU names UTC "GMT" or "GMT+0" depending on its version.
  const zone = part('timeZoneName').replace(/^GMT(\+0)?$/, 'UTC');
  return withTime ? `${day}, ${part('hour')}:${part('minute')} ${zone}` : day;
}

/** claimId → the disputes it takes part in (disagreeing figures, recorded contradictions). */
export function disagreementIndex(ds: readonly Dispute[]): Map<string, Dispute[]> {
  const index = new Map<string, Dispute[]>();
  for (const d of ds) {
    for (const c of d.claims) {
      const list = index.get(c) ?? [];
      list.push(d);
      index.set(c, list);
    }
  }
  return index;
}

/** The list is capped by the API on big graphs; the heading says how many there are in all. */
export function disagreementsHeading(
  listed: number,
  total: number,
  order: DisagreementOrder = 'date',
): string {
  const which = order === 'widest' ? 'the widest apart' : 'the first';
  return total > listed
    ? `Where sources disagree (${formatCount(total)}; ${which} ${formatCount(listed)} listed)`
    : `Where sources disagree (${formatCount(listed)})`;
}

/**
 * Which speakers the figures chart draws as series of their own (those with
 * the most figures, ties by name), the others sharing one: beyond ten or so,
 * colours repeat and a legend of hundreds of names says nothing (and costs the
 * chart seconds). With at most `own + 1` speakers, every one has its own.
 */
export function speakerSeries(
  figures: readonly { speaker: { name: string } }[],
  own: number,
): { own: string[]; others: string[] } {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(f.speaker.name, (counts.get(f.speaker.name) ?? 0) + 1);
  const ranked = [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b),
  );
  if (ranked.length <= own + 1) return { own: ranked, others: [] };
  return { own: ranked.slice(0, own), others: ranked.slice(own) };
}

// The server narrows /api/contradictions.csv with the same test, so a download holds what is listed.
export { contradictionMatches } from '../../../../server/domain/contradictions';

/**
 * When a date may be: the date as given, its precision and the whole span a
 * partial date covers ("2025" is any day of 2025), so that a chart does not
 * show a year-only date as mid-year.
 */
export function whenOf(iso: string | null | undefined): When | null {
  const span = dateSpan(iso);
  const precision = datePrecision(iso);
  if (!iso || !span || !precision) return null;
  return { iso, precision, from: span[0], to: span[1], mid: (span[0] + span[1]) / 2 };
}

/** When a figure holds: its as-of date, else its claim's. */
export function figureWhen(f: Pick<FigurePoint, 'asOf' | 'date'>): When | null {
  return whenOf(f.asOf ?? f.date);
}

/** The time axis that holds every span whole, not only the middles. */
export function timeExtent(whens: readonly When[]): [number, number] | null {
  if (whens.length === 0) return null;
  return [Math.min(...whens.map((w) => w.from)), Math.max(...whens.map((w) => w.to))];
}

const PRECISION_WORD: Record<Exclude<DatePrecision, 'day'>, string> = {
  month: 'the month',
  year: 'the year',
};

/** "Jan 2025 (the source gives only the month)"; the date alone when it is a day. */
export function whenLabel(w: When): string {
  return w.precision === 'day'
    ? formatDate(w.iso)
    : `${formatDate(w.iso)} (the source gives only ${PRECISION_WORD[w.precision]})`;
}
