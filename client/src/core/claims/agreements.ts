/** How the explorer words the figures that agree with a claim's. DOM-free. */
import type { AgreeingClaim, FigureAgreements } from '../api/types';
import { formatFactor, plural } from '../format';
import { formatFigure, reportName } from './utils';

/**
 * What an analyst reads first of a figure's agreement: "2 other speakers agree ·
 * in 2 other sources", or that it stands alone; the speaker's own repeats, the
 * claims of the same article and those relayed from the claim's own report
 * counted apart, since none is a second account.
 */
/**
 * Who else gives a figure, as the first parts of a summary: "2 other speakers
 * agree", "the speaker repeats it in 1 other claim" (none: `alone`).
 */
export function whoElseGivesIt(f: { speakers: number; repeats: number }, alone: string): string[] {
  const parts = [
    f.speakers
      ? `${plural(f.speakers, 'other speaker')} ${f.speakers === 1 ? 'agrees' : 'agree'}`
      : alone,
  ];
  if (f.repeats) parts.push(`the speaker repeats it in ${plural(f.repeats, 'other claim')}`);
  return parts;
}

export function agreementSummary(f: FigureAgreements): string {
  if (!f.total) return "Stands alone: no other claim's figure agrees";
  const parts = whoElseGivesIt(f, 'No other speaker agrees');
  if (f.sources) {
    const counted =
      f.sourcesCounted < f.total ? ` (of the first ${plural(f.sourcesCounted, 'claim')})` : '';
    parts.push(`in ${plural(f.sources, 'other source')}${counted}`);
  }
  // Articles relaying one report are one account: said when the reports differ from the sources.
  if (f.origins !== f.sources) {
    parts.push(
      `going back to ${f.origins ? plural(f.origins, 'other report') : 'no other report'}`,
    );
  }
  if (f.inSameSource) parts.push(`${plural(f.inSameSource, 'claim')} in this same source`);
  if (f.sameOrigin) {
    parts.push(`${plural(f.sameOrigin, 'claim')} relayed from this claim's own report`);
  }
  return parts.join(' · ');
}

/**
 * What an analyst weighs of one agreeing claim besides its figure: "the same
 * figure · same speaker · relayed from United States government · same report"
 * (the report named by its outlet, else its title).
 */
export function agreementTags(
  a: Pick<AgreeingClaim, 'match' | 'factor' | 'sameSpeaker' | 'sameSource' | 'sameOrigin'> & {
    relayedFrom: { title: string; outlet: string | null } | null;
  },
): string {
  return [
    matchLabel(a),
    a.sameSpeaker ? 'same speaker' : null,
    a.sameSource ? 'same source' : null,
    a.relayedFrom ? `relayed from ${reportName(a.relayedFrom)}` : null,
    a.sameOrigin ? 'same report as this claim' : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** How one agreeing figure agrees: "the same figure", "ranges overlap", "1.05× apart, within the hedge". */
export function matchLabel(a: Pick<AgreeingClaim, 'match' | 'factor'>): string {
  if (a.match === 'same') return 'the same figure';
  if (a.match === 'overlap') return 'ranges overlap';
  return `${formatFactor(a.factor)}, within the hedge`;
}

/**
 * A figure's agreement in a few words, for the folded box's one line:
 * "3,800 — 2 other speakers", "8,000 — stands alone".
 */
export function agreementGist(f: FigureAgreements): string {
  const who = f.speakers
    ? plural(f.speakers, 'other speaker')
    : f.repeats
      ? 'only the speaker, elsewhere'
      : 'stands alone';
  return `${formatFigure(f.figure)} — ${who}`;
}
