/**
 * The alias index: every name and alias of the graph's entities as a sequence of
 * normalised token keys in a trie, so the text can be scanned once for the longest
 * match at each word. Built once per graph version, shared by every extract() call.
 */
import { DEMONYMS } from './lexicon';
import { nameKeys, phraseKey, type Token } from './normalise';
import type { EntityLabel, KnownEntity } from './types';

/** What a token of an alias demands of the matching word's case. */
type CaseRule = 'any' | 'cap' | 'upper';

export interface AliasEntry {
  entityId: string;
  label: EntityLabel;
  kind?: string;
  /** The entity's canonical name. */
  entityName: string;
  /** The alias as written in the graph. */
  alias: string;
  /** Every spelling of the graph that gave this entry ("Kim Jong Un", "Kim Jong-un"). */
  surfaces: string[];
  isName: boolean;
  keys: string[];
  caseRules: CaseRule[];
  /** An adjective of nationality ("North Korean" for North Korea): not a mention alone. */
  demonym: boolean;
  /** A single lower-case common noun ("officials"): only used to name a whole speaker phrase. */
  generic: boolean;
  /** A one-word alias of a person ("Kim", "Park"): checked against neighbouring capitals. */
  personWord: boolean;
  /**
   * Not written in the graph but derived from an alias: "North Korean units" from "North
   * Korean troops", "North Korean contingent" from "North Korean contingent in Russia".
   */
  derived?: boolean;
}

/** Nouns for a body of soldiers: an alias with one of them also stands with the others. */
export const GROUP_NOUNS = new Set([
  'troops',
  'soldiers',
  'forces',
  'infantry',
  'units',
  'fighters',
  'servicemen',
  'personnel',
  'contingent',
]);

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

export interface EntityIndex {
  readonly entities: ReadonlyMap<string, KnownEntity>;
  readonly size: number;
  /** Root of the key trie (see mentions.ts). */
  readonly root: TrieNode;
  /** All entries by their joined key, for whole-phrase look-ups. */
  readonly byKey: ReadonlyMap<string, AliasEntry[]>;
  /** Lower-cased demonym words known to the graph or the lexicon ("north korean"). */
  readonly demonyms: ReadonlySet<string>;
  /** Every entry of an entity. */
  readonly byEntity: ReadonlyMap<string, AliasEntry[]>;
}

function caseRule(word: Token): CaseRule {
  if (word.upper) return 'upper';
  if (word.cap) return 'cap';
  return 'any';
}

const STRICTNESS: Record<CaseRule, number> = { any: 0, cap: 1, upper: 2 };
function looser(a: CaseRule, b: CaseRule): CaseRule {
  return STRICTNESS[a] <= STRICTNESS[b] ? a : b;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** "North Korean" of "North Korea", "Ukrainian" of "Ukraine", "Russian" of "Russia". */
function isDemonymOf(alias: string[], name: string[]): boolean {
  if (alias.length !== name.length || alias.length === 0) return false;
  for (let i = 0; i < alias.length - 1; i++) if (alias[i] !== name[i]) return false;
  const a = alias[alias.length - 1]!;
  const n = name[name.length - 1]!;
  if (a === n || !/(?:an|ian|ean|ese|ish|i)$/.test(a)) return false;
  return commonPrefix(a, n) >= Math.min(4, n.length - 1);
}

/** A name qualified by the article it comes from: "Officials (unnamed, article 004)". */
const ARTICLE_SCOPED = /\([^)]*\barticle\b[^)]*\)/i;

/** Builds the index once from the graph's entities. */
export function buildEntityIndex(entities: KnownEntity[]): EntityIndex {
  const root: TrieNode = { next: new Map(), entries: [] };
  const byKey = new Map<string, AliasEntry[]>();
  const byId = new Map<string, KnownEntity>();
  const demonyms = new Set<string>(DEMONYMS);
  const byEntity = new Map<string, AliasEntry[]>();

  for (const e of entities) {
    byId.set(e.id, e);
    const nameK = nameKeys(e.name);
    const seen = new Map<string, AliasEntry>();
    for (const [i, alias] of [e.name, ...e.aliases].entries()) {
      // "Officials (unnamed, article 004)": a description scoped to one article
      // is no name to find in another ("Officials said…").
      if (i === 0 && ARTICLE_SCOPED.test(alias)) continue;
      const nk = nameKeys(alias);
      if (!nk) continue;
      const joined = nk.keys.join(' ');
      const had = seen.get(joined);
      if (had) {
        // "Kim Jong Un" and "Kim Jong-un": one entry, with the looser case of each word
        had.caseRules = had.caseRules.map((r, k) => looser(r, caseRule(nk.words[k]!)));
        had.surfaces.push(alias);
        had.generic ||= nk.words.length === 1 && !nk.words[0]!.cap;
        continue;
      }
      const demonym = !!nameK && isDemonymOf(nk.keys, nameK.keys);
      if (demonym) demonyms.add(joined);
      const entry: AliasEntry = {
        entityId: e.id,
        label: e.label,
        kind: e.kind,
        entityName: e.name,
        alias,
        surfaces: [alias],
        isName: i === 0,
        keys: nk.keys,
        caseRules: nk.words.map(caseRule),
        demonym,
        generic: nk.words.length === 1 && !nk.words[0]!.cap,
        personWord: e.kind === 'person' && nk.words.length === 1 && nk.words[0]!.cap,
      };
      seen.set(joined, entry);
      add(entry);
    }
  }

  // derived aliases, where the graph has nothing under that key already
  const derived = new Map<string, AliasEntry>();
  const offer = (keys: string[], from: AliasEntry, caseRules: CaseRule[]) => {
    const joined = keys.join(' ');
    if (byKey.has(joined)) return;
    const had = derived.get(joined);
    if (had && (had.label === 'Unit' || from.label !== 'Unit')) return;
    derived.set(joined, { ...from, keys, caseRules, surfaces: [], isName: false, derived: true });
  };
  for (const list of byKey.values()) {
    for (const e of list) {
      if (e.demonym || e.generic) continue;
      const last = e.keys[e.keys.length - 1]!;
      if (e.keys.length >= 2 && GROUP_NOUNS.has(last))
        for (const g of GROUP_NOUNS)
          if (g !== last) offer([...e.keys.slice(0, -1), g], e, e.caseRules);
      const at = e.keys.indexOf('in');
      if (e.isName && at >= 3 && e.caseRules[at] === 'any')
        offer(e.keys.slice(0, at), e, e.caseRules.slice(0, at));
    }
  }
  for (const e of derived.values()) add(e);

  return { entities: byId, size: byId.size, root, byKey, demonyms, byEntity };

  function add(entry: AliasEntry): void {
    let node = root;
    for (const k of entry.keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.entries.push(entry);
    const joined = entry.keys.join(' ');
    const list = byKey.get(joined);
    if (list) list.push(entry);
    else byKey.set(joined, [entry]);
    const mine = byEntity.get(entry.entityId);
    if (mine) mine.push(entry);
    else byEntity.set(entry.entityId, [entry]);
  }
}

/** Entries whose whole alias equals the phrase (after normalisation). */
export function lookupPhrase(index: EntityIndex, phrase: string): AliasEntry[] {
  const key = phraseKey(phrase);
  return key ? (index.byKey.get(key) ?? []) : [];
}

/** Does a word satisfy the case an alias token asks for? ("US" ≠ "us", "Park" ≠ "park") */
export function caseFits(rule: CaseRule, word: Token): boolean {
  if (rule === 'upper') return word.upper || (word.raw.length === 1 && word.cap);
  if (rule === 'cap') return word.cap;
  return true;
}
