import { testDb } from '../support/db';

const db = testDb();
afterAll(() => db.close());

/** How many plans Neo4j had cached: it says so as it drops them. */
async function clearPlans(): Promise<number> {
  const [row] = await db.writeRows('CALL db.clearQueryCaches() YIELD value RETURN value');
  const said = String(row!.value);
  if (/already empty/.test(said)) return 0;
  const count = /cleared of (\d+) quer/.exec(said)?.[1];
  if (count === undefined) throw new Error(`unexpected answer: ${said}`);
  return Number(count);
}

// The managed instance's neo4j.conf (db/managed/conf.ts) turns off Neo4j's
// planning by list size; a server given by NEO4J_URI keeps its own settings.
const managed = Boolean(process.env.CLAIMGRAPH_TEST_INSTANCE);

describe('the managed Neo4j plan cache', () => {
  (managed ? it : it.skip)(
    'keeps one plan for a query whatever the size of its list parameter',
    async () => {
      const unwind = 'UNWIND $ids AS id RETURN count(id) AS n';
      await clearPlans();
      // 1, 2-10, 11-100 and 101-1000: four plans when Neo4j plans by size.
      for (const size of [1, 5, 50, 500]) {
        const ids = Array.from({ length: size }, (_, i) => `id-${i}`);
        const [row] = await db.readRows(unwind, { ids });
        expect(row!.n).toBe(size);
      }
      expect(await clearPlans()).toBe(1);
    },
  );
});
