/**
 * Sentences for the synthetic articles: claim excerpts (with the figures they
 * state, word for word), plain-words restatements, and filler prose.
 */
import type { Figure } from '../schema';
import type { Rng } from './prng';

export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const QUALIFIERS = ['about', 'up to', 'over', 'at least', 'nearly', 'around', 'more than'];

function qualifier(rng: Rng): string | undefined {
  return rng.chance(0.6) ? rng.pick(QUALIFIERS) : undefined;
}

function round(rng: Rng, min: number, max: number, step: number): number {
  return Math.max(step, Math.round(rng.int(min, max) / step) * step);
}

interface Phrase {
  /** Words of the predicate; `{X}` is the subject, `{Y}` a second party, `{P}` a place. */
  words: string;
  figure?: Figure;
}

/** A predicate stating a figure, with the figure record whose text is part of it. */
function figurePhrase(rng: Rng): Phrase {
  const q = qualifier(rng);
  const with_q = (t: string) => (q ? `${q} ${t}` : t);
  const base = (f: Omit<Figure, 'qualifier' | 'text'>, text: string): Figure =>
    ({ ...f, ...(q ? { qualifier: q } : {}), text: with_q(text) }) as Figure;
  switch (rng.int(0, 11)) {
    case 0: {
      const v = round(rng, 1000, 20000, 500);
      const t = `${thousands(v)} troops`;
      return {
        words: `{X} had deployed ${with_q(t)} to {P}`,
        figure: base({ measure: 'nk_troops_deployed', unit: 'persons', value: v }, t),
      };
    }
    case 1: {
      const v = round(rng, 500, 8000, 100);
      const t = `${thousands(v)} more soldiers`;
      return {
        words: `{X} was preparing to send ${with_q(t)} to {P}`,
        figure: base({ measure: 'nk_troops_additional', unit: 'persons', value: v }, t),
      };
    }
    case 2: {
      const v = round(rng, 100, 9000, 50);
      const t = `${thousands(v)} casualties`;
      return {
        words: `{X} had suffered ${with_q(t)} in the fighting around {P}`,
        figure: base({ measure: 'nk_casualties', unit: 'persons', value: v }, t),
      };
    }
    case 3: {
      const v = rng.int(5, 60);
      const t = `${v} percent`;
      return {
        words: `the forces of {X} near {P} had lost ${with_q(t)} of their strength`,
        figure: base({ measure: 'nk_casualty_share', unit: 'percent', value: v }, t),
      };
    }
    case 4: {
      const v = rng.int(10, 300);
      const t = `${v} casualties a day`;
      return {
        words: `{X} was losing ${with_q(t)} near {P}`,
        figure: base({ measure: 'nk_casualties_per_day', unit: 'persons_per_day', value: v }, t),
      };
    }
    case 5: {
      const low = rng.int(2, 6) * 5;
      const high = low + rng.int(1, 4) * 5;
      const text = `groups of ${low} to ${high} soldiers`;
      return {
        words: `{X} attacked in ${text} near {P}`,
        figure: { measure: 'nk_attack_group_size', unit: 'persons', low, high, text } as Figure,
      };
    }
    case 6: {
      const v = round(rng, 50000, 1500000, 10000);
      const t = `${thousands(v)} personnel`;
      return {
        words: `{X} now had ${with_q(t)} under arms`,
        figure: base({ measure: 'nk_military_personnel', unit: 'persons', value: v }, t),
      };
    }
    case 7: {
      const v = rng.int(1, 40);
      const t = `${v} prisoners`;
      return {
        words: `{Y} had taken ${with_q(t)} from {X} near {P}`,
        figure: base({ measure: 'nk_prisoners', unit: 'persons', value: v }, t),
      };
    }
    case 8: {
      const v = round(rng, 5000, 80000, 1000);
      const t = `${thousands(v)} troops`;
      return {
        words: `{X} had massed ${with_q(t)} in {P}`,
        figure: base({ measure: 'russian_force_kursk', unit: 'persons', value: v }, t),
      };
    }
    case 9: {
      const v = round(rng, 1000, 60000, 500);
      const t = `${thousands(v)} soldiers`;
      return {
        words: `{X} had lost ${with_q(t)} since the offensive on {P} began`,
        figure: base({ measure: 'russian_casualties', unit: 'persons', value: v }, t),
      };
    }
    case 10: {
      const v = rng.int(3, 120);
      const t = `${v} km from the border`;
      return {
        words: `units of {X} were stationed ${with_q(t)} near {P}`,
        figure: base({ measure: 'distance_from_border', unit: 'km', value: v }, t),
      };
    }
    default: {
      const months = rng.chance(0.5);
      const v = months ? rng.int(1, 6) : rng.int(7, 60);
      const t = `${v} ${months ? 'months' : 'days'} of training`;
      return {
        words: `{X} had received ${with_q(t)} before reaching {P}`,
        figure: base(
          { measure: 'training_duration', unit: months ? 'months' : 'days', value: v },
          t,
        ),
      };
    }
  }
}

const PLAIN_PREDICATES = [
  '{X} was coordinating its operations with {Y} around {P}',
  '{X} would not withdraw from {P} before the winter',
  '{X} had shelled positions held by {Y} near {P}',
  'talks between {X} and {Y} on {P} had stalled',
  '{X} denied any involvement in the fighting around {P}',
  '{X} was supplying {Y} with artillery shells through {P}',
  '{X} had evacuated civilians from {P}',
  '{X} accused {Y} of staging provocations in {P}',
  '{X} had rotated fresh units into {P}',
  'drone strikes by {X} had hit fuel depots near {P}',
  '{X} and {Y} had signed a new defence agreement in {P}',
  '{X} was building fortifications along the roads to {P}',
];

/** Of the statements without a figure, the share that are denials ("X denied that…"). */
const DENIAL_SHARE = 0.09;

const CUES = [
  'said',
  'said',
  'said',
  'announced',
  'told reporters',
  'claimed',
  'stated',
  'reported',
  'wrote',
  'according to',
];

const WHEN = [
  'on Monday',
  'on Tuesday',
  'on Wednesday',
  'on Thursday',
  'on Friday',
  'on Saturday',
  'on Sunday',
  'this week',
  'late on Friday',
  'in a statement',
  'in an interview',
  'at a briefing',
];

export interface ClaimWords {
  excerpt: string;
  text: string;
  cue: string;
  quote: boolean;
  figures: Figure[];
}

function fill(words: string, x: string, y: string, p: string): string {
  return words.replaceAll('{X}', x).replaceAll('{Y}', y).replaceAll('{P}', p);
}

/** The words of one claim: what the article says, and the claim restated. */
export function claimWords(
  rng: Rng,
  speaker: string,
  subject: string,
  other: string,
  place: string,
): ClaimWords {
  const phrase: Phrase = rng.chance(0.45)
    ? figurePhrase(rng)
    : { words: rng.pick(PLAIN_PREDICATES) };
  const predicate = fill(phrase.words, subject, other, place);
  // Some statements are denials (never of a figure: a denial states none), so
  // that linking a new source has denials to set its claims against.
  const cue = !phrase.figure && rng.chance(DENIAL_SHARE) ? 'denied' : rng.pick(CUES);
  const when = rng.pick(WHEN);
  const figures = phrase.figure ? [phrase.figure] : [];
  const quoteIt = cue !== 'according to' && cue !== 'denied' && rng.chance(0.3);
  let excerpt: string;
  if (quoteIt) {
    const quoted = predicate.charAt(0).toUpperCase() + predicate.slice(1);
    excerpt = `“${quoted},” ${speaker} ${cue === 'wrote' ? 'wrote' : 'said'} ${when}.`;
  } else if (cue === 'according to') {
    excerpt = `According to ${speaker}, ${predicate}.`;
  } else {
    excerpt = `${speaker} ${cue} ${when} that ${predicate}.`;
  }
  const verb = cue === 'according to' ? 'said' : cue === 'told reporters' ? 'told reporters' : cue;
  return {
    excerpt,
    text: `${speaker} ${verb} that ${predicate}.`,
    cue,
    quote: quoteIt,
    figures,
  };
}

const FILLER = [
  'Residents of {P} described a tense night, with sirens sounding for several hours.',
  'The claims could not be independently verified.',
  '{X} did not respond to a request for comment.',
  'Satellite images published last month show new earthworks around {P}.',
  'Analysts cautioned that figures from both sides are often inflated.',
  'The statement came days after a visit by officials of {X} to {P}.',
  'Earlier reports had put the numbers considerably lower.',
  'Diplomats in {P} said the situation remained fluid.',
  'Observers noted that {X} has rarely commented on operations near {P}.',
  'The fighting has displaced thousands of people from villages near {P}.',
  'Independent monitors have asked for access to the area.',
  '{X} has previously rejected similar accusations as propaganda.',
  'Road traffic into {P} was restricted for most of the day.',
  'Officials gave no timetable for further talks.',
  'Prices for fuel and bread in {P} have doubled since the spring.',
];

export function fillerSentence(rng: Rng, x: string, p: string): string {
  return fill(rng.pick(FILLER), x, x, p);
}

const HEADLINES = [
  '{X} steps up operations near {P}',
  'New reports on {X} and the fighting in {P}',
  'Officials trade claims over {P}',
  'What we know about {X} in {P}',
  '{X} under pressure as front shifts near {P}',
  'Conflicting figures emerge from {P}',
];

export function headline(rng: Rng, x: string, p: string): string {
  return fill(rng.pick(HEADLINES), x, x, p);
}

/** An article of about `words` words of filler and claims, for ingest benchmarks. */
export function article(rng: Rng, names: string[], places: string[], words: number): string {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const s = rng.chance(0.5)
      ? claimWords(rng, rng.pick(names), rng.pick(names), rng.pick(names), rng.pick(places)).excerpt
      : fillerSentence(rng, rng.pick(names), rng.pick(places));
    out.push(s);
    count += s.split(/\s+/).length;
  }
  return out.join(' ');
}
