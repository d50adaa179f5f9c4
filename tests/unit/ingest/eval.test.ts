/**
 * The extraction eval as a regression gate: the annotated corpora in eval/ must keep
 * meeting the quality targets of eval/lib.ts (linking precision and recall, speaker
 * accuracy). Speed is not gated here: `npm run eval` prints the time on a 1,000-word
 * article against its target, and `npm run bench` the preview's latency through the
 * API. Reads seed/data/entities.json, no database.
 */
import { join } from 'node:path';
import { runEval, runSeedCheck, TARGETS } from '../../../eval/lib';

jest.setTimeout(120_000);

describe.each([
  ['development corpus', undefined],
  ['held-out corpus', join(__dirname, '..', '..', '..', 'eval', 'heldout')],
  ['blind set', join(__dirname, '..', '..', '..', 'eval', 'blind')],
])('extraction eval: %s', (_name, corpusDir) => {
  it('meets the targets', async () => {
    const r = await runEval({ corpusDir, timingRuns: 0 });
    expect(r.linking.precision).toBeGreaterThanOrEqual(TARGETS.linkingPrecision);
    expect(r.linking.recall).toBeGreaterThanOrEqual(TARGETS.linkingRecall);
    expect(r.claims.speakerAccuracyDirect).toBeGreaterThanOrEqual(TARGETS.speakerAccuracyDirect);
    expect(r.claims.speakerAccuracyIndirect).toBeGreaterThanOrEqual(
      TARGETS.speakerAccuracyIndirect,
    );
    expect(r.failures).toEqual([]);
  });
});

describe('the seed articles (in-sample: a floor, not a target)', () => {
  it('finds the curated claims and their speakers no worse than at the last change', async () => {
    const { claims, claimsFound, speakerAgree, dates } = await runSeedCheck();
    // 65 of 69 found (55 before "reportedly", "reports emerged", "hope that"
    // and "assertions from South Korea's military suggest that"; 59 before
    // "have documented" and ", with officials characterizing"; 63 before the
    // writer's assessments standing alone); 64 of them said by the seed's
    // speaker (46 before "Moscow and Pyongyang deny" gave each its claim, the
    // "While…" clause its end, "That agency" its agency, and hearsay the
    // article's unattributed actor). "officials characterizing" counts as 004's
    // unnamed officials by its words, as the corpora's UNNAMED speakers do.
    expect(claims).toBe(69);
    expect(claimsFound).toBeGreaterThanOrEqual(65);
    expect(speakerAgree).toBeGreaterThanOrEqual(64);
    // All 3 found claims the seed dates as stated get its date (2 before
    // "acknowledged … on August 12" was read), and no date goes elsewhere.
    expect(dates.stated).toBe(3);
    expect(dates.proposedRight).toBeGreaterThanOrEqual(3);
    expect(dates.proposedElsewhere).toBe(0);
  });
});
