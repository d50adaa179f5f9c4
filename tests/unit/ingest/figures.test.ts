import { findFigures } from '../../../server/ingest/extract/figures';
import { splitSentences } from '../../../server/ingest/extract/sentences';

const figures = (text: string) => {
  const out = findFigures(text, splitSentences(text));
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map(({ start: _s, end: _e, ...f }) => f);
};

describe('figures', () => {
  it('reads ranges written with "to", hyphens, dashes and "between … and"', () => {
    expect(figures('North Korea may send an additional 20,000 to 25,000 troops.')).toEqual([
      {
        measure: 'nk_troops_additional',
        unit: 'persons',
        low: 20000,
        high: 25000,
        text: 'an additional 20,000 to 25,000 troops',
      },
    ]);
    expect(figures('The force includes 10,000-12,000 North Koreans.')).toEqual([
      {
        measure: 'nk_troops_deployed',
        unit: 'persons',
        low: 10000,
        high: 12000,
        text: '10,000-12,000 North Koreans',
      },
    ]);
    expect(figures('North Korean forces attacked with 400–500 men.')).toEqual([
      {
        measure: 'nk_attack_group_size',
        unit: 'persons',
        low: 400,
        high: 500,
        text: '400–500 men',
      },
    ]);
    expect(figures('It contributed to between 1,000 and 4,000 casualties.')).toEqual([
      {
        measure: 'nk_casualties',
        unit: 'persons',
        low: 1000,
        high: 4000,
        qualifier: 'between',
        text: 'between 1,000 and 4,000 casualties',
      },
    ]);
  });

  it('reads "million", word numbers and qualifiers', () => {
    expect(figures('Pyongyang has over 1.2 million military men.')).toEqual([
      {
        measure: 'nk_military_personnel',
        unit: 'persons',
        value: 1200000,
        qualifier: 'over',
        text: 'over 1.2 million military men',
      },
    ]);
    expect(figures('Ukrainian forces captured two North Korean soldiers.')).toEqual([
      { measure: 'nk_prisoners', unit: 'persons', value: 2, text: 'two North Korean soldiers' },
    ]);
    expect(figures('Russia has amassed a force of about 50,000 troops.')).toEqual([
      {
        measure: 'russian_force_kursk',
        unit: 'persons',
        value: 50000,
        qualifier: 'about',
        text: 'about 50,000 troops',
      },
    ]);
    expect(figures('Russian casualties are close to 700,000 personnel.')[0]).toMatchObject({
      measure: 'russian_casualties',
      value: 700000,
      qualifier: 'close to',
    });
    expect(figures('They lost up to 100 men a day.')[0]).toMatchObject({
      qualifier: 'up to',
      value: 100,
    });
  });

  it('reads percentages and rates per day', () => {
    expect(
      figures('By January about 40% of soldiers from North Korea died or were injured.'),
    ).toEqual([
      {
        measure: 'nk_casualty_share',
        unit: 'percent',
        value: 40,
        qualifier: 'about',
        text: 'about 40%',
      },
    ]);
    expect(figures('Losses reached 30 percent.')[0]).toMatchObject({ unit: 'percent', value: 30 });
    expect(figures('They have likely suffered roughly 92 casualties per day.')).toEqual([
      {
        measure: 'nk_casualties_per_day',
        unit: 'persons_per_day',
        value: 92,
        qualifier: 'roughly',
        text: 'roughly 92 casualties per day',
      },
    ]);
  });

  it('reads distances and durations', () => {
    expect(
      figures('They were stationed approximately 50 kilometers from the Ukrainian border.'),
    ).toEqual([
      {
        measure: 'distance_from_border',
        unit: 'km',
        value: 50,
        qualifier: 'approximately',
        text: 'approximately 50 kilometers',
      },
    ]);
    expect(figures('He had only received a week of training.')).toEqual([
      {
        measure: 'training_duration',
        unit: 'days',
        value: 7,
        qualifier: 'only',
        text: 'a week of training',
      },
    ]);
    expect(figures('They could be depleted within three months.')).toEqual([
      {
        measure: 'other',
        unit: 'months',
        value: 3,
        qualifier: 'within',
        text: 'within three months',
      },
    ]);
  });

  it('tells the part from the whole: "3,800 of the 12,000 … killed or wounded"', () => {
    const f = figures(
      'Zelensky said that 3,800 of the 12,000 North Korean soldiers deployed in the region have been killed or wounded.',
    );
    expect(f.map((x) => [x.measure, x.value])).toEqual([
      ['nk_casualties', 3800],
      ['nk_troops_deployed', 12000],
    ]);
  });

  it('counts a bare number by the people counted before it: "100 … died and 1,000 have been wounded"', () => {
    const f = figures(
      'At least 100 North Korean soldiers have died and 1,000 have been wounded, while 40 were captured.',
    );
    expect(f.map((x) => [x.measure, x.value, x.text])).toEqual([
      ['nk_casualties', 100, 'At least 100 North Korean soldiers'],
      ['nk_casualties', 1000, '1,000'],
      ['nk_prisoners', 40, '40'],
    ]);
    // Russian losses stay Russian; a number with nothing happening to it, or in
    // the next sentence, is not read as people.
    expect(
      figures('Some 2,000 Russian soldiers died and 5,000 were wounded.').map((x) => x.measure),
    ).toEqual(['russian_casualties', 'russian_casualties']);
    expect(figures('About 10,000 troops arrived and 12 stayed. 300 were killed.')).toEqual([
      {
        measure: 'nk_troops_deployed',
        unit: 'persons',
        value: 10000,
        qualifier: 'about',
        text: 'About 10,000 troops',
      },
    ]);
  });

  it('counts a number a tally of people reached: "the casualties had reached 3,000"', () => {
    expect(
      figures('Zelensky wrote that the North Korean casualties had reached 3,000.').map((x) => [
        x.measure,
        x.value,
        x.text,
      ]),
    ).toEqual([['nk_casualties', 3000, '3,000']]);
    expect(
      figures('The number of North Korean troops in Kursk rose to 11,000.').map((x) => x.measure),
    ).toEqual(['nk_troops_deployed']);
    // a tally of things is no count of people
    expect(figures('The number of drones launched reached 300.')).toEqual([]);
  });

  it("never reads Russia's own losses a day as North Korea's", () => {
    expect(
      figures('ISW noted that Russia lost an average of 1,500 soldiers per day.').map(
        (x) => x.measure,
      ),
    ).toEqual(['other']);
    expect(
      figures('North Korean troops suffered 92 casualties a day, ISW said.').map((x) => x.measure),
    ).toEqual(['nk_casualties_per_day']);
  });

  it('never reads the speaker\'s own side ("we lost 20 men") as North Korea\'s', () => {
    expect(figures('“We lost 20 men in one attack,” a Russian commander said.')).toEqual([
      { measure: 'other', unit: 'persons', value: 20, text: '20 men' },
    ]);
    expect(figures('Our brigade faced 200 North Korean soldiers.').map((x) => x.measure)).toEqual([
      'nk_troops_deployed',
    ]);
    // "US" is the United States, not "us"
    expect(
      figures('US intelligence says 10,000 troops are in Kursk.').map((x) => x.measure),
    ).toEqual(['nk_troops_deployed']);
  });

  it('reads "3,000 more" as more of the people just counted', () => {
    expect(
      figures(
        'North Korea has sent about 12,000 troops to Russia. Around 3,000 more may follow by spring.',
      ),
    ).toEqual([
      {
        measure: 'nk_troops_deployed',
        unit: 'persons',
        value: 12000,
        qualifier: 'about',
        text: 'about 12,000 troops',
      },
      {
        measure: 'nk_troops_additional',
        unit: 'persons',
        value: 3000,
        qualifier: 'around',
        text: 'Around 3,000 more',
      },
    ]);
    // not across paragraphs, nor of a count that is no people
    expect(figures('About 12,000 troops arrived.\n\nAround 3,000 more may follow.')).toHaveLength(
      1,
    );
    expect(figures('It launched 40 drones. Then 30 more followed.')).toEqual([]);
  });

  it('reads "of them" after people counted, special forces, and a second wave', () => {
    expect(
      figures(
        'Seoul said 11,000 troops were deployed and that about 2,700 of them have been killed or wounded.',
      ).map((x) => [x.measure, x.value]),
    ).toEqual([
      ['nk_troops_deployed', 11000],
      ['nk_casualties', 2700],
    ]);
    expect(
      figures('Pyongyang had sent 1,500 special forces troops in a second wave.').map((x) => [
        x.measure,
        x.text,
      ]),
    ).toEqual([['nk_troops_additional', '1,500 special forces troops']]);
  });

  it('reads "put out of action" as casualties', () => {
    expect(
      figures('Kyiv said 40% of the North Korean contingent had been put out of action.').map(
        (x) => [x.measure, x.value],
      ),
    ).toEqual([['nk_casualty_share', 40]]);
  });

  it('skips dates, years, ages, money and ordinals', () => {
    expect(
      figures(
        'On January 3 and 4, in 2024, a 23-year-old of the 11th Army Corps earned $2,000 per month after the 1950-1953 war.',
      ),
    ).toEqual([]);
  });
});
