/**
 * Hearsay an article passes on with no one saying it ("It is reported
 * that…", "…have reportedly been killed"). The seed files such claims under
 * one actor per article ("Unattributed reports (article 004)"); a linked
 * article gets its own, named after it. Shared with the client's review.
 */

/** How the review names that speaker before the commit names it after the article. */
export const UNATTRIBUTED_SPEAKER = 'Unattributed reports (this article)';

/** A proposed speaker's name as the review shows it: its words, or for hearsay UNATTRIBUTED_SPEAKER. */
export function proposedSpeakerName(speaker: { text: string; unattributed?: true }): string {
  return speaker.unattributed ? UNATTRIBUTED_SPEAKER : speaker.text;
}

/** The actor's name once committed: "Unattributed reports (<title>)", the title cut to 80 characters. */
export function unattributedName(title: string): string {
  return `Unattributed reports (${title.length > 80 ? `${title.slice(0, 79)}…` : title})`;
}
