/**
 * Proposing the report an article's claim is relayed from: by the speaker's or
 * a named outlet's reports, chosen only when one stands out, never one dated
 * after the article or published by the article's own outlet; and, over the
 * five seed articles, never a report the seed does not name.
 */
import { runSeedCheck } from '../../../eval/lib';
import { datedAfter } from '../../../seed/model';
import {
  proposeRelays,
  sentenceStart,
  sourceLineOutlet,
  leadCreditOutlet,
  type LinkedSpan,
  type RelayClaim,
  type ReportRef,
} from '../../../server/ingest/relays';

jest.setTimeout(60_000);

const report = (id: string, publisher: string, title: string, date: string | null = null) =>
  ({ id, publisher, title, outlet: publisher.slice(4).toUpperCase(), date }) satisfies ReportRef;

const newsweek = report('src-nw', 'act-nw', 'Newsweek report with remarks by Park', '2024-11');
const ft1 = report('src-ft1', 'act-ft', 'FT report on Ukrainian intelligence officials');
const ft2 = report('src-ft2', 'act-ft', 'FT report on the Kremlin narrative');
const isw = report('src-isw', 'act-isw', 'ISW assessment of casualty rates', '2025-01');
const reports = new Map<string, ReportRef[]>([
  ['act-nw', [newsweek]],
  ['act-ft', [ft1, ft2]],
  ['act-isw', [isw]],
]);

/** An article of the given sentences, each one claim; `named` marks a linked outlet in it. */
function article(
  sentences: {
    text: string;
    speaker: string | null;
    named?: [string, string];
    day?: string;
    sameDay?: ReportRef[];
  }[],
  meta: {
    publishedDate?: string;
    outlet?: string;
    title?: string;
    wire?: string;
    credit?: string;
    reportsBy?: Map<string, ReportRef[]>;
  } = {},
) {
  let text = '';
  const claims: RelayClaim[] = [];
  const linked: LinkedSpan[] = [];
  const sameDay = new Map<string, ReportRef[]>();
  sentences.forEach((s, i) => {
    const start = text.length;
    text += `${s.text} `;
    claims.push({
      id: `c${i + 1}`,
      text: s.text,
      start,
      end: start + s.text.length,
      speakerId: s.speaker,
      day: s.day ?? null,
    });
    if (s.sameDay) sameDay.set(`c${i + 1}`, s.sameDay);
    if (s.named) {
      const at = start + s.text.indexOf(s.named[0]);
      linked.push({ start: at, end: at + s.named[0].length, entityId: s.named[1] });
    }
  });
  return proposeRelays(
    {
      text,
      title: meta.title ?? 'An article',
      publishedDate: meta.publishedDate ?? null,
      outlet: meta.outlet ?? null,
    },
    claims,
    linked,
    meta.reportsBy ?? reports,
    meta.wire
      ? { publisher: meta.wire, via: 'wire' }
      : meta.credit
        ? { publisher: meta.credit, via: 'credit' }
        : null,
    sameDay,
  );
}

describe('proposeRelays', () => {
  it("proposes the report of an outlet named in the claim's sentence", () => {
    const [r] = article([
      {
        text: '“They are not elite,” Park told Newsweek.',
        speaker: 'act-park',
        named: ['Newsweek', 'act-nw'],
      },
    ]);
    expect(r).toEqual({
      claim: 'c1',
      proposed: 'src-nw',
      candidates: [{ ...newsweek, via: 'named' }],
    });
  });

  it('proposes the report published the day the claim was said, by the speaker or what they belong to', () => {
    const briefing: ReportRef = {
      id: 'src-briefing',
      title: 'Briefing by US Secretary of State Antony Blinken',
      outlet: 'US government',
      date: '2024-10-31',
      publisher: 'act-us-government',
    };
    const text =
      'Blinken announced during a briefing on October 31 that 8,000 troops were in Kursk, Newsweek reported.';
    const [r] = article(
      [
        {
          text,
          speaker: 'act-blinken',
          named: ['Newsweek', 'act-nw'],
          day: '2024-10-31',
          sameDay: [briefing],
        },
      ],
      { publishedDate: '2025-01-14' },
    );
    // Before the outlet named in the sentence: the day's own report is where it was said.
    expect(r?.proposed).toBe('src-briefing');
    expect(r?.candidates.map((x) => [x.id, x.via])).toEqual([
      ['src-briefing', 'dated'],
      ['src-nw', 'named'],
    ]);
    // One dated after the article cannot be what it relays.
    const [late] = article(
      [{ text, speaker: 'act-blinken', day: '2024-10-31', sameDay: [briefing] }],
      { publishedDate: '2024-10-30' },
    );
    expect(late).toBeUndefined();
  });

  it('proposes the report of a speaker that publishes', () => {
    const [r] = article([{ text: 'ISW counted 92 casualties per day.', speaker: 'act-isw' }]);
    expect(r?.proposed).toBe('src-isw');
    expect(r?.candidates[0]?.via).toBe('speaker');
  });

  it('chooses between two reports of one outlet by the words their titles share with the claim', () => {
    const [r] = article([
      {
        text: 'In a statement to the FT, Ukrainian intelligence officials doubted their readiness.',
        speaker: 'act-officials',
        named: ['FT', 'act-ft'],
      },
    ]);
    expect(r?.proposed).toBe('src-ft1');
    expect(r?.candidates.map((c) => c.id)).toEqual(['src-ft1', 'src-ft2']);
  });

  it('chooses none when no report stands out, and offers them all', () => {
    const [r] = article([
      {
        text: 'According to the FT, talks are stalled.',
        speaker: 'act-ft',
        named: ['FT', 'act-ft'],
      },
    ]);
    expect(r?.proposed).toBeNull();
    expect(r?.candidates.map((c) => c.id).sort()).toEqual(['src-ft1', 'src-ft2']);
  });

  it('of reports that tie, chooses the only one dated within the month before the article', () => {
    const claim = {
      text: 'According to the FT, talks are stalled.',
      speaker: 'act-ft',
      named: ['FT', 'act-ft'] as [string, string],
    };
    const ftOf = (...dates: (string | null)[]) =>
      new Map([
        ['act-ft', dates.map((d, i) => report(`src-ft-${i}`, 'act-ft', `FT report ${i}`, d))],
      ]);
    const proposed = (dates: (string | null)[], publishedDate?: string) =>
      article([claim], {
        reportsBy: ftOf(...dates),
        ...(publishedDate ? { publishedDate } : {}),
      })[0]?.proposed;
    // Undated, older, and of this month: this month's.
    expect(proposed([null, '2024-06-02', '2025-01-05'], '2025-01-14')).toBe('src-ft-2');
    // Given to the month only, as the seed's ISW assessment of January 2025 is.
    expect(proposed([null, '2025-01'], '2025-01-12')).toBe('src-ft-1');
    // The month before counts; two recent ones still tie, and a year alone is not recent.
    expect(proposed([null, '2024-12-20'], '2025-01-14')).toBe('src-ft-1');
    expect(proposed(['2025-01-02', '2025-01-05'], '2025-01-14')).toBeNull();
    expect(proposed([null, '2025'], '2025-01-14')).toBeNull();
    expect(proposed([null, '2024-11-30'], '2025-01-14')).toBeNull();
    // Without the article's date, nothing is recent.
    expect(proposed([null, '2025-01-05'])).toBeNull();
  });

  it('reads the sentence the claim sits in, not only its span', () => {
    const text = 'According to Newsweek, they could "free up Russian troops," he said.';
    const quote = text.indexOf('"free');
    const [r] = proposeRelays(
      { text, title: 'T', publishedDate: null, outlet: null },
      [
        {
          id: 'c1',
          text: text.slice(quote),
          start: quote,
          end: text.length,
          speakerId: 'act-pardo',
          day: null,
        },
      ],
      [{ start: 13, end: 21, entityId: 'act-nw' }],
      reports,
    );
    expect(r?.proposed).toBe('src-nw');
  });

  it("gives a speaker's later claims the earlier one's report, unless they say they come from another occasion", () => {
    const told = {
      text: '“Not elite,” Park told Newsweek.',
      speaker: 'act-park',
      named: ['Newsweek', 'act-nw'] as [string, string],
    };
    const rs = article([
      told,
      { text: '“A massacre,” Park said.', speaker: 'act-park' },
      { text: '“Fodder,” Kim said.', speaker: 'act-kim' },
      { text: 'Park said in his interview that they were fodder.', speaker: 'act-park' },
    ]);
    expect(rs.map((r) => [r.claim, r.proposed])).toEqual([
      ['c1', 'src-nw'],
      ['c2', 'src-nw'],
      ['c4', 'src-nw'],
    ]);
    expect(rs[1]?.candidates).toEqual([{ ...newsweek, via: 'earlier' }]);
    // Said elsewhere: offered, not given.
    for (const later of [
      'Park later said they were fodder.',
      'Park said on Monday that they were fodder.',
      'In a video address, Park said they were fodder.',
      'Park said on Telegram that they were fodder.',
      'Park told reporters in Seoul that they were fodder.',
      'Park said on January 3 that they were fodder.',
      'Park said in a separate radio interview that they were fodder.',
    ]) {
      const [, again] = article([told, { text: later, speaker: 'act-park' }]);
      expect({ later, proposed: again?.proposed }).toEqual({ later, proposed: null });
      expect(again?.candidates).toEqual([{ ...newsweek, via: 'earlier' }]);
    }
    // Only the report chosen for the earlier claim is given: of two it was offered, none.
    const [, open] = article([
      {
        text: 'Lee told the FT so.',
        speaker: 'act-lee',
        named: ['FT', 'act-ft'],
      },
      { text: 'Lee said it again.', speaker: 'act-lee' },
    ]);
    expect(open?.proposed).toBeNull();
    expect(open?.candidates.map((r) => r.via)).toEqual(['earlier', 'earlier']);
  });

  it('never proposes a report dated after the article, nor one of its own outlet', () => {
    const claim = { text: 'ISW counted 92 casualties per day.', speaker: 'act-isw' };
    expect(article([claim], { publishedDate: '2024-12-30' })).toEqual([]);
    expect(article([claim], { publishedDate: '2025-01-12' })[0]?.proposed).toBe('src-isw');
    expect(article([claim], { publishedDate: '2025' })[0]?.proposed).toBe('src-isw');
    expect(article([claim], { outlet: 'isw' })).toEqual([]);
  });

  it("gives every claim that names no report the report of the article's source line, and offers it to the others", () => {
    const rs = article(
      [
        {
          text: '“Not elite,” Park told Newsweek.',
          speaker: 'act-park',
          named: ['Newsweek', 'act-nw'],
        },
        { text: 'Zelensky said 3,800 were hurt.', speaker: 'act-z' },
      ],
      { wire: 'act-isw' },
    );
    expect(rs).toEqual([
      {
        claim: 'c1',
        proposed: 'src-nw',
        candidates: [
          { ...newsweek, via: 'named' },
          { ...isw, via: 'wire' },
        ],
      },
      { claim: 'c2', proposed: 'src-isw', candidates: [{ ...isw, via: 'wire' }] },
    ]);
  });

  it("picks the source line's report by the words its title shares with the article's, or offers them", () => {
    const claim = { text: 'Zelensky said 3,800 were hurt.', speaker: 'act-z' };
    const [chosen] = article([claim], { wire: 'act-ft', title: 'Kremlin narrative under strain' });
    expect(chosen).toMatchObject({ proposed: 'src-ft2' });
    const [open] = article([claim], { wire: 'act-ft', title: 'Zelensky counts the wounded' });
    expect(open?.proposed).toBeNull();
    expect(open?.candidates.map((c) => [c.id, c.via])).toEqual([
      ['src-ft1', 'wire'],
      ['src-ft2', 'wire'],
    ]);
  });

  it("gives an outlet credited in the article's lead as its source line's, said as such", () => {
    const rs = article([{ text: 'Zelensky said 3,800 were hurt.', speaker: 'act-z' }], {
      credit: 'act-isw',
    });
    expect(rs).toEqual([
      { claim: 'c1', proposed: 'src-isw', candidates: [{ ...isw, via: 'credit' }] },
    ]);
  });

  it('leaves out a claim with no candidate at all', () => {
    expect(article([{ text: 'Zelensky said 3,800 were hurt.', speaker: 'act-z' }])).toEqual([]);
  });
});

describe('sourceLineOutlet', () => {
  it('reads the outlet a line of its own names as the origin, a web address cut to its host', () => {
    expect(sourceLineOutlet('Text.\n\nOriginal Source: www.rfa.org\n')).toBe('www.rfa.org');
    expect(sourceLineOutlet('Text.\nSource: https://www.Reuters.com/world/x-1?y=2')).toBe(
      'www.reuters.com',
    );
    expect(sourceLineOutlet('Text.\nOriginally published by Yonhap.')).toBe('Yonhap');
    expect(sourceLineOutlet('Text.\nVia: AP\nCourtesy of KBS')).toBe('KBS');
  });

  it('ignores sources named inside a sentence', () => {
    expect(sourceLineOutlet('Sources said the troops moved.')).toBeNull();
    expect(
      sourceLineOutlet(
        'The source: a soldier who asked not to be named, told us that the units were poorly supplied and that morale was low across the front.',
      ),
    ).toBeNull();
    expect(sourceLineOutlet('It was published by Yonhap on Monday, officials said.')).toBeNull();
  });
});

describe('leadCreditOutlet', () => {
  const HEAD = 'Last news in Fakti\n\nISW: North Korean POWs in Ukraine: A New Turn in the War\n\n';
  const DECK =
    'First Captures of North Korean Soldiers Reveal Their Poor Training and Risky Role in Russian Military Operations.\n\nJan 12, 2025 11:09 88\n\n';

  it("reads the outlet a rewritten wire story credits at its lead's end, past headline, deck and date", () => {
    const lead =
      'On January 9, 2024, Ukrainian forces captured the first North Korean soldier in the Kursk region, the Security Service of Ukraine (SBU) reported, News.bg reports.\n\nA second soldier was captured later.';
    expect(leadCreditOutlet(HEAD + DECK + lead)).toBe('News.bg');
    expect(
      leadCreditOutlet(
        'Ukrainian forces captured two North Korean soldiers in the Kursk region, writes the Kyiv Independent.',
      ),
    ).toBe('Kyiv Independent');
  });

  it('reads a dateline', () => {
    expect(
      leadCreditOutlet(
        'KYIV, Jan 12 (Reuters) - Ukrainian forces captured two North Korean soldiers in the Kursk region, Zelensky said.',
      ),
    ).toBe('Reuters');
    expect(
      leadCreditOutlet(
        'SEOUL (Yonhap) — North Korea has sent more troops to Russia, the spy agency told lawmakers on Monday.',
      ),
    ).toBe('Yonhap');
  });

  it('reads a past-tense credit only after another attribution', () => {
    expect(
      leadCreditOutlet(
        'Ukrainian forces captured two North Korean soldiers in the Kursk region, the SBU said on Saturday, Reuters reported.',
      ),
    ).toBe('Reuters');
    expect(
      leadCreditOutlet(
        'Ukrainian forces captured two North Korean soldiers in the Kursk region on Saturday, Reuters reported.',
      ),
    ).toBeNull();
  });

  it("leaves a claim's own speaker, and an outlet named past the lead, to the claim", () => {
    expect(
      leadCreditOutlet(
        'On January 9, 2024, Ukrainian forces captured the first North Korean soldier in the Kursk region, the SBU reported.',
      ),
    ).toBeNull();
    expect(
      leadCreditOutlet(
        'Ukrainian forces captured two North Korean soldiers in the Kursk region on Saturday.\nThe fighting goes on near Makhnovka, where losses are heavy, Newsweek reports.',
      ),
    ).toBeNull();
    expect(leadCreditOutlet(HEAD + DECK)).toBeNull();
    expect(
      leadCreditOutlet(
        'The ministry (which declined to comment) - said nothing about the losses in the region at all.',
      ),
    ).toBeNull();
  });
});

describe('datedAfter and sentenceStart', () => {
  it('compares dates at the precision they share', () => {
    expect(datedAfter('2025-02', '2025-01-31')).toBe(true);
    expect(datedAfter('2025-01', '2025-01-31')).toBe(false);
    expect(datedAfter('2025', '2024-12-31')).toBe(true);
    expect(datedAfter(null, '2024')).toBe(false);
    expect(datedAfter('2026', null)).toBe(false);
  });

  it('finds where the sentence begins', () => {
    const text = 'First one. “Second,” he said. Third case\nFourth';
    expect(sentenceStart(text, text.indexOf('he said'))).toBe(text.indexOf('“Second'));
    expect(sentenceStart(text, text.indexOf('Fourth') + 2)).toBe(text.indexOf('Fourth'));
    expect(sentenceStart(text, 3)).toBe(0);
  });
});

describe('over the five seed articles', () => {
  it("names the seed's report for the claims that say where they come from, and never a wrong one", async () => {
    const { relays } = await runSeedCheck();
    // 42 relayed seed claims are found by the extractor. 004's come from RFA,
    // named by its last line; Fakti's from News.bg, which its lead credits
    // ("…, News.bg reports."), and of the SBU's report. Newsweek's interviews of Yeo
    // and Park, and KBS's of Zelenskyy, are named once each and then carried
    // by "Yeo said", "Park said", "Zelenskyy said in his interview"; the
    // incursion Zelenskyy "acknowledged … on August 12" is not carried.
    // Blinken "announced during a briefing on October 31": the US government's
    // briefing of that day, which he is a member of.
    expect(relays.relayed).toBe(42);
    expect(relays.proposedWrong).toBe(0);
    expect(relays.proposedRight).toBe(42);
    expect(relays.amongCandidates).toBeGreaterThanOrEqual(42);
  });
});
