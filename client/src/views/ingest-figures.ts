/**
 * The graph's figures beside a proposed claim's, in the review: those that
 * disagree with it (what the figures view will flag once it is committed) and
 * those that agree (who else gives it, and whether this article's account is
 * a new one or a report the graph already holds). Each graph claim is named
 * with the words that report it, to weigh against the article's.
 */
import {
  articleAgreementSummary,
  originsLine,
  relayedAlready,
  type AgreeingGraphClaim,
  type ArticlePairSide,
  type ClaimReview,
  type ClashingClaim,
  type FigureAgreement,
  type FigureClash,
} from '../core/ingest';
import { figureLabel, matchLabel, reportName } from '../core/claims';
import { formatCount, formatFactor, plural } from '../core/format';
import { h } from './dom';

/** Opens one of the graph's claims (the review stays as it is). */
export type GraphClaimLink = (id: string, label: string) => HTMLElement;

/** The excerpt that reports one of the graph's claims, and where: "— GZERO Media, “…”, from RFA". */
function graphExcerpt(w: Omit<ClashingClaim, 'factor' | 'side' | 'claimId'>): HTMLElement | null {
  if (!w.excerpt) return null;
  return h(
    'blockquote',
    { class: 'ing-clash-excerpt' },
    h('q', null, w.excerpt),
    w.source
      ? h(
          'cite',
          { class: 'muted' },
          (w.outlet ? `${w.outlet}, “${w.source}”` : `“${w.source}”`) +
            (w.relayedFrom ? `, from ${w.relayedFrom}` : ''),
        )
      : null,
  );
}

/**
 * One of the graph's claims: its figure, opening it, how it stands to the
 * article's (`how`), and what it rests on, to weigh against the article.
 */
function graphClaimItem(
  w: Omit<ClashingClaim, 'factor'>,
  link: GraphClaimLink,
  how: HTMLElement,
): HTMLElement {
  return h(
    'li',
    { dataset: { claimId: w.claimId } },
    link(w.claimId, w.side),
    how,
    graphExcerpt(w),
  );
}

/**
 * The graph's figures that this claim's figures disagree with, widest apart
 * first: what the figures view will show once it is committed, said before,
 * so that a misread number or a source at odds with the rest is seen now.
 */
export function clashList(
  c: ClaimReview,
  clashes: FigureClash[],
  link: GraphClaimLink,
): HTMLElement {
  return h(
    'div',
    { class: 'ing-clashes', dataset: { claim: c.id } },
    clashes.map((k) => {
      const f = c.proposal.figures[k.figure]!;
      return h(
        'div',
        { class: 'ing-clash', dataset: { figure: String(k.figure) } },
        h(
          'p',
          null,
          h('strong', null, figureLabel(f)),
          ` disagrees with ${plural(k.total, 'figure')} in the graph`,
          k.total > k.widest.length ? ', the widest apart:' : ':',
        ),
        h(
          'ul',
          null,
          k.widest.map((w) =>
            graphClaimItem(
              w,
              link,
              h('span', { class: 'muted factor' }, ` · ${formatFactor(w.factor)}`),
            ),
          ),
          k.total > k.widest.length
            ? h('li', { class: 'muted' }, `and ${formatCount(k.total - k.widest.length)} more`)
            : null,
        ),
      );
    }),
  );
}

/**
 * The pairs to say under a claim, with both figures: only while both claims
 * are accepted (a rejected one is not committed).
 */
function acceptedPairs(c: ClaimReview, pairs: ArticlePairSide[]) {
  if (c.decision !== 'accept') return [];
  return pairs.flatMap((p) => {
    const f = c.proposal.figures[p.figure];
    const g = p.other.proposal.figures[p.otherFigure];
    return f && g && p.other.decision === 'accept' ? [{ ...p, f, g }] : [];
  });
}

/**
 * The article's own figures that this claim's disagree with: two speakers it
 * sets side by side. Both go into the graph, where the figures view will mark
 * them; said here so that a misread number is told from a real dispute. Only
 * pairs of accepted claims: a rejected one is not committed.
 */
export function articleClashList(
  c: ClaimReview,
  /** articlePairsOf(…).disputes for this claim. */
  pairs: ArticlePairSide[],
  /** Who says a claim, as the review resolves its speaker. */
  speakerOf: (claim: ClaimReview) => string,
): HTMLElement | null {
  const items = acceptedPairs(c, pairs).map(({ f, g, figure, other, factor }) =>
    h(
      'p',
      { class: 'ing-clash', dataset: { figure: String(figure), other: other.id } },
      h('strong', null, figureLabel(f)),
      ' disagrees with ',
      h('strong', null, speakerOf(other) || 'another speaker'),
      `’s “${g.text}” in this article`,
      h('span', { class: 'muted factor' }, ` · ${formatFactor(factor)}`),
    ),
  );
  return items.length
    ? h('div', { class: 'ing-clashes ing-clashes-article', dataset: { claim: c.id } }, items)
    : null;
}

/**
 * Figures of this claim that the same speaker contradicts elsewhere in the
 * article, as the review resolves the speakers: not a dispute between
 * sources, but often a misread speaker ("He said 8,000" read as the
 * Zelensky who said 12,000), so the review asks the analyst to check. Only
 * pairs of accepted claims.
 */
export function oneSpeakerList(
  c: ClaimReview,
  /** articlePairsOf(…).oneSpeaker for this claim. */
  pairs: ArticlePairSide[],
  speaker: string,
): HTMLElement | null {
  const items = acceptedPairs(c, pairs).map(({ f, g, figure, other, factor }) =>
    h(
      'p',
      { class: 'ing-one-speaker-pair', dataset: { figure: String(figure), other: other.id } },
      h('strong', null, figureLabel(f)),
      ' differs from ',
      `“${g.text}”, which `,
      h('strong', null, speaker || 'the same speaker'),
      ' also says in this article',
      h('span', { class: 'muted factor' }, ` · ${formatFactor(factor)}`),
      '. One speaker’s two figures: check who says each.',
    ),
  );
  return items.length
    ? h('div', { class: 'ing-one-speaker', dataset: { claim: c.id } }, items)
    : null;
}

/**
 * The graph's figures that agree with this claim's, folded to a line of who
 * else gives each. A claim relayed from a report those figures already go
 * back to is said unfolded: committing it adds a source, not an account.
 */
export function agreementList(
  c: ClaimReview,
  agreements: FigureAgreement[],
  link: GraphClaimLink,
  /** The figures the analyst unfolded ("c1:0"), kept unfolded as the claim is redrawn. */
  unfolded: Set<string>,
): HTMLElement {
  return h(
    'div',
    { class: 'ing-agreements', dataset: { claim: c.id } },
    agreements.map((a) => {
      const f = c.proposal.figures[a.figure]!;
      const already = relayedAlready(a, c);
      const key = `${c.id}:${a.figure}`;
      const fold = h(
        'details',
        {
          class: `ing-agree${a.speakers ? ' is-agreed' : ''}`,
          dataset: { figure: String(a.figure) },
          open: unfolded.has(key),
        },
        h(
          'summary',
          null,
          h('strong', null, figureLabel(f)),
          ` agrees with ${plural(a.total, 'figure')} in the graph: `,
          h('span', { class: 'ing-agree-summary' }, articleAgreementSummary(a)),
        ),
        already
          ? h(
              'p',
              { class: 'ing-agree-same' },
              `${plural(already.claims, 'of them goes', 'of them go')} back to ${reportName(already)}, ` +
                'the report this claim is relayed from: the article adds a source, not an independent account.',
            )
          : null,
        a.originsTotal
          ? h('p', { class: 'muted ing-agree-origins' }, `Reports: ${originsLine(a)}`)
          : null,
        h(
          'ul',
          null,
          a.closest.map((g) =>
            graphClaimItem(g, link, h('span', { class: 'muted' }, ` · ${agreeingTags(g, c)}`)),
          ),
          a.total > a.closest.length
            ? h('li', { class: 'muted' }, `and ${formatCount(a.total - a.closest.length)} more`)
            : null,
        ),
      );
      fold.addEventListener('toggle', () => {
        if (fold.open) unfolded.add(key);
        else unfolded.delete(key);
      });
      return fold;
    }),
  );
}

/** "the same figure · same speaker · relayed from Radio Free Asia · the report this claim is relayed from". */
function agreeingTags(g: AgreeingGraphClaim, c: ClaimReview): string {
  return [
    matchLabel(g),
    g.sameSpeaker ? 'same speaker' : null,
    g.relayedFrom ? `relayed from ${g.relayedFrom}` : null,
    c.relayedFrom && g.origin === c.relayedFrom.id ? 'the report this claim is relayed from' : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
