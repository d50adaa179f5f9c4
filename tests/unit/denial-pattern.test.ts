/**
 * The regular expression that marks older claims as denials in Cypher
 * (seed/model.ts DENIAL_PATTERN, cypher/seed/mark-denials.cypher) says what
 * isDenial says, cue by cue. Neo4j's own reading of it is checked in
 * tests/integration/upgrade.test.ts.
 */
import { DENIAL_PATTERN, isDenial } from '../../seed/model';

const CUES = [
  'denied',
  'Denies',
  'flatly denied,',
  'said and\ndenied',
  'rejected',
  'self-denial',
  'dismissed as "nonsense"',
  'rebutted',
  'undenied',
  'deniers',
  'dismissal',
  'said',
  'reported',
  'stated that reports were false',
  'dénied',
  '',
];

describe('DENIAL_PATTERN', () => {
  it('matches a lower-cased cue exactly when isDenial says it denies', () => {
    const whole = new RegExp(`^(?:${DENIAL_PATTERN})$`);
    const read = CUES.map((cue) => [cue, whole.test(cue.toLowerCase())]);
    expect(read).toEqual(CUES.map((cue) => [cue, isDenial(cue)]));
    // Both kinds are in the list.
    expect(read.filter(([, d]) => d)).toHaveLength(8);
  });
});
