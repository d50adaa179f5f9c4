/**
 * Extraction for "linking new sources": an analyst pastes an article, and this proposes
 * entity mentions (linked to the graph's entities, or new), and attributed claims with
 * their figures. Pure TypeScript: the graph comes in as a prebuilt EntityIndex and an
 * optional fuzzy look-up, and nothing is written anywhere.
 */
import { buildEntityIndex as buildAliasIndex, type EntityIndex } from './entity-index';
import { findCandidates } from './candidates';
import { findClaims } from './claims';
import { dateClaims } from './dates';
import { findFigures } from './figures';
import { findKnownMentions } from './mentions';
import { clusterNewMentions, fuzzyLink, type NewMention } from './new-entities';
import { warmUpNlp } from './nlp';
import { tokenise } from './normalise';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import type {
  ArticleInput,
  FuzzyLookup,
  KnownEntity,
  Mention,
  NewEntityProposal,
  Proposal,
} from './types';

export type {
  ArticleInput,
  ClaimProposal,
  EntityLabel,
  FigureProposal,
  FuzzyLookup,
  KnownEntity,
  MatchMethod,
  Mention,
  NewEntityProposal,
  Proposal,
  SpeakerProposal,
  StatedDate,
} from './types';
export type { EntityIndex } from './entity-index';
export { linkedEntities, speakerEntity } from './links';
export { createMemoryFuzzyLookup } from './new-entities';
export { phraseKey, tokenKey } from './normalise';

/** Builds the alias index (once per graph version) and warms up the NLP library. */
export function buildEntityIndex(entities: KnownEntity[]): EntityIndex {
  const index = buildAliasIndex(entities);
  warmUpNlp();
  return index;
}

export async function extract(
  input: ArticleInput,
  index: EntityIndex,
  fuzzy?: FuzzyLookup,
): Promise<Proposal> {
  const t0 = performance.now();
  const { text } = input;
  const tokens = tokenise(text);
  const sentences = splitSentences(text);
  const quotes = findQuotes(text);
  const quoteMask = new Uint8Array(text.length + 1);
  for (const q of quotes) quoteMask.fill(1, q.open, Math.min(text.length, q.close + 1));

  // ---- mentions: the graph's names first, then new names ------------------------------
  const known = findKnownMentions(text, tokens, index);
  const candidates = findCandidates(text, tokens, sentences, known, index);

  type Draft = Omit<Mention, 'id'>;
  const drafts: Draft[] = known.map((k) => ({
    text: text.slice(k.start, k.end),
    start: k.start,
    end: k.end,
    label: k.label,
    match: {
      entityId: k.entry.entityId,
      name: k.entry.entityName,
      score: k.score,
      method: k.method,
    },
    source: 'index',
    ...(k.possessive ? { possessive: true } : {}),
  }));

  // a surname alone after the full name of a known person ("Blinken" after
  // "Antony Blinken"), else a first name ("Ethan's work" after "Ethan Kim")
  // that only one of them has
  const surnames = new Map<string, { entityId: string; name: string }>();
  const firstNames = new Map<string, { entityId: string; name: string } | null>();
  for (const k of known) {
    if (k.entry.kind !== 'person' || k.last <= k.first) continue;
    const person = { entityId: k.entry.entityId, name: k.entry.entityName };
    surnames.set(tokens[k.last]!.key, person);
    const first = tokens[k.first]!.key;
    const seen = firstNames.get(first);
    firstNames.set(first, seen === undefined || seen?.entityId === person.entityId ? person : null);
  }
  const newOnes: (NewMention & { source: Mention['source']; possessive: boolean })[] = [];
  for (const c of candidates) {
    const t = tokens[c.first]!;
    const sur =
      c.first === c.last ? (surnames.get(t.key) ?? firstNames.get(t.key) ?? undefined) : undefined;
    if (sur && t.cap) {
      const entity = index.entities.get(sur.entityId)!;
      drafts.push({
        text: text.slice(c.start, c.end),
        start: c.start,
        end: c.end,
        label: entity.label,
        match: { entityId: sur.entityId, name: sur.name, score: 0.9, method: 'normalised-alias' },
        source: 'index',
        ...(c.possessive ? { possessive: true } : {}),
      });
      continue;
    }
    newOnes.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      label: c.label,
      kindGuess: c.kindGuess,
      source: c.source,
      possessive: c.possessive,
    });
  }

  const clusters = clusterNewMentions(text, newOnes);
  const newAt = new Map(newOnes.map((x) => [x.start, x]));
  const links = fuzzy
    ? await Promise.all(clusters.map((c) => fuzzyLink(c, index, fuzzy)))
    : clusters.map(() => null);
  const newEntities: (NewEntityProposal & { members: NewMention[] })[] = [];
  clusters.forEach((c, i) => {
    const link = links[i];
    if (link) {
      for (const m of c.members) {
        const src = newAt.get(m.start)!;
        drafts.push({
          text: m.text,
          start: m.start,
          end: m.end,
          label: link.label,
          match: { entityId: link.entityId, name: link.name, score: link.score, method: 'fuzzy' },
          source: src.source,
          ...(src.possessive ? { possessive: true } : {}),
        });
      }
      return;
    }
    for (const m of c.members) {
      const src = newAt.get(m.start)!;
      drafts.push({
        text: m.text,
        start: m.start,
        end: m.end,
        label: c.label,
        match: null,
        source: src.source,
        newEntityKey: c.key,
        kindGuess: c.kindGuess,
        ...(src.possessive ? { possessive: true } : {}),
      });
    }
    newEntities.push({
      key: c.key,
      name: c.name,
      label: c.label,
      kindGuess: c.kindGuess,
      mentionIds: [],
      members: c.members,
    });
  });

  drafts.sort((a, b) => a.start - b.start);
  const mentions: Mention[] = drafts.map((d, i) => ({ id: `m${i + 1}`, ...d }));
  const idAt = new Map(mentions.map((m) => [m.start, m.id]));
  const newEntityList: NewEntityProposal[] = newEntities.map(({ members, ...e }) => ({
    ...e,
    mentionIds: members.map((m) => idAt.get(m.start)!),
  }));

  // ---- figures and claims ---------------------------------------------------------------
  const figures = findFigures(text, sentences);
  const kinds = new Map(
    mentions.map((m) => [m.id, m.match ? index.entities.get(m.match.entityId)?.kind : m.kindGuess]),
  );
  const claims = findClaims({
    text,
    tokens,
    sentences,
    mentions,
    kindOf: (m) => kinds.get(m.id),
    index,
    inQuote: (pos) => quoteMask[pos] === 1,
    history: [],
    quotes,
    figures,
    ...(input.outlet ? { outlet: input.outlet } : {}),
  });

  dateClaims(claims, sentences, text, quoteMask, input.publishedDate);

  const words = tokens.reduce((n, t) => n + (t.kind === 'word' ? 1 : 0), 0);
  return {
    mentions,
    claims,
    newEntities: newEntityList,
    figures,
    stats: {
      ms: Math.round((performance.now() - t0) * 100) / 100,
      words,
      sentences: sentences.length,
    },
  };
}
