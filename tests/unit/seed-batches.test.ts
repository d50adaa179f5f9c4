/**
 * How the loader cuts its work into transactions (seed/batches.ts) and groups
 * new relations by the node they leave (seed/load.ts).
 */
import { chunkByWeight, inPool, step, totalWeight } from '../../seed/batches';
import { byFromNode } from '../../seed/load';

test('chunks hold at most the batch size by weight, in order, and never split an item', () => {
  const items = [3, 2, 4, 1, 1, 7, 2];
  const chunks = chunkByWeight(items, 5, (n) => n);
  expect(chunks).toEqual([[3, 2], [4, 1], [1], [7], [2]]);
  expect(chunks.flat()).toEqual(items);
});

test('without weights, chunks are counted in items', () => {
  expect(chunkByWeight(['a', 'b', 'c'], 2, () => 1)).toEqual([['a', 'b'], ['c']]);
  expect(chunkByWeight([], 2, () => 1)).toEqual([]);
});

test("a step's total counts what its items stand for", () => {
  const s = step({
    step: 'relations',
    cypher: '',
    items: [[1, 2], [3], [4, 5, 6]],
    weigh: (g) => g.length,
    writes: 'relationships',
    batchSize: 4,
  });
  expect(totalWeight(s)).toBe(6);
  expect(totalWeight({ ...s, weigh: undefined })).toBe(3);
});

test('relations are grouped by the node they leave, first seen first, in pieces of at most max', () => {
  const rel = (from: string, to: string) => ({ from, to });
  const relations = [
    rel('a', 'x'),
    rel('b', 'x'),
    rel('a', 'y'),
    rel('a', 'z'),
    rel('c', 'x'),
    rel('b', 'y'),
  ];
  expect(byFromNode(relations, 2)).toEqual([
    [rel('a', 'x'), rel('a', 'y')],
    [rel('a', 'z')],
    [rel('b', 'x'), rel('b', 'y')],
    [rel('c', 'x')],
  ]);
  expect(byFromNode(relations, 100).flat()).toHaveLength(relations.length);
});

describe('inPool', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  test('runs every item, at most `concurrency` at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await inPool([1, 2, 3, 4, 5], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await sleep(5);
      seen.push(n);
      running -= 1;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  test('after a failure starts nothing new, and throws only once what was under way has settled', async () => {
    const events: string[] = [];
    const run = inPool([1, 2, 3, 4], 2, async (n) => {
      if (n === 1) {
        await sleep(5);
        events.push('1 failed');
        throw new Error('conflict');
      }
      await sleep(40);
      events.push(`${n} committed`);
    });
    await expect(run).rejects.toThrow('conflict');
    // Item 2 was under way when 1 failed: the caller hears of the failure after it.
    events.push('caller told');
    expect(events).toEqual(['1 failed', '2 committed', 'caller told']);
  });

  test('throws the first error when two items fail', async () => {
    const run = inPool([1, 2], 2, async (n) => {
      await sleep(n === 1 ? 5 : 20);
      throw new Error(`error ${n}`);
    });
    await expect(run).rejects.toThrow('error 1');
  });
});
