import { VersionMemo } from '../../server/domain/version-memo';

/** A memo whose graph version the test sets, and a counted computation. */
function setUp(maxEntries?: number) {
  let version = 'v1';
  const memo = new VersionMemo<string>(async () => version, maxEntries);
  let computed = 0;
  const compute = (value: string) => async () => {
    computed += 1;
    return `${value}@${version}`;
  };
  return {
    memo,
    compute,
    computed: () => computed,
    setVersion: (v: string) => void (version = v),
  };
}

describe('VersionMemo', () => {
  test('a value is computed once while the version stays, again once it moves', async () => {
    const t = setUp();
    expect(await t.memo.get('m', t.compute('a'))).toBe('a@v1');
    expect(await t.memo.get('m', t.compute('a'))).toBe('a@v1');
    expect(t.computed()).toBe(1);
    t.setVersion('v2');
    expect(await t.memo.get('m', t.compute('a'))).toBe('a@v2');
    expect(t.computed()).toBe(2);
  });

  test('requests arriving together share one computation', async () => {
    const t = setUp();
    const answers = await Promise.all([1, 2, 3].map(() => t.memo.get('m', t.compute('a'))));
    expect(answers).toEqual(['a@v1', 'a@v1', 'a@v1']);
    expect(t.computed()).toBe(1);
  });

  test('keys are kept apart', async () => {
    const t = setUp();
    expect(await t.memo.get('m1', t.compute('a'))).toBe('a@v1');
    expect(await t.memo.get('m2', t.compute('b'))).toBe('b@v1');
    expect(t.computed()).toBe(2);
  });

  test('a failed computation is not kept: the next request tries again', async () => {
    const t = setUp();
    await expect(
      t.memo.get('m', async () => {
        throw new Error('Neo4j is away');
      }),
    ).rejects.toThrow('Neo4j is away');
    expect(t.memo.size).toBe(0);
    expect(await t.memo.get('m', t.compute('a'))).toBe('a@v1');
  });

  test('past maxEntries the least recently used key is dropped', async () => {
    const t = setUp(2);
    await t.memo.get('m1', t.compute('a'));
    await t.memo.get('m2', t.compute('b'));
    await t.memo.get('m1', t.compute('a')); // m1 used last: m2 is the oldest now
    await t.memo.get('m3', t.compute('c'));
    expect(t.memo.size).toBe(2);
    expect(t.computed()).toBe(3);
    await t.memo.get('m1', t.compute('a'));
    expect(t.computed()).toBe(3);
    await t.memo.get('m2', t.compute('b'));
    expect(t.computed()).toBe(4);
  });

  test('a failed version read fails the request and computes nothing', async () => {
    let computed = 0;
    const memo = new VersionMemo<string>(async () => {
      throw new Error('503');
    });
    await expect(memo.get('m', async () => String(++computed))).rejects.toThrow('503');
    expect(computed).toBe(0);
  });
});
