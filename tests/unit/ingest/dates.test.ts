import { extract } from '../../../server/ingest/extract';
import { index } from './fixture';

/** Each claim's speaker (entity, else its words) and the date its attribution states. */
const datesOf = async (text: string, publishedDate?: string) => {
  const p = await extract({ title: 't', text, ...(publishedDate ? { publishedDate } : {}) }, index);
  for (const c of p.claims)
    if (c.statedDate)
      expect(text.slice(c.statedDate.start, c.statedDate.end)).toBe(c.statedDate.text);
  return p.claims.map((c) => [c.speaker.entityId ?? c.speaker.text, c.statedDate?.date ?? null]);
};

// 14 January 2025 was a Tuesday.
const TUESDAY = '2025-01-14';

describe('the date a claim was made, as its attribution states it', () => {
  it('reads a month and day, giving it the year that does not fall after the article', async () => {
    const text =
      'Andrew Yeo announced during a briefing on October 31 that 8,000 North Korean troops were in Russia.';
    expect(await datesOf(text, TUESDAY)).toEqual([['act-yeo', '2024-10-31']]);
    expect(await datesOf(text, '2024-11-05')).toEqual([['act-yeo', '2024-10-31']]);
    expect(await datesOf(text.replace('October 31', 'Oct. 31, 2023'), TUESDAY)).toEqual([
      ['act-yeo', '2023-10-31'],
    ]);
    expect(await datesOf(text.replace('on October 31', 'on 31 October'), TUESDAY)).toEqual([
      ['act-yeo', '2024-10-31'],
    ]);
  });

  it('reads a weekday as the last one on or before the article', async () => {
    expect(
      await datesOf(
        'Russia has lost 700,000 men, Zelensky said on Monday. “We are ready,” Kim Jong Un said Tuesday.',
        TUESDAY,
      ),
    ).toEqual([
      ['act-zelensky', '2025-01-13'],
      ['act-kim', '2025-01-14'],
    ]);
  });

  it('takes the date of the saying, not a date inside what is said', async () => {
    expect(
      await datesOf(
        'On Jan. 5, the SBU said that 3,000 soldiers died on January 3. Zelensky said that troops arrived in December.',
        TUESDAY,
      ),
    ).toEqual([
      ['act-sbu', '2025-01-05'],
      ['act-zelensky', null],
    ]);
    // The attribution that closes the sentence dates what it attributes again.
    expect(
      await datesOf(
        'The Pentagon does not believe that North Korean troops have entered Ukraine, a spokesperson said on Monday.',
        TUESDAY,
      ),
    ).toEqual([['Pentagon', '2025-01-13']]);
    // "as of", "since": when what is said held, not when it was said
    expect(
      await datesOf(
        'Ukrainian intelligence officials doubted the 3,000 troops stationed in Kursk as of October 28, describing them as inexperienced infantry.',
        TUESDAY,
      ),
    ).toEqual([['act-ukrainian-intelligence-officials', null]]);
    // A relative clause about the speaker dates something else.
    expect(
      await datesOf(
        'Kim Jong Un, who took power in December 2011, said that the troops were ready.',
        TUESDAY,
      ),
    ).toEqual([['act-kim', null]]);
  });

  it('dates the acknowledging of a thing by the date that ends it, not the events of a clause', async () => {
    expect(
      await datesOf(
        'Zelensky officially acknowledged Ukraine’s incursion of Russia’s Kursk region on August 12.',
        TUESDAY,
      ),
    ).toEqual([['act-zelensky', '2024-08-12']]);
    // Urged whom on which day to do what.
    expect(
      await datesOf(
        'Zelensky urged South Korea on Tuesday to supply air-defence systems to Kyiv.',
        TUESDAY,
      ),
    ).toEqual([['act-zelensky', '2025-01-14']]);
    // After "said", the words are a clause, even with a verb no rule can tell ("lost").
    expect(await datesOf('Zelensky said Russia lost 700 soldiers on Monday.', TUESDAY)).toEqual([
      ['act-zelensky', null],
    ]);
    // A clause has a verb of its own: the date is its events'.
    expect(await datesOf('Zelensky said troops crossed the river on Friday.', TUESDAY)).toEqual([
      ['act-zelensky', null],
    ]);
    expect(
      await datesOf('Zelensky acknowledged the incursion that began on August 6.', TUESDAY),
    ).toEqual([['act-zelensky', null]]);
    // A date inside the thing, not at its end, is the thing's.
    expect(
      await datesOf('Zelensky acknowledged the August 6 incursion into Kursk.', TUESDAY),
    ).toEqual([['act-zelensky', null]]);
  });

  it('gives each speaker of a sentence the date named after them', async () => {
    expect(
      await datesOf(
        '“We are ready,” Kim Jong Un said Tuesday, while Putin said in December that the troops would stay.',
        TUESDAY,
      ),
    ).toEqual([
      ['act-kim', '2025-01-14'],
      ['act-putin', '2024-12'],
    ]);
    // Speakers of one statement share its date.
    expect(
      await datesOf('Moscow and Pyongyang denied on Friday that the troops were there.', TUESDAY),
    ).toEqual([
      ['act-russia', '2025-01-10'],
      ['act-north-korea', '2025-01-10'],
    ]);
  });

  it('dates hearsay by the words that pass it on', async () => {
    expect(
      await datesOf(
        'On January 11, reports emerged of a drone strike in Tatarstan. Reports emerged on Monday that the troops left.',
        TUESDAY,
      ),
    ).toEqual([
      ['', '2025-01-11'],
      ['', '2025-01-13'],
    ]);
  });

  it('proposes nothing it cannot place', async () => {
    const text = 'Zelensky said on October 31 that the troops were there.';
    // No article date: a day with no year, or a weekday, cannot be placed.
    expect(await datesOf(text)).toEqual([['act-zelensky', null]]);
    expect(await datesOf('Zelensky said on Monday that the troops were there.')).toEqual([
      ['act-zelensky', null],
    ]);
    expect(await datesOf(text.replace('October 31', 'October 31, 2024'))).toEqual([
      ['act-zelensky', '2024-10-31'],
    ]);
    // After the article: not when it was said.
    expect(await datesOf(text.replace('October 31', 'March 3, 2025'), TUESDAY)).toEqual([
      ['act-zelensky', null],
    ]);
    // No such day; "may" is a verb.
    expect(await datesOf(text.replace('October 31', 'February 30'), TUESDAY)).toEqual([
      ['act-zelensky', null],
    ]);
    expect(
      await datesOf('Zelensky said the troops may 5 times have crossed the border.', TUESDAY),
    ).toEqual([['act-zelensky', null]]);
  });
});
