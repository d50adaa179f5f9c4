/**
 * Claims the analyst marks in the article's text: words the preview did not
 * propose as a claim (an outlet's own assessment, a verb it does not know as
 * a cue), or proposed with the wrong bounds. DOM-free.
 */
import type { ClaimReview, ProposedFigure, ProposedClaim, ReviewState } from './types';
import { updateClaim } from './utils';

/** The cue an added claim is written with: no verb of the article introduced it. */
export const ADDED_CUE = '(marked by the analyst)';

/** The most characters of a cue the server takes. */
const CUE_MAX_CHARS = 100;
/** The most characters of the analyst's own words before ADDED_CUE ("voiced scepticism"). */
export const ADDED_CUE_WORDS_MAX = CUE_MAX_CHARS - ADDED_CUE.length - 1;

/** Whether `cue` is that of a claim the analyst marked: ADDED_CUE, after their words or alone. */
export const isAddedCue = (cue: string): boolean =>
  cue === ADDED_CUE || cue.endsWith(` ${ADDED_CUE}`);

/** The analyst's words of a marked claim's cue ("voiced scepticism"); '' when none. */
export const addedCueWords = (cue: string): string =>
  isAddedCue(cue) ? cue.slice(0, -ADDED_CUE.length).trim() : '';

/** The most an added claim may hold, as the server takes it. */
export const ADDED_CLAIM_MAX_CHARS = 5000;

export type AddedClaim =
  | { ok: true; state: ReviewState; id: string }
  | { ok: false; error: string; /** The claim these words already are. */ existing?: string };

const WORD = /[\p{L}\p{N}]/u;
const QUOTE = /[“"]([^“”"]+)[”"]/u;

/** The selection widened to whole words, spaces at either end left out. */
export function wholeWords(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s > 0 && s < e && WORD.test(text[s - 1]!) && WORD.test(text[s]!)) s--;
  while (e < text.length && e > s && WORD.test(text[e - 1]!) && WORD.test(text[e]!)) e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** The words marking a selection would take (see wholeWords); null when they hold no word. */
export function markableWords(text: string, start: number, end: number): [number, number] | null {
  const [s, e] = wholeWords(text, start, end);
  return e > s && WORD.test(text.slice(s, e)) ? [s, e] : null;
}

/**
 * What marking the words from `start` to `end` would take: widened to whole
 * words, then to the whole of each figure and mention (not rejected) it cuts
 * through, so that "casualties being close to 700,000" carries the figure
 * "close to 700,000 personnel" instead of losing it. Null when it holds no word.
 */
export function markableSpan(
  state: ReviewState,
  figures: readonly ProposedFigure[],
  start: number,
  end: number,
): [number, number] | null {
  const span = markableWords(state.article.text, start, end);
  if (!span) return null;
  let [s, e] = span;
  const wholes = [...figures, ...state.mentions.filter((m) => m.decision !== 'reject')];
  // Widening to one may cut through another ("700,000 personnel of the Russian army").
  for (let widened = true; widened;) {
    widened = false;
    for (const w of wholes) {
      const cut = w.start < e && w.end > s && (w.start < s || w.end > e);
      if (!cut) continue;
      [s, e] = [Math.min(s, w.start), Math.max(e, w.end)];
      widened = true;
    }
  }
  return [s, e];
}

/**
 * Adds the words from `start` to `end` of the article as a claim: widened as
 * markableSpan says; about the mentions inside them that are not rejected;
 * with the preview's figures inside them; direct when they hold a quotation.
 * It is kept, and has no speaker until the analyst gives it one.
 */
export function addClaimFromText(
  state: ReviewState,
  figures: readonly ProposedFigure[],
  start: number,
  end: number,
): AddedClaim {
  const text = state.article.text;
  const span = markableSpan(state, figures, start, end);
  if (!span) return { ok: false, error: 'Select the words of the claim in the article first.' };
  const [s, e] = span;
  if (e - s > ADDED_CLAIM_MAX_CHARS)
    return {
      ok: false,
      error: `A claim holds at most ${ADDED_CLAIM_MAX_CHARS.toLocaleString('en')} characters; these are ${(e - s).toLocaleString('en')}.`,
    };
  const same = state.claims.find((c) => c.proposal.start === s && c.proposal.end === e);
  if (same) return { ok: false, error: 'These words are a claim already.', existing: same.id };

  const words = text.slice(s, e);
  const quote = quoteIn(text, s, e);
  const ids = new Set(state.claims.map((c) => c.id));
  let n = 1;
  while (ids.has(`a${n}`)) n++;
  const id = `a${n}`;
  const proposal: ProposedClaim = {
    id,
    speaker: { mentionId: null, entityId: null, text: '' },
    text: words,
    kind: quote ? 'direct' : 'indirect',
    cue: ADDED_CUE,
    start: s,
    end: e,
    ...(quote ? { quoteStart: quote[0], quoteEnd: quote[1] } : {}),
    contentStart: s,
    contentEnd: e,
    about: state.mentions
      .filter((m) => m.start >= s && m.end <= e && m.decision !== 'reject')
      .map((m) => m.id),
    figures: figures.filter((f) => f.start >= s && f.end <= e),
  };
  const claim: ClaimReview = {
    id,
    decision: 'accept',
    speaker: { mentionId: null, entity: null, text: '' },
    proposal,
    reports: [],
    proposedRelay: null,
    relayedFrom: null,
    date: null,
    added: true,
  };
  // In the order of the text, as the preview lists its own.
  const claims = [...state.claims, claim].sort(
    (a, b) => a.proposal.start - b.proposal.start || a.proposal.end - b.proposal.end,
  );
  return { ok: true, state: { ...state, claims }, id };
}

/** The first quotation inside the words from `start` to `end`, without its marks; null: none. */
function quoteIn(text: string, start: number, end: number): [number, number] | null {
  const quote = QUOTE.exec(text.slice(start, end));
  if (!quote) return null;
  const at = start + quote.index + 1;
  return [at, at + quote[1]!.length];
}

/**
 * Says whether a claim the analyst added quotes its speaker (direct) or
 * gives the gist of what they said (indirect), where the guess from its
 * quotation marks is wrong: a scare quote inside a paraphrase, a quotation a
 * transcript gives without marks. The preview's own claims keep their kind.
 */
export function setAddedClaimKind(
  state: ReviewState,
  id: string,
  kind: ProposedClaim['kind'],
): ReviewState {
  return updateClaim(state, id, (c) => {
    if (!c.added || c.proposal.kind === kind) return c;
    const { quoteStart: _s, quoteEnd: _e, ...rest } = c.proposal;
    const quote = kind === 'direct' ? quoteIn(state.article.text, rest.start, rest.end) : null;
    const proposal: ProposedClaim = {
      ...rest,
      kind,
      ...(quote ? { quoteStart: quote[0], quoteEnd: quote[1] } : {}),
    };
    return { ...c, proposal };
  });
}

/**
 * Gives a claim the analyst marked the words that say it ("made the
 * offer", "voiced scepticism"), which the claim cards then show as its cue,
 * before ADDED_CUE; blank words leave ADDED_CUE alone. The preview's own
 * claims keep their cue.
 */
export function setAddedClaimCue(state: ReviewState, id: string, words: string): ReviewState {
  const own = words.replace(/\s+/g, ' ').trim().slice(0, ADDED_CUE_WORDS_MAX).trim();
  const cue = own ? `${own} ${ADDED_CUE}` : ADDED_CUE;
  return updateClaim(state, id, (c) =>
    !c.added || c.proposal.cue === cue ? c : { ...c, proposal: { ...c.proposal, cue } },
  );
}

/** Takes back a claim the analyst added; the preview's own are rejected instead. */
export function removeAddedClaim(state: ReviewState, id: string): ReviewState {
  const claims = state.claims.filter((c) => !(c.id === id && c.added));
  return claims.length === state.claims.length ? state : { ...state, claims };
}
