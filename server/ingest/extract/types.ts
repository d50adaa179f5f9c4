/**
 * Public types of the extraction module: what goes in (an article and the graph's
 * entities) and what comes out (a proposal the analyst reviews before anything is
 * written to the graph). All spans are [start, end) offsets into ArticleInput.text,
 * and text.slice(start, end) always equals the `text` of the mention, claim or figure.
 */
import type { FigureUnit, Measure } from '../../../seed/model';

export type EntityLabel = 'Actor' | 'Unit' | 'Place';

/** An entity already in the graph, as the extractor needs to see it. */
export interface KnownEntity {
  id: string;
  label: EntityLabel;
  kind?: string;
  name: string;
  aliases: string[];
  /**
   * What the entity leads or is a member of, and what those are members of
   * (Zelensky: Ukraine): "Pyongyang's envoy" is not the Zelensky named before.
   */
  affiliations?: string[];
}

/**
 * Optional fuzzy fallback for names the alias index does not know. The server backs it
 * with Neo4j's full-text index (`name~` terms); tests and the eval use
 * createMemoryFuzzyLookup. Scores are only used for ranking: every candidate is
 * re-checked against the index's own names before it is accepted.
 */
export type FuzzyLookup = (surface: string) => Promise<{ id: string; score: number }[]>;

export interface ArticleInput {
  title: string;
  outlet?: string;
  url?: string;
  publishedDate?: string;
  text: string;
}

export type MatchMethod = 'exact-alias' | 'normalised-alias' | 'fuzzy';

export interface Mention {
  id: string;
  text: string;
  start: number;
  end: number;
  label: EntityLabel;
  /** The graph entity this mention links to, or null for a proposed new entity. */
  match: null | { entityId: string; name: string; score: number; method: MatchMethod };
  /** Where the mention came from: the alias index, compromise, or the capitalisation heuristic. */
  source: 'index' | 'nlp' | 'heuristic';
  /** For a proposed new entity: the key shared by all mentions of it ("Rutte" and "Mark Rutte"). */
  newEntityKey?: string;
  /** For a proposed new entity: a guessed kind from seed/model.ts (person, organisation, formation…). */
  kindGuess?: string;
  /** True when the surface was a possessive ("South Korea's"); the span excludes the 's. */
  possessive?: boolean;
}

/** A proposed new entity: the mentions that share a newEntityKey, with the best name for it. */
export interface NewEntityProposal {
  key: string;
  name: string;
  label: EntityLabel;
  kindGuess?: string;
  mentionIds: string[];
}

export interface FigureProposal {
  measure: Measure;
  unit: FigureUnit;
  value?: number;
  low?: number;
  high?: number;
  qualifier?: string;
  text: string;
  start: number;
  end: number;
}

export interface SpeakerProposal {
  /** The mention that names the speaker (for a pronoun: the mention it resolves to). */
  mentionId: string | null;
  entityId: string | null;
  /** The speaker's name as written (for a resolved pronoun or description: its antecedent). */
  text: string;
  /**
   * How the speaker was found: named in the attribution, through a pronoun ("he said"),
   * a description ("the agency said"), the context of a quotation standing alone, or
   * the article's outlet, whose writer comments on what a claim reports.
   */
  resolvedFrom?: 'pronoun' | 'name' | 'description' | 'context' | 'outlet';
  /** The words of this claim's attribution that designate the speaker, when there are any. */
  surface?: { text: string; start: number; end: number };
  /**
   * Hearsay the article passes on with no one saying it ("It is reported
   * that…", "…have reportedly been killed"): not a speaker left to find.
   */
  unattributed?: true;
}

/** When a claim was made, as its attribution states it ("said on Monday"). */
export interface StatedDate {
  /** YYYY-MM-DD, or YYYY-MM for "in October". */
  date: string;
  /** The words that state it, [start, end) in the article. */
  text: string;
  start: number;
  end: number;
}

export interface ClaimProposal {
  id: string;
  speaker: SpeakerProposal;
  /** The sentence (or clause) that carries the claim, attribution included. */
  text: string;
  kind: 'direct' | 'indirect';
  /** The verb or phrase that introduces it: said, told, according to… */
  cue: string;
  start: number;
  end: number;
  /** For direct claims: the quoted words, without the quotation marks. */
  quoteStart?: number;
  quoteEnd?: number;
  /** The reported content (after "that", or the quotation). */
  contentStart: number;
  contentEnd: number;
  /** Ids of the mentions the content is about. */
  about: string[];
  figures: FigureProposal[];
  /** The date the attribution gives ("announced on October 31"); none: dated by the article. */
  statedDate?: StatedDate;
}

export interface Proposal {
  mentions: Mention[];
  claims: ClaimProposal[];
  /** Mentions with match null, grouped into the entities they would create. */
  newEntities: NewEntityProposal[];
  /** Every figure found in the text, including those outside any claim. */
  figures: FigureProposal[];
  stats: { ms: number; words: number; sentences: number };
}
