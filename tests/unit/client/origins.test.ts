import { OriginIndex } from '../../../client/src/core/graph/origins';

describe('OriginIndex', () => {
  test('a key keeps each origin once, in the order they came', () => {
    const index = new OriginIndex();
    index.add('n1', 'overview');
    index.add('n1', 'overview');
    expect(index.get('n1')).toEqual(['overview']);
    index.add('n1', 'search');
    index.add('n1', 'overview');
    expect(index.get('n1')).toEqual(['overview', 'search']);
    expect(index.get('n2')).toEqual([]);
  });

  test('withdraw forgets and returns only the keys left with no origin', () => {
    const index = new OriginIndex();
    index.add('alone', 'expand:a');
    index.add('shared', 'expand:a');
    index.add('shared', 'overview');
    index.add('other', 'overview');
    expect(index.withdraw('expand:a')).toEqual(['alone']);
    expect(index.get('alone')).toEqual([]);
    expect(index.get('shared')).toEqual(['overview']);
    // Back to one origin, the shared key goes with it.
    expect(index.withdraw('overview')).toEqual(['shared', 'other']);
    expect(index.entries()).toEqual([]);
  });

  test('a key that had three origins keeps the two not withdrawn', () => {
    const index = new OriginIndex();
    for (const o of ['overview', 'search', 'expand:b']) index.add('n', o);
    expect(index.withdraw('search')).toEqual([]);
    expect(index.get('n')).toEqual(['overview', 'expand:b']);
    expect(index.withdraw('expand:b')).toEqual([]);
    expect(index.withdraw('overview')).toEqual(['n']);
  });

  test('entries and from round-trip, as undo snapshots use them', () => {
    const index = new OriginIndex();
    index.add('a', 'overview');
    index.add('b', 'overview');
    index.add('b', 'search');
    const copy = OriginIndex.from(index.entries());
    expect(copy.entries()).toEqual([
      ['a', ['overview']],
      ['b', ['overview', 'search']],
    ]);
    // The copy is its own: withdrawing from it leaves the original alone.
    copy.withdraw('overview');
    expect(index.get('a')).toEqual(['overview']);
  });

  test('delete and clear forget keys', () => {
    const index = new OriginIndex();
    index.add('a', 'overview');
    index.add('b', 'overview');
    index.delete('a');
    expect(index.entries()).toEqual([['b', ['overview']]]);
    index.clear();
    expect(index.entries()).toEqual([]);
  });
});
