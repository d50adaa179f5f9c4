import { buildEntityIndex, extract, type ClaimProposal } from '../../../server/ingest/extract';
import { WRITERS_ASSESSMENT_CUE, WRITERS_COMMENT_CUE } from '../../../server/ingest/extract/claims';
import { ENTITIES, index } from './fixture';

const claimsOf = async (text: string) => {
  const p = await extract({ title: 't', text }, index);
  for (const c of p.claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    // the words claimed start at a word, not at the space after a comma
    expect(text.slice(c.contentStart, c.contentEnd)).not.toMatch(/^\s/);
  }
  return p;
};
const brief = (c: ClaimProposal) => ({
  kind: c.kind,
  cue: c.cue,
  speaker: c.speaker.entityId ?? c.speaker.text,
});
const quoteOf = (text: string, c: ClaimProposal) => text.slice(c.quoteStart, c.quoteEnd);

describe('direct quotations', () => {
  it('speaker before the quotation: X said, “…”', async () => {
    const text = 'Zelensky said, “This was not an easy task for our troops.”';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([{ kind: 'direct', cue: 'said', speaker: 'act-zelensky' }]);
    expect(quoteOf(text, claims[0]!)).toBe('This was not an easy task for our troops.');
    expect(claims[0]!.text).toBe(text);
  });

  it('speaker before, with a colon: Putin said: "…"', async () => {
    const text = 'Asked about the images, Putin said: "Images are a serious thing."';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([{ kind: 'direct', cue: 'said', speaker: 'act-putin' }]);
  });

  it('speaker after the quotation: “…,” said X', async () => {
    const text =
      '"North Korean troops will give Russia an immediate boost," said Andrew Yeo, a senior fellow at Brookings.';
    const { claims, mentions } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([{ kind: 'direct', cue: 'said', speaker: 'act-yeo' }]);
    expect(claims[0]!.speaker.mentionId).toBe(mentions.find((m) => m.text === 'Andrew Yeo')!.id);
  });

  it('speaker after the quotation: “…,” X told Newsweek', async () => {
    const text = '“Most are likely to act as expendable cannon fodder,” Park told Newsweek.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([{ kind: 'direct', cue: 'told', speaker: 'act-park' }]);
  });

  it('a new speaker after the quotation is a proposed entity', async () => {
    const text = '“We have seen a portion of those soldiers move,” Sabrina Singh said.';
    const { claims, mentions } = await claimsOf(text);
    const singh = mentions.find((m) => m.text === 'Sabrina Singh')!;
    expect(singh.match).toBeNull();
    expect(claims[0]!.speaker).toMatchObject({
      mentionId: singh.id,
      entityId: null,
      text: 'Sabrina Singh',
    });
  });

  it('a quotation that stands alone after a sentence naming the speaker', async () => {
    const text =
      'Zelenskyy said in his interview that the deployment would help Pyongyang.\n“I will say frankly: the North Korean military has no combat experience.”';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'said', speaker: 'act-zelensky' },
      { kind: 'direct', cue: 'quoted', speaker: 'act-zelensky' },
    ]);
    expect(claims[1]!.speaker.resolvedFrom).toBe('context');
  });

  it('a quotation whose speaker is named in the next sentence', async () => {
    const text =
      '“Ukraine is ready to hand over Kim Jong Un’s soldiers to him.” Zelenskyy made the offer in a post on X.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([{ kind: 'direct', cue: 'quoted', speaker: 'act-zelensky' }]);
  });

  it('the second half of a split quotation keeps its speaker', async () => {
    const text =
      '"We have seen them move into Kursk Oblast," Yeo said. "They would be legitimate targets."';
    const { claims } = await claimsOf(text);
    expect(claims.map((c) => c.speaker.entityId)).toEqual(['act-yeo', 'act-yeo']);
  });

  it('a long quotation opening a sentence the writer goes on with is the last speaker’s, alone', async () => {
    const text =
      'Zelenskyy said in his interview that Putin wants to avoid a mobilization.\n' +
      '“The majority of people do not support mobilization within the state and they do not want to fight,” that is why Pyongyang comes as a solution.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'said', speaker: 'act-zelensky' },
      { kind: 'direct', cue: 'quoted', speaker: 'act-zelensky' },
    ]);
    // The writer's gloss after the quotation is not the speaker's.
    expect(claims[1]!.text).toMatch(/^“The majority.*want to fight,”$/);
    expect(quoteOf(text, claims[1]!)).toMatch(/^The majority.*want to fight,$/);
  });

  it('a short quotation opening a sentence, or one the sentence attributes itself, is not taken alone', async () => {
    // A title or a slogan: too short to be words said.
    const short = 'Zelenskyy spoke on Monday.\n“Operation Kursk,” as Kyiv calls it, goes on.';
    expect((await claimsOf(short)).claims).toEqual([]);
    // Attributed after the quotation: one claim, of the speaker the sentence names.
    const named =
      'Zelenskyy spoke on Monday.\n“The North Korean soldiers are learning fast and they will come back better trained,” Yeo told reporters.';
    expect((await claimsOf(named)).claims.map(brief)).toEqual([
      { kind: 'direct', cue: 'told', speaker: 'act-yeo' },
    ]);
    // No comma: the quotation is the subject of the writer's sentence, not a statement.
    const subject =
      'Zelenskyy spoke on Monday.\n“The North Korean soldiers are learning fast and they will come back” became a slogan in Kyiv.';
    expect((await claimsOf(subject)).claims).toEqual([]);
  });

  it('a scare quote inside a sentence is not a direct claim', async () => {
    const text = 'Ukrainian intelligence officials described them as "inexperienced infantry."';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'described', speaker: 'act-ukrainian-intelligence-officials' },
    ]);
  });
});

describe('indirect speech', () => {
  it.each([
    ['said that', 'Putin said that the war would go on.', 'said', 'act-putin'],
    ['said, no "that"', 'Putin said the war would go on.', 'said', 'act-putin'],
    ['told', 'Yeo told Newsweek that the troops lacked experience.', 'told', 'act-yeo'],
    ['stated', 'Zelensky stated that Kyiv controls the area.', 'stated', 'act-zelensky'],
    ['announced', 'The SBU announced that a second soldier was captured.', 'announced', 'act-sbu'],
    [
      'warned',
      'The Kremlin warned that supplies would destroy relations.',
      'warned',
      'act-kremlin',
    ],
    [
      'wrote',
      'Zelensky wrote on Telegram that two soldiers were captured.',
      'wrote',
      'act-zelensky',
    ],
    ['noted', 'The ISW noted that losses were heavy.', 'noted', 'act-isw'],
    ['claimed', 'Pyongyang claimed that no troops were sent.', 'claimed', 'act-north-korea'],
    ['argued', 'Yeo argued that the troops would need little training.', 'argued', 'act-yeo'],
    ['reported', 'The SBU reported that the men were wounded.', 'reported', 'act-sbu'],
    ['added', 'Kim added that the alliance was strong.', 'added', 'act-kim'],
    [
      'according to X, …',
      'According to the ISW, North Korean troops attack in large groups.',
      'According to',
      'act-isw',
    ],
    [
      '…, according to X',
      'North Korean troops attack in large groups, according to the ISW.',
      'according to',
      'act-isw',
    ],
    [
      '…, X said.',
      'Ukraine is ready to hand over the soldiers, Zelensky said on Sunday.',
      'said',
      'act-zelensky',
    ],
    [
      'X, apposition, said',
      'Andrew Yeo, a senior fellow at Brookings, said the troops were elite.',
      'said',
      'act-yeo',
    ],
    [
      'whole phrase in the graph',
      'Some analysts have warned that the figures are hard to verify.',
      'warned',
      'act-some-analysts',
    ],
  ])('%s', async (_name, text, cue, speaker) => {
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([{ kind: 'indirect', cue, speaker }]);
  });

  it('finds the content after "that" and what it is about', async () => {
    const text = 'Zelensky said on Saturday that North Korean troops had entered Kursk.';
    const { claims, mentions } = await claimsOf(text);
    const c = claims[0]!;
    expect(text.slice(c.contentStart, c.contentEnd)).toBe('North Korean troops had entered Kursk.');
    expect(c.about.map((id) => mentions.find((m) => m.id === id)!.text)).toEqual([
      'North Korean troops',
      'Kursk',
    ]);
  });

  it('finds the content before an attribution that an aside follows', async () => {
    const content = async (text: string) => {
      const [c] = (await claimsOf(text)).claims;
      return text.slice(c!.contentStart, c!.contentEnd);
    };
    expect(
      await content(
        'North Korean units have lost at least 1,000 soldiers in the past month, Zelensky said on Tuesday, as Kyiv struggled to hold Sudzha.',
      ),
    ).toBe('North Korean units have lost at least 1,000 soldiers in the past month');
    expect(
      await content(
        'Russia and North Korea will deepen their military cooperation this year, Putin told Kim Jong Un during a visit to Pyongyang on Wednesday, according to a readout.',
      ),
    ).toBe('Russia and North Korea will deepen their military cooperation this year');
    expect(
      await content(
        'At that rate, the ISW noted, the North Korean troops could be rendered combat ineffective within three months.',
      ),
    ).toBe('the North Korean troops could be rendered combat ineffective within three months.');
    // Told what, when no aside follows: the words after.
    expect(
      await content('After the meeting, Putin told Kim Jong Un the troops would stay in Kursk.'),
    ).toBe('the troops would stay in Kursk.');
  });

  it('finds the content after "in a report that", and after "According to X,"', async () => {
    const content = async (text: string) => {
      const [c] = (await claimsOf(text)).claims;
      return text.slice(c!.contentStart, c!.contentEnd);
    };
    // "report" after an article is a noun, not another attribution
    expect(
      await content('The ISW wrote in a report that commanders were using North Korean infantry.'),
    ).toBe('commanders were using North Korean infantry.');
    expect(await content('According to the ISW, the pattern mirrors earlier assaults.')).toBe(
      'the pattern mirrors earlier assaults.',
    );
  });

  it('keeps reported speech inside the content, but splits coordinated clauses', async () => {
    const one = await claimsOf('Yeo said the alliance had confirmed that units were operating.');
    expect(one.claims.map(brief)).toEqual([{ kind: 'indirect', cue: 'said', speaker: 'act-yeo' }]);
    const two = await claimsOf(
      'The ISW estimates that Pyongyang sent 11,000 troops, and it said that more would follow.',
    );
    expect(two.claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'estimates', speaker: 'act-isw' },
      { kind: 'indirect', cue: 'said', speaker: 'act-isw' },
    ]);
  });

  it('ends the words where a trailing attribution of them begins: “…, a spokesperson said on Monday.”', async () => {
    const text =
      'The Pentagon does not believe that North Korean troops have entered Ukraine, a spokesperson said on Monday.';
    const { claims } = await claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(text.slice(claims[0]!.contentStart, claims[0]!.contentEnd)).toBe(
      'North Korean troops have entered Ukraine',
    );
    // Reported speech that goes on after its cue stays inside the content.
    const within =
      'Zelensky said the troops were near Kursk, where officials said losses were heavy.';
    const [w] = (await claimsOf(within)).claims;
    expect(within.slice(w!.contentStart, w!.contentEnd)).toBe(
      'the troops were near Kursk, where officials said losses were heavy.',
    );
  });

  it('gives a statement two named speakers make one claim each, and leaves other pairs alone', async () => {
    const text =
      'Moscow and Pyongyang deny that North Korean soldiers are fighting in the Kursk region.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'deny', speaker: 'act-russia' },
      { kind: 'indirect', cue: 'deny', speaker: 'act-north-korea' },
    ]);
    expect(claims.map((c) => c.text)).toEqual([text, text]);
    // Unnamed on either side: one claim, as before.
    for (const one of [
      'Officials and analysts said the losses were heavy.',
      'Zelensky and his aides said the losses were heavy.',
    ])
      expect((await claimsOf(one)).claims).toHaveLength(1);
    const twice = await claimsOf('Putin and Vladimir Putin said the talks went well.');
    expect(twice.claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'said', speaker: 'act-putin' },
    ]);
    const content = await claimsOf('Fighting between Russia and Ukraine went on, Zelensky said.');
    expect(content.claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'said', speaker: 'act-zelensky' },
    ]);
  });

  it('gives a list of named speakers one claim each, with or without the last comma', async () => {
    for (const text of [
      'Russia, Ukraine and North Korea deny that the troops crossed the border.',
      'While Moscow, Kyiv, and Pyongyang deny that the troops crossed, Zelensky said 3,000 did.',
    ]) {
      const { claims } = await claimsOf(text);
      expect(claims.map(brief)).toEqual([
        { kind: 'indirect', cue: 'deny', speaker: 'act-russia' },
        { kind: 'indirect', cue: 'deny', speaker: 'act-ukraine' },
        { kind: 'indirect', cue: 'deny', speaker: 'act-north-korea' },
        ...(text.startsWith('While')
          ? [{ kind: 'indirect', cue: 'said', speaker: 'act-zelensky' }]
          : []),
      ]);
    }
    // An apposition is no list: "the head of state" is not a name.
    const apposition = await claimsOf(
      'Vladimir Putin, the head of state, and Volodymyr Zelensky said that talks failed.',
    );
    expect(apposition.claims).toHaveLength(1);
  });

  it('reads a list that says where a group comes from as the group, one speaker', async () => {
    const text =
      'Nevertheless, officials from Ukraine, the U.S., and South Korea have documented the heavy casualties.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([
      {
        kind: 'indirect',
        cue: 'documented',
        speaker: 'officials from Ukraine, the U.S., and South Korea',
      },
    ]);
    expect(claims[0]!.speaker.entityId).toBeNull();
    // A list of names whose mention takes in its article ("the U.S.") is still a list.
    const list = await claimsOf('Russia, the U.S. and North Korea deny that the troops crossed.');
    expect(list.claims.map((c) => c.speaker.entityId)).toEqual([
      'act-russia',
      'act-united-states',
      'act-north-korea',
    ]);
  });

  it('gives a participle after ", with" to the words between them', async () => {
    const text =
      'The troops were sent to Kursk, with Ukrainian intelligence officials characterizing them as expendable.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'characterizing', speaker: 'act-ukrainian-intelligence-officials' },
    ]);
    expect(claims[0]!.text).toBe(
      'Ukrainian intelligence officials characterizing them as expendable.',
    );
    // After another claim, that claim ends before ", with".
    const two = await claimsOf(
      'Zelensky said that 3,800 were killed, with Ukrainian intelligence officials adding that more were wounded.',
    );
    expect(two.claims.map((c) => c.text)).toEqual([
      'Zelensky said that 3,800 were killed',
      'Ukrainian intelligence officials adding that more were wounded.',
    ]);
    // No comma before "with": a prepositional phrase, not a speaker.
    const none = await claimsOf('The talks ended with the delegates stressing nothing at all.');
    expect(none.claims).toEqual([]);
  });

  it('keeps a negated view ("does not believe that") and drops a negated statement', async () => {
    const { claims } = await claimsOf(
      "The ISW does not believe that the offensive will succeed. Zelensky doesn't expect that the troops will leave. Putin did not say that they had left.",
    );
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'does not believe', speaker: 'act-isw' },
      { kind: 'indirect', cue: "doesn't expect", speaker: 'act-zelensky' },
    ]);
    expect(claims[0]!.text).toBe('The ISW does not believe that the offensive will succeed.');
  });

  it('ends each claim of a sentence where the next speaker begins, conjunction and all', async () => {
    const { claims } = await claimsOf(
      'Kim Jong Un said the troops are ready, while Putin said in December that the troops would stay.',
    );
    expect(claims.map((c) => c.text)).toEqual([
      'Kim Jong Un said the troops are ready',
      'Putin said in December that the troops would stay.',
    ]);
    // "said in December that…" is no "…, X said in December." : the content follows
    expect(
      claims.map((c) => c.text.slice(c.contentStart - c.start, c.contentEnd - c.start)),
    ).toEqual(['the troops are ready', 'the troops would stay.']);
    const quoted = await claimsOf(
      '“We are ready,” Kim Jong Un said Tuesday, while Putin said that the troops would stay.',
    );
    expect(quoted.claims.map((c) => c.text)).toEqual([
      '“We are ready,” Kim Jong Un said Tuesday',
      'Putin said that the troops would stay.',
    ]);
  });

  it('reads what comes before ", X reported, Y reports." as X\'s words', async () => {
    const text =
      'On January 9, Ukrainian forces captured the first North Korean soldier in the Kursk region, the SBU reported, Newsweek reports.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([{ kind: 'indirect', cue: 'reported', speaker: 'act-sbu' }]);
    const c = claims[0]!;
    expect(text.slice(c.contentStart, c.contentEnd)).toBe(
      'On January 9, Ukrainian forces captured the first North Korean soldier in the Kursk region',
    );
  });

  it("ends a subordinate clause's claim where the main clause's speaker begins", async () => {
    const text =
      'While Moscow denies that North Korean soldiers are fighting, Ukrainian military reports their presence near Kursk.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'denies', speaker: 'act-russia' },
      { kind: 'indirect', cue: 'reports', speaker: 'act-ukrainian-military' },
    ]);
    expect(claims[0]!.text).toBe('Moscow denies that North Korean soldiers are fighting');
    // "reports" with no "that" is a cue only after a name, before what it found.
    const none = await claimsOf('The officer reports to the president. Putin reports directly.');
    expect(none.claims).toEqual([]);
  });

  it('ignores speech verbs that are nouns, negated, passive or infinitives', async () => {
    const { claims } = await claimsOf(
      "Putin's remarks were reported widely. Putin did not say why. The Kremlin refused to confirm it. Estimates suggest losses.",
    );
    expect(claims).toEqual([]);
  });

  it('keeps an unnamed speaker as text, with no entity', async () => {
    const text = 'A Ukrainian soldier recounted that the North Koreans attacked in waves.';
    const { claims } = await claimsOf(text);
    expect(claims[0]!.speaker).toMatchObject({
      mentionId: null,
      entityId: null,
      text: 'A Ukrainian soldier',
    });
  });

  it("does not give another article's unnamed group a bare common noun", async () => {
    const scoped = buildEntityIndex([
      ...ENTITIES.filter((e) => e.id !== 'act-officials'),
      {
        id: 'act-officials-004',
        label: 'Actor',
        kind: 'group',
        name: 'Officials (unnamed, article 004)',
        aliases: [],
      },
    ]);
    const text = 'Officials said that the losses were heavy.';
    const { claims } = await extract({ title: 't', text }, scoped);
    expect(claims[0]!.speaker).toMatchObject({ entityId: null, text: 'Officials' });
    // The same name with no article in its note is still found.
    const { claims: found } = await claimsOf(text);
    expect(found[0]!.speaker.entityId).toBe('act-officials');
  });

  it('reports impersonal claims with no speaker', async () => {
    const { claims } = await claimsOf('It is reported that the soldiers were withdrawn.');
    expect(claims.map(brief)).toEqual([{ kind: 'indirect', cue: 'It is reported', speaker: '' }]);
  });
});

describe("the writer's own comment", () => {
  const withOutlet = (text: string, outlet?: string) =>
    extract({ title: 't', text, ...(outlet ? { outlet } : {}) }, index);
  const TEXT =
    'Zelensky described using soldiers as bait to draw in drones that other troops shoot down, a risky tactic that has likely cost Pyongyang 1,000 casualties.';

  it('closing an attributed sentence, it is a claim of the outlet, not of the speaker', async () => {
    const { claims } = await withOutlet(TEXT, 'Newsweek');
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'described', speaker: 'act-zelensky' },
      { kind: 'indirect', cue: WRITERS_COMMENT_CUE, speaker: 'act-newsweek' },
    ]);
    const [said, comment] = claims as [ClaimProposal, ClaimProposal];
    // What the verb takes is the gerund, not the words after the relative "that".
    expect(TEXT.slice(said.contentStart, said.contentEnd)).toBe(
      'using soldiers as bait to draw in drones that other troops shoot down',
    );
    expect(said.text).toBe(
      'Zelensky described using soldiers as bait to draw in drones that other troops shoot down',
    );
    expect(said.figures).toEqual([]);
    // The comment's figure is the outlet's.
    expect(comment.text).toBe('a risky tactic that has likely cost Pyongyang 1,000 casualties.');
    expect(comment.figures.map((f) => f.text)).toEqual(['1,000 casualties']);
    expect(comment.speaker).toMatchObject({ mentionId: null, resolvedFrom: 'outlet' });
  });

  it('an outlet the graph does not know is named for the analyst to link; none, left blank', async () => {
    const unknown = (await withOutlet(TEXT, 'The Daily Planet')).claims[1]!;
    expect(unknown.speaker).toMatchObject({ entityId: null, text: 'The Daily Planet' });
    const none = (await withOutlet(TEXT)).claims[1]!;
    expect(none.speaker).toMatchObject({ entityId: null, text: '', resolvedFrom: 'outlet' });
  });

  it('a figure the speaker gives keeps its claim; the "that" of the comment is not the content\'s', async () => {
    const text =
      'Zelensky said 12,000 troops had arrived, a figure that is far above earlier estimates.';
    const { claims } = await withOutlet(text, 'Newsweek');
    expect(claims.map((c) => [c.cue, text.slice(c.contentStart, c.contentEnd)])).toEqual([
      ['said', '12,000 troops had arrived'],
      [WRITERS_COMMENT_CUE, 'a figure that is far above earlier estimates.'],
    ]);
    expect(claims[0]!.figures.map((f) => f.text)).toEqual(['12,000 troops']);
  });

  it('is not read inside a quotation, nor without its comma', async () => {
    const quoted = '“We will hold Kursk, a step that matters,” Zelensky said.';
    expect((await withOutlet(quoted, 'Newsweek')).claims.map(brief)).toEqual([
      { kind: 'direct', cue: 'said', speaker: 'act-zelensky' },
    ]);
    const noComma = 'According to Zelensky, the troops used a tactic that failed.';
    expect((await withOutlet(noComma, 'Newsweek')).claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'According to', speaker: 'act-zelensky' },
    ]);
  });

  it('a word in -ing after the verb that is not its object leaves "that" to open the content', async () => {
    const text = 'Zelensky said during a briefing in Kyiv that the troops had arrived.';
    const [c] = (await withOutlet(text)).claims;
    expect(text.slice(c!.contentStart, c!.contentEnd)).toBe('the troops had arrived.');
  });
});

describe("the writer's own assessment", () => {
  const withOutlet = (text: string) => extract({ title: 't', text, outlet: 'Newsweek' }, index);

  it('standing alone in a sentence, it is a claim of the outlet, figures and all', async () => {
    const text =
      'Zelensky said 3,800 soldiers were killed or wounded. That attrition rate is simply not sustainable, and though Pyongyang has over 1.2 million military men, few are special forces. But beyond drawing fire, it’s not clear how effective they will be. It seems that Pyongyang has no compelling reasons to send more.';
    const { claims } = await withOutlet(text);
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'said', speaker: 'act-zelensky' },
      { kind: 'indirect', cue: WRITERS_ASSESSMENT_CUE, speaker: 'act-newsweek' },
      { kind: 'indirect', cue: WRITERS_ASSESSMENT_CUE, speaker: 'act-newsweek' },
      { kind: 'indirect', cue: WRITERS_ASSESSMENT_CUE, speaker: 'act-newsweek' },
    ]);
    const [, rate, unclear, seems] = claims as ClaimProposal[];
    // The whole sentence is the writer's: its figure, and its words from the first.
    expect(rate!.text).toBe(
      'That attrition rate is simply not sustainable, and though Pyongyang has over 1.2 million military men, few are special forces.',
    );
    expect(text.slice(rate!.contentStart, rate!.contentEnd)).toBe(rate!.text);
    expect(rate!.figures.map((f) => f.text)).toEqual(['over 1.2 million military men']);
    expect(rate!.speaker).toMatchObject({ mentionId: null, resolvedFrom: 'outlet' });
    expect(unclear!.text).toBe(
      'But beyond drawing fire, it’s not clear how effective they will be.',
    );
    expect(seems!.text).toBe('It seems that Pyongyang has no compelling reasons to send more.');
  });

  it('is not read where someone speaks, inside a quotation, or in a sentence without its end', async () => {
    const spoken = 'Zelensky said it is not clear how many troops remain.';
    expect((await withOutlet(spoken)).claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'said', speaker: 'act-zelensky' },
    ]);
    const quoted = 'Zelensky spoke. “It is unclear whether they will stay.” The troops left.';
    expect((await withOutlet(quoted)).claims.map((c) => c.cue)).not.toContain(
      WRITERS_ASSESSMENT_CUE,
    );
    // A headline or heading has no full stop: nobody's assessment.
    expect((await withOutlet('Why it is unclear how many troops remain')).claims).toEqual([]);
    // Plain narration holds no judgement of the writer's.
    expect((await withOutlet('The troops were moved to Kursk in October.')).claims).toEqual([]);
  });
});

describe('what closes a claim that is not the speaker’s', () => {
  const contentOf = (text: string, c: ClaimProposal) => text.slice(c.contentStart, c.contentEnd);

  it('a denial closing it is a claim of the one who denies, of the same words, without its figures', async () => {
    for (const [text, content, who, cue] of [
      [
        'Washington has accused Russia of supplying North Korea with air defence systems, a claim Moscow denies.',
        'Russia of supplying North Korea with air defence systems',
        'act-russia',
        'denies',
      ],
      [
        'Kyiv says North Korean troops are fighting in Kursk, which Moscow denies.',
        'North Korean troops are fighting in Kursk',
        'act-russia',
        'denies',
      ],
      [
        'Ukraine said the soldiers were captured on Saturday, an allegation the Kremlin has flatly rejected.',
        'the soldiers were captured on Saturday',
        'act-kremlin',
        'rejected',
      ],
    ] as const) {
      const { claims } = await claimsOf(text);
      expect(claims.map((c) => [c.speaker.entityId, c.cue, contentOf(text, c)])).toEqual([
        [expect.any(String), expect.any(String), content],
        [who, cue, content],
      ]);
      // The first claim's words end at the comma; the denial's excerpt is the sentence.
      expect(claims[0]!.text).toBe(text.slice(0, text.indexOf(content) + content.length));
      expect(claims[1]!.text).toBe(text);
    }
    const text = 'Zelensky said 3,000 North Koreans were killed, a figure that Moscow disputes.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'said', speaker: 'act-zelensky' },
      { kind: 'indirect', cue: 'disputes', speaker: 'act-russia' },
    ]);
    // The figure is Zelensky's; Moscow disputes it, and is not put down as saying it.
    expect(claims[0]!.figures.map((f) => f.text)).toEqual(['3,000 North Koreans']);
    expect(claims[1]!.figures).toEqual([]);
  });

  it('a denial negated is none, and its words are still not the speaker’s; a day the denial states is its own', async () => {
    for (const tail of ['which Moscow has not denied', 'a claim the Kremlin did not dispute']) {
      const text = `Kyiv says North Korean troops are fighting in Kursk, ${tail}.`;
      const { claims } = await claimsOf(text);
      expect(claims.map((c) => [c.speaker.entityId, c.cue, contentOf(text, c)])).toEqual([
        ['act-ukraine', 'says', 'North Korean troops are fighting in Kursk'],
      ]);
    }
    const text = 'Kyiv says North Korean troops are in Kursk, which the Kremlin denied on Monday.';
    const p = await extract({ title: 't', text, publishedDate: '2025-02-14' }, index);
    expect(p.claims.map((c) => [c.cue, c.statedDate?.date ?? null])).toEqual([
      ['says', null],
      ['denied', '2025-02-10'],
    ]);
  });

  it('is not read inside a quotation, nor from a gloss with no one denying', async () => {
    const quoted = 'Zelensky said, “They are in Kursk, which Moscow denies.”';
    expect((await claimsOf(quoted)).claims.map(brief)).toEqual([
      { kind: 'direct', cue: 'said', speaker: 'act-zelensky' },
    ]);
    const gloss = 'Zelensky said 3,000 were killed, a figure that is far above earlier estimates.';
    expect((await claimsOf(gloss)).claims.map((c) => c.cue)).not.toContain('disputes');
  });

  it('"according to" closing another’s claim names who passed it on, not what was said', async () => {
    const text =
      'The Kremlin told lawmakers that 300 soldiers had been killed, according to Zelensky, who attended the session.';
    const { claims } = await claimsOf(text);
    expect(claims.map((c) => [c.speaker.entityId, contentOf(text, c)])).toEqual([
      ['act-kremlin', '300 soldiers had been killed'],
    ]);
    // Alone, it is the attribution.
    const alone = 'Some 300 soldiers had been killed, according to Zelensky.';
    expect((await claimsOf(alone)).claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'according to', speaker: 'act-zelensky' },
    ]);
  });

  it('"X quoted Y as saying…": Y speaks, in the words after it', async () => {
    const text =
      'Russian media quoted Kim Jong-un as saying that the troops would always stand with Russia. The Kremlin cited Putin as warning, “We will answer.”';
    const { claims } = await claimsOf(text);
    expect(claims.map((c) => [c.speaker.entityId, c.cue, contentOf(text, c)])).toEqual([
      ['act-kim', 'quoted … as saying', 'the troops would always stand with Russia.'],
      ['act-putin', 'cited … as warning', '“We will answer.”'],
    ]);
    // Quoted inside someone's words, it is theirs.
    const inside = 'Zelensky said, “They quoted Kim as saying the troops would stay.”';
    expect((await claimsOf(inside)).claims.map(brief)).toEqual([
      { kind: 'direct', cue: 'said', speaker: 'act-zelensky' },
    ]);
  });

  it('"X put the figure at…" is X giving a figure, though no verb of saying comes', async () => {
    const text =
      'A senior Kremlin official, speaking on condition of anonymity, put the figure at “hundreds” killed. Zelensky puts the death toll of the assault at 1,000 soldiers.';
    const { claims } = await claimsOf(text);
    expect(
      claims.map((c) => [c.speaker.entityId ?? c.speaker.text, c.cue, contentOf(text, c)]),
    ).toEqual([
      ['A senior Kremlin official', 'put the figure at', 'put the figure at “hundreds” killed.'],
      [
        'act-zelensky',
        'puts the death toll of the assault at',
        'puts the death toll of the assault at 1,000 soldiers.',
      ],
    ]);
    expect(claims[1]!.figures.map((f) => f.text)).toEqual(['1,000 soldiers']);
    // Inside someone's words, it is theirs.
    const inside = 'Zelensky said Moscow put the figure at 300.';
    expect((await claimsOf(inside)).claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'said', speaker: 'act-zelensky' },
    ]);
  });

  it('a wire dateline opening the lead is no part of the claim', async () => {
    const text =
      'SEOUL, Feb 14 (Reuters) - North Korea has sent more troops to Kursk, Zelensky said on Friday.\nKYIV, Ukraine — Russia lost 700 soldiers, Zelensky said.';
    const { claims } = await claimsOf(text);
    expect(claims.map((c) => contentOf(text, c))).toEqual([
      'North Korea has sent more troops to Kursk',
      'Russia lost 700 soldiers',
    ]);
    expect(claims[0]!.text).toBe(
      'North Korea has sent more troops to Kursk, Zelensky said on Friday.',
    );
  });
});

describe('hearsay and hopes', () => {
  it('passes on "reportedly" and "reports emerged" as claims with no speaker, where no one else speaks', async () => {
    const text =
      'Approximately 4,000 of the estimated 12,000 troops have reportedly been killed or injured. On January 11, reports emerged of a possible drone strike in Tatarstan.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'reportedly', speaker: '' },
      { kind: 'indirect', cue: 'reports emerged', speaker: '' },
    ]);
    expect(claims[0]!.figures.map((f) => f.text)).toEqual([
      'Approximately 4,000',
      'estimated 12,000 troops',
    ]);
    // A hedge inside someone's words stays theirs; a headline is no claim.
    const hedge = await claimsOf('Zelensky said the troops were reportedly moved to Kursk.');
    expect(hedge.claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'said', speaker: 'act-zelensky' },
    ]);
    expect((await claimsOf('North Korean troops reportedly face brutal treatment')).claims).toEqual(
      [],
    );
  });

  it('passes on "the latest reported casualties" as no one\'s, and leaves a subject\'s "reported" to it', async () => {
    const text =
      'With the latest reported casualties being close to 700,000 personnel, Russia needs a new source of soldiers.';
    const { claims } = await claimsOf(text);
    expect(claims.map(brief)).toEqual([{ kind: 'indirect', cue: 'latest reported', speaker: '' }]);
    expect(claims[0]!.speaker.unattributed).toBe(true);
    expect(claims[0]!.figures.map((f) => f.text)).toEqual(['close to 700,000 personnel']);
    // Reported by someone named: that speaker's claim, not hearsay.
    const named = await claimsOf('Zelensky said the reported losses were close to 40,000.');
    expect(named.claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'said', speaker: 'act-zelensky' },
    ]);
  });

  it('reads "assertions from X suggest that" as X\'s, and "Estimates suggest that" as no one\'s, once', async () => {
    const { claims } = await claimsOf(
      'Recent assertions from the Ukrainian military suggest that more troops will come. Estimates suggest that 40% were lost.',
    );
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'suggest', speaker: 'act-ukrainian-military' },
      { kind: 'indirect', cue: 'Estimates suggest', speaker: '' },
    ]);
  });

  it('reads "hope that" as what its subject says it expects', async () => {
    const { claims } = await claimsOf(
      'Ukrainian military leaders hope that the movement will force Moscow to retreat.',
    );
    expect(claims.map(brief)).toEqual([
      { kind: 'indirect', cue: 'hope', speaker: 'Ukrainian military leaders' },
    ]);
  });
});

describe('pronouns and descriptions', () => {
  it('"he said" goes to the nearest person who spoke', async () => {
    const text =
      'Zelensky said Kyiv was ready to hand the men over to Kim Jong Un. "There should be no doubt left in the world," he added.';
    const { claims } = await claimsOf(text);
    expect(claims[1]).toMatchObject({
      kind: 'direct',
      speaker: { entityId: 'act-zelensky', resolvedFrom: 'pronoun', surface: { text: 'he' } },
    });
  });

  it('"she said" goes to the person named in the previous sentence', async () => {
    const text =
      'The agency published a statement by Kim Yo-jong. She said the talk was "none of Seoul\'s business."';
    const { claims, mentions } = await claimsOf(text);
    const kimYoJong = mentions.find((m) => m.text === 'Kim Yo-jong')!;
    expect(claims[0]!.speaker).toMatchObject({ mentionId: kimYoJong.id, resolvedFrom: 'pronoun' });
  });

  it('the subject of the same sentence comes first', async () => {
    const { claims } = await claimsOf('Putin thanked Kim for what he described as solidarity.');
    expect(claims[0]!.speaker.entityId).toBe('act-putin');
  });

  it('"according to him" and an unnamed person', async () => {
    const text =
      'A commander told the BBC that his unit held. According to him, the Koreans were fit.';
    const { claims } = await claimsOf(text);
    expect(claims.map((c) => c.speaker.text)).toEqual(['A commander', 'A commander']);
  });

  it('"the agency said" and "it said" go to the organisation', async () => {
    const text =
      'The Security Service of Ukraine said the men were captured. The service said that both were wounded, and it said they spoke no Russian.';
    const { claims } = await claimsOf(text);
    expect(claims.map((c) => [c.speaker.entityId, c.speaker.resolvedFrom])).toEqual([
      ['act-sbu', 'name'],
      ['act-sbu', 'description'],
      ['act-sbu', 'pronoun'],
    ]);
  });

  it('an unnamed spokesperson speaks for the organisation named', async () => {
    const { claims } = await claimsOf(
      'A Kremlin spokesman said that 50,000 North Korean troops had been deployed. A spokesperson for the Security Service of Ukraine said that both men were wounded. A spokeswoman said that talks went on.',
    );
    expect(claims.map((c) => [c.speaker.entityId, c.speaker.resolvedFrom, c.speaker.text])).toEqual(
      [
        ['act-kremlin', 'description', 'Kremlin'],
        ['act-sbu', 'description', 'Security Service of Ukraine'],
        // no organisation named: the words stay, with no entity
        [null, undefined, 'A spokeswoman'],
      ],
    );
    expect(claims[0]!.speaker.surface?.text).toBe('A Kremlin spokesman');
  });

  it('"he said" after an unnamed spokesperson is the spokesperson, so the organisation', async () => {
    const { claims } = await claimsOf(
      'A Kremlin spokesman said that the reports were false. Around 3,000 more may follow, he said.',
    );
    expect(claims.map((c) => [c.speaker.entityId, c.speaker.resolvedFrom])).toEqual([
      ['act-kremlin', 'description'],
      ['act-kremlin', 'pronoun'],
    ]);
  });

  it('"the Kremlin spokesman" is the organisation, or the person named in that role', async () => {
    const org = await claimsOf(
      'Zelensky said the troops attacked. The Kremlin spokesman added that talks continued.',
    );
    expect(org.claims.map((c) => c.speaker.entityId)).toEqual(['act-zelensky', 'act-kremlin']);
    const person = await claimsOf(
      'Kremlin spokesman Dmitry Peskov said the reports were false. The Kremlin spokesman added that talks continued.',
    );
    expect(person.claims.map((c) => [c.speaker.text, c.speaker.resolvedFrom])).toEqual([
      ['Dmitry Peskov', 'name'],
      ['Dmitry Peskov', 'description'],
    ]);
  });

  it('a role noun goes to the last person who spoke', async () => {
    const text =
      'Yeo told Newsweek that the troops were elite. "They are well trained," the Brookings fellow said.';
    const { claims } = await claimsOf(text);
    expect(claims[1]!.speaker).toMatchObject({ entityId: 'act-yeo', resolvedFrom: 'description' });
  });

  it('"the analysts" are the staff of the body that just spoke, and no one else\'s', async () => {
    const said = async (text: string) =>
      (await claimsOf(text)).claims.map((c) => c.speaker.entityId ?? c.speaker.text);
    expect(
      await said(
        '“The assaults are costly,” the ISW wrote. The analysts added that Russian commanders spared their own units.',
      ),
    ).toEqual(['act-isw', 'act-isw']);
    // Others spoke since: they are meant.
    expect(
      await said(
        'The ISW said losses were heavy. Independent analysts said the figure was too low. The analysts added that it was a guess.',
      ),
    ).toEqual(['act-isw', 'Independent analysts', 'The analysts']);
    // The same word named others before.
    expect(
      await said(
        'The ISW said that analysts in Kyiv counted 200 dead. The analysts added that most were infantry.',
      ),
    ).toEqual(['act-isw', 'The analysts']);
    // A state has no analysts of its own.
    expect(
      await said('Russia said the attack failed. The experts added that it had cost 300 men.'),
    ).toEqual(['act-russia', 'The experts']);
  });

  it("a state's role noun goes to no one who serves another state", async () => {
    // Zelensky leads Ukraine in the graph: "Pyongyang's envoy" is not him.
    const graph = buildEntityIndex(
      ENTITIES.map((e) => (e.id === 'act-zelensky' ? { ...e, affiliations: ['act-ukraine'] } : e)),
    );
    const text =
      "Zelensky said 3,800 soldiers were killed. Pyongyang's envoy said no troops were sent. Ukraine's president added that more would come.";
    const { claims } = await extract({ title: 't', text }, graph);
    expect(claims.map((c) => [c.speaker.entityId, c.speaker.text])).toEqual([
      ['act-zelensky', 'Zelensky'],
      [null, "Pyongyang's envoy"],
      ['act-zelensky', 'Zelensky'],
    ]);
    // With nothing known of him, the words that named him tell: "Ukraine's President Zelensky".
    const named = await claimsOf(
      "Ukraine's President Zelensky said 3,800 soldiers were killed. Russia's president said nothing of it.",
    );
    expect(named.claims.map((c) => c.speaker.entityId)).toEqual(['act-zelensky', null]);
  });
});
