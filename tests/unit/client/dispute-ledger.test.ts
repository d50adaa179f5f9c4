import { DISPUTES_IDS_MAX } from '../../../client/src/core/api';
import type {
  ClaimDisputesResponse,
  ContradictionBriefsResponse,
  Dispute,
  FiguresResponse,
} from '../../../client/src/core/api/types';
import { DisputeLedger, DISPUTES_SHOWN } from '../../../client/src/core/claims';
import { DISPUTES_IDS_CAP, DISPUTES_SHOWN_CAP } from '../../../server/routes/disputes';

const pair = (
  a: string,
  b: string,
  factor = 2,
): Dispute & { measure: string; sides: [string, string] } => ({
  measure: 'nk_troops_deployed',
  claims: [a, b],
  sides: [`${a}: 1`, `${b}: 2`],
  reason: `${a}: 1 vs ${b}: 2`,
  factor,
});

/** An API that answers from a table of each claim's disputes, and records what it was asked. */
function fakeApi(own: Record<string, Dispute[]>, listed: Dispute[] = []) {
  const asked: string[][] = [];
  let failNext = false;
  let hold: Promise<void> | null = null;
  const api = {
    asked,
    failNext() {
      failNext = true;
    },
    holdUntil(p: Promise<void>) {
      hold = p;
    },
    async disputesOf(ids: string[], opts: { shown?: number } = {}) {
      asked.push(ids);
      expect(opts.shown).toBe(DISPUTES_SHOWN);
      // Answered as the graph stood when asked.
      const claims = ids
        .filter((id) => own[id]?.length)
        .map((id) => ({ claim: id, total: own[id]!.length * 100, disputes: own[id]! }));
      if (hold) await hold;
      if (failNext) {
        failNext = false;
        throw new Error('503');
      }
      return { asked: ids.length, claims } as unknown as ClaimDisputesResponse;
    },
    async figures() {
      return { disagreements: listed } as unknown as FiguresResponse;
    },
    async contradictionBriefs() {
      return { contradictions: [] } as unknown as ContradictionBriefsResponse;
    },
  };
  return api;
}

function ledgerOf(api: ReturnType<typeof fakeApi>) {
  const published: Map<string, Dispute[]>[] = [];
  const ledger = new DisputeLedger(api as never, (m) => published.push(m));
  return { ledger, published, last: () => published.at(-1)! };
}

describe('the dispute ledger', () => {
  it("asks the server's limit of ids at most, as the server allows", () => {
    expect(DISPUTES_IDS_MAX).toBe(DISPUTES_IDS_CAP);
    expect(DISPUTES_SHOWN).toBeLessThanOrEqual(DISPUTES_SHOWN_CAP);
  });

  it('marks claims beyond the listed pairs once asked about, each once', async () => {
    const listed = pair('a', 'b');
    const api = fakeApi({ a: [listed], c: [pair('c', 'd', 9)], d: [pair('c', 'd', 9)] }, [listed]);
    const { ledger, published, last } = ledgerOf(api);
    await ledger.reload();
    expect([...last().keys()].sort()).toEqual(['a', 'b']);

    await ledger.ensure(['a', 'c', 'e', 'c']);
    expect(api.asked).toEqual([['a', 'c', 'e']]);
    expect([...last().keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    // The pair /api/figures listed and a's own answer named alike: one dispute.
    expect(last().get('a')).toHaveLength(1);
    expect(ledger.totalOf('c')).toBe(100);
    expect(ledger.totalOf('e')).toBe(0);
    expect(ledger.totalOf('z')).toBeUndefined();
    // c's one listed of 100 in all; b's one listed, never asked about.
    expect(ledger.countOf('c', last().get('c'))).toBe(100);
    expect(ledger.countOf('b', last().get('b'))).toBe(1);

    // Asked already: no request, and d's answer (the same pair as c's) adds nothing to publish.
    const before = published.length;
    await ledger.ensure(['c', 'a']);
    await ledger.ensure(['d']);
    expect(api.asked).toEqual([['a', 'c', 'e'], ['d']]);
    expect(published.length).toBe(before);
    expect(last().get('d')).toHaveLength(1);
  });

  it("lists each claim's disputes alike whichever was asked first: recorded, then widest apart first", async () => {
    const recorded: Dispute = { claims: ['a', 'z'], reason: 'cannot both hold', origin: 'seed' };
    const narrow = pair('a', 'b', 1.5);
    const wide = pair('a', 'c', 4);
    const zero = pair('d', 'a', null as unknown as number);
    const api = fakeApi({ b: [narrow], a: [wide, narrow, zero] }, [narrow]);
    api.contradictionBriefs = async () =>
      ({ contradictions: [recorded] }) as unknown as ContradictionBriefsResponse;
    const { ledger, last } = ledgerOf(api);
    await ledger.reload();
    await ledger.ensure(['b']);
    await ledger.ensure(['a']);
    expect(
      last()
        .get('a')!
        .map((d) => d.reason),
    ).toEqual([recorded, zero, wide, narrow].map((d) => d.reason));
  });

  it('splits a view bigger than one request allows', async () => {
    const api = fakeApi({});
    const { ledger } = ledgerOf(api);
    const ids = Array.from({ length: DISPUTES_IDS_MAX * 2 + 1 }, (_, i) => `claim-${i}`);
    await ledger.ensure(ids);
    expect(api.asked.map((batch) => batch.length)).toEqual([DISPUTES_IDS_MAX, DISPUTES_IDS_MAX, 1]);
  });

  it('waits for a question already on its way, and asks again one that failed', async () => {
    const api = fakeApi({ a: [pair('a', 'b')] });
    const { ledger } = ledgerOf(api);
    let release!: () => void;
    api.holdUntil(new Promise<void>((r) => (release = r)));
    let seen = false;
    const first = ledger.ensure(['a']);
    const second = ledger.ensure(['a']).then(() => (seen = ledger.totalOf('a') !== undefined));
    release();
    await Promise.all([first, second]);
    expect(seen).toBe(true);
    expect(api.asked).toEqual([['a']]);

    api.failNext();
    await ledger.ensure(['x']);
    expect(ledger.totalOf('x')).toBeUndefined();
    await ledger.ensure(['x']);
    expect(api.asked).toEqual([['a'], ['x'], ['x']]);
    expect(ledger.totalOf('x')).toBe(0);
  });

  it('after a write, forgets what it knew and asks again about the claims shown', async () => {
    const own: Record<string, Dispute[]> = { a: [pair('a', 'b')] };
    const api = fakeApi(own);
    const { ledger, last } = ledgerOf(api);
    await ledger.ensure(['a']);
    expect(last().has('a')).toBe(true);
    // The write took a's disputing figure away.
    delete own.a;
    await ledger.reload();
    expect(api.asked).toEqual([['a'], ['a']]);
    expect(last().has('a')).toBe(false);
    expect(ledger.totalOf('a')).toBe(0);
  });

  it('after a write, asks once about the claims shown before and those drawn now', async () => {
    const api = fakeApi({ n: [pair('n', 'a')] });
    const { ledger, last } = ledgerOf(api);
    await ledger.ensure(['a']);
    // As the app does after a write: reload, and the claims drawn now (a new source's claim n).
    await Promise.all([ledger.reload(), ledger.ensure(['a', 'n'])]);
    expect(api.asked).toEqual([['a'], ['a', 'n']]);
    expect(last().get('a')).toHaveLength(1);
  });

  it('publishes a recorded note reworded, though the disputes are as many', async () => {
    const api = fakeApi({});
    let note = 'first words';
    api.contradictionBriefs = async () =>
      ({
        contradictions: [{ claims: ['a', 'b'], reason: note, origin: 'analyst' }],
      }) as unknown as ContradictionBriefsResponse;
    const { ledger, last } = ledgerOf(api);
    await ledger.reload();
    await ledger.ensure(['a']);
    note = 'reworded';
    // The panel asks about its claim again while the lists are read again.
    await Promise.all([ledger.reload(), ledger.ensure(['a'])]);
    expect(
      last()
        .get('a')!
        .map((d) => d.reason),
    ).toEqual(['reworded']);
  });

  it("drops an answer to the graph's previous version", async () => {
    const own: Record<string, Dispute[]> = { a: [pair('a', 'b')] };
    const api = fakeApi(own);
    const { ledger, last } = ledgerOf(api);
    let release!: () => void;
    api.holdUntil(new Promise<void>((r) => (release = r)));
    const stale = ledger.ensure(['a']);
    // A write took a's disputing figure away while the question was on its way.
    delete own.a;
    const reloaded = ledger.reload();
    release();
    await Promise.all([stale, reloaded]);
    // Asked again in the new version, whose answer alone counts.
    expect(api.asked).toEqual([['a'], ['a']]);
    expect(last().has('a')).toBe(false);
    expect(ledger.totalOf('a')).toBe(0);
  });
});
