import { stepAmongFigures } from '../../../client/src/core/claims';

const DAY = 86_400_000;
// Blinken's 8,000 and Ukrainian intelligence's 3,000 days apart; 10,000–12,000 a
// month later; Zelensky's 12,000 and 3,800 in January.
const figures = [
  { x: 31 * DAY, y: 8000 }, // 0
  { x: 28 * DAY, y: 3000 }, // 1
  { x: 60 * DAY, y: 11000 }, // 2
  { x: 100 * DAY, y: 12000 }, // 3
  { x: 100 * DAY, y: 3800 }, // 4
];

describe('the arrow keys on the figures chart', () => {
  it('go through time left and right, the lower of two figures of one day first', () => {
    const walk = (from: number, step: 'next' | 'previous', n: number) => {
      const seen = [from];
      for (let i = 0; i < n; i++) seen.push(stepAmongFigures(figures, seen.at(-1)!, step)!);
      return seen;
    };
    expect(walk(1, 'next', 5)).toEqual([1, 0, 2, 4, 3, 3]);
    expect(walk(3, 'previous', 5)).toEqual([3, 4, 2, 0, 1, 1]);
  });

  it('go up and down to the nearest figure in time that is higher or lower', () => {
    expect(stepAmongFigures(figures, 1, 'up')).toBe(0); // 3,000 → 8,000 three days later
    expect(stepAmongFigures(figures, 0, 'up')).toBe(2); // 8,000 → 11,000, nearer than 12,000
    expect(stepAmongFigures(figures, 4, 'up')).toBe(3); // the same day first
    expect(stepAmongFigures(figures, 3, 'up')).toBe(3); // none higher: stays
    expect(stepAmongFigures(figures, 2, 'down')).toBe(0); // 11,000 → 8,000 (29 days) over 3,800 (40)
    expect(stepAmongFigures(figures, 1, 'down')).toBe(1);
  });

  it('start at the first, or at the last with End, and go to either end', () => {
    expect(stepAmongFigures(figures, null, 'next')).toBe(1);
    expect(stepAmongFigures(figures, null, 'up')).toBe(1);
    expect(stepAmongFigures(figures, null, 'last')).toBe(3);
    expect(stepAmongFigures(figures, 2, 'first')).toBe(1);
    expect(stepAmongFigures([], null, 'next')).toBeNull();
  });
});
