/**
 * What the graph already says of an article's figures, as the review reads
 * it: who else gives each figure, and whether the article's claim brings a new
 * account of it or relays a report the graph already has (the preview's
 * figureAgreements, weighed against the report the analyst chose).
 */
import { whoElseGivesIt } from '../claims/agreements';
import { reportName } from '../claims/utils';
import { plural } from '../format';
import type { AgreeingOrigin, ClaimReview, FigureAgreement } from './types';

/**
 * "2 other speakers agree · the speaker repeats it in 1 other claim · going
 * back to 3 reports": counted with the speaker the review settled on (as a
 * claim's Agreements count them once committed).
 */
export function articleAgreementSummary(a: FigureAgreement): string {
  const parts = whoElseGivesIt(a, 'no other speaker agrees');
  if (a.originsTotal) {
    const counted = a.counted < a.total ? ` (of the closest ${plural(a.counted, 'claim')})` : '';
    parts.push(`going back to ${plural(a.originsTotal, 'report')}${counted}`);
  }
  return parts.join(' · ');
}

/**
 * The report among those the graph's agreeing figures go back to that the
 * claim is relayed from, as the analyst chose it: the article then adds no
 * independent account of the figure. Null for the article's own account, or a
 * report none of the listed go back to.
 */
export function relayedAlready(
  a: FigureAgreement,
  c: Pick<ClaimReview, 'relayedFrom'>,
): AgreeingOrigin | null {
  const report = c.relayedFrom;
  return (report && a.origins.find((o) => o.id === report.id)) ?? null;
}

/** "Radio Free Asia (2) · GZERO Media · News.bg", and "and 3 more" past those listed. */
export function originsLine(a: FigureAgreement): string {
  const listed = a.origins.map((o) =>
    o.claims > 1 ? `${reportName(o)} (${o.claims})` : reportName(o),
  );
  const unlisted = a.originsTotal - a.origins.length;
  return [...listed, ...(unlisted > 0 ? [`and ${unlisted} more`] : [])].join(' · ');
}
