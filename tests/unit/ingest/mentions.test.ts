import fc from 'fast-check';
import {
  buildEntityIndex,
  createMemoryFuzzyLookup,
  extract,
  type KnownEntity,
  type Mention,
} from '../../../server/ingest/extract';
import { ENTITIES, index } from './fixture';

const run = async (text: string) => (await extract({ title: 't', text }, index)).mentions;
const linked = (ms: Mention[]) => ms.filter((m) => m.match).map((m) => [m.text, m.match!.entityId]);

describe('mentions of known entities', () => {
  it('matches spelling variants, hyphens and possessives', async () => {
    const ms = await run(
      'Zelenskiy met Kim Jong-un. Zelenskyy and Kim Jong Un disagreed. South Korea’s envoy left.',
    );
    expect(linked(ms)).toEqual([
      ['Zelenskiy', 'act-zelensky'],
      ['Kim Jong-un', 'act-kim'],
      ['Zelenskyy', 'act-zelensky'],
      ['Kim Jong Un', 'act-kim'],
      ['South Korea', 'act-south-korea'],
    ]);
    expect(ms.find((m) => m.text === 'South Korea')).toMatchObject({ possessive: true });
    expect(ms[0]!.match).toMatchObject({ method: 'normalised-alias' });
    expect(ms[1]!.match).toMatchObject({ method: 'exact-alias', score: 1 });
  });

  it('links metonyms the graph records as aliases', async () => {
    const ms = await run('Pyongyang and Moscow signed a treaty. Kyiv protested, and Seoul agreed.');
    expect(linked(ms)).toEqual([
      ['Pyongyang', 'act-north-korea'],
      ['Moscow', 'act-russia'],
      ['Kyiv', 'act-ukraine'],
      ['Seoul', 'act-south-korea'],
    ]);
  });

  it('reads a name shared by an Actor and a Place from its context', async () => {
    const ms = await run(
      'The soldiers were taken to Kyiv. Kyiv said they were well. Officials in Washington agreed, and Washington said so.',
    );
    expect(linked(ms)).toEqual([
      ['Kyiv', 'place-kyiv'],
      ['Kyiv', 'act-ukraine'],
      ['Washington', 'place-washington-dc'],
      ['Washington', 'act-united-states'],
    ]);
  });

  it('prefers the longest match', async () => {
    const ms = await run(
      'Ukrainian President Volodymyr Zelensky said North Korean troops entered the Kursk Oblast.',
    );
    expect(linked(ms)).toEqual([
      ['Ukrainian President Volodymyr Zelensky', 'act-zelensky'],
      ['North Korean troops', 'unit-nk-contingent'],
      ['Kursk Oblast', 'place-kursk'],
    ]);
  });

  it('does not make a mention of a demonym on its own', async () => {
    const ms = await run('North Korean officers and Russian artillery met Ukrainian drones.');
    expect(linked(ms)).toEqual([]);
  });

  it('keeps short aliases to their case: US is not us', async () => {
    const ms = await run('The US told us nothing. Let us see what the U.S. says.');
    expect(linked(ms)).toEqual([
      ['US', 'act-united-states'],
      ['U.S', 'act-united-states'],
    ]);
  });

  it('does not take a one-word person alias out of a longer name', async () => {
    const ms = await run(
      'Kim Yo-jong spoke after Kim left. Park told Newsweek. Park Sun-won did not.',
    );
    expect(linked(ms)).toEqual([
      ['Kim', 'act-kim'],
      ['Park', 'act-park'],
      ['Newsweek', 'act-newsweek'],
    ]);
    expect(ms.filter((m) => !m.match).map((m) => m.text)).toEqual(['Kim Yo-jong', 'Park Sun-won']);
  });

  it('does not spot a lone lower-case common noun alias', async () => {
    const ms = await run('Officials said that officials in Kyiv agreed.');
    expect(ms.some((m) => m.match?.entityId === 'act-officials')).toBe(false);
  });

  it('reads a possessive both ways and sees aliases that only modify a noun', async () => {
    const ms = await run(
      "North Korea's army is large. Ukraine's armed forces held. Ukraine's military intelligence agency spoke.",
    );
    expect(linked(ms)).toEqual([
      ["North Korea's army", 'unit-kpa'],
      ["Ukraine's armed forces", 'unit-uaf'],
      ['Ukraine', 'act-ukraine'],
    ]);
  });

  it('derives group nouns and the head of a name ("North Korean units", "North Korean contingent")', async () => {
    const ms = await run('North Korean units attacked. The North Korean contingent withdrew.');
    expect(linked(ms)).toEqual([
      ['North Korean units', 'unit-nk-contingent'],
      ['North Korean contingent', 'unit-nk-contingent'],
    ]);
  });

  it('does not read "all Koreans" as the contingent', async () => {
    const ms = await run('The Koreans attacked. The constitution regards all Koreans as citizens.');
    expect(linked(ms)).toEqual([['Koreans', 'unit-nk-contingent']]);
  });

  it('reads "North Koreans" whole as the North Korean contingent, and "South Koreans" not at all', async () => {
    const ms = await run('Some of the North Koreans were captured. South Koreans protested.');
    expect(linked(ms)).toEqual([['North Koreans', 'unit-nk-contingent']]);
  });
});

describe('new entities', () => {
  it('proposes names not in the graph, with a label, grouped into entities', async () => {
    const p = await extract(
      {
        title: 't',
        text:
          'NATO Secretary General Mark Rutte said the 11th Army Corps was near the village of Plekhovo. ' +
          "South Korea's National Intelligence Service (NIS) agreed. Rutte spoke in Brussels, and the NIS said more.",
      },
      index,
    );
    const fresh = p.mentions.filter((m) => !m.match).map((m) => [m.text, m.label]);
    expect(fresh).toEqual([
      ['NATO', 'Actor'],
      ['Mark Rutte', 'Actor'],
      ['11th Army Corps', 'Unit'],
      ['Plekhovo', 'Place'],
      ['National Intelligence Service', 'Actor'],
      ['NIS', 'Actor'],
      ['Rutte', 'Actor'],
      ['Brussels', 'Place'],
      ['NIS', 'Actor'],
    ]);
    const rutte = p.newEntities.find((e) => e.name === 'Mark Rutte')!;
    expect(rutte.mentionIds).toHaveLength(2);
    expect(rutte.kindGuess).toBe('person');
    const nis = p.newEntities.find((e) => e.name === 'National Intelligence Service')!;
    expect(nis.mentionIds).toHaveLength(3);
    expect(p.mentions.find((m) => m.text === 'Mark Rutte')!.newEntityKey).toBe('mark rutte');
  });

  it("reads a place's name that opens an outlet's name as the outlet ('Kyiv Independent')", async () => {
    const p = await extract(
      {
        title: 't',
        text:
          'Zelensky told the Kyiv Independent that more troops had come. ' +
          'The Washington Post and the Moscow Times reported it. Officials in Kyiv agreed.',
      },
      index,
    );
    expect(linked(p.mentions)).toEqual([
      ['Zelensky', 'act-zelensky'],
      ['Kyiv', 'place-kyiv'],
    ]);
    const fresh = p.mentions.filter((m) => !m.match).map((m) => [m.text, m.label]);
    expect(fresh).toEqual([
      ['Kyiv Independent', 'Actor'],
      ['Washington Post', 'Actor'],
      ['Moscow Times', 'Actor'],
    ]);
    expect(p.newEntities.map((e) => e.kindGuess)).toEqual(['media', 'media', 'media']);
  });

  it('does not propose sentence-initial common words, titles, months or demonyms', async () => {
    const p = await extract(
      {
        title: 't',
        text: 'Later in January, Another soldier said so. Analysts agree. Opposition lawmakers in Seoul disagreed. Ukrainians cheered.',
      },
      index,
    );
    expect(p.mentions.filter((m) => !m.match)).toEqual([]);
  });

  it('keeps a common word that opens a name of capitalised words at a sentence start', async () => {
    const p = await extract(
      {
        title: 't',
        text: 'Human Rights Watch urged Ukraine not to send the men back. Human rights groups agreed.',
      },
      index,
    );
    expect(p.mentions.filter((m) => !m.match).map((m) => m.text)).toEqual(['Human Rights Watch']);
  });

  it('reads no new names in a title-case headline or heading, and still links the known ones', async () => {
    const p = await extract(
      {
        title: 't',
        text: [
          'How Is Russia Benefiting From North Korean Soldiers?',
          'ISW: North Korean POWs in Ukraine: A New Turn in the War',
          'Zelensky met Mark Rutte in Kyiv on Friday.',
          'Battlefield Tactics and Consequences',
          'Mark Rutte said the line held.',
        ].join('\n'),
      },
      index,
    );
    expect(linked(p.mentions)).toEqual([
      ['Russia', 'act-russia'],
      ['North Korean Soldiers', 'unit-nk-contingent'],
      ['ISW', 'act-isw'],
      ['Ukraine', 'act-ukraine'],
      ['Zelensky', 'act-zelensky'],
      ['Kyiv', 'place-kyiv'],
    ]);
    // Not "Is", "Benefiting From", "New Turn", "War", "Battlefield Tactics…": the person the text names.
    expect(p.newEntities.map((e) => e.name)).toEqual(['Mark Rutte']);
  });

  it('a byline, or a line that is a sentence, is not a headline', async () => {
    const p = await extract(
      {
        title: 't',
        text: 'By Ethan Kovac\nThe talks went on, Mark Rutte said.\nOfficials said so.',
      },
      index,
    );
    expect(p.newEntities.map((e) => e.name)).toEqual(['Ethan Kovac', 'Mark Rutte']);
  });

  it('does not read plural acronyms or common abbreviations as names ("FPVs", "Korean TV", "POW")', async () => {
    const p = await extract(
      {
        title: 't',
        text: 'Zelensky told Korean TV channel KBS that drones, FPVs and IEDs will be used. The MPs left at 9 PM. A second North Korean POW was captured by a UAV operator and seen by an MP.',
      },
      index,
    );
    expect(p.newEntities.map((e) => e.name)).toEqual(['KBS']);
  });

  it("does not read the label of an article's source line as a name", async () => {
    const p = await extract(
      { title: 't', text: 'Zelensky said so.\n\nOriginal Source: www.rfa.org\nVia: AP' },
      index,
    );
    const texts = p.mentions.map((m) => m.text);
    expect(texts).toContain('AP');
    expect(texts.filter((t) => /source/i.test(t))).toEqual([]);
  });

  it('falls back on the fuzzy look-up, and checks what it returns', async () => {
    const fuzzy = createMemoryFuzzyLookup(index);
    const p = await extract(
      { title: 't', text: 'Volodimir Zelenskky met Vladimir Poutin.' },
      index,
      fuzzy,
    );
    expect(p.mentions.map((m) => [m.text, m.match?.entityId, m.match?.method])).toEqual([
      ['Volodimir Zelenskky', 'act-zelensky', 'fuzzy'],
      ['Vladimir Poutin', 'act-putin', 'fuzzy'],
    ]);
    // a look-up that returns nonsense is not believed
    const liar = async () => [{ id: 'act-putin', score: 99 }];
    const q = await extract({ title: 't', text: 'Mark Rutte spoke.' }, index, liar);
    expect(q.mentions[0]!.match).toBeNull();
  });

  it('links a surname to the person named in full earlier', async () => {
    const p = await extract({ title: 't', text: 'Vladimir Putin spoke. Later Putin left.' }, index);
    expect(p.mentions.map((m) => m.match?.entityId)).toEqual(['act-putin', 'act-putin']);
  });

  it("proposes no new names in an author's bio, and still links the known ones", async () => {
    const text = [
      'Vladimir Putin met officials from Stanford University in Moscow.',
      'Andrew Yeo is an award-winning columnist who studied at Stanford University and covered Vladimir Putin.',
    ].join('\n');
    const p = await extract({ title: 't', text }, index);
    const bioStart = text.indexOf('Andrew Yeo');
    const inBio = p.mentions.filter((m) => m.start >= bioStart);
    expect(inBio.map((m) => [m.text, m.match?.entityId ?? null])).toEqual([
      ['Andrew Yeo', 'act-yeo'],
      ['Vladimir Putin', 'act-putin'],
    ]);
    // The same name in the article's own text is proposed.
    expect(p.newEntities.map((e) => e.name)).toEqual(['Stanford University']);
  });

  it('links a first name to the one person named in full earlier who has it', async () => {
    const person = (id: string, name: string): KnownEntity => ({
      id,
      label: 'Actor',
      kind: 'person',
      name,
      aliases: [],
    });
    const two = buildEntityIndex([
      ...ENTITIES,
      person('act-ethan-kim', 'Ethan Kim'),
      person('act-ethan-hunt', 'Ethan Hunt'),
    ]);
    const bio = 'Ethan Kim spoke to reporters. He studied at Stanford. Ethan’s view was clear.';
    const one = await extract({ title: 't', text: bio }, two);
    expect(one.mentions.map((m) => [m.text, m.match?.entityId ?? null])).toEqual([
      ['Ethan Kim', 'act-ethan-kim'],
      ['Stanford', null],
      ['Ethan', 'act-ethan-kim'],
    ]);
    // Two Ethans named: the first name alone is left to the analyst.
    const both = await extract({ title: 't', text: `Ethan Hunt spoke. ${bio}` }, two);
    expect(both.mentions.find((m) => m.text === 'Ethan')?.match).toBeNull();
  });
});

describe('spans', () => {
  const words = [
    'Zelensky',
    'said',
    'Kyiv',
    "South Korea's",
    'Mark Rutte',
    'North Korean troops',
    'the',
    '“quoted”',
    'ISW',
    '12,000',
    'Kim Jong-un',
    ',',
  ];
  it('slices every mention, claim and figure out of the text exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...words), { maxLength: 40 }), async (parts) => {
        const text = parts.join(' ') + '.';
        const p = await extract({ title: 't', text }, index);
        for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const c of p.claims) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          if (c.speaker.surface)
            expect(text.slice(c.speaker.surface.start, c.speaker.surface.end)).toBe(
              c.speaker.surface.text,
            );
        }
        for (const f of p.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 60 },
    );
  });
});
