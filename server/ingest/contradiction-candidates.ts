/**
 * Claims already in the graph that a new article's claims may contradict: a
 * denial ("Moscow denies that North Korean soldiers fight…") against what
 * another speaker asserts about the same subject, or an assertion against
 * another speaker's denial. They are suggestions for the review, found by
 * shared subjects and shared words: nothing is recorded until an analyst
 * ticks one and says why the two cannot both hold.
 */
import { DENIAL_WORDS, isDenial } from '../../seed/model';
import { luceneAnyOf, STOP_WORDS } from '../domain/search';

/**
 * Words that say how something was said, not what: no evidence that two claims
 * share a topic (Lucene's English stop words, then pronouns and speech verbs).
 */
const NOT_CONTENT: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  ...(
    'been from had has have he her his its she them those were would which who what when ' +
    'where also after before about over than more said says say saying told tells ' +
    'according statement statements announced announces reported reports report claimed ' +
    'claims claim stated states added noted article'
  ).split(' '),
]);

/** Fewer shared words than this, and two claims on one subject are not proposed. */
export const MIN_SHARED_WORDS = 2;
/** Suggestions per claim of the article. */
export const MAX_CANDIDATES = 3;

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !NOT_CONTENT.has(w) && !DENIAL_WORDS.has(w));
}

/** A crude stem, enough to match "fighting" with "fight" and "captured" with "capture". */
function stem(w: string): string {
  let s = w.replace(/(ing|ed|es|s)$/, '');
  if (s.length < 3) s = w;
  return s.length >= 4 ? s.replace(/e$/, '') : s;
}

/** The words of a claim that say what it is about, stemmed. */
export function contentStems(text: string): Set<string> {
  return new Set(words(text).map(stem));
}

/** A graph claim is compared with every claim of the article: its stems are worked out once. */
const stemsOfClaim = new WeakMap<GraphClaim, Set<string>>();
function graphStems(g: GraphClaim): Set<string> {
  let stems = stemsOfClaim.get(g);
  if (!stems) stemsOfClaim.set(g, (stems = contentStems(g.text)));
  return stems;
}

/** The full-text query (claim_text) for the claims closest to a denial in words. */
export function assertionsLike(text: string): string | null {
  return luceneAnyOf([...new Set(words(text))].slice(0, 16));
}

/** Words of an article's assertions that one denials lookup ranks by. */
const ARTICLE_WORDS = 400;

/** The full-text query (denial_text) for the denials closest to a whole article's assertions. */
export function denialsLike(texts: readonly string[]): string | null {
  return luceneAnyOf([...new Set(texts.flatMap(words))].slice(0, ARTICLE_WORDS));
}

/** A claim of the article, with its speaker and subjects resolved to graph ids where known. */
export interface ArticleClaim {
  id: string;
  text: string;
  cue: string;
  /** The speaker's graph id; null when the speaker is new to the graph. */
  speakerId: string | null;
  speakerName: string;
  /** Graph ids of the entities it is about. */
  about: string[];
}

/** A claim in the graph, as the candidate query reads it. */
export interface GraphClaim {
  id: string;
  text: string;
  cue: string | null;
  date: string | null;
  speaker: { id: string; name: string } | null;
  about: { id: string; name: string }[];
  source: string | null;
}

export interface ContradictionCandidate {
  /** The article's claim (its proposal id). */
  claim: string;
  /** The claim it may contradict: in the graph, or (inArticle) another claim of the article. */
  contradicts: GraphClaim;
  /** True: `contradicts` is a claim of the same article, by its proposal id. */
  inArticle: boolean;
  /** Which of the two is the denial. */
  denial: 'claim' | 'contradicts';
  /** The subjects both are about, and the words both use (stemmed). */
  sharedSubjects: { id: string; name: string }[];
  sharedWords: string[];
  /** A first draft of the note an analyst records with it. */
  note: string;
}

/**
 * The graph's claims that `claim` may contradict, best first: the other
 * polarity (one denies, the other does not), another speaker, at least one
 * subject in common besides the speakers themselves, and at least
 * MIN_SHARED_WORDS content words in common.
 */
export function contradictionCandidates(
  claim: ArticleClaim,
  graph: readonly GraphClaim[],
  { max = MAX_CANDIDATES, inArticle = false }: { max?: number; inArticle?: boolean } = {},
): ContradictionCandidate[] {
  const denies = isDenial(claim.cue);
  const stems = contentStems(claim.text);
  const about = new Set(claim.about.filter((id) => id !== claim.speakerId));
  const seen = new Set<string>();
  const found: (ContradictionCandidate & { score: number })[] = [];
  for (const g of graph) {
    if (seen.has(g.id)) continue;
    seen.add(g.id);
    if (isDenial(g.cue) === denies) continue;
    if (!g.speaker || g.speaker.id === claim.speakerId) continue;
    const sharedSubjects = g.about.filter((e) => e.id !== g.speaker!.id && about.has(e.id));
    if (sharedSubjects.length === 0) continue;
    const sharedWords = [...graphStems(g)].filter((s) => stems.has(s));
    if (sharedWords.length < MIN_SHARED_WORDS) continue;
    const [denier, asserter] = denies
      ? [claim.speakerName, g.speaker.name]
      : [g.speaker.name, claim.speakerName];
    const subjects = sharedSubjects.map((e) => e.name).join(', ');
    found.push({
      claim: claim.id,
      contradicts: g,
      inArticle,
      denial: denies ? 'claim' : 'contradicts',
      sharedSubjects,
      sharedWords,
      note: `${denier} denies what ${asserter} states about ${subjects}.`,
      score: sharedSubjects.length * 2 + sharedWords.length,
    });
  }
  return found
    .sort((a, b) => b.score - a.score || a.contradicts.id.localeCompare(b.contradicts.id))
    .slice(0, max)
    .map(({ score: _score, ...c }) => c);
}

/**
 * Pairs within the article itself: reporters set one side's denial beside the
 * other side's account ("Moscow denies…; Zelensky said…"). Proposed from each
 * denial, so a pair comes once. `names`: entity id → name, for the notes.
 */
export function inArticleCandidates(
  claims: readonly ArticleClaim[],
  names: ReadonlyMap<string, string>,
): ContradictionCandidate[] {
  const asserted: GraphClaim[] = claims
    .filter((c) => !isDenial(c.cue))
    .map((c) => ({
      id: c.id,
      text: c.text,
      cue: c.cue,
      date: null,
      // A speaker new to the graph is told apart by name.
      speaker: { id: c.speakerId ?? `new:${c.speakerName}`, name: c.speakerName },
      about: c.about.map((id) => ({ id, name: names.get(id) ?? id })),
      source: null,
    }));
  return claims
    .filter((c) => isDenial(c.cue))
    .flatMap((c) => contradictionCandidates(c, asserted, { inArticle: true }));
}
