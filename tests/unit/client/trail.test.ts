/** Back through the nodes an analyst selected (client/src/core/state/trail). */
import { SelectionTrail, TRAIL_MAX } from '../../../client/src/core/state';

const step = (id: string) => ({ id, name: `Name of ${id}` });

describe('SelectionTrail', () => {
  it('goes back through the selections, most recent first, and nowhere past the first', () => {
    const t = new SelectionTrail();
    expect(t.previous()).toBeNull();
    for (const id of ['a', 'b', 'c']) t.visit(step(id));
    expect(t.previous()).toEqual(step('b'));
    expect(t.back()).toEqual(step('b'));
    // The app selects it again, which is no new step.
    t.visit(step('b'));
    expect(t.back()).toEqual(step('a'));
    t.visit(step('a'));
    expect(t.back()).toBeNull();
    expect(t.previous()).toBeNull();
  });

  it('does not repeat a node selected twice in a row, and keeps a reading session at most', () => {
    const t = new SelectionTrail();
    t.visit(step('a'));
    t.visit(step('a'));
    t.visit(step('b'));
    expect(t.back()).toEqual(step('a'));
    expect(t.back()).toBeNull();
    const long = new SelectionTrail();
    for (let i = 0; i <= TRAIL_MAX + 10; i++) long.visit(step(`n${i}`));
    let n = 0;
    while (long.back()) n++;
    expect(n).toBe(TRAIL_MAX);
  });

  it('forgets nodes that are gone, and does not offer the current one as a step back', () => {
    const t = new SelectionTrail();
    for (const id of ['a', 'x', 'a', 'x', 'b']) t.visit(step(id));
    t.forget(new Set(['x']));
    // a, x, a, x → a, a → a: one step.
    expect(t.back()).toEqual(step('a'));
    expect(t.back()).toBeNull();

    const u = new SelectionTrail();
    for (const id of ['a', 'gone', 'a']) u.visit(step(id));
    u.forget(new Set(['gone']));
    expect(u.previous()).toBeNull();
  });
});
