import {
  unnamedKey,
  unnamedKind,
  unnamedName,
  unnamedSpeakerName,
} from '../../../server/ingest/unnamed';

describe('a speaker the article describes without naming', () => {
  it('is named by its description, without its article, and by the article', () => {
    expect(unnamedSpeakerName('a senior U.S. defense official')).toBe(
      'Senior U.S. defense official (unnamed)',
    );
    expect(unnamedName('a senior U.S. defense official', 'Pentagon: troops near the front')).toBe(
      'Senior U.S. defense official (unnamed, Pentagon: troops near the front)',
    );
    expect(unnamedName('officials', 'x'.repeat(70))).toBe(
      `Officials (unnamed, ${'x'.repeat(59)}…)`,
    );
    // Why no name is given is not who it is; who it is stays.
    expect(
      unnamedSpeakerName('a senior South Korean official who spoke on condition of anonymity'),
    ).toBe('Senior South Korean official (unnamed)');
    expect(unnamedSpeakerName('an official, who was not authorised to speak publicly')).toBe(
      'Official (unnamed)',
    );
    expect(unnamedSpeakerName('a commander who fought in Kursk')).toBe(
      'Commander who fought in Kursk (unnamed)',
    );
    // Described alike, one speaker.
    expect(unnamedKey('A senior  official')).toBe(unnamedKey('the senior official'));
    expect(unnamedKey('a senior official')).not.toBe(unnamedKey('a junior official'));
  });

  it('is one person, a group or an organisation by its head noun', () => {
    expect(unnamedKind('A commander of the 95th Air Assault Brigade')).toBe('person');
    expect(unnamedKind('officials from Ukraine, the U.S. and South Korea')).toBe('group');
    expect(unnamedKind('Russian state television')).toBe('organisation');
    expect(unnamedKind('a spokesperson for the ministry')).toBe('person');
  });
});
