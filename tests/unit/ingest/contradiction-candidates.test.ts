import { isDenial } from '../../../seed/model';
import {
  contentStems,
  contradictionCandidates,
  inArticleCandidates,
  type ArticleClaim,
  type GraphClaim,
} from '../../../server/ingest/contradiction-candidates';

const NK = { id: 'unit-nk', name: 'North Korean contingent' };
const KURSK = { id: 'place-kursk', name: 'Kursk region' };

function graphClaim(id: string, over: Partial<GraphClaim>): GraphClaim {
  return {
    id,
    text: 'Ukraine captured two North Korean soldiers fighting in Kursk.',
    cue: 'said',
    date: '2025-01-11',
    speaker: { id: 'act-zelensky', name: 'Zelensky' },
    about: [NK, KURSK],
    source: 'A source',
    ...over,
  };
}

const denial: ArticleClaim = {
  id: 'c1',
  text: 'The Kremlin denied that North Korean soldiers are fighting alongside Russian troops.',
  cue: 'denied',
  speakerId: 'act-russia',
  speakerName: 'Kremlin',
  about: ['unit-nk', 'act-russia'],
};

describe('contradiction candidates', () => {
  it('reads a denial from its cue', () => {
    expect(isDenial('denied')).toBe(true);
    expect(isDenial('flatly dismissed')).toBe(true);
    expect(isDenial('deny')).toBe(true);
    expect(isDenial('said')).toBe(false);
    expect(isDenial('according to')).toBe(false);
    expect(isDenial(null)).toBe(false);
  });

  it('compares words by stem, leaving out speech verbs and stop words', () => {
    expect([...contentStems('Soldiers were fighting; the soldier fought.')]).toEqual(
      expect.arrayContaining(['soldier', 'fight']),
    );
    expect(contentStems('He said that they denied it')).toEqual(new Set());
    expect(contentStems('captured')).toEqual(contentStems('capture'));
  });

  it('proposes an assertion of another speaker on a shared subject for a denial', () => {
    const [k, ...rest] = contradictionCandidates(denial, [graphClaim('clm-capture', {})]);
    expect(rest).toEqual([]);
    expect(k).toMatchObject({
      claim: 'c1',
      denial: 'claim',
      sharedSubjects: [NK],
      note: 'Kremlin denies what Zelensky states about North Korean contingent.',
    });
    expect(k!.contradicts.id).toBe('clm-capture');
    expect(k!.sharedWords).toEqual(expect.arrayContaining(['north', 'korean', 'soldier', 'fight']));
  });

  it('leaves out the same polarity, the same speaker, other subjects and too few shared words', () => {
    const found = contradictionCandidates(denial, [
      graphClaim('clm-also-denial', { cue: 'denies', speaker: { id: 'act-dprk', name: 'DPRK' } }),
      graphClaim('clm-same-speaker', { speaker: { id: 'act-russia', name: 'Russia' } }),
      graphClaim('clm-other-subject', { about: [KURSK] }),
      graphClaim('clm-speaker-only', {
        about: [{ id: 'act-zelensky', name: 'Zelensky' }],
        text: 'North Korean soldiers fight.',
      }),
      graphClaim('clm-one-word', { text: 'North of the line, nothing moved.' }),
      graphClaim('clm-no-speaker', { speaker: null }),
    ]);
    expect(found).toEqual([]);
  });

  it('proposes denials in the graph for an assertion, best first, three at most, each once', () => {
    const assertion: ArticleClaim = {
      id: 'c2',
      text: 'Zelensky said North Korean soldiers were fighting alongside Russian troops in Kursk.',
      cue: 'said',
      speakerId: 'act-zelensky',
      speakerName: 'Zelensky',
      about: ['unit-nk', 'place-kursk'],
    };
    const denies = (id: string, text: string, about = [NK]) =>
      graphClaim(id, {
        text,
        cue: 'deny',
        speaker: { id: `act-${id}`, name: id },
        about,
      });
    const found = contradictionCandidates(assertion, [
      denies('weak', 'Denies North Korean presence.'),
      denies('best', 'Denies North Korean soldiers fight alongside Russian troops in Kursk.', [
        NK,
        KURSK,
      ]),
      denies('best', 'Denies North Korean soldiers fight alongside Russian troops in Kursk.'),
      denies('middle', 'Denies that North Korean soldiers fight.'),
      denies('fourth', 'Denies North Korean soldiers exist.'),
      graphClaim('asserts', {}),
    ]);
    expect(found.map((k) => k.contradicts.id)).toEqual(['best', 'middle', 'fourth']);
    expect(found[0]!.denial).toBe('contradicts');
    expect(found[0]!.note).toBe(
      'best denies what Zelensky states about North Korean contingent, Kursk region.',
    );
  });

  it("pairs an article's denial with its other speakers' assertions, once, from the denial", () => {
    const capture: ArticleClaim = {
      id: 'c2',
      text: 'Zelensky said Ukrainian forces captured two North Korean soldiers in Kursk.',
      cue: 'said',
      speakerId: null,
      speakerName: 'Zelensky',
      about: ['unit-nk', 'place-kursk'],
    };
    const ownWords: ArticleClaim = { ...capture, id: 'c3', speakerId: 'act-russia' };
    const names = new Map([['unit-nk', 'North Korean contingent']]);
    const found = inArticleCandidates([denial, capture, ownWords], names);
    expect(found).toEqual([
      expect.objectContaining({
        claim: 'c1',
        inArticle: true,
        denial: 'claim',
        contradicts: expect.objectContaining({
          id: 'c2',
          speaker: { id: 'new:Zelensky', name: 'Zelensky' },
          source: null,
        }),
        note: 'Kremlin denies what Zelensky states about North Korean contingent.',
      }),
    ]);
    expect(inArticleCandidates([capture, ownWords], names)).toEqual([]);
  });
});
