import { KeptReads } from '../../../server/ingest/kept-reads';

describe('KeptReads', () => {
  const source = new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ]);
  const reader = () => {
    const asked: string[][] = [];
    const read = async (ids: string[]) => {
      asked.push(ids);
      return new Map(ids.filter((id) => source.has(id)).map((id) => [id, source.get(id)!]));
    };
    return { asked, read };
  };

  it('reads only the ids not read before, and remembers those not found', async () => {
    const { asked, read } = reader();
    const kept = new KeptReads(read);
    expect([...(await kept.get(['a', 'x', 'a']))]).toEqual([['a', 1]]);
    expect([...(await kept.get(['b', 'a', 'x']))]).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
    expect(await kept.get([])).toEqual(new Map());
    expect(asked).toEqual([['a', 'x'], ['b']]);
  });

  it('starts afresh past its size', async () => {
    const { asked, read } = reader();
    const kept = new KeptReads(read, 2);
    await kept.get(['a', 'b']);
    await kept.get(['c']);
    await kept.get(['a']);
    expect(asked).toEqual([['a', 'b'], ['c'], ['a']]);
  });

  it('keeps nothing of a read that failed', async () => {
    let fail = true;
    const kept = new KeptReads(async (ids: string[]) => {
      if (fail) throw new Error('unavailable');
      return new Map(ids.map((id) => [id, id.length]));
    });
    await expect(kept.get(['a'])).rejects.toThrow('unavailable');
    fail = false;
    expect([...(await kept.get(['a']))]).toEqual([['a', 1]]);
  });
});
