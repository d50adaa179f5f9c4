import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetError, loadDataset as readDataset } from '../../seed/dataset';
import { query } from '../../db/cypher';
import { applySchema, loadDataset, readCounts, relationQuery } from '../../seed/load';
import { DATA_DIR, SOURCES_DIR } from '../../seed/paths';
import { locatePlace, undoLocation } from '../../server/ingest/locate';
import { testDb } from '../support/db';
import { scratchDir } from '../support/scratch-dir';

const db = testDb();
afterAll(() => db.close());

describe('seed graph in Neo4j', () => {
  it('stores every claim with the exact excerpt of its source at [start, end)', async () => {
    const rows = await db.readRows(
      `MATCH (c:Claim {origin: 'seed'})-[r:REPORTED_IN]->(s:Source)
       RETURN c.id AS id, r.excerpt AS excerpt, r.start AS start, r.end AS end, s.text AS text`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(50);
    for (const r of rows) {
      expect(typeof r.start).toBe('number');
      expect((r.text as string).slice(r.start as number, r.end as number)).toBe(r.excerpt);
    }
  });

  it('gives every claim exactly one speaker and one source', async () => {
    const [row] = await db.readRows(
      `MATCH (c:Claim {origin: 'seed'})
       RETURN count(c) AS claims,
              sum(CASE WHEN COUNT { (:Actor)-[:SAID]->(c) } = 1 THEN 1 ELSE 0 END) AS oneSpeaker,
              sum(CASE WHEN COUNT { (c)-[:REPORTED_IN]->(:Source) } = 1 THEN 1 ELSE 0 END) AS oneSource`,
    );
    expect(row!.oneSpeaker).toBe(row!.claims);
    expect(row!.oneSource).toBe(row!.claims);
  });

  it('holds the figures analysts check first', async () => {
    const rows = await db.readRows(
      `MATCH (a:Actor)-[:SAID]->(c:Claim)-[:REPORTED_IN]->(s:Source)
       WHERE 'nk_casualties' IN c.measures
       RETURN a.name AS speaker, c.figures AS figures, s.id AS source`,
    );
    const zelensky = rows.filter((r) => /Zelensk/.test(r.speaker as string));
    const values = zelensky.flatMap((r) =>
      (JSON.parse(r.figures as string) as { measure: string; value?: number }[])
        .filter((f) => f.measure === 'nk_casualties')
        .map((f) => f.value),
    );
    expect(values).toContain(3800);
  });

  it('applying the schema drops the indexes no query reads, as on a database made by an older version', async () => {
    const indexes = async () =>
      (await db.readRows('SHOW INDEXES YIELD name RETURN name')).map((r) => r.name as string);
    await db.writeRows('CREATE INDEX claim_measures IF NOT EXISTS FOR (n:Claim) ON (n.measures)');
    await db.writeRows('CREATE INDEX claim_denies IF NOT EXISTS FOR (n:Claim) ON (n.denies)');
    expect(await indexes()).toEqual(expect.arrayContaining(['claim_measures', 'claim_denies']));
    await applySchema(db);
    const after = await indexes();
    expect(after).not.toContain('claim_measures');
    expect(after).not.toContain('claim_denies');
    expect(after).toEqual(
      expect.arrayContaining(['claim_day', 'claim_day_end', 'claim_text', 'denial_text']),
    );
  });

  it('links each relayed claim to the report its article relays, one its article cites', async () => {
    const ds = readDataset(DATA_DIR, SOURCES_DIR);
    const expected = ds.claims
      .filter((c) => c.relayedFrom)
      .map((c) => `${c.id} ${c.relayedFrom}`)
      .sort();
    const rows = await db.readRows(
      `MATCH (c:Claim {origin: 'seed'})-[:RELAYED_FROM]->(r:Source)
       MATCH (c)-[:REPORTED_IN]->(s:Source)
       RETURN c.id AS claim, r.id AS report, EXISTS { (s)-[:CITES]->+(r) } AS cited
       ORDER BY claim`,
    );
    expect(rows.map((r) => `${r.claim} ${r.report}`).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(40);
    expect(rows.every((r) => r.cited === true)).toBe(true);
    expect(expected).toContain('clm-blinken-8000-in-kursk src-blinken-briefing-2024-10-31');
  });

  it('replaces the report a claim is relayed from when the seed changes it, and removes it when the seed drops it', async () => {
    const ds = readDataset(DATA_DIR, SOURCES_DIR);
    const relayed = async (id: string) =>
      (
        await db.readRows(
          'MATCH (:Claim {id: $id})-[:RELAYED_FROM]->(r:Source) RETURN r.id AS id ORDER BY id',
          { id },
        )
      ).map((r) => r.id);
    const edited = (relayedFrom: string | undefined) => ({
      ...ds,
      claims: ds.claims.map((c) =>
        c.id === 'clm-yeo-useful-pushing-ukrainians-out' ? { ...c, relayedFrom } : c,
      ),
    });
    try {
      await loadDataset(db, edited('src-csis-pardo'));
      expect(await relayed('clm-yeo-useful-pushing-ukrainians-out')).toEqual(['src-csis-pardo']);
      await loadDataset(db, edited(undefined));
      expect(await relayed('clm-yeo-useful-pushing-ukrainians-out')).toEqual([]);
    } finally {
      await loadDataset(db, ds);
    }
    expect(await relayed('clm-yeo-useful-pushing-ukrainians-out')).toEqual([
      'src-newsweek-yeo-park',
    ]);
  });

  it('is idempotent: loading again changes no counts', async () => {
    const before = await readCounts(db);
    const after = await loadDataset(db, readDataset(DATA_DIR, SOURCES_DIR));
    expect(after).toEqual(before);
  });

  it('keeps a place an analyst moved on the map where the analyst put it when loaded again', async () => {
    const kursk = async () =>
      (
        await db.readRows(
          "MATCH (p:Place {id: 'place-kursk-region'}) RETURN p.lat AS lat, p.lon AS lon, p.locatedBy AS by",
        )
      )[0]!;
    const seed = await kursk();
    expect(seed.by).toBeNull();
    expect(seed.lat).not.toBeNull();
    const change = await locatePlace(db, 'place-kursk-region', { lat: 52.25, lon: 35.5 });
    try {
      await loadDataset(db, readDataset(DATA_DIR, SOURCES_DIR));
      expect(await kursk()).toEqual({ lat: 52.25, lon: 35.5, by: 'analyst' });
      // Places nobody moved take the seed's coordinates as before.
      const [belgorod] = await db.readRows(
        "MATCH (p:Place {id: 'place-belgorod-region'}) RETURN p.lat AS lat, p.locatedBy AS by",
      );
      expect(belgorod).toEqual({ lat: expect.any(Number), by: null });
    } finally {
      await undoLocation(db, 'place-kursk-region', change.change);
    }
    expect(await kursk()).toEqual(seed);
  });

  it('records each contradiction once with its note, and a pair recorded the other way round replaces it', async () => {
    const pairs = () =>
      db.readRows(
        `MATCH (a:Claim)-[k:CONTRADICTS]->(b:Claim)
         RETURN a.id AS a, b.id AS b, k.note AS note, k.origin AS origin ORDER BY a, b`,
      );
    const ds = readDataset(DATA_DIR, SOURCES_DIR);
    const before = await pairs();
    expect(before).toHaveLength(ds.contradictions.length);
    expect(before.every((r) => r.origin === 'seed' && String(r.note).length > 20)).toBe(true);
    const [first, ...rest] = ds.contradictions;
    const flipped = { claim: first!.contradicts, contradicts: first!.claim, note: 'flipped' };
    try {
      await loadDataset(db, { ...ds, contradictions: [flipped, ...rest] });
      const after = await pairs();
      expect(after).toHaveLength(before.length);
      expect(after).toContainEqual({
        a: flipped.claim,
        b: flipped.contradicts,
        note: 'flipped',
        origin: 'seed',
      });
      expect(after.some((r) => r.a === first!.claim && r.b === first!.contradicts)).toBe(false);
    } finally {
      await loadDataset(db, ds);
    }
    expect(await pairs()).toEqual(before);
  });

  it('writes nothing when one record of the dataset is bad', async () => {
    const before = await readCounts(db);
    const dir = scratchDir('bad');
    cpSync(DATA_DIR, dir, { recursive: true });
    const claims = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as {
      excerpt: string;
    }[];
    claims[claims.length - 1]!.excerpt = 'words that appear in no article';
    writeFileSync(join(dir, 'claims.json'), JSON.stringify(claims));
    expect(() => readDataset(dir, SOURCES_DIR)).toThrow(DatasetError);
    const cli = spawnSync('npx', ['tsx', 'seed/cli.ts', '--data', dir], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/claims\.json › clm-[a-z0-9-]+ › excerpt: not found verbatim/);
    expect(cli.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await readCounts(db)).toEqual(before);
  });
});

describe('loader fast path: nodes found by element id', () => {
  const ids = ['guard:claim-a', 'guard:claim-b', 'guard:actor', 'guard:place', 'guard:source'];
  const cleanUp = () => db.writeRows('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids });
  beforeAll(async () => {
    await cleanUp();
    await db.writeRows(
      `CREATE (:Claim {id: 'guard:claim-a'}), (:Claim {id: 'guard:claim-b'}),
              (:Actor:Entity {id: 'guard:actor'}), (:Place:Entity {id: 'guard:place'}),
              (:Source {id: 'guard:source'})`,
    );
  });
  afterAll(cleanUp);

  const refs = async () =>
    Object.fromEntries(
      (
        await db.readRows('MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, elementId(n) AS ref', {
          ids,
        })
      ).map((r) => [r.id as string, r.ref as string]),
    );
  const linked = async () =>
    db.readRows(
      `MATCH (c:Claim)-[r]-() WHERE c.id STARTS WITH 'guard:'
       RETURN c.id AS claim, type(r) AS type ORDER BY claim, type`,
    );

  it('skips a row whose element id now names another node, and links the right one', async () => {
    const ref = await refs();
    const row = (claimRef: string) => [
      claimRef,
      'guard:claim-a',
      ref['guard:actor'],
      'guard:actor',
      ref['guard:source'],
      'guard:source',
      0,
      7,
      [[ref['guard:place'], 'guard:place']],
    ];
    // claim-b's element id given for claim-a, as after a deletion and reuse.
    await db.writeRows(query('seed/link-claims'), { rows: [row(ref['guard:claim-b']!)] });
    expect(await linked()).toEqual([]);
    await db.writeRows(query('seed/link-claims'), { rows: [row(ref['guard:claim-a']!)] });
    expect(await linked()).toEqual([
      { claim: 'guard:claim-a', type: 'ABOUT' },
      { claim: 'guard:claim-a', type: 'REPORTED_IN' },
      { claim: 'guard:claim-a', type: 'SAID' },
    ]);
  });

  it('creates a relation only between the nodes the ids name', async () => {
    const ref = await refs();
    const cypher = relationQuery('create-relations-typed', 'LOCATED_IN');
    const rels = () =>
      db.readRows(
        `MATCH (a {id: 'guard:actor'})-[r:LOCATED_IN]->(b) RETURN b.id AS to, r.sources AS sources`,
      );
    // A row is one node's relations. The place's id with another entity's element
    // id: nothing is created.
    const to = (refOf: string, id: string, sources: string[]) => [ref[refOf], id, sources, null];
    const stale = [ref['guard:actor'], 'guard:actor', [to('guard:actor', 'guard:place', [])]];
    await db.writeRows(cypher, { rows: [stale] });
    expect(await rels()).toEqual([]);
    // The node the relations leave, given by another's element id: none of them.
    const wrongFrom = [
      ref['guard:place'],
      'guard:actor',
      [to('guard:place', 'guard:place', ['s0'])],
    ];
    await db.writeRows(cypher, { rows: [wrongFrom] });
    expect(await rels()).toEqual([]);
    // In one row, the stale relation is skipped and the right one created.
    const mixed = [
      ref['guard:actor'],
      'guard:actor',
      [to('guard:actor', 'guard:place', []), to('guard:place', 'guard:place', ['s1'])],
    ];
    await db.writeRows(cypher, { rows: [mixed] });
    expect(await rels()).toEqual([{ to: 'guard:place', sources: ['s1'] }]);
  });
});
