/**
 * Numbers as the explorer writes them: "12,000", "3 claims". One place, so
 * that every panel groups digits the same way. DOM-free.
 */

/** 12000 → "12,000". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** "3 claims", "1 claim", "2,000 figures": a count and its noun. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : many}`;
}

/** "2.7× apart": shared with the server's CSV export, which words it the same. */
export { formatFactor } from '../../../../server/domain/figures';

/** What a panel of the claims in view says when none is drawn. */
export const NO_CLAIMS_IN_VIEW =
  'No claims in view. Expand a speaker or a source to bring their claims in.';

/**
 * "the 40 claims in view", or "the first 5,000 of the 6,200 claims in view"
 * when only `asked` of the `total` drawn were asked about.
 */
export function claimsInViewWords(asked: number, total: number): string {
  return total > asked
    ? `the first ${formatCount(asked)} of the ${formatCount(total)} claims in view`
    : `the ${plural(total, 'claim')} in view`;
}
