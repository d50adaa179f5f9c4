/**
 * The review of a proposed source (client/src/core/ingest): the server's default
 * decisions, each change an analyst can make, the checks, and the commit body,
 * which the server's own schema and pre-checks must accept.
 */
import {
  aliasesText,
  articleFromForm,
  describedSpeaker,
  giveClaimSpeaker,
  buildCommitBody,
  claimById,
  checkArticle,
  commitMessage,
  contradictionKept,
  contradictionsOf,
  editNewEntity,
  EMPTY_FORM,
  fieldIssues,
  initialReview,
  KINDS,
  locateIssue,
  newEntities,
  otherClaimOf,
  relinkMention,
  resolveMention,
  restoreReview,
  resolveSpeaker,
  articlePairsOf,
  figuresCompareBody,
  sameSpeaker,
  reviewSegments,
  reviewSummary,
  separateNewEntity,
  relayFollowers,
  relayUnrelayed,
  addNewReport,
  editNewReport,
  newReportChoice,
  publisherCandidates,
  reportLabel,
  reportsInReview,
  setClaimDate,
  setClaimDecision,
  setClaimRelay,
  setClaimSpeaker,
  setUnnamedKind,
  setUnnamedName,
  setContradiction,
  setMentionDecision,
  setRejectLink,
  speakerCandidates,
  unrelayedClaims,
  validateReview,
  type IngestArticle,
  type IngestProposal,
  type LinkedReview,
  type ProposedClaim,
  type ProposedMention,
  type ReviewState,
} from '../../../client/src/core/ingest';
import { ACTOR_KINDS, PLACE_KINDS, UNIT_KINDS } from '../../../seed/model';
import { extract } from '../../../server/ingest/extract';
import { checkProposal } from '../../../server/ingest/commit';
import { defaultReview } from '../../../server/ingest/review';
import { commitSchema } from '../../../server/ingest/schema';
import { UNATTRIBUTED_SPEAKER } from '../../../server/ingest/unattributed';
import { index } from '../ingest/fixture';
import { previewOf } from './fixtures';

const TEXT = [
  "Ukraine's military intelligence chief Kyrylo Budanov said on Monday that Pyongyang is preparing another 15,000 soldiers for the Kursk region.",
  '“They are learning fast,” Budanov told reporters in Kyiv.',
  'Kim, a defector, told Radio Free Asia that the units were poorly supplied.',
  '“The front is quiet,” the ministry said.',
].join('\n');

const ARTICLE: IngestArticle = {
  title: 'Budanov: Pyongyang readies more troops',
  outlet: 'Test Desk',
  publishedDate: '2025-02-03',
  text: TEXT,
};

/** A mention at the n-th occurrence of `text`. */
function mention(
  id: string,
  text: string,
  label: ProposedMention['label'],
  match: [string, string] | null,
  extra: Partial<ProposedMention> = {},
  nth = 0,
): ProposedMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(text, start + 1);
  if (start < 0) throw new Error(`${text} is not in the text`);
  return {
    id,
    text,
    start,
    end: start + text.length,
    label,
    match: match ? { entityId: match[0], name: match[1], score: 1, method: 'exact-alias' } : null,
    source: 'index',
    ...extra,
  };
}

function claim(
  id: string,
  sentence: string,
  speaker: ProposedClaim['speaker'],
  extra: Partial<ProposedClaim> = {},
): ProposedClaim {
  const start = TEXT.indexOf(sentence);
  if (start < 0) throw new Error(`${sentence} is not in the text`);
  return {
    id,
    speaker,
    text: sentence,
    kind: 'indirect',
    cue: 'said',
    start,
    end: start + sentence.length,
    contentStart: start,
    contentEnd: start + sentence.length,
    about: [],
    figures: [],
    ...extra,
  };
}

const S1 = TEXT.split('\n')[0]!;
const S2 = TEXT.split('\n')[1]!;
const S3 = TEXT.split('\n')[2]!;
const S4 = TEXT.split('\n')[3]!;

const RFA = {
  id: 'src-rfa-original',
  title: 'Radio Free Asia report',
  outlet: 'Radio Free Asia',
  date: '2025',
  publisher: 'act-rfa',
};
const RFA_CHOICE = { id: RFA.id, title: RFA.title, outlet: RFA.outlet, date: RFA.date };
const KBS_CHOICE = { id: 'src-kbs', title: 'KBS interview', outlet: null, date: null };

const budanovNew = { newEntityKey: 'kyrylo budanov', kindGuess: 'person' };
const PROPOSAL: IngestProposal = {
  mentions: [
    mention('m1', 'Ukraine', 'Actor', ['act-ukraine', 'Ukraine']),
    mention('m2', 'Kyrylo Budanov', 'Actor', null, budanovNew),
    mention('m3', 'Pyongyang', 'Actor', ['act-north-korea', 'North Korea']),
    mention('m4', 'Kursk region', 'Place', ['place-kursk-region', 'Kursk region']),
    mention('m5', 'Budanov', 'Actor', null, budanovNew, 1),
    mention('m6', 'Kyiv', 'Place', ['place-kyiv', 'Kyiv']),
    mention('m7', 'Kim', 'Actor', ['act-kim-jong-un', 'Kim Jong Un']),
    mention('m8', 'Radio Free Asia', 'Actor', ['act-rfa', 'Radio Free Asia']),
  ],
  claims: [
    claim(
      'c1',
      S1,
      { mentionId: 'm2', entityId: null, text: 'Kyrylo Budanov' },
      {
        about: ['m3', 'm4'],
        figures: [
          {
            measure: 'nk_troops_additional',
            unit: 'persons',
            value: 15000,
            text: 'another 15,000 soldiers',
            start: TEXT.indexOf('another 15,000'),
            end: TEXT.indexOf('another 15,000') + 'another 15,000 soldiers'.length,
          },
        ],
      },
    ),
    claim(
      'c2',
      S2,
      { mentionId: 'm5', entityId: null, text: 'Budanov' },
      {
        kind: 'direct',
        cue: 'told',
        quoteStart: TEXT.indexOf('They are'),
        quoteEnd: TEXT.indexOf('They are') + 'They are learning fast,'.length,
      },
    ),
    claim(
      'c3',
      S3,
      { mentionId: 'm7', entityId: 'act-kim-jong-un', text: 'Kim' },
      { cue: 'told', about: ['m7'] },
    ),
    claim('c4', S4, { mentionId: null, entityId: null, text: 'the ministry' }, { kind: 'direct' }),
  ],
  newEntities: [
    {
      key: 'kyrylo budanov',
      name: 'Kyrylo Budanov',
      label: 'Actor',
      kindGuess: 'person',
      mentionIds: ['m2', 'm5'],
    },
  ],
  figures: [],
  stats: { ms: 5, words: 60, sentences: 4 },
  article: { title: ARTICLE.title, textHash: 'abc' },
  existingSource: null,
  notices: [],
  figureClashes: [],
  figureAgreements: [],
  figureClashesInArticle: [],
  // "Kim … told Radio Free Asia": the report RFA published, proposed for c3.
  relays: [{ claim: 'c3', proposed: RFA.id, candidates: [{ ...RFA, via: 'named' }] }],
  contradictions: [
    {
      claim: 'c1',
      contradicts: {
        id: 'clm-pyongyang-denies-nk-soldiers',
        text: 'North Korea denies that its soldiers are fighting alongside Russian troops.',
        cue: 'deny',
        date: '2025',
        speaker: { id: 'act-north-korea', name: 'North Korea' },
        about: [{ id: 'unit-nk-contingent', name: 'North Korean contingent in Russia' }],
        source: 'A source',
      },
      inArticle: false,
      denial: 'contradicts',
      sharedSubjects: [{ id: 'unit-nk-contingent', name: 'North Korean contingent in Russia' }],
      sharedWords: ['soldier', 'korean'],
      note: 'North Korea denies what Kyrylo Budanov states about North Korean contingent in Russia.',
    },
  ],
};

/** "Budanov said on Monday that…", in an article of Monday 3 February 2025: the date c1's attribution states. */
const MONDAY = {
  date: '2025-02-03',
  text: 'on Monday',
  start: TEXT.indexOf('on Monday'),
  end: TEXT.indexOf('on Monday') + 'on Monday'.length,
};
const fresh = () => initialReview(ARTICLE, PROPOSAL);
const m = (s: ReviewState, id: string) => s.mentions.find((x) => x.id === id)!;
const c = (s: ReviewState, id: string) => s.claims.find((x) => x.id === id)!;

describe('the starting review mirrors the server’s defaultReview', () => {
  it('accepts matches, creates new names (one entity per key), accepts claims with a known speaker', () => {
    const s = fresh();
    expect(s.mentions.map((x) => [x.id, x.decision, x.entity?.id ?? null])).toEqual([
      ['m1', 'accept', 'act-ukraine'],
      ['m2', 'create', null],
      ['m3', 'accept', 'act-north-korea'],
      ['m4', 'accept', 'place-kursk-region'],
      ['m5', 'create', null],
      ['m6', 'accept', 'place-kyiv'],
      ['m7', 'accept', 'act-kim-jong-un'],
      ['m8', 'accept', 'act-rfa'],
    ]);
    expect(m(s, 'm5').newEntity).toEqual({
      key: 'kyrylo budanov',
      name: 'Kyrylo Budanov',
      label: 'Actor',
      kind: 'person',
    });
    expect(newEntities(s)).toEqual([
      expect.objectContaining({ name: 'Kyrylo Budanov', mentionIds: ['m2', 'm5'] }),
    ]);
    expect(s.claims.map((x) => [x.id, x.decision])).toEqual([
      ['c1', 'accept'],
      ['c2', 'accept'],
      ['c3', 'accept'],
      ['c4', 'reject'],
    ]);
    expect(resolveSpeaker(s, c(s, 'c2'))).toEqual({
      status: 'new',
      name: 'Kyrylo Budanov',
      entityId: null,
    });
    expect(validateReview(s)).toEqual([]);
  });

  it('makes the same decisions as defaultReview on a real extraction, and the body passes the server’s checks', async () => {
    const article = {
      title: 'Parity',
      publishedDate: '2025-01-14',
      text: [
        'Zelensky said on Monday that Pyongyang had sent 12,000 troops to the Kursk region.',
        '“We see them on the front,” said Oleksandr Syrskyi, the commander.',
        'According to the DPRK, nothing happened.',
      ].join(' '),
    };
    const p = await extract(article, index);
    const proposal = previewOf(p, article.title);
    expect(proposal.mentions.some((x) => x.match === null)).toBe(true);
    const server = defaultReview(article, p);
    const mine = buildCommitBody(initialReview(article, proposal));
    expect(mine.mentions.map((x) => [x.id, x.decision, x.entityId, x.name, x.kind])).toEqual(
      server.mentions.map((x) => [x.id, x.decision, x.entityId, x.name, x.kind]),
    );
    expect(mine.claims.map((x) => [x.id, x.decision, x.text, x.about, x.figures, x.date])).toEqual(
      server.claims.map((x) => [x.id, x.decision, x.text, x.about, x.figures, x.date]),
    );
    expect(mine.claims[0]!.date).toBe('2025-01-13');
    // The speaker is the same mention (or, without one, the same entity).
    mine.claims.forEach((x, i) => {
      const sp = server.claims[i]!.speaker;
      if (sp.mentionId) expect(x.speaker.mentionId).toBe(sp.mentionId);
      else expect(x.speaker.entityId ?? null).toBe(sp.entityId ?? null);
    });
    const parsed = commitSchema.parse(mine);
    expect(() => checkProposal(parsed)).not.toThrow();
  });
});

describe('mention decisions', () => {
  it('reject, with or without telling the server the proposed link is wrong', () => {
    let s = setMentionDecision(fresh(), 'm6', 'reject');
    expect(resolveMention(m(s, 'm6')).status).toBe('rejected');
    expect(buildCommitBody(s).mentions.find((x) => x.id === 'm6')).toEqual({
      id: 'm6',
      text: 'Kyiv',
      start: m(s, 'm6').start,
      end: m(s, 'm6').end,
      label: 'Place',
      decision: 'reject',
      rejectedEntityId: 'place-kyiv',
    });
    s = setRejectLink(s, 'm6', false);
    expect(buildCommitBody(s).mentions.find((x) => x.id === 'm6')!.rejectedEntityId).toBe(
      undefined,
    );
    // A rejected new name has no proposed entity to reject.
    s = setMentionDecision(s, 'm5', 'reject');
    expect(buildCommitBody(s).mentions.find((x) => x.id === 'm5')).not.toHaveProperty(
      'rejectedEntityId',
    );
  });

  it('relink to another entity (its label follows the entity’s category); accept again after a reject', () => {
    let s = relinkMention(fresh(), 'm3', {
      id: 'place-pyongyang',
      name: 'Pyongyang',
      category: 'Place',
      kind: 'city',
    });
    expect(m(s, 'm3')).toMatchObject({ decision: 'accept', entity: { id: 'place-pyongyang' } });
    expect(buildCommitBody(s).mentions.find((x) => x.id === 'm3')).toMatchObject({
      decision: 'accept',
      entityId: 'place-pyongyang',
      label: 'Place',
    });
    expect(reviewSummary(s).relinked).toBe(1);
    s = setMentionDecision(s, 'm3', 'reject');
    s = setMentionDecision(s, 'm3', 'accept');
    expect(m(s, 'm3').entity?.id).toBe('place-pyongyang');
  });

  it('says which spellings may become aliases until the rehearsal of the commit says which will', () => {
    const sum = reviewSummary(fresh());
    expect(aliasesText(sum, null)).toBe(
      'new spellings may be learned as aliases: “Pyongyang” → North Korea, “Kim” → Kim Jong Un',
    );
    // The server knows the entity's aliases: it learns some, or none.
    expect(aliasesText(sum, [{ id: 'act-kim-jong-un', alias: 'Kim' }])).toBe(
      '1 new alias will be learned: “Kim” → Kim Jong Un',
    );
    expect(aliasesText(sum, [])).toBe('no new aliases');
    // Once the mention goes elsewhere, its spelling is no candidate.
    expect(aliasesText(reviewSummary(setMentionDecision(fresh(), 'm7', 'reject')), null)).toBe(
      'new spellings may be learned as aliases: “Pyongyang” → North Korea',
    );
  });

  it('cannot accept a mention that links to nothing', () => {
    const s = fresh();
    expect(setMentionDecision(s, 'm2', 'accept')).toBe(s);
  });

  it('create with an edited name: every mention of the same new entity follows', () => {
    let s = editNewEntity(fresh(), 'm5', { name: 'Kyrylo O. Budanov' });
    expect(m(s, 'm2').newEntity.name).toBe('Kyrylo O. Budanov');
    expect(m(s, 'm5').newEntity.name).toBe('Kyrylo O. Budanov');
    const body = buildCommitBody(s);
    expect(body.mentions.filter((x) => x.decision === 'create')).toEqual([
      expect.objectContaining({
        id: 'm2',
        name: 'Kyrylo O. Budanov',
        kind: 'person',
        label: 'Actor',
        newEntityKey: 'kyrylo budanov',
      }),
      expect.objectContaining({
        id: 'm5',
        name: 'Kyrylo O. Budanov',
        newEntityKey: 'kyrylo budanov',
      }),
    ]);
    // A matched mention turned into a new entity, with another label: the kind must fit it.
    s = editNewEntity(s, 'm7', { name: 'Kim (KPA defector)' });
    expect(m(s, 'm7')).toMatchObject({
      decision: 'create',
      newEntity: { name: 'Kim (KPA defector)', label: 'Actor', kind: 'group' },
    });
    s = editNewEntity(s, 'm7', { kind: 'person' });
    s = editNewEntity(s, 'm7', { label: 'Place' });
    expect(m(s, 'm7').newEntity).toMatchObject({ label: 'Place', kind: 'area' });
    expect(newEntities(s).map((e) => e.name)).toEqual(['Kyrylo O. Budanov', 'Kim (KPA defector)']);
  });

  it('separates one mention from a shared new entity', () => {
    let s = separateNewEntity(fresh(), 'm5');
    s = editNewEntity(s, 'm5', { name: 'Budanov the younger' });
    expect(m(s, 'm2').newEntity.name).toBe('Kyrylo Budanov');
    expect(newEntities(s).map((e) => e.name)).toEqual(['Kyrylo Budanov', 'Budanov the younger']);
  });

  it('changes keep the identity of what did not change', () => {
    const s0 = fresh();
    const s1 = setMentionDecision(s0, 'm6', 'reject');
    expect(s1.mentions[0]).toBe(s0.mentions[0]);
    expect(s1.claims).toBe(s0.claims);
    expect(m(s1, 'm6')).not.toBe(m(s0, 'm6'));
    expect(setMentionDecision(s1, 'm6', 'reject')).toBe(s1);
  });
});

describe('claims and their speakers', () => {
  it('every accepted claim needs a speaker; a rejected speaker mention is reported', () => {
    let s = setClaimDecision(fresh(), 'c4', 'accept');
    expect(validateReview(s)).toEqual([
      expect.objectContaining({
        scope: 'claim',
        id: 'c4',
        message: expect.stringMatching(/no speaker/),
      }),
    ]);
    s = setMentionDecision(s, 'm7', 'reject');
    expect(validateReview(s).map((i) => [i.id, /was rejected/.test(i.message)])).toEqual([
      ['c3', true],
      ['c4', false],
    ]);
    // A claim that is rejected needs nothing.
    s = setClaimDecision(s, 'c3', 'reject');
    s = setClaimDecision(s, 'c4', 'reject');
    expect(validateReview(s)).toEqual([]);
  });

  it('fix a speaker by picking a mention or searching an entity', () => {
    let s = setMentionDecision(fresh(), 'm7', 'reject');
    s = setClaimSpeaker(s, 'c3', { mentionId: 'm8' });
    expect(resolveSpeaker(s, c(s, 'c3'))).toEqual({
      status: 'linked',
      name: 'Radio Free Asia',
      entityId: 'act-rfa',
    });
    s = setClaimDecision(s, 'c4', 'accept');
    s = setClaimSpeaker(s, 'c4', {
      entity: { id: 'act-ukrainian-military', name: 'Ukrainian military', category: 'Actor' },
    });
    expect(validateReview(s)).toEqual([]);
    const body = buildCommitBody(s);
    expect(body.claims.find((x) => x.id === 'c3')!.speaker).toEqual({
      mentionId: 'm8',
      text: 'Radio Free Asia',
    });
    expect(body.claims.find((x) => x.id === 'c4')!.speaker).toEqual({
      entityId: 'act-ukrainian-military',
      text: 'Ukrainian military',
    });
    // The rejected mention is no longer a subject of c3.
    expect(body.claims.find((x) => x.id === 'c3')!.about).toEqual([]);
    expect(() => checkProposal(commitSchema.parse(body))).not.toThrow();
  });

  it("files hearsay under the article's unattributed reports, proposed so or picked, and back to none", () => {
    const hearsay = initialReview(ARTICLE, {
      ...PROPOSAL,
      claims: PROPOSAL.claims.map((x) =>
        x.id === 'c4'
          ? { ...x, speaker: { mentionId: null, entityId: null, text: '', unattributed: true } }
          : x,
      ),
    });
    // Proposed as hearsay: accepted, said by one new actor the commit names.
    expect(c(hearsay, 'c4').decision).toBe('accept');
    expect(resolveSpeaker(hearsay, c(hearsay, 'c4'))).toEqual({
      status: 'new',
      name: UNATTRIBUTED_SPEAKER,
      entityId: null,
    });
    expect(validateReview(hearsay)).toEqual([]);
    expect(buildCommitBody(hearsay).claims.find((x) => x.id === 'c4')!.speaker).toEqual({
      unattributed: true,
      text: '',
    });
    // Picked for a claim with a speaker, it takes the mention's place; none leaves it unset.
    let s = setClaimSpeaker(hearsay, 'c3', { unattributed: true });
    expect(c(s, 'c3').speaker).toMatchObject({ mentionId: null, entity: null, unattributed: true });
    expect(sameSpeaker(s, c(s, 'c3'), c(s, 'c4'))).toBe(true);
    expect(() => checkProposal(commitSchema.parse(buildCommitBody(s)))).not.toThrow();
    expect(setClaimSpeaker(s, 'c3', { unattributed: true })).toBe(s);
    s = setClaimSpeaker(s, 'c3', null);
    expect(c(s, 'c3').speaker.unattributed).toBeUndefined();
    expect(validateReview(s).map((i) => i.id)).toEqual(['c3']);
    // A mention picked again is the speaker, and no longer hearsay.
    s = setClaimSpeaker(s, 'c4', { mentionId: 'm8' });
    expect(buildCommitBody(s).claims.find((x) => x.id === 'c4')!.speaker).toEqual({
      mentionId: 'm8',
      text: 'Radio Free Asia',
    });
  });

  it('files a speaker the article describes without naming under an actor of the article', () => {
    // "…, the ministry said." names no entity: not accepted until the analyst says who.
    let s = fresh();
    expect(c(s, 'c4').decision).toBe('reject');
    expect(describedSpeaker(c(s, 'c4'))).toBe('the ministry');
    // A claim whose speaker the proposal named offers no such choice.
    expect(describedSpeaker(c(s, 'c3'))).toBeNull();
    expect(setClaimSpeaker(s, 'c3', { unnamed: true })).toBe(s);

    // Given a speaker, a claim set aside for want of one is kept; one the analyst rejected is not.
    expect(c(giveClaimSpeaker(s, 'c4', { unnamed: true }), 'c4').decision).toBe('accept');
    const rejected = setClaimDecision(s, 'c3', 'reject');
    expect(c(giveClaimSpeaker(rejected, 'c3', { mentionId: 'm8' }), 'c3').decision).toBe('reject');
    s = setClaimDecision(setClaimSpeaker(s, 'c4', { unnamed: true }), 'c4', 'accept');
    expect(resolveSpeaker(s, c(s, 'c4'))).toEqual({
      status: 'new',
      name: 'Ministry (unnamed)',
      entityId: null,
    });
    expect(validateReview(s)).toEqual([]);
    const body = buildCommitBody(s);
    expect(body.claims.find((x) => x.id === 'c4')!.speaker).toEqual({
      unnamed: true,
      text: 'the ministry',
    });
    expect(() => checkProposal(commitSchema.parse(body))).not.toThrow();
    // A ministry is guessed an organisation; the analyst may say otherwise.
    expect(reviewSummary(s).unnamed).toEqual([
      { text: 'the ministry', claims: 1, kind: 'organisation' },
    ]);
    const asGroup = setUnnamedKind(s, 'c4', 'group');
    expect(c(asGroup, 'c4').speaker.kind).toBe('group');
    expect(reviewSummary(asGroup).unnamed[0]!.kind).toBe('group');
    expect(buildCommitBody(asGroup).claims.find((x) => x.id === 'c4')!.speaker).toEqual({
      unnamed: true,
      text: 'the ministry',
      kind: 'group',
    });
    expect(() => checkProposal(commitSchema.parse(buildCommitBody(asGroup)))).not.toThrow();
    // The analyst may name it otherwise; the words again, or nothing, name it by its words.
    const named = setUnnamedName(asGroup, 'c4', '  Ministry of  Defence ');
    expect(c(named, 'c4').speaker).toMatchObject({ name: 'Ministry of Defence', kind: 'group' });
    expect(resolveSpeaker(named, c(named, 'c4')).name).toBe('Ministry of Defence (unnamed)');
    expect(reviewSummary(named).unnamed[0]).toMatchObject({ name: 'Ministry of Defence' });
    expect(buildCommitBody(named).claims.find((x) => x.id === 'c4')!.speaker).toEqual({
      unnamed: true,
      text: 'the ministry',
      kind: 'group',
      name: 'Ministry of Defence',
    });
    expect(() => checkProposal(commitSchema.parse(buildCommitBody(named)))).not.toThrow();
    expect(c(setUnnamedName(named, 'c4', ''), 'c4').speaker.name).toBeUndefined();
    expect(c(setUnnamedName(named, 'c4', 'The ministry'), 'c4').speaker.name).toBeUndefined();
    expect(setUnnamedName(named, 'c4', 'Ministry of Defence')).toBe(named);
    // Only an unnamed speaker has a kind or a name to give.
    expect(setUnnamedKind(s, 'c1', 'group')).toBe(s);
    expect(setUnnamedName(s, 'c1', 'Someone')).toBe(s);
    expect(setClaimSpeaker(s, 'c4', { unnamed: true })).toBe(s);
    // Another entity picked, then the description again: its words, not the entity's name.
    s = setClaimSpeaker(s, 'c4', { entity: { id: 'act-ukraine', name: 'Ukraine' } });
    expect(c(s, 'c4').speaker.unnamed).toBeUndefined();
    s = setClaimSpeaker(s, 'c4', { unnamed: true });
    expect(c(s, 'c4').speaker).toMatchObject({ text: 'the ministry', unnamed: true });
    s = setClaimSpeaker(s, 'c4', null);
    expect(c(s, 'c4').speaker.unnamed).toBeUndefined();
    expect(validateReview(s).map((i) => i.id)).toEqual(['c4']);
  });

  it('tells when two claims have come to one speaker: the same entity, or the same new name', () => {
    let s = fresh();
    // Kim (an entity of the graph) and a claim with no speaker: not one speaker.
    expect(sameSpeaker(s, c(s, 'c3'), c(s, 'c4'))).toBe(false);
    s = setClaimSpeaker(s, 'c4', {
      entity: { id: 'act-kim-jong-un', name: 'Kim Jong Un', category: 'Actor' },
    });
    expect(sameSpeaker(s, c(s, 'c3'), c(s, 'c4'))).toBe(true);
    s = setClaimSpeaker(s, 'c4', {
      entity: { id: 'act-rfa', name: 'Radio Free Asia', category: 'Actor' },
    });
    expect(sameSpeaker(s, c(s, 'c3'), c(s, 'c4'))).toBe(false);
    // A new entity's mention speaking both.
    s = setClaimSpeaker(setClaimSpeaker(s, 'c1', { mentionId: 'm2' }), 'c2', { mentionId: 'm2' });
    expect(resolveSpeaker(s, c(s, 'c1')).status).toBe('new');
    expect(sameSpeaker(s, c(s, 'c1'), c(s, 'c2'))).toBe(true);
    expect(sameSpeaker(s, c(s, 'c1'), c(s, 'c3'))).toBe(false);
  });

  /** c1's first figure and c3's second disagree, twice apart; the preview proposed two speakers. */
  const PAIRS = [
    { a: { claim: 'c1', figure: 0 }, b: { claim: 'c3', figure: 1 }, factor: 2, sameSpeaker: false },
  ];

  it('reads the article’s own clashing figures from either claim, until both are one speaker’s', () => {
    const pairs = PAIRS;
    let s = fresh();
    expect(articlePairsOf(s, pairs, 'c3').disputes).toEqual([
      { figure: 1, other: c(s, 'c1'), otherFigure: 0, factor: 2 },
    ]);
    expect(articlePairsOf(s, pairs, 'c1').disputes.map((x) => [x.figure, x.other.id])).toEqual([
      [0, 'c3'],
    ]);
    expect(articlePairsOf(s, pairs, 'c2').disputes).toEqual([]);
    s = setClaimSpeaker(setClaimSpeaker(s, 'c1', { mentionId: 'm2' }), 'c3', { mentionId: 'm2' });
    expect(articlePairsOf(s, pairs, 'c3').disputes).toEqual([]);
    // The review's speakers decide, not the preview's: a pair it proposed for
    // one speaker is a dispute once the claims are given two.
    const proposedOne = [{ ...pairs[0]!, sameSpeaker: true }];
    expect(articlePairsOf(s, proposedOne, 'c3').disputes).toEqual([]);
    s = setClaimSpeaker(s, 'c3', {
      entity: { id: 'act-kim-jong-un', name: 'Kim Jong Un', category: 'Actor' },
    });
    expect(articlePairsOf(s, proposedOne, 'c3').disputes).toEqual([
      { figure: 1, other: c(s, 'c1'), otherFigure: 0, factor: 2 },
    ]);
  });

  it('asks for the figures to be compared again with each claim’s speaker as the review settles it', () => {
    let s = fresh();
    const figures = PROPOSAL.claims[0]!.figures;
    // Only c1 has figures; its speaker is Budanov's mention, a new entity.
    expect(figuresCompareBody(s)).toEqual({
      publishedDate: ARTICLE.publishedDate ?? null,
      claims: [{ id: 'c1', speaker: { name: 'Kyrylo Budanov' }, figures }],
    });
    s = setClaimSpeaker(s, 'c1', {
      entity: { id: 'act-kim-jong-un', name: 'Kim Jong Un', category: 'Actor' },
    });
    expect(figuresCompareBody(s).claims[0]!.speaker).toEqual({
      entityId: 'act-kim-jong-un',
      name: 'Kim Jong Un',
    });
    // Through a mention linked to the graph: the entity it is linked to.
    s = setClaimSpeaker(s, 'c1', { mentionId: 'm3' });
    expect(figuresCompareBody(s).claims[0]!.speaker).toEqual({
      entityId: 'act-north-korea',
      name: 'North Korea',
    });
    // A rejected mention, or none: no speaker, nobody's own figures.
    s = setMentionDecision(s, 'm3', 'reject');
    expect(figuresCompareBody(s).claims[0]!.speaker).toBeNull();
    expect(figuresCompareBody(setClaimSpeaker(s, 'c1', null)).claims[0]!.speaker).toBeNull();
    // Its date, once it is one: the figures of its time are the ones to weigh.
    expect(figuresCompareBody(setClaimDate(s, 'c1', '2024-12')).claims[0]!.date).toBe('2024-12');
    expect(figuresCompareBody(setClaimDate(s, 'c1', '2024-1')).claims[0]).not.toHaveProperty(
      'date',
    );
  });

  it('tells one speaker’s two figures that disagree from a dispute between two', () => {
    const pairs = PAIRS;
    let s = fresh();
    expect(articlePairsOf(s, pairs, 'c3')).toEqual({
      disputes: [{ figure: 1, other: c(s, 'c1'), otherFigure: 0, factor: 2 }],
      oneSpeaker: [],
    });
    s = setClaimSpeaker(setClaimSpeaker(s, 'c1', { mentionId: 'm2' }), 'c3', { mentionId: 'm2' });
    expect(articlePairsOf(s, pairs, 'c1')).toEqual({
      disputes: [],
      oneSpeaker: [{ figure: 0, other: c(s, 'c3'), otherFigure: 1, factor: 2 }],
    });
    expect(articlePairsOf(s, pairs, 'c2')).toEqual({ disputes: [], oneSpeaker: [] });
  });

  it('offers the mentions that can speak, actors first, rejected ones left out', () => {
    const s = setMentionDecision(fresh(), 'm7', 'reject');
    expect(speakerCandidates(s).map((x) => x.id)).toEqual([
      'm1',
      'm2',
      'm3',
      'm5',
      'm8',
      'm4',
      'm6',
    ]);
  });

  it('the server refuses what validateReview refuses', () => {
    const s = setMentionDecision(fresh(), 'm7', 'reject');
    expect(validateReview(s)).toHaveLength(1);
    expect(() => checkProposal(commitSchema.parse(buildCommitBody(s)))).toThrow(/claims\.2/);
  });
});

describe('proposed contradictions', () => {
  const PYONGYANG = 'clm-pyongyang-denies-nk-soldiers';
  /** A pair within the article: c3, proposed as contradicting c1 of the same article. */
  const within = {
    ...PROPOSAL.contradictions[0]!,
    claim: 'c3',
    inArticle: true,
    contradicts: { ...PROPOSAL.contradictions[0]!.contradicts, id: 'c1', source: null },
  };

  it('start unconfirmed with the draft note, and the commit records none of them', () => {
    const s = fresh();
    expect(contradictionsOf(s, 'c1')).toEqual([
      expect.objectContaining({ confirmed: false, note: expect.stringMatching(/denies what/) }),
    ]);
    expect(contradictionsOf(s, 'c2')).toEqual([]);
    expect(buildCommitBody(s).contradictions).toEqual([]);
    expect(reviewSummary(s).contradictions).toBe(0);
  });

  it('a confirmed one is sent with its note, trimmed, while its claim is accepted', () => {
    let s = setContradiction(fresh(), 'c1', PYONGYANG, { confirmed: true });
    s = setContradiction(s, 'c1', PYONGYANG, {
      note: '  Pyongyang denies it; Budanov counts them. ',
    });
    expect(buildCommitBody(s).contradictions).toEqual([
      { claim: 'c1', contradicts: PYONGYANG, note: 'Pyongyang denies it; Budanov counts them.' },
    ]);
    expect(reviewSummary(s).contradictions).toBe(1);
    expect(() => checkProposal(commitSchema.parse(buildCommitBody(s)))).not.toThrow();
    const rejected = setClaimDecision(s, 'c1', 'reject');
    expect(buildCommitBody(rejected).contradictions).toEqual([]);
    expect(reviewSummary(rejected).contradictions).toBe(0);
  });

  it('a confirmed one without a note stops the commit, as the server would', () => {
    let s = setContradiction(fresh(), 'c1', PYONGYANG, { confirmed: true, note: ' ' });
    expect(validateReview(s)).toEqual([
      expect.objectContaining({
        scope: 'claim',
        id: 'c1',
        message: expect.stringMatching(/needs a note/),
      }),
    ]);
    expect(() => commitSchema.parse(buildCommitBody(s))).toThrow(/must say why/);
    s = setContradiction(s, 'c1', PYONGYANG, { confirmed: false });
    expect(validateReview(s)).toEqual([]);
  });

  it('one within the article is sent as such, and only while both its claims are kept', () => {
    let s = initialReview(ARTICLE, { ...PROPOSAL, contradictions: [within] });
    s = setContradiction(s, 'c3', 'c1', { confirmed: true });
    expect(buildCommitBody(s).contradictions).toEqual([
      { claim: 'c3', contradicts: 'c1', inArticle: true, note: within.note },
    ]);
    expect(() => checkProposal(commitSchema.parse(buildCommitBody(s)))).not.toThrow();
    expect(contradictionKept(s, s.contradictions[0]!)).toBe(true);
    const otherRejected = setClaimDecision(s, 'c1', 'reject');
    expect(contradictionKept(otherRejected, otherRejected.contradictions[0]!)).toBe(false);
    expect(buildCommitBody(otherRejected).contradictions).toEqual([]);
  });

  it('one within the article shows under both its claims, each seeing the other', () => {
    let s = initialReview(ARTICLE, { ...PROPOSAL, contradictions: [within] });
    expect(contradictionsOf(s, 'c3')).toEqual(s.contradictions);
    expect(contradictionsOf(s, 'c1')).toEqual(s.contradictions);
    expect(contradictionsOf(s, 'c2')).toEqual([]);
    const k = s.contradictions[0]!;
    expect(otherClaimOf(s, k, 'c3')).toMatchObject({ id: 'c1', inArticle: true, source: null });
    const c3 = claimById(s, 'c3')!;
    expect(otherClaimOf(s, k, 'c1')).toEqual({
      id: 'c3',
      text: c3.proposal.text,
      speaker: resolveSpeaker(s, c3).name,
      date: null,
      source: null,
      inArticle: true,
    });
    expect(otherClaimOf(s, k, 'c1').speaker).toBeTruthy();
    // One pair, whichever list it is ticked in: the commit records it once, as proposed.
    s = setContradiction(s, 'c3', 'c1', { confirmed: true });
    expect(contradictionsOf(s, 'c1')[0]!.confirmed).toBe(true);
    expect(buildCommitBody(s).contradictions).toHaveLength(1);
    // A graph claim is not "in" the article: its pairs stay under the article's claim only.
    expect(contradictionsOf(fresh(), 'clm-pyongyang-denies-nk-soldiers')).toEqual([]);
  });

  it('changes nothing when nothing changes, or when the pair is not proposed', () => {
    const s = fresh();
    expect(setContradiction(s, 'c1', PYONGYANG, { confirmed: false })).toBe(s);
    expect(setContradiction(s, 'c2', PYONGYANG, { confirmed: true })).toBe(s);
  });
});

describe('the date a claim was said', () => {
  const stated = () =>
    initialReview(ARTICLE, {
      ...PROPOSAL,
      claims: PROPOSAL.claims.map((x) => (x.id === 'c1' ? { ...x, statedDate: MONDAY } : x)),
    });
  const body = (s: ReviewState, id: string) => buildCommitBody(s).claims.find((x) => x.id === id)!;

  it('starts from the date the attribution states, and sends it', () => {
    const s = stated();
    expect(s.claims.map((x) => x.date)).toEqual(['2025-02-03', null, null, null]);
    expect(body(s, 'c1').date).toBe('2025-02-03');
    expect(body(s, 'c2')).not.toHaveProperty('date');
    expect(reviewSummary(s).dated).toBe(1);
    expect(() => checkProposal(commitSchema.parse(buildCommitBody(s)))).not.toThrow();
  });

  it('marks the words that date a claim in the article, while they do', () => {
    const dated = (s: ReviewState) => reviewSegments(s).filter((x) => x.date);
    expect(dated(stated())).toEqual([
      expect.objectContaining({ text: 'on Monday', claims: ['c1'], mention: null }),
    ]);
    expect(dated(setClaimDate(stated(), 'c1', '2025-02-02'))).toEqual([]);
    expect(
      reviewSegments(stated())
        .map((x) => x.text)
        .join(''),
    ).toBe(TEXT);
  });

  it('is changed or cleared by the analyst; a cleared stated date is sent as null', () => {
    let s = setClaimDate(stated(), 'c1', null);
    expect(body(s, 'c1').date).toBeNull();
    expect(reviewSummary(s).dated).toBe(0);
    s = setClaimDate(s, 'c2', '  2025-01 ');
    expect(body(s, 'c2').date).toBe('2025-01');
    expect(validateReview(s)).toEqual([]);
    // An empty field is no date.
    expect(body(setClaimDate(s, 'c2', ''), 'c2')).not.toHaveProperty('date');
  });

  it('refuses what is no date, or a date after the article, as the server does', () => {
    const notADate = setClaimDate(fresh(), 'c2', '2025-13-01');
    expect(validateReview(notADate).map((i) => [i.id, i.message])).toEqual([
      [
        'c2',
        expect.stringContaining(
          'the date “2025-13-01” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
        ),
      ],
    ]);
    expect(() => commitSchema.parse(buildCommitBody(notADate))).toThrow(/claims/);
    const later = setClaimDate(fresh(), 'c2', '2025-03-01');
    expect(validateReview(later)[0]!.message).toContain(
      'the date 2025-03-01 is after the article (2025-02-03)',
    );
    expect(() => checkProposal(commitSchema.parse(buildCommitBody(later)))).toThrow(
      /claims\.1\.date/,
    );
    // A rejected claim is not committed: its date does not matter.
    expect(validateReview(setClaimDecision(later, 'c2', 'reject'))).toEqual([]);
  });
});

describe('the report a claim is relayed from', () => {
  it('starts from the proposed report, and sends it with the claim', () => {
    const s = fresh();
    expect(c(s, 'c3').relayedFrom).toEqual(RFA_CHOICE);
    expect(c(s, 'c3').reports).toEqual([{ ...RFA, via: 'named' }]);
    expect(c(s, 'c1').relayedFrom).toBeNull();
    const body = buildCommitBody(s);
    expect(body.claims.map((x) => [x.id, x.relayedFrom])).toEqual([
      ['c1', undefined],
      ['c2', undefined],
      ['c3', RFA.id],
      ['c4', undefined],
    ]);
    expect(() => checkProposal(commitSchema.parse(body))).not.toThrow();
  });

  it('is changed to another report or to the article’s own account', () => {
    const s = fresh();
    const other = setClaimRelay(s, 'c1', KBS_CHOICE);
    expect(c(other, 'c1').relayedFrom).toEqual(KBS_CHOICE);
    expect(buildCommitBody(other).claims[0]!.relayedFrom).toBe('src-kbs');
    const own = setClaimRelay(s, 'c3', null);
    expect(buildCommitBody(own).claims[2]!.relayedFrom).toBeUndefined();
    // The same choice again changes nothing.
    expect(setClaimRelay(s, 'c3', { ...RFA, via: 'named' } as typeof RFA_CHOICE)).toBe(s);
    expect(setClaimRelay(s, 'c1', null)).toBe(s);
  });

  it('takes along the later claims of the speaker given the report because this claim names it', () => {
    // Budanov (c1) named in the sentence the RFA report; c2, Budanov again, was given it as the earlier claim's.
    const proposal: IngestProposal = {
      ...PROPOSAL,
      relays: [
        ...PROPOSAL.relays,
        { claim: 'c1', proposed: RFA.id, candidates: [{ ...RFA, via: 'named' }] },
        { claim: 'c2', proposed: RFA.id, candidates: [{ ...RFA, via: 'earlier' }] },
      ],
    };
    const s = initialReview(ARTICLE, proposal);
    expect(relayFollowers(s, 'c1').map((x) => x.id)).toEqual(['c2']);
    const moved = setClaimRelay(s, 'c1', KBS_CHOICE);
    expect([c(moved, 'c1'), c(moved, 'c2')].map((x) => x.relayedFrom?.id)).toEqual([
      'src-kbs',
      'src-kbs',
    ]);
    // Again, to none, and back from none: they still follow.
    const none = setClaimRelay(moved, 'c1', null);
    expect(c(none, 'c2').relayedFrom).toBeNull();
    expect(c(setClaimRelay(none, 'c1', RFA_CHOICE), 'c2').relayedFrom?.id).toBe(RFA.id);
    // Only offered the earlier claim's report ("told reporters": another occasion), it never follows.
    const offered = initialReview(ARTICLE, {
      ...proposal,
      relays: proposal.relays.map((r) => (r.claim === 'c2' ? { ...r, proposed: null } : r)),
    });
    expect(relayFollowers(offered, 'c1')).toEqual([]);
    const offeredBack = setClaimRelay(setClaimRelay(offered, 'c1', null), 'c1', RFA_CHOICE);
    expect(c(offeredBack, 'c2').relayedFrom).toBeNull();
    // The follower changed alone takes nobody along, and leaves the claim it followed.
    const alone = setClaimRelay(s, 'c2', KBS_CHOICE);
    expect(relayFollowers(s, 'c2')).toEqual([]);
    expect(c(alone, 'c1').relayedFrom?.id).toBe(RFA.id);
    // Once the analyst gives it its own report, it no longer follows.
    expect(relayFollowers(alone, 'c1')).toEqual([]);
    // Another speaker's claim never follows.
    const parted = setClaimSpeaker(s, 'c2', {
      entity: { id: 'act-kim-jong-un', name: 'Kim Jong Un', category: 'Actor' },
    });
    expect(relayFollowers(parted, 'c1')).toEqual([]);
    expect(c(setClaimRelay(parted, 'c1', KBS_CHOICE), 'c2').relayedFrom?.id).toBe(RFA.id);
  });

  it('counts the reports the source will cite, for accepted claims only', () => {
    let s = setClaimRelay(fresh(), 'c1', KBS_CHOICE);
    s = setClaimRelay(s, 'c2', KBS_CHOICE);
    expect(reviewSummary(s)).toMatchObject({ relayed: 3, reportsCited: [KBS_CHOICE, RFA_CHOICE] });
    s = setClaimDecision(s, 'c3', 'reject');
    expect(reviewSummary(s)).toMatchObject({ relayed: 2, reportsCited: [KBS_CHOICE] });
  });

  it('relays at once the accepted claims that name no report, from a report the review names', () => {
    const s = fresh();
    expect(reportsInReview(s)).toEqual([RFA_CHOICE]);
    expect(unrelayedClaims(s).map((x) => x.id)).toEqual(['c1', 'c2']);
    const all = relayUnrelayed(s, KBS_CHOICE);
    expect(all.claims.map((x) => [x.id, x.relayedFrom?.id ?? null])).toEqual([
      ['c1', 'src-kbs'],
      ['c2', 'src-kbs'],
      ['c3', RFA.id],
      ['c4', null],
    ]);
    expect(unrelayedClaims(all)).toEqual([]);
    // Chosen reports come before those only offered.
    expect(reportsInReview(setClaimRelay(s, 'c1', KBS_CHOICE))).toEqual([KBS_CHOICE, RFA_CHOICE]);
    expect(reportsInReview(setClaimRelay(s, 'c3', null))).toEqual([RFA_CHOICE]);
  });

  it('names a report by outlet, title and date, and the commit message counts those cited', () => {
    expect(reportLabel(RFA_CHOICE)).toBe('Radio Free Asia · Radio Free Asia report · 2025');
    expect(reportLabel(KBS_CHOICE)).toBe('KBS interview');
    expect(
      commitMessage(
        { created: true, sourceId: 's', claimsCreated: ['a'], reportsCited: ['r'] },
        'T',
      ),
    ).toBe('Added “T”: 1 claim, 1 report cited.');
  });
});

describe('a report the graph does not hold, added in the review', () => {
  const HERALD = {
    title: 'RFA interview with Kim',
    publishedDate: '2025-02-01',
    url: 'https://www.rfa.org/english/news/korea/kim-interview.html',
  };

  it('offers as publisher the actors inside the claim first, the speaker last, each once', () => {
    const s = fresh();
    // "Kim, a defector, told Radio Free Asia …": RFA, then the review's other actors, Kim last.
    expect(publisherCandidates(s, 'c3').map((p) => p.name)).toEqual([
      'Radio Free Asia',
      'Ukraine',
      'Kyrylo Budanov',
      'North Korea',
      'Kim Jong Un',
    ]);
    expect(publisherCandidates(s, 'c3')[0]).toEqual({
      mentionId: null,
      entityId: 'act-rfa',
      name: 'Radio Free Asia',
    });
    // A new entity is named by its mention, which the server resolves.
    expect(publisherCandidates(s, 'c3')[2]).toEqual({
      mentionId: 'm2',
      entityId: null,
      name: 'Kyrylo Budanov',
    });
    // A rejected mention publishes nothing.
    expect(
      publisherCandidates(setMentionDecision(s, 'm8', 'reject'), 'c3').map((p) => p.name),
    ).not.toContain('Radio Free Asia');
  });

  it('relays the claim from it, and the commit sends it once for every claim relayed from it', () => {
    const s = fresh();
    const rfa = publisherCandidates(s, 'c3')[0]!;
    let next = addNewReport(s, 'c3', { ...HERALD, publisher: rfa });
    expect(next.newReports).toEqual([{ key: 'r1', ...HERALD, publisher: rfa }]);
    const choice = newReportChoice(next.newReports[0]!);
    expect(choice).toEqual({
      id: 'new:r1',
      title: HERALD.title,
      outlet: 'Radio Free Asia',
      date: '2025-02-01',
    });
    expect(c(next, 'c3').relayedFrom).toEqual(choice);
    // Another claim relayed from the same report, picked from those the review names.
    expect(reportsInReview(next)[0]).toEqual(choice);
    next = setClaimRelay(next, 'c1', choice);
    const body = buildCommitBody(next);
    expect(body.reports).toEqual([
      {
        key: 'r1',
        title: HERALD.title,
        publisher: 'act-rfa',
        publishedDate: '2025-02-01',
        url: HERALD.url,
      },
    ]);
    expect(body.claims.map((x) => [x.id, x.relayedFrom, x.relayedFromReport])).toEqual([
      ['c1', undefined, 'r1'],
      ['c2', undefined, undefined],
      ['c3', undefined, 'r1'],
      ['c4', undefined, undefined],
    ]);
    expect(() => checkProposal(commitSchema.parse(body))).not.toThrow();
    expect(reviewSummary(next)).toMatchObject({ relayed: 2, reportsNew: next.newReports });
    // A report no accepted claim is relayed from is not sent (the server would refuse it).
    const unused = setClaimRelay(setClaimRelay(next, 'c1', null), 'c3', null);
    expect(buildCommitBody(unused).reports).toEqual([]);
    expect(reviewSummary(unused).reportsNew).toEqual([]);
  });

  it('published by a new entity: sent by its mention; with that mention rejected, the review and the server stop', () => {
    const s = fresh();
    const budanov = publisherCandidates(s, 'c3').find((p) => p.name === 'Kyrylo Budanov')!;
    const next = addNewReport(s, 'c1', {
      title: 'Budanov’s channel',
      publisher: budanov,
      publishedDate: null,
      url: null,
    });
    const body = buildCommitBody(next);
    expect(body.reports).toEqual([{ key: 'r1', title: 'Budanov’s channel', publisher: 'm2' }]);
    expect(() => checkProposal(commitSchema.parse(body))).not.toThrow();
    // Keep m5 as the speaker of c2, reject m2 (the publisher's mention).
    const rejected = setMentionDecision(next, 'm2', 'reject');
    expect(validateReview(rejected).map((i) => i.message)).toContainEqual(
      expect.stringContaining(
        'the new report “Budanov’s channel” is published by “Kyrylo Budanov”, which was rejected',
      ),
    );
    expect(() => checkProposal(commitSchema.parse(buildCommitBody(rejected)))).toThrow(
      'body.reports.0.publisher: mention "m2" was rejected',
    );
  });

  it('edits a report it adds: every claim relayed from it names it anew, the commit sends the edit', () => {
    const s = fresh();
    const rfa = publisherCandidates(s, 'c3')[0]!;
    let next = addNewReport(s, 'c3', { ...HERALD, publisher: rfa });
    next = setClaimRelay(next, 'c1', newReportChoice(next.newReports[0]!));
    next = editNewReport(next, 'r1', {
      title: ' RFA interview with a defector ',
      publisher: null,
      publishedDate: '2025-01-30',
      url: null,
    });
    const edited = {
      id: 'new:r1',
      title: 'RFA interview with a defector',
      outlet: null,
      date: '2025-01-30',
    };
    expect(c(next, 'c1').relayedFrom).toEqual(edited);
    expect(c(next, 'c3').relayedFrom).toEqual(edited);
    expect(buildCommitBody(next).reports).toEqual([
      {
        key: 'r1',
        title: 'RFA interview with a defector',
        publisher: null,
        publishedDate: '2025-01-30',
      },
    ]);
    // A key the review does not hold changes nothing.
    expect(editNewReport(next, 'r9', { ...HERALD, publisher: null })).toBe(next);
  });

  it('gives each report its own key, and the commit message says which are new', () => {
    const none = { publisher: null, publishedDate: null, url: null };
    let s = addNewReport(fresh(), 'c1', { title: 'A', ...none });
    s = addNewReport(s, 'c2', { title: ' B ', ...none });
    expect(s.newReports.map((d) => [d.key, d.title])).toEqual([
      ['r1', 'A'],
      ['r2', 'B'],
    ]);
    expect(
      commitMessage(
        {
          created: true,
          sourceId: 's',
          claimsCreated: ['a', 'b'],
          reportsCited: ['x', 'y'],
          reportsCreated: [{ id: 'x', title: 'A' }],
        },
        'T',
      ),
    ).toBe('Added “T”: 2 claims, 2 reports cited (1 new to the graph).');
  });
});

describe('a new review of an article removed', () => {
  /** The same article previewed again: same places in the text, other ids. */
  const renumbered: IngestProposal = JSON.parse(
    JSON.stringify(PROPOSAL).replace(/"([mc])(\d)"/g, '"$1$2-again"'),
  );
  const again = () => initialReview(ARTICLE, renumbered);
  const renamed = (id: string) => `${id}-again`;
  const earlier = (s: ReviewState): LinkedReview => {
    const { mentions, claims, contradictions, reports } = buildCommitBody(s);
    return {
      reports,
      mentions: mentions.map((x) => ({ ...x, label: x.label, text: x.text })),
      claims: claims.map((x) => ({ ...x, about: x.about ?? [], figures: [] })),
      contradictions: contradictions.map((k) => ({ ...k, inArticle: k.inArticle ?? false })),
    } as LinkedReview;
  };
  const NAMES = {
    'act-ukraine': 'Ukraine',
    'act-north-korea': 'North Korea',
    'place-kursk-region': 'Kursk region',
    'place-kyiv': 'Kyiv',
    'act-kim-jong-un': 'Kim Jong Un',
    'act-rfa': 'Radio Free Asia',
    'act-defector-kim': 'Kim (KPA defector)',
    'act-ukrainian-military': 'Ukrainian military',
  };

  it('carries every decision to the mention or claim at the same place, whatever its id', () => {
    let s = fresh();
    s = setMentionDecision(s, 'm6', 'reject');
    s = relinkMention(s, 'm7', {
      id: 'act-defector-kim',
      name: 'Kim (KPA defector)',
      category: 'Actor',
    });
    s = editNewEntity(s, 'm2', { name: 'Kyrylo O. Budanov', kind: 'person' });
    s = setClaimSpeaker(s, 'c4', {
      entity: { id: 'act-ukrainian-military', name: 'Ukrainian military' },
    });
    s = setClaimDecision(s, 'c4', 'accept');
    s = setClaimSpeaker(s, 'c3', { unattributed: true });
    s = setClaimDecision(s, 'c2', 'reject');
    s = setContradiction(s, 'c1', 'clm-pyongyang-denies-nk-soldiers', {
      confirmed: true,
      note: 'Pyongyang denies it; Budanov counts them.',
    });
    const before = buildCommitBody(s);

    const r = restoreReview(again(), earlier(s), NAMES);
    expect(r.missed).toBe(0);
    expect(r.carried).toEqual({ mentions: 8, claims: 4, contradictions: 1 });
    const after = buildCommitBody(r.state);
    // The same body as was committed, under the new preview's ids.
    const ids = (b: typeof before) =>
      JSON.parse(JSON.stringify(b).replace(/"([mc]\d)"/g, (_, id: string) => `"${renamed(id)}"`));
    expect(after).toEqual(ids(before));
    // And it would pass the server's checks.
    expect(() => checkProposal(commitSchema.parse(after))).not.toThrow();
  });

  it('carries a speaker the article describes without naming', () => {
    const s = setClaimDecision(setClaimSpeaker(fresh(), 'c4', { unnamed: true }), 'c4', 'accept');
    const r = restoreReview(again(), earlier(s), NAMES);
    expect(r.missed).toBe(0);
    expect(c(r.state, 'c4-again')).toMatchObject({
      decision: 'accept',
      speaker: { text: 'the ministry', unnamed: true },
    });
  });

  it('carries the report each claim was relayed from: as offered, by its title now, or leaves the proposal’s when gone', () => {
    let s = setClaimRelay(fresh(), 'c1', {
      id: 'src-kbs',
      title: 'KBS',
      outlet: 'KBS',
      date: '2024',
    });
    s = setClaimRelay(s, 'c3', null);
    const r = restoreReview(again(), earlier(s), { ...NAMES, 'src-kbs': 'KBS interview' });
    expect(r.missed).toBe(0);
    expect(c(r.state, 'c1-again').relayedFrom).toEqual(KBS_CHOICE);
    // Cleared before: cleared again, though this preview proposes it.
    expect(c(r.state, 'c3-again').relayedFrom).toBeNull();
    const kept = restoreReview(again(), earlier(fresh()), NAMES);
    expect(c(kept.state, 'c3-again').relayedFrom).toEqual(RFA_CHOICE);

    const gone = restoreReview(again(), earlier(s), NAMES);
    expect(gone.missed).toBe(1);
    expect(c(gone.state, 'c1-again').relayedFrom).toBeNull();
  });

  it('carries the date each claim was committed with, a cleared one included', () => {
    const withStated = (p: IngestProposal, id: string) =>
      initialReview(ARTICLE, {
        ...p,
        claims: p.claims.map((x) => (x.id === id ? { ...x, statedDate: MONDAY } : x)),
      });
    let s = setClaimDate(withStated(PROPOSAL, 'c1'), 'c1', null);
    s = setClaimDate(s, 'c2', '2025-01-30');
    const r = restoreReview(withStated(renumbered, 'c1-again'), earlier(s), NAMES);
    expect(c(r.state, 'c1-again').date).toBeNull();
    expect(c(r.state, 'c2-again').date).toBe('2025-01-30');
    // Committed before dates were proposed (none sent): the new preview's stands.
    const old = earlier(fresh());
    const before = restoreReview(withStated(renumbered, 'c1-again'), old, NAMES);
    expect(c(before.state, 'c1-again').date).toBe('2025-02-03');
  });

  /** A review that adds two reports: Budanov's channel (published by a new entity's mention, for c1) and RFA's interview (c3). */
  const withTwoNewReports = () => {
    const s = fresh();
    const budanov = publisherCandidates(s, 'c3').find((p) => p.name === 'Kyrylo Budanov')!;
    const one = addNewReport(s, 'c1', {
      title: 'Budanov’s channel',
      publisher: budanov,
      publishedDate: '2025-02',
      url: null,
    });
    return addNewReport(one, 'c3', {
      title: 'RFA interview with Kim',
      publisher: publisherCandidates(s, 'c3')[0]!,
      publishedDate: null,
      url: 'https://www.rfa.org/english/news/korea/kim-interview.html',
    });
  };

  it('adds again the reports the earlier review added, published by the mention at the same place', () => {
    const before = withTwoNewReports();
    const r = restoreReview(again(), earlier(before), NAMES);
    expect(r.missed).toBe(0);
    expect(r.state.newReports).toEqual([
      {
        key: 'r1',
        title: 'Budanov’s channel',
        publisher: { mentionId: 'm2-again', entityId: null, name: 'Kyrylo Budanov' },
        publishedDate: '2025-02',
        url: null,
      },
      {
        key: 'r2',
        title: 'RFA interview with Kim',
        publisher: { mentionId: null, entityId: 'act-rfa', name: 'Radio Free Asia' },
        publishedDate: null,
        url: 'https://www.rfa.org/english/news/korea/kim-interview.html',
      },
    ]);
    expect(c(r.state, 'c1-again').relayedFrom?.id).toBe('new:r1');
    expect(c(r.state, 'c3-again').relayedFrom?.id).toBe('new:r2');
    const after = buildCommitBody(r.state);
    expect(after.reports).toEqual(
      buildCommitBody(before).reports.map((x) =>
        x.publisher === 'm2' ? { ...x, publisher: 'm2-again' } : x,
      ),
    );
    expect(() => checkProposal(commitSchema.parse(after))).not.toThrow();
  });

  it('picks a report it added that another source kept, rather than adding a copy', () => {
    const before = withTwoNewReports();
    const kept = [{ id: 'src-budanovs-channel-1a2b3c4d', key: 'r1', title: 'Budanov’s channel' }];
    const r = restoreReview(again(), earlier(before), NAMES, kept);
    expect(r.missed).toBe(0);
    expect(r.state.newReports.map((x) => x.title)).toEqual(['RFA interview with Kim']);
    expect(c(r.state, 'c1-again').relayedFrom).toEqual({
      id: 'src-budanovs-channel-1a2b3c4d',
      title: 'Budanov’s channel',
      outlet: null,
      date: null,
    });
    expect(c(r.state, 'c3-again').relayedFrom?.id).toBe('new:r2');
    const after = buildCommitBody(r.state);
    expect(after.reports.map((x) => x.key)).toEqual(['r2']);
    expect(after.claims.find((x) => x.id === 'c1-again')).toMatchObject({
      relayedFrom: 'src-budanovs-channel-1a2b3c4d',
    });
    expect(() => checkProposal(commitSchema.parse(after))).not.toThrow();
  });

  it('leaves as proposed what links to an entity that is gone, and counts it', () => {
    let s = fresh();
    s = relinkMention(s, 'm7', {
      id: 'act-defector-kim',
      name: 'Kim (KPA defector)',
      category: 'Actor',
    });
    s = setClaimSpeaker(s, 'c4', {
      entity: { id: 'act-ukrainian-military', name: 'Ukrainian military' },
    });
    s = setClaimDecision(s, 'c4', 'accept');
    const { 'act-defector-kim': _k, 'act-ukrainian-military': _u, ...left } = NAMES;
    const r = restoreReview(again(), earlier(s), left);
    expect(r.missed).toBe(2);
    expect(m(r.state, 'm7-again').entity).toEqual({ id: 'act-kim-jong-un', name: 'Kim Jong Un' });
    expect(c(r.state, 'c4-again').speaker).toEqual(c(again(), 'c4-again').speaker);
    // Its decision still carries: the analyst sees it needs a speaker.
    expect(c(r.state, 'c4-again').decision).toBe('accept');
    expect(validateReview(r.state).some((i) => i.id === 'c4-again')).toBe(true);
  });

  it('carries nothing to a text that changed, and a contradiction no longer proposed is counted', () => {
    let s = setContradiction(fresh(), 'c1', 'clm-pyongyang-denies-nk-soldiers', {
      confirmed: true,
      note: 'Why',
    });
    s = setMentionDecision(s, 'm6', 'reject');
    const shifted: IngestProposal = {
      ...renumbered,
      mentions: renumbered.mentions.map((x) => ({ ...x, start: x.start + 1, end: x.end + 1 })),
      claims: renumbered.claims.map((x) => ({ ...x, start: x.start + 1, end: x.end + 1 })),
    };
    const r = restoreReview(initialReview(ARTICLE, shifted), earlier(s), NAMES);
    expect(r.carried).toEqual({ mentions: 0, claims: 0, contradictions: 0 });
    expect(r.missed).toBe(1);
    expect(r.state).toEqual(initialReview(ARTICLE, shifted));
  });
});

describe('summary and text segments', () => {
  it('counts what the commit will write', () => {
    let s = setMentionDecision(fresh(), 'm6', 'reject');
    s = relinkMention(s, 'm3', { id: 'act-kim-jong-un', name: 'Kim Jong Un', category: 'Actor' });
    const sum = reviewSummary(s);
    expect(sum).toMatchObject({
      mentions: 8,
      linked: 5,
      relinked: 1,
      rejected: 1,
      claimsAccepted: 3,
      claimsRejected: 1,
      figures: 1,
    });
    expect(sum.newEntities).toEqual([
      { key: 'kyrylo budanov', name: 'Kyrylo Budanov', label: 'Actor', kind: 'person' },
    ]);
    expect(sum.rejectedLinks).toEqual([
      { text: 'Kyiv', entity: { id: 'place-kyiv', name: 'Kyiv' } },
    ]);
    expect(sum.aliasCandidates.map((a) => `${a.text}→${a.entity.id}`)).toEqual([
      'Pyongyang→act-kim-jong-un',
      'Kim→act-kim-jong-un',
    ]);
    // Hearsay accepted: the commit adds the article's unattributed reports for it.
    expect(sum.hearsay).toBe(0);
    s = setClaimSpeaker(s, 'c4', { unattributed: true });
    expect(reviewSummary(s).hearsay).toBe(0);
    expect(reviewSummary(setClaimDecision(s, 'c4', 'accept')).hearsay).toBe(1);
  });

  it('cuts the article so that each run knows its mention, claims and quote', () => {
    const s = fresh();
    const segs = reviewSegments(s);
    expect(segs.map((x) => x.text).join('')).toBe(TEXT);
    const at = (t: string) => segs.find((x) => x.text === t)!;
    expect(at('Kyrylo Budanov')).toMatchObject({ mention: 'm2', claims: ['c1'], quote: false });
    expect(at('Kyiv')).toMatchObject({ mention: 'm6', claims: ['c2'] });
    expect(segs.find((x) => x.text.includes('They are'))).toMatchObject({
      mention: null,
      claims: ['c2'],
      quote: true,
    });
    // Newlines between sentences belong to no claim.
    expect(segs.filter((x) => x.text === '\n').every((x) => x.claims.length === 0)).toBe(true);
  });
});

describe('the article form', () => {
  it('leaves blank optional fields out, keeps the text as typed', () => {
    expect(
      articleFromForm({ ...EMPTY_FORM, title: '  T ', url: ' ', publishedDate: '', text: ' x\n' }),
    ).toEqual({ title: 'T', text: ' x\n' });
    expect(
      articleFromForm({
        title: 'T',
        outlet: 'O',
        url: 'https://e.org/a',
        publishedDate: '2025-01-02',
        text: 'x',
      }),
    ).toEqual({
      title: 'T',
      outlet: 'O',
      url: 'https://e.org/a',
      publishedDate: '2025-01-02',
      text: 'x',
    });
  });

  it('names the fields that cannot be sent', () => {
    expect(checkArticle(EMPTY_FORM).map((i) => i.id)).toEqual(['title', 'text']);
    expect(checkArticle({ ...EMPTY_FORM, title: 't', text: 'x'.repeat(205 * 1024) })).toEqual([
      { scope: 'article', id: 'text', message: 'must be at most 200 KB' },
    ]);
    expect(checkArticle({ ...EMPTY_FORM, title: 't', text: 'PK\u0003\u0004' })[0]!.message).toMatch(
      /binary/,
    );
    expect(
      checkArticle({ ...EMPTY_FORM, title: 't', text: 'x', publishedDate: '3 May' })[0]!.id,
    ).toBe('publishedDate');
    // A day that does not exist is refused here, as the server would.
    expect(
      checkArticle({ ...EMPTY_FORM, title: 't', text: 'x', publishedDate: '2025-02-29' }),
    ).toEqual([
      { scope: 'article', id: 'publishedDate', message: 'must be a real date (YYYY-MM-DD)' },
    ]);
    expect(
      checkArticle({ ...EMPTY_FORM, title: 't', text: 'x', publishedDate: '2024-02-29' }),
    ).toEqual([]);
    // Multi-byte characters count as bytes, as the server counts them.
    expect(checkArticle({ ...EMPTY_FORM, title: 't', text: 'ж'.repeat(110 * 1024) })).toHaveLength(
      1,
    );
  });
});

describe('server errors', () => {
  it('reads field issues from details, or from the error sentence', () => {
    expect(
      fieldIssues({
        error: 'body.url: must be a URL',
        details: [{ field: 'body.url', message: 'must be a URL' }],
      }),
    ).toEqual([{ field: 'body.url', message: 'must be a URL' }]);
    expect(
      fieldIssues({ error: 'mentions.3.entityId: no entity with id "x"; claims.0.speaker: bad' }),
    ).toEqual([
      { field: 'mentions.3.entityId', message: 'no entity with id "x"' },
      { field: 'claims.0.speaker', message: 'bad' },
    ]);
    expect(fieldIssues({ error: 'too many writes' })).toEqual([
      { field: '', message: 'too many writes' },
    ]);
    expect(fieldIssues(null)).toEqual([]);
  });

  it('locates an issue in the form or in the review', () => {
    const body = buildCommitBody(fresh());
    expect(locateIssue({ field: 'body.publishedDate', message: 'bad' })).toMatchObject({
      scope: 'article',
      id: 'publishedDate',
    });
    expect(locateIssue({ field: 'body.article.text', message: 'bad' }, body)).toMatchObject({
      scope: 'article',
      id: 'text',
    });
    expect(locateIssue({ field: 'mentions.2.entityId', message: 'no entity' }, body)).toEqual({
      scope: 'mention',
      id: 'm3',
      field: 'mentions.2.entityId',
      message: 'no entity',
    });
    expect(locateIssue({ field: 'body.claims.1.speaker', message: 'x' }, body)).toMatchObject({
      scope: 'claim',
      id: 'c2',
    });
    expect(locateIssue({ field: 'mentions.0.text', message: 'x' })).toMatchObject({
      scope: 'mention',
      id: null,
    });
    expect(locateIssue({ field: '', message: 'x' }).scope).toBe('other');
    const confirmed = buildCommitBody(
      setContradiction(fresh(), 'c1', 'clm-pyongyang-denies-nk-soldiers', { confirmed: true }),
    );
    expect(
      locateIssue({ field: 'body.contradictions.0.contradicts', message: 'no claim' }, confirmed),
    ).toMatchObject({ scope: 'claim', id: 'c1' });
  });

  it('says what a commit added', () => {
    expect(
      commitMessage(
        {
          created: true,
          sourceId: 's',
          title: 'T',
          entitiesCreated: [{ id: 'a', name: 'Kyrylo Budanov', label: 'Actor' }],
          claimsCreated: ['c1', 'c2'],
          aliasesLearned: [
            { id: 'x', alias: 'Zelenskiy' },
            { id: 'y', alias: 'Pyongyang' },
          ],
          linksRejected: [{ id: 'place-kyiv', surface: 'Kyiv' }],
          contradictionsRecorded: [{ claim: 'clm-1', contradicts: 'clm-2' }],
        },
        'T',
      ),
    ).toBe(
      'Added “T”: 2 claims, 1 new entity (Kyrylo Budanov), 2 aliases learned (“Zelenskiy”, “Pyongyang”), 1 link rejected, 1 contradiction recorded.',
    );
    expect(commitMessage({ created: false, sourceId: 's' }, 'T')).toMatch(/already in Claimgraph/);
  });
});

it('mirrors the kinds of seed/model.ts', () => {
  expect(KINDS).toEqual({ Actor: ACTOR_KINDS, Unit: UNIT_KINDS, Place: PLACE_KINDS });
});
