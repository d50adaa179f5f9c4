/**
 * Claims the analyst marks in the article's text (client/src/core/ingest/added-claims):
 * the words taken, what the claim is about and its figures, and a commit body
 * the server's schema and checks accept. And the writer's comments the preview
 * proposes, which no verb of the article introduces either.
 */
import {
  ADDED_CUE,
  ADDED_CUE_WORDS_MAX,
  addClaimFromText,
  addedCueWords,
  buildCommitBody,
  describedSpeaker,
  giveClaimSpeaker,
  initialReview,
  markableSpan,
  markableWords,
  removeAddedClaim,
  restoreReview,
  setAddedClaimCue,
  setAddedClaimKind,
  setMentionDecision,
  validateReview,
  wholeWords,
  type IngestProposal,
  type ReviewState,
} from '../../../client/src/core/ingest';
import { extract } from '../../../server/ingest/extract';
import { WRITERS_COMMENT_CUE } from '../../../server/ingest/extract/claims';
import { checkProposal } from '../../../server/ingest/commit';
import { commitSchema } from '../../../server/ingest/schema';
import { index } from '../ingest/fixture';
import { previewOf } from './fixtures';

// The second sentence is the outlet's own assessment: no verb of saying, no claim proposed.
const TEXT =
  'Zelensky said on Monday that Pyongyang had sent 12,000 troops to the Kursk region. ' +
  'That tactic has likely cost North Korea between 1,000 and 4,000 casualties, a toll Pyongyang cannot sustain. ' +
  '“We will not stop,” the minister wrote.';

async function review(): Promise<{ state: ReviewState; proposal: IngestProposal }> {
  const article = { title: 'Added claims', publishedDate: '2025-01-14', text: TEXT };
  const p = await extract(article, index);
  const proposal = previewOf(p, article.title);
  return { state: initialReview(article, proposal), proposal };
}

const spanOf = (words: string): [number, number] => {
  const at = TEXT.indexOf(words);
  if (at < 0) throw new Error(`${words} is not in the text`);
  return [at, at + words.length];
};

describe('a claim the analyst marks in the text', () => {
  it('takes whole words, what they are about and their figures, and needs a speaker', async () => {
    const { state, proposal } = await review();
    expect(state.claims.some((c) => c.proposal.text.includes('likely cost'))).toBe(false);
    // Selected from mid-word to mid-word.
    const [s, e] = spanOf('hat tactic has likely cost North Korea between 1,000 and 4,000 casualt');
    const added = addClaimFromText(state, proposal.figures, s, e);
    if (!added.ok) throw new Error(added.error);
    const c = added.state.claims.find((x) => x.id === added.id)!;
    expect(c.added).toBe(true);
    expect(c.proposal.text).toBe(
      'That tactic has likely cost North Korea between 1,000 and 4,000 casualties',
    );
    expect(c.proposal).toMatchObject({ kind: 'indirect', cue: ADDED_CUE, speaker: { text: '' } });
    expect(c.decision).toBe('accept');
    // About the mentions inside the words; the figures the preview found inside them.
    const about = c.proposal.about.map((id) => added.state.mentions.find((m) => m.id === id)!.text);
    expect(about).toEqual(['North Korea']);
    expect(c.proposal.figures.map((f) => f.text)).toEqual(
      proposal.figures
        .filter((f) => f.start >= c.proposal.start && f.end <= c.proposal.end)
        .map((f) => f.text),
    );
    expect(c.proposal.figures.length).toBeGreaterThan(0);
    // Listed in the order of the text, between the claims around it.
    const order = added.state.claims.map((x) => x.proposal.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // It cannot be committed without a speaker…
    expect(validateReview(added.state).map((i) => i.id)).toContain(added.id);
    // …and, once given one, the server takes it as the analyst marked it.
    const given = giveClaimSpeaker(added.state, added.id, {
      entity: { id: 'act-isw', name: 'Institute for the Study of War' },
    });
    expect(validateReview(given).filter((i) => i.id === added.id)).toEqual([]);
    const body = buildCommitBody(given);
    const sent = body.claims.find((x) => x.id === added.id)!;
    expect(sent).toMatchObject({
      decision: 'accept',
      speaker: { entityId: 'act-isw' },
      text: c.proposal.text,
      cue: ADDED_CUE,
      start: c.proposal.start,
      end: c.proposal.end,
    });
    expect(TEXT.slice(sent.start, sent.end)).toBe(sent.text);
    expect(() => checkProposal(commitSchema.parse(body))).not.toThrow();
  });

  it('takes the whole of a figure or a name the selection cuts through', async () => {
    const { state, proposal } = await review();
    const figure = proposal.figures.find((f) => f.text.includes('4,000'))!;
    expect(TEXT.slice(figure.start, figure.end)).toBe('between 1,000 and 4,000 casualties');
    // Ends on the number, leaving out the figure's noun, and starts in "North Korea".
    const [s, e] = spanOf('Korea between 1,000 and 4,000');
    expect(markableSpan(state, proposal.figures, s, e)).toEqual([
      TEXT.indexOf('North Korea between'),
      figure.end,
    ]);
    const added = addClaimFromText(state, proposal.figures, s, e);
    if (!added.ok) throw new Error(added.error);
    const c = added.state.claims.find((x) => x.id === added.id)!;
    expect(c.proposal.text).toBe('North Korea between 1,000 and 4,000 casualties');
    expect(c.proposal.figures.map((f) => f.text)).toEqual([figure.text]);
    expect(c.proposal.about.map((id) => state.mentions.find((m) => m.id === id)!.text)).toEqual([
      'North Korea',
    ]);
    // A rejected mention is not a name to keep whole.
    const northKorea = state.mentions.find((m) => m.text === 'North Korea')!;
    const rejected = setMentionDecision(state, northKorea.id, 'reject');
    expect(markableSpan(rejected, proposal.figures, s, e)).toEqual([
      TEXT.indexOf('Korea between'),
      figure.end,
    ]);
    // Words that cut through nothing are kept as they are.
    const [ws, we] = spanOf('a toll Pyongyang cannot sustain');
    expect(markableSpan(state, proposal.figures, ws, we)).toEqual([ws, we]);
  });

  it('is direct when the words hold a quotation', async () => {
    const { state, proposal } = await review();
    // The preview's own claim has the same words: marked again, it is found, not doubled.
    const [qs, qe] = spanOf('“We will not stop,” the minister wrote.');
    const proposed = state.claims.find((c) => c.proposal.start === qs && c.proposal.end === qe)!;
    expect(proposed).toBeDefined();
    expect(addClaimFromText(state, proposal.figures, qs, qe)).toEqual({
      ok: false,
      error: 'These words are a claim already.',
      existing: proposed.id,
    });
    const [s, e] = spanOf('“We will not stop,” the minister');
    const added = addClaimFromText(state, proposal.figures, s, e);
    if (!added.ok) throw new Error(added.error);
    const c = added.state.claims.find((x) => x.id === added.id)!;
    expect(c.proposal.kind).toBe('direct');
    expect(TEXT.slice(c.proposal.quoteStart, c.proposal.quoteEnd)).toBe('We will not stop,');
  });

  it('is direct or indirect as the analyst says, its quotation found again when direct', async () => {
    const { state, proposal } = await review();
    // A quotation inside the analyst's words: guessed direct.
    const [s, e] = spanOf('“We will not stop,” the minister');
    const added = addClaimFromText(state, proposal.figures, s, e);
    if (!added.ok) throw new Error(added.error);
    const kindOf = (st: ReviewState) => st.claims.find((c) => c.id === added.id)!.proposal;
    const indirect = setAddedClaimKind(added.state, added.id, 'indirect');
    expect(kindOf(indirect).kind).toBe('indirect');
    expect(kindOf(indirect).quoteStart).toBeUndefined();
    expect(buildCommitBody(indirect).claims.find((c) => c.id === added.id)!.kind).toBe('indirect');
    const direct = setAddedClaimKind(indirect, added.id, 'direct');
    expect(kindOf(direct)).toMatchObject({ kind: 'direct' });
    expect(TEXT.slice(kindOf(direct).quoteStart, kindOf(direct).quoteEnd)).toBe(
      'We will not stop,',
    );
    // Unchanged, or a claim of the preview's own: the same state back.
    expect(setAddedClaimKind(direct, added.id, 'direct')).toBe(direct);
    const own = state.claims[0]!;
    expect(setAddedClaimKind(added.state, own.id, 'direct')).toBe(added.state);
  });

  it('takes the words that say it as its cue, before “(marked by the analyst)”, as the server takes it', async () => {
    const { state, proposal } = await review();
    const [s, e] = spanOf('That tactic has likely cost North Korea');
    const added = addClaimFromText(state, proposal.figures, s, e);
    if (!added.ok) throw new Error(added.error);
    const cueOf = (st: ReviewState) => st.claims.find((c) => c.id === added.id)!.proposal.cue;
    const given = setAddedClaimCue(added.state, added.id, '  put the   figure at ');
    expect(cueOf(given)).toBe(`put the figure at ${ADDED_CUE}`);
    expect(addedCueWords(cueOf(given))).toBe('put the figure at');
    // Blank words: the cue alone again; too many: cut to what the server takes.
    expect(cueOf(setAddedClaimCue(given, added.id, '   '))).toBe(ADDED_CUE);
    const long = setAddedClaimCue(added.state, added.id, 'w'.repeat(300));
    expect(addedCueWords(cueOf(long))).toHaveLength(ADDED_CUE_WORDS_MAX);
    const body = buildCommitBody(
      giveClaimSpeaker(long, added.id, { entity: { id: 'act-isw', name: 'ISW' } }),
    );
    expect(() => checkProposal(commitSchema.parse(body))).not.toThrow();
    // Unchanged, or a claim of the preview's own: the same state back.
    expect(setAddedClaimCue(given, added.id, 'put the figure at')).toBe(given);
    expect(setAddedClaimCue(added.state, state.claims[0]!.id, 'said')).toBe(added.state);
  });

  it('refuses an empty selection, one too long, and words that are only spaces or marks', async () => {
    const { state, proposal } = await review();
    const at = TEXT.indexOf('. That');
    for (const [s, e] of [
      [10, 10],
      [at, at + 2],
    ] as const) {
      expect(addClaimFromText(state, proposal.figures, s, e)).toEqual({
        ok: false,
        error: 'Select the words of the claim in the article first.',
      });
    }
    const long = { ...state, article: { ...state.article, text: 'word '.repeat(1200) } };
    const refused = addClaimFromText(long, [], 0, 6000);
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.error).toBe(
      'A claim holds at most 5,000 characters; these are 5,999.',
    );
  });

  it('leaves out a mention the analyst rejected, and each added claim gets its own id', async () => {
    const { state, proposal } = await review();
    const nk = state.mentions.find((m) => m.text === 'North Korea')!;
    const rejected = setMentionDecision(state, nk.id, 'reject');
    const [s, e] = spanOf('That tactic has likely cost North Korea');
    const first = addClaimFromText(rejected, proposal.figures, s, e);
    if (!first.ok) throw new Error(first.error);
    expect(first.state.claims.find((c) => c.id === first.id)!.proposal.about).toEqual([]);
    const [s2, e2] = spanOf('a toll Pyongyang cannot sustain');
    const second = addClaimFromText(first.state, proposal.figures, s2, e2);
    if (!second.ok) throw new Error(second.error);
    expect([first.id, second.id]).toEqual(['a1', 'a2']);
    // Taken back, it is gone; a claim of the preview is not removed, only rejected.
    const back = removeAddedClaim(second.state, first.id);
    expect(back.claims.map((c) => c.id)).not.toContain(first.id);
    expect(back.claims).toHaveLength(second.state.claims.length - 1);
    const own = back.claims.find((c) => !c.added)!;
    expect(removeAddedClaim(back, own.id)).toBe(back);
  });

  it('is marked again, with its speaker, in a new review of the article once removed', async () => {
    const { state, proposal } = await review();
    const [s, e] = spanOf('That tactic has likely cost North Korea');
    const added = addClaimFromText(state, proposal.figures, s, e);
    if (!added.ok) throw new Error(added.error);
    // As the server stores it with the source: the commit body, parsed.
    // The analyst says it quotes the ISW (a transcript without quotation marks).
    const quoted = setAddedClaimCue(
      setAddedClaimKind(added.state, added.id, 'direct'),
      added.id,
      'voiced',
    );
    const committed = commitSchema.parse(
      buildCommitBody(
        giveClaimSpeaker(quoted, added.id, {
          entity: { id: 'act-isw', name: 'Institute for the Study of War' },
        }),
      ),
    );
    expect(committed.claims.find((c) => c.id === added.id)!.kind).toBe('direct');
    // A new preview of the same text proposes the preview's own claims only.
    const fresh = (await review()).state;
    expect(fresh.claims.some((c) => c.added)).toBe(false);
    const names = Object.fromEntries(
      [...committed.mentions.map((m) => m.entityId), 'act-isw']
        .filter((id): id is string => !!id)
        .map((id) => [id, id === 'act-isw' ? 'Institute for the Study of War' : id]),
    );
    const {
      state: restored,
      carried,
      missed,
    } = restoreReview(fresh, committed, names, [], proposal.figures);
    const again = restored.claims.find((c) => c.added)!;
    expect(again.proposal.text).toBe('That tactic has likely cost North Korea');
    expect(again.proposal.kind).toBe('direct');
    expect(again.proposal.cue).toBe(`voiced ${ADDED_CUE}`);
    expect(again.speaker.entity).toEqual({ id: 'act-isw', name: 'Institute for the Study of War' });
    expect(again.decision).toBe('accept');
    expect(carried.claims).toBe(committed.claims.length);
    expect(missed).toBe(0);
    // Words no longer in the text are not marked.
    const edited = {
      ...fresh,
      article: { ...fresh.article, text: TEXT.replace('likely', 'surely') },
    };
    const lost = restoreReview(edited, committed, names);
    expect(lost.state.claims.some((c) => c.added)).toBe(false);
    expect(lost.missed).toBe(1);
  });

  it('widens a selection to whole words and leaves out the spaces around it', () => {
    const text = 'The analysts said  it.';
    expect(wholeWords(text, 5, 9)).toEqual([4, 12]);
    expect(wholeWords(text, 12, 18)).toEqual([13, 17]);
    expect(wholeWords(text, 18, 12)).toEqual([13, 17]);
    // What marking takes: those words, or nothing when they hold none.
    expect(markableWords(text, 5, 9)).toEqual([4, 12]);
    expect(markableWords(text, 17, 19)).toBeNull();
    expect(markableWords(text, 21, 22)).toBeNull();
  });
});

describe("the writer's comment the preview proposes", () => {
  const GLOSSED =
    'Zelensky described using soldiers as bait, a risky tactic that has likely cost Pyongyang 1,000 casualties.';
  const reviewOf = async (outlet?: string) => {
    const article = { title: 'Glossed', text: GLOSSED, ...(outlet ? { outlet } : {}) };
    const proposal = previewOf(await extract(article, index), article.title);
    const state = initialReview(article, proposal);
    return state.claims.find((c) => c.proposal.cue === WRITERS_COMMENT_CUE)!;
  };

  it('is kept, given to the outlet, when the graph knows the outlet', async () => {
    const c = await reviewOf('Newsweek');
    expect(c.decision).toBe('accept');
    expect(c.speaker).toMatchObject({ mentionId: null, entity: { id: 'act-newsweek' } });
    expect(describedSpeaker(c)).toBeNull();
  });

  it('is set aside when it does not, and the outlet is not offered as an unnamed speaker', async () => {
    const c = await reviewOf('The Daily Planet');
    expect(c.decision).toBe('reject');
    expect(c.speaker).toMatchObject({ mentionId: null, entity: null, text: 'The Daily Planet' });
    expect(describedSpeaker(c)).toBeNull();
  });
});
