/**
 * Speakers an article describes without naming them ("a senior U.S. defense
 * official", "a commander of the 95th Air Assault Brigade"). The seed files
 * such a speaker as an actor of its article ("Officials (unnamed, article
 * 004)"); a linked article gets one actor per description, named after both,
 * which goes when the article does. Shared with the client's review.
 */

const ARTICLE = /^(?:a|an|the|one)\s+/i;
// The head noun comes before what qualifies it: "a commander of the brigade".
const QUALIFIER = /\s+(?:of|from|for|in|at|with|on|to|who|that)\s.*$/i;
const ORGANISATION_HEAD =
  /(?:television|tv|media|agency|ministry|office|service|command|government|council|committee|staff|department|channel|outlet|newspaper|broadcaster)$/i;

// "…who spoke on condition of anonymity": why no name is given, not who it is.
const ANONYMITY =
  /,?\s+(?:who|that)\s+(?:spoke|talked|asked|requested|declined|refused|was\s+not|were\s+not|is\s+not|are\s+not)\b.*$/i;

/** The description without its article, first letter capitalised: "Senior U.S. defense official". */
export function described(text: string): string {
  const bare = text.trim().replace(/\s+/g, ' ').replace(ARTICLE, '').replace(ANONYMITY, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** Two claims described alike ("a senior official", "A senior official") have one speaker. */
export function unnamedKey(text: string): string {
  return described(text).toLowerCase();
}

/** How the review names the speaker before the commit names it after the article too. */
export function unnamedSpeakerName(text: string): string {
  return `${described(text)} (unnamed)`;
}

/** The actor's name once committed: "Senior U.S. defense official (unnamed, <title>)". */
export function unnamedName(text: string, title: string): string {
  return `${described(text)} (unnamed, ${title.length > 60 ? `${title.slice(0, 59)}…` : title})`;
}

/** What an unnamed speaker can be: one person, a group, or an organisation. */
export const UNNAMED_KINDS = ['person', 'group', 'organisation'] as const;
export type UnnamedKind = (typeof UNNAMED_KINDS)[number];

/** A guess at the actor's kind from the head noun, which the analyst may correct. */
export function unnamedKind(text: string): UnnamedKind {
  const head = described(text).replace(QUALIFIER, '').split(' ').pop() ?? '';
  if (ORGANISATION_HEAD.test(head)) return 'organisation';
  return /[^s]s$/i.test(head) || /^people$/i.test(head) ? 'group' : 'person';
}
