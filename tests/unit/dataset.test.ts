import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetError, loadDataset, occurrences } from '../../seed/dataset';
import { DATA_DIR, SOURCES_DIR } from '../../seed/paths';
import { scratchDir } from '../support/scratch-dir';

const MINI = join(__dirname, '..', 'fixtures', 'mini');

/** A writable copy of the mini fixture, with one file edited. */
function miniWith(file: string, edit: (records: Record<string, unknown>[]) => unknown): string {
  const dir = scratchDir('ds');
  cpSync(MINI, dir, { recursive: true });
  const path = join(dir, file);
  const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  writeFileSync(path, JSON.stringify(edit(records)));
  return dir;
}

function issuesOf(dir: string) {
  try {
    loadDataset(dir, join(dir, 'sources'));
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as DatasetError).issues;
  }
  throw new Error('expected the dataset to be refused');
}

describe('seed dataset validation', () => {
  it('accepts the curated dataset and resolves every excerpt to its span', () => {
    const ds = loadDataset(DATA_DIR, SOURCES_DIR);
    expect(ds.claims.length).toBeGreaterThanOrEqual(50);
    const text = new Map(ds.sources.map((s) => [s.id, s.text]));
    for (const c of ds.claims) {
      expect(text.get(c.source)!.slice(c.start, c.end)).toBe(c.excerpt);
    }
  });

  it('resolves the mini fixture', () => {
    const ds = loadDataset(MINI, join(MINI, 'sources'));
    expect(ds.claims[0]).toMatchObject({ id: 'clm-mini-3800', start: 50 });
  });

  it('names the file, record and field of a schema error', () => {
    const dir = miniWith('claims.json', (rs) => [{ ...rs[0], quote: 'yes' }]);
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({ file: 'claims.json', record: 'clm-mini-3800', field: 'quote' }),
    );
  });

  it('refuses an excerpt that is not verbatim in its source', () => {
    const dir = miniWith('claims.json', (rs) => [{ ...rs[0], excerpt: 'Zelensky said 3,800' }]);
    const issues = issuesOf(dir);
    expect(issues).toEqual([
      expect.objectContaining({
        record: 'clm-mini-3800',
        field: 'excerpt',
        message: expect.stringMatching(/not found verbatim/),
      }),
    ]);
  });

  it('refuses unknown references and wrong kinds', () => {
    const dir = miniWith('claims.json', (rs) => [
      { ...rs[0], speaker: 'act-nobody', about: ['place-kursk', 'clm-mini-3800'] },
    ]);
    const fields = issuesOf(dir).map((i) => `${i.field}: ${i.message}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'speaker: unknown id "act-nobody"',
        expect.stringMatching(/^about\.1: "clm-mini-3800" is a Claim/),
      ]),
    );
  });

  it('refuses impossible dates and malformed JSON', () => {
    const dir = miniWith('sources.json', (rs) => [{ ...rs[0], publishedDate: '2025-02-30' }]);
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({ file: 'sources.json', field: 'publishedDate' }),
    );
    const broken = miniWith('relations.json', (rs) => rs);
    writeFileSync(join(broken, 'relations.json'), '[{"type": ');
    expect(issuesOf(broken)).toContainEqual(
      expect.objectContaining({
        file: 'relations.json',
        message: expect.stringMatching(/not valid JSON/),
      }),
    );
  });

  it('refuses duplicate ids and figures that are not in the excerpt', () => {
    const dir = miniWith('entities.json', (rs) => [...rs, rs[0]]);
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({ record: 'act-zelensky', message: 'duplicate id' }),
    );
    const fig = miniWith('claims.json', (rs) => [
      {
        ...rs[0],
        figures: [{ measure: 'nk_casualties', unit: 'persons', value: 4000, text: '4,000' }],
      },
    ]);
    expect(issuesOf(fig)).toContainEqual(expect.objectContaining({ field: 'figures.0.text' }));
  });

  describe('recorded contradictions', () => {
    /** The mini fixture with a second claim (a denial) and the given contradictions.json. */
    function withContradictions(records: unknown[]): string {
      const dir = miniWith('claims.json', (rs) => [
        ...rs,
        { ...rs[0], id: 'clm-mini-denial', text: 'A second reading of the same words.' },
      ]);
      writeFileSync(join(dir, 'contradictions.json'), JSON.stringify(records));
      return dir;
    }

    it('reads them, and a dataset without the file has none', () => {
      const dir = withContradictions([
        { claim: 'clm-mini-denial', contradicts: 'clm-mini-3800', note: 'cannot both hold' },
      ]);
      expect(loadDataset(dir, join(dir, 'sources')).contradictions).toEqual([
        { claim: 'clm-mini-denial', contradicts: 'clm-mini-3800', note: 'cannot both hold' },
      ]);
      expect(loadDataset(MINI, join(MINI, 'sources')).contradictions).toEqual([]);
    });

    it('refuses other ids, unknown claims, a missing note, a claim against itself and a pair recorded twice', () => {
      const dir = withContradictions([
        { claim: 'clm-mini-denial', contradicts: 'clm-nowhere', note: 'x' },
        { claim: 'clm-mini-denial', contradicts: 'act-zelensky', note: 'x' },
        { claim: 'clm-mini-3800', contradicts: 'clm-mini-3800', note: 'x' },
        { claim: 'clm-mini-3800', contradicts: 'clm-mini-denial', note: 'x' },
        { claim: 'clm-mini-denial', contradicts: 'clm-mini-3800', note: 'x' },
        { claim: 'clm-mini-denial', contradicts: 'clm-mini-3800' },
      ]);
      const found = issuesOf(dir).map((i) => `${i.file} › ${i.record} › ${i.field}: ${i.message}`);
      expect(found).toEqual([
        'contradictions.json › #1 › contradicts: must look like "clm-lower-case-words"',
        'contradictions.json › #5 › note: Invalid input: expected string, received undefined',
        'contradictions.json › clm-mini-denial contradicts clm-nowhere › contradicts: unknown id "clm-nowhere"',
        'contradictions.json › clm-mini-3800 contradicts clm-mini-3800 › contradicts: a claim cannot contradict itself',
        'contradictions.json › clm-mini-denial contradicts clm-mini-3800 › contradicts: this pair is already recorded (either way)',
      ]);
    });
  });

  describe('recorded corroborations', () => {
    /** The mini fixture with a second claim, the given contradictions.json and corroborations.json. */
    function withPairs(contradictions: unknown[], corroborations: unknown[]): string {
      const dir = miniWith('claims.json', (rs) => [
        ...rs,
        { ...rs[0], id: 'clm-mini-again', text: 'The same figure, said again.' },
      ]);
      writeFileSync(join(dir, 'contradictions.json'), JSON.stringify(contradictions));
      writeFileSync(join(dir, 'corroborations.json'), JSON.stringify(corroborations));
      return dir;
    }

    it('reads them, and a dataset without the file has none', () => {
      const dir = withPairs(
        [],
        [{ claim: 'clm-mini-again', corroborates: 'clm-mini-3800', note: 'the same figure' }],
      );
      expect(loadDataset(dir, join(dir, 'sources')).corroborations).toEqual([
        { claim: 'clm-mini-again', corroborates: 'clm-mini-3800', note: 'the same figure' },
      ]);
      expect(loadDataset(MINI, join(MINI, 'sources')).corroborations).toEqual([]);
    });

    it('refuses unknown claims, a claim with itself, a pair twice, and a pair also recorded as contradicting', () => {
      const dir = withPairs(
        [{ claim: 'clm-mini-3800', contradicts: 'clm-mini-again', note: 'x' }],
        [
          { claim: 'clm-mini-again', corroborates: 'clm-nowhere', note: 'x' },
          { claim: 'clm-mini-3800', corroborates: 'clm-mini-3800', note: 'x' },
          { claim: 'clm-mini-again', corroborates: 'clm-mini-3800', note: 'x' },
          { claim: 'clm-mini-3800', corroborates: 'clm-mini-again', note: 'x' },
          { claim: 'clm-mini-3800', corroborates: 'clm-mini-again', note: '' },
        ],
      );
      const found = issuesOf(dir).map((i) => `${i.file} › ${i.record} › ${i.field}: ${i.message}`);
      expect(found).toEqual([
        'corroborations.json › #4 › note: Too small: expected string to have >=1 characters',
        'corroborations.json › clm-mini-again corroborates clm-nowhere › corroborates: unknown id "clm-nowhere"',
        'corroborations.json › clm-mini-3800 corroborates clm-mini-3800 › corroborates: a claim cannot corroborate itself',
        'corroborations.json › clm-mini-again corroborates clm-mini-3800 › corroborates: this pair is recorded as contradicting (contradictions.json)',
        'corroborations.json › clm-mini-3800 corroborates clm-mini-again › corroborates: this pair is already recorded (either way)',
        'corroborations.json › clm-mini-3800 corroborates clm-mini-again › corroborates: this pair is recorded as contradicting (contradictions.json)',
      ]);
    });
  });

  describe('relayedFrom', () => {
    /** The mini fixture, its article citing a wire report that cites an agency's briefing. */
    function relayed(relayedFrom: string): string {
      const report = (id: string, cites: string[]) => ({
        id,
        name: id,
        title: id,
        publisher: null,
        publishedDate: null,
        dateBasis: 'unknown',
        url: null,
        textFile: null,
        cites,
      });
      const dir = miniWith('sources.json', (rs) => [
        { ...rs[0], cites: ['src-mini-wire'] },
        report('src-mini-wire', ['src-mini-briefing']),
        report('src-mini-briefing', []),
        report('src-mini-unrelated', []),
      ]);
      const path = join(dir, 'claims.json');
      const claims = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
      writeFileSync(path, JSON.stringify([{ ...claims[0], relayedFrom }]));
      return dir;
    }

    it('accepts a report the article cites, directly or through the reports it cites', () => {
      for (const id of ['src-mini-wire', 'src-mini-briefing']) {
        const dir = relayed(id);
        const ds = loadDataset(dir, join(dir, 'sources'));
        expect(ds.claims[0]!.relayedFrom).toBe(id);
      }
    });

    it('refuses a report the article does not cite, its own article, and what is not a source', () => {
      const issue = (id: string) => issuesOf(relayed(id)).map((i) => `${i.field}: ${i.message}`);
      expect(issue('src-mini-unrelated')).toEqual([
        'relayedFrom: "src-mini-unrelated" is not cited by src-mini-article, nor by the reports it cites',
      ]);
      expect(issue('src-mini-article')).toEqual([
        'relayedFrom: "src-mini-article" is not cited by src-mini-article, nor by the reports it cites',
      ]);
      expect(issue('src-mini-nowhere')).toEqual(['relayedFrom: unknown id "src-mini-nowhere"']);
      expect(issue('clm-mini-3800')).toEqual([
        'relayedFrom: must look like "src-lower-case-words"',
      ]);
    });
  });

  it('counts every occurrence of an excerpt', () => {
    expect(occurrences('a b a b a', 'a b')).toEqual([0, 4]);
    expect(occurrences('abc', 'x')).toEqual([]);
  });
});
