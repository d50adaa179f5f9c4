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

/**
 * How far apart two figures that disagree are, from the API's `factor`:
 * 2.667 → "2.7× apart", 3 → "3× apart", 41.2 → "41× apart", 1.04 →
 * "1.04× apart" (never "1×": they differ); null (the smaller figure is 0) →
 * "one of them 0".
 */
export function formatFactor(factor: number | null): string {
  if (factor === null || !Number.isFinite(factor)) return 'one of them 0';
  const rounded =
    factor < 1.1
      ? Math.max(1.01, Math.round(factor * 100) / 100)
      : factor < 10
        ? Math.round(factor * 10) / 10
        : Math.round(factor);
  return `${formatCount(rounded)}× apart`;
}
