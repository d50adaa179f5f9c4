import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError, loadDataset as readDataset } from '../../seed/dataset';
import { loadDataset, readCounts } from '../../seed/load';
import { DATA_DIR, SOURCES_DIR } from '../../seed/paths';
import { testDb } from '../support/db';

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

  it('is idempotent: loading again changes no counts', async () => {
    const before = await readCounts(db);
    const after = await loadDataset(db, readDataset(DATA_DIR, SOURCES_DIR));
    expect(after).toEqual(before);
  });

  it('writes nothing when one record of the dataset is bad', async () => {
    const before = await readCounts(db);
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bad-'));
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
