/**
 * How the loader cuts its work into transactions (seed/batches.ts) and groups
 * new relations by the node they leave (seed/load.ts).
 */
import { chunkByWeight, step, totalWeight } from '../../seed/batches';
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
