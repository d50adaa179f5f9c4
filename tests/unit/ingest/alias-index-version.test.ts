import type { GraphDb } from '../../../db/graph-db';
import { IngestService } from '../../../server/ingest/preview';

/**
 * IngestService keeps its alias index per graph version: rebuilt when the
 * version moved, started at once by refresh(), retried after a failed read.
 * The database is a stand-in that counts the index reads and answers with the
 * entities of the moment; the existing-source look-up answers nothing.
 */
function fakeDb(entities: { id: string; name: string }[], failNext = { on: false }) {
  const reads = { index: 0 };
  const db = {
    readRows: async (cypher: string) => {
      if (!/MATCH \(e:Entity\)/.test(cypher)) return [];
      reads.index += 1;
      if (failNext.on) {
        failNext.on = false;
        throw new Error('Neo4j unavailable (simulated)');
      }
      return entities.map((e) => ({
        id: e.id,
        label: 'Actor',
        kind: 'person',
        name: e.name,
        aliases: [],
        rejectedAliases: [],
      }));
    },
  } as unknown as GraphDb;
  return { db, reads };
}

const ARTICLE = {
  title: 'Probe',
  text: 'Oksana Markarova said on Friday that Kyrylo Budanov was in Washington.',
};
const linked = async (service: IngestService) =>
  (await service.preview(ARTICLE)).mentions
    .filter((m) => m.match)
    .map((m) => m.match!.entityId)
    .sort();

test('one index read per graph version, a new one when the version moves', async () => {
  const entities = [{ id: 'act-budanov', name: 'Kyrylo Budanov' }];
  const { db, reads } = fakeDb(entities);
  let version = 'v1';
  const service = new IngestService(db, async () => version);
  expect(await linked(service)).toEqual(['act-budanov']);
  await linked(service);
  expect(reads.index).toBe(1);

  entities.push({ id: 'act-markarova', name: 'Oksana Markarova' });
  expect(await linked(service)).toEqual(['act-budanov']); // same version: same index
  version = 'v2';
  expect(await linked(service)).toEqual(['act-budanov', 'act-markarova']);
  expect(reads.index).toBe(2);
});

test('refresh() builds the next index before any preview asks for it', async () => {
  const { db, reads } = fakeDb([{ id: 'act-budanov', name: 'Kyrylo Budanov' }]);
  let version = 'v1';
  const service = new IngestService(db, async () => version);
  await linked(service);
  version = 'v2';
  service.refresh();
  await new Promise((r) => setImmediate(r));
  expect(reads.index).toBe(2);
  await linked(service);
  expect(reads.index).toBe(2);
});

test('a failed index read is not kept: the next preview reads again', async () => {
  const fail = { on: true };
  const { db, reads } = fakeDb([{ id: 'act-budanov', name: 'Kyrylo Budanov' }], fail);
  const service = new IngestService(db, async () => 'v1');
  await expect(service.preview(ARTICLE)).rejects.toThrow('simulated');
  expect(await linked(service)).toEqual(['act-budanov']);
  expect(reads.index).toBe(2);
});

test('without a graph version (the CLI), the index is read once', async () => {
  const { db, reads } = fakeDb([{ id: 'act-budanov', name: 'Kyrylo Budanov' }]);
  const service = new IngestService(db);
  await linked(service);
  await linked(service);
  expect(reads.index).toBe(1);
});
