/** Random graphs of figures for property tests of the comparisons (server/domain/figures.ts's rules). */
import fc from 'fast-check';
import type { ComparedPoint } from '../../server/domain/figures';

/** A figure as the graph holds it (of a claim, whose figures come one after another). */
const figure = fc.record({
  measure: fc.constantFrom('nk_troops_deployed', 'nk_casualties', 'other'),
  unit: fc.constantFrom('persons', 'persons', 'percent'),
  value: fc.constantFrom(0, 92, 3000, 3800, 4000, 8000, 12000),
  qualifier: fc.constantFrom(undefined, 'about', 'up to', 'over'),
  date: fc.constantFrom(null, '2024-10-31', '2024-11', '2024-12-20', '2025', '2025-01-12'),
});
export const figureGraph = fc
  .array(
    fc.record({
      speaker: fc.integer({ min: 0, max: 3 }),
      figures: fc.array(figure, { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((claims) =>
    claims.flatMap((c, i): ComparedPoint[] =>
      c.figures.map((f) => ({
        claimId: `claim-${i}`,
        speaker: { id: `speaker-${c.speaker}`, name: `Speaker ${c.speaker}` },
        asOf: null,
        disagrees: false,
        ...f,
        ...(f.qualifier ? {} : { qualifier: undefined }),
      })),
    ),
  );

/** The claims of a graph's figures, in the graph's order. */
export const claimIds = (points: ComparedPoint[]) => [...new Set(points.map((p) => p.claimId))];
