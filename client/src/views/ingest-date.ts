/**
 * A claim's "Said on" row in the review: the date its attribution states
 * ("announced on October 31"), which the commit records as stated, or the
 * analyst's own; empty, the claim is dated by the article, as before.
 */
import { formatDate } from '../core/claims';
import type { ClaimReview } from '../core/ingest';
import { h } from './dom';

export interface DateRowOptions {
  claim: ClaimReview;
  /** The article's date, which dates a claim whose own date is not given. */
  articleDate: string | null;
  /** Why the date cannot be committed (claimDateProblem), or null. */
  problem: string | null;
  onChange(date: string | null): void;
}

export function dateRow(o: DateRowOptions): HTMLElement {
  const c = o.claim;
  const stated = c.proposal.statedDate;
  const inputId = `date-${c.id}`;
  const input = h('input', {
    id: inputId,
    type: 'text',
    class: 'ing-date',
    value: c.date ?? '',
    size: 11,
    placeholder: o.articleDate ?? 'YYYY-MM-DD',
    'aria-invalid': o.problem ? 'true' : undefined,
    dataset: { fk: `${c.id}:date` },
  });
  input.addEventListener('change', () => o.onChange(input.value));

  const use = (label: string, date: string | null) => {
    const b = h(
      'button',
      { type: 'button', class: 'btn btn-small', dataset: { fk: `${c.id}:date-use` } },
      label,
    );
    b.addEventListener('click', () => o.onChange(date));
    return b;
  };
  const byArticle = o.articleDate
    ? `dated by the article (${formatDate(o.articleDate)})`
    : 'undated: the article gives no date';
  let how: (HTMLElement | string)[];
  if (!c.date) {
    how = [h('span', { class: 'muted' }, byArticle)];
    if (stated) how.push(use(`Use “${stated.text}” (${stated.date})`, stated.date));
  } else if (stated && c.date === stated.date) {
    how = [
      h('span', { class: 'muted' }, 'as the article states: '),
      h('q', null, stated.text),
      use('Date by the article', null),
    ];
  } else {
    how = [h('span', { class: 'muted' }, 'your date')];
    if (stated) how.push(use(`Back to “${stated.text}” (${stated.date})`, stated.date));
  }
  return h(
    'div',
    { class: 'ing-speaker-row ing-date-row', dataset: { date: c.date ?? '' } },
    h('label', { for: inputId }, 'Said on'),
    input,
    ...how,
  );
}
