/**
 * `npm run ingest`: linking a file and taking it back from the command line,
 * against the test database (the child inherits NEO4J_URI), with exit codes
 * and messages for what it refuses.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceRemoval } from '../../server/ingest/types';
import { expectUnchanged, fingerprint } from '../support/fingerprint';
import { leaveDatabaseAsFound } from '../support/ingest-cleanup';
import { testDb } from '../support/db';
import { scratchDir } from '../support/scratch-dir';

jest.setTimeout(60_000);

const db = testDb();
leaveDatabaseAsFound(db);
/** A removal leaves its record (RemovedSource) and nothing else. */
const KEEP = { ignoreLabels: ['RemovedSource'] };

function ingest(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'server/ingest/cli.ts', ...args], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run ingest', () => {
  it('names under each claim the day it was said, and the report it would be relayed from or those to choose from', async () => {
    const before = await fingerprint(db, KEEP);
    const file = join(scratchDir('cli'), 'relayed.txt');
    writeFileSync(
      file,
      [
        '“Most of them are not elite forces,” Park told Newsweek on Friday.',
        'The Institute for the Study of War said North Korean units have not attacked since mid-January.',
        'According to the Financial Times, the units lacked drones.',
      ].join('\n'),
    );
    const run = ingest(file, '--title', 'CLI relay probe', '--date', '2025-02-10', '--dry-run');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const under = (words: string, n = 1) => lines[lines.findIndex((l) => l.includes(words)) + n];
    // "on Friday" before the article of Monday 10 February: the 7th.
    expect(under('Park told Newsweek')).toBe('     said on 2025-02-07 ("on Friday")');
    expect(under('Park told Newsweek', 2)).toBe(
      '     relayed from src-newsweek-yeo-park (Newsweek)',
    );
    // Of two ISW reports that tie, January's is the recent one for an article of February.
    expect(under('Institute for the Study of War')).toBe(
      '     relayed from src-isw-assessment-jan-2025 (Institute for the Study of War, 2025-01)',
    );
    // Two FT reports, of 2024 and undated: none stands out.
    expect(under('Financial Times')).toBe(
      '     may be relayed from src-ft-ukrainian-intelligence, src-ft-kremlin-narrative: none chosen',
    );
    await expectUnchanged(db, before, KEEP);
  });
});

describe('npm run ingest: figures the graph already gives', () => {
  it('says who else gives each, and the report it relays that they go back to', async () => {
    const before = await fingerprint(db, KEEP);
    const file = join(scratchDir('cli'), 'toll.txt');
    writeFileSync(
      file,
      [
        'Ukrainian President Volodymyr Zelensky said on Monday that about 3,800 North Korean soldiers had been killed or wounded in the Kursk region.',
        'South Korean lawmakers said 1,100 North Korean soldiers had been killed or wounded.',
        'Zelensky later said 1,000 North Korean soldiers had been killed or wounded.',
        '',
        'Original Source: www.rfa.org',
      ].join('\n'),
    );
    const run = ingest(file, '--title', 'CLI agreement probe', '--date', '2025-01-14', '--dry-run');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain(
      '  figure about 3,800 North Korean soldiers (claim c1) agrees with 3 in the graph ' +
        '(2 other speakers, 1 repeat), back to 3 reports, 1 of them from src-rfa-original, which it relays',
    );
    // And where the article's own speakers disagree; Zelensky's 3,800 and
    // 1,000 are one speaker's, no dispute.
    expect(lines.filter((l) => l.includes('within the article'))).toEqual([
      expect.stringMatching(
        /^ {2}figures disagree within the article: Ukrainian President Volodymyr Zelensky: about 3,800 .*\(claim c1\) vs South Korean lawmakers: 1,100 .*\(claim c2\) · /,
      ),
      expect.stringMatching(
        /^ {2}figures disagree within the article: South Korean lawmakers: 1,100 .*\(claim c2\) vs Zelensky: 1,000 .*\(claim c3\) · /,
      ),
    ]);
    await expectUnchanged(db, before, KEEP);
  });
});

describe('npm run ingest -- --remove', () => {
  it('links a file, lists what removing it deletes, then removes it all', async () => {
    const before = await fingerprint(db, KEEP);
    const file = join(scratchDir('cli'), 'article.txt');
    writeFileSync(
      file,
      "Ukraine's military intelligence chief Kyrylo Budanov said on Monday that Pyongyang is preparing another 15,000 soldiers for the Kursk region.\n",
    );
    const linked = ingest(file, '--title', 'CLI removal probe', '--date', '2025-02-03', '--yes');
    expect(linked.stderr).not.toMatch(/\n\s+at /);
    expect(linked.status).toBe(0);
    const committed = /^committed (src-[\w-]+): 1 claim, 1 new entity, 0 aliases learned$/m.exec(
      linked.stdout,
    );
    expect(committed).not.toBeNull();
    const sourceId = committed![1]!;

    const dry = ingest('--remove', sourceId, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(
      new RegExp(
        `^would remove ${sourceId} "CLI removal probe" \\(linked \\d{4}-.*\\): 1 claim, 0 contradictions, 0 corroborations, 1 entity, `,
      ),
    );
    expect(dry.stdout).toMatch(/entity act-kyrylo-budanov Kyrylo Budanov/);

    // Without --yes and without a terminal to ask on, nothing is written.
    const unconfirmed = ingest('--remove', sourceId);
    expect(unconfirmed.status).toBe(3);
    expect(unconfirmed.stderr).toContain('add --yes');

    const removed = ingest('--remove', sourceId, '--yes', '--json');
    expect(removed.status).toBe(0);
    const answer = JSON.parse(removed.stdout) as SourceRemoval;
    expect(answer).toMatchObject({ dryRun: false, source: { id: sourceId } });
    expect(answer.entitiesRemoved.map((e) => e.name)).toEqual(['Kyrylo Budanov']);
    await expectUnchanged(db, before, KEEP);
  });

  it('names the new places a commit brings in, which have no coordinates yet', async () => {
    const before = await fingerprint(db, KEEP);
    const file = join(scratchDir('cli'), 'place.txt');
    writeFileSync(
      file,
      'Ukrainian President Volodymyr Zelensky said that North Korean troops attacked Ukrainian positions near the village of Plekhovo on Friday.\n',
    );
    const linked = ingest(file, '--title', 'CLI new place probe', '--date', '2025-02-14', '--yes');
    expect(linked.status).toBe(0);
    const sourceId = /^committed (src-[\w-]+): /m.exec(linked.stdout)![1]!;
    try {
      const [place] = await db.readRows(
        "MATCH (p:Place {name: 'Plekhovo'}) RETURN p.id AS id, p.lat AS lat",
      );
      expect(place).toEqual({ id: expect.stringMatching(/^place-/), lat: null });
      expect(linked.stdout).toContain(
        `1 new place has no coordinates: Plekhovo (${String(place!.id)}). Place them on the ` +
          "explorer's Map, or with POST /api/places/:id/location {lat, lon}.",
      );
    } finally {
      expect(ingest('--remove', sourceId, '--yes').status).toBe(0);
    }
    await expectUnchanged(db, before, KEEP);
  });

  it('refuses seed sources, unknown ids and malformed ones with a message and exit code 2', async () => {
    const before = await fingerprint(db, KEEP);
    const seed = ingest('--remove', 'src-csis-pardo', '--yes');
    expect(seed.status).toBe(2);
    expect(seed.stderr).toMatch(/^refused: "src-csis-pardo" comes from the seed/m);
    const unknown = ingest('--remove', 'src-nothing-here', '--dry-run');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('refused: no source with id "src-nothing-here"');
    const malformed = ingest('--remove', 'a b');
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('--remove: "a b" is not a source id');
    const mixed = ingest('--remove', 'src-x', 'article.txt');
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/^usage: /);
    for (const run of [seed, unknown, malformed, mixed]) expect(run.stderr).not.toMatch(/\n\s+at /);
    await expectUnchanged(db, before, KEEP);
  });
});
