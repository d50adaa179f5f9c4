/**
 * A graph written by an earlier version is brought up to date when the server
 * starts (seed/upgrade.ts): a missing index is created, claims written before
 * denials were marked get the mark, and seed claims written before claims
 * recorded the report they are relayed from get that link. A second run does
 * nothing.
 */
import { DENIAL_PATTERN, isDenial } from '../../seed/model';
import { upgradeGraph } from '../../seed/upgrade';
import { expectUnchanged, fingerprint } from '../support/fingerprint';
import { testDb } from '../support/db';

const db = testDb();
afterAll(() => db.close());

const MOSCOW = 'clm-moscow-denies-nk-soldiers';
const markOf = async (id: string) =>
  (
    await db.readRows('MATCH (c:Claim {id: $id}) RETURN c.denies AS denies, c:Denial AS label', {
      id,
    })
  )[0];

describe('upgradeGraph', () => {
  it('marks older denials and recreates a missing index; a second run changes nothing', async () => {
    const before = await fingerprint(db);
    expect(await markOf(MOSCOW)).toEqual({ denies: true, label: true });
    try {
      // As an earlier version left them: no mark, no denial_text index.
      await db.writeRows('MATCH (c:Claim {id: $id}) REMOVE c.denies, c:Denial', { id: MOSCOW });
      await db.writeRows('DROP INDEX denial_text IF EXISTS');
      expect(await markOf(MOSCOW)).toEqual({ denies: null, label: false });

      expect(await upgradeGraph(db)).toEqual({ denialsMarked: 1, relayedLinked: 0 });
      expect(await markOf(MOSCOW)).toEqual({ denies: true, label: true });
      const [found] = await db.readRows(
        "CALL db.index.fulltext.queryNodes('denial_text', 'north korean soldiers') YIELD node RETURN collect(node.id) AS ids",
      );
      expect(found!.ids).toContain(MOSCOW);
      expect(await upgradeGraph(db)).toEqual({ denialsMarked: 0, relayedLinked: 0 });
    } finally {
      await upgradeGraph(db);
    }
    await expectUnchanged(db, before);
  });

  it('links seed claims written before claims recorded the report they are relayed from', async () => {
    const before = await fingerprint(db);
    const relayedCount = async () =>
      Number((await db.readRows('MATCH (:Claim)-[r:RELAYED_FROM]->() RETURN count(r) AS n'))[0]!.n);
    const all = await relayedCount();
    expect(all).toBeGreaterThanOrEqual(40);
    try {
      // As an earlier version left the seed: no RELAYED_FROM at all.
      await db.writeRows('MATCH (:Claim)-[r:RELAYED_FROM]->() DELETE r');
      expect(await upgradeGraph(db)).toEqual({ denialsMarked: 0, relayedLinked: all });
      expect(await relayedCount()).toBe(all);
      expect(await upgradeGraph(db)).toEqual({ denialsMarked: 0, relayedLinked: 0 });
    } finally {
      await upgradeGraph(db);
    }
    await expectUnchanged(db, before);
  });

  it("reads each seed claim's cue as isDenial does", async () => {
    const rows = await db.readRows(
      'MATCH (c:Claim) RETURN c.id AS id, c.cue AS cue, toLower(c.cue) =~ $pattern AS denies ORDER BY id',
      { pattern: DENIAL_PATTERN },
    );
    expect(rows.length).toBeGreaterThan(60);
    const disagree = rows.filter((r) => Boolean(r.denies) !== isDenial(r.cue as string | null));
    expect(disagree).toEqual([]);
    expect(rows.filter((r) => r.denies).length).toBeGreaterThanOrEqual(2);
  });
});
