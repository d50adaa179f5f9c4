/**
 * docs/benchmarks.md: the narrative says "this run" and "the table's" of the run it was
 * written for. The committed file is that run's; a later run's file says the text is not
 * about its tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NARRATIVE } from '../../bench/narrative';
import { markdown, type BenchResults } from '../../bench/report';

const committed = JSON.parse(
  readFileSync(join(__dirname, '../../bench/results.json'), 'utf8'),
) as BenchResults;
const NOTE = /^_The text below was written for run \d+/m;

describe('the benchmark narrative', () => {
  it('was written for the committed results: their file carries no note', () => {
    expect(committed.machine.date).toBe(NARRATIVE.writtenFor.measuredAt);
    expect(markdown(committed, NARRATIVE)).not.toMatch(NOTE);
  });

  it("says, in a later run's file, which run its text is about and where that run's tables are", () => {
    const later: BenchResults = {
      ...committed,
      machine: { ...committed.machine, date: '2027-01-02T10:00:00.000Z' },
    };
    const doc = markdown(later, NARRATIVE);
    const note = NOTE.exec(doc);
    expect(note).not.toBeNull();
    // Above the text it is about, once.
    expect(doc.indexOf(note![0])).toBeGreaterThan(doc.indexOf('## Method'));
    expect(doc.indexOf(note![0])).toBeLessThan(doc.indexOf(NARRATIVE.method.slice(0, 40)));
    expect(doc.match(new RegExp(NOTE.source, 'gm'))).toHaveLength(1);
    expect(doc).toContain(`git show ${NARRATIVE.writtenFor.commit}:docs/benchmarks.md`);
    expect(doc).toContain('the tables above are from the run of 2027-01-02');
  });
});
