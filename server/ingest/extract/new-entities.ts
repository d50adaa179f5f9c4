/**
 * Proposed new entities: candidate mentions grouped by the entity they would create
 * ("Mark Rutte" and "Rutte", "National Intelligence Service" and "NIS"), and the fuzzy
 * fallback that may link a group to a graph entity after all ("Zelenskky", "Shoygu").
 */
import type { EntityIndex } from './entity-index';
import { NAME_CONNECTORS } from './lexicon';
import { editDistance, phraseKey, similarity } from './normalise';
import type { EntityLabel, FuzzyLookup } from './types';

export interface NewMention {
  start: number;
  end: number;
  text: string;
  label: EntityLabel;
  kindGuess: string;
}

export interface Cluster {
  key: string;
  name: string;
  label: EntityLabel;
  kindGuess: string;
  members: NewMention[];
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export function clusterNewMentions(text: string, mentions: NewMention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const ordered = [...mentions].sort(
    (a, b) => b.text.split(/\s+/).length - a.text.split(/\s+/).length || a.start - b.start,
  );
  for (const m of ordered) {
    const key = phraseKey(m.text);
    let c = byKey.get(key);
    const words = key.split(' ');
    if (!c && words.length === 1 && m.label === 'Actor') {
      const acronym = /^\p{Lu}{2,6}$/u.test(m.text);
      const fits = clusters.filter((x) => {
        if (acronym) {
          const after = text.slice(x.members[0]!.end, x.members[0]!.end + m.text.length + 4);
          return initials(x.name) === m.text || after.includes(`(${m.text})`);
        }
        if (x.kindGuess !== 'person') return false;
        const xw = x.key.split(' ');
        return xw.length > 1 && (xw[xw.length - 1] === words[0] || xw[0] === words[0]);
      });
      if (fits.length === 1) c = fits[0];
    }
    if (!c) {
      c = { key, name: m.text, label: m.label, kindGuess: m.kindGuess, members: [] };
      clusters.push(c);
    }
    byKey.set(key, c);
    c.members.push(m);
  }
  for (const c of clusters) c.members.sort((a, b) => a.start - b.start);
  return clusters;
}

export interface FuzzyLink {
  entityId: string;
  name: string;
  label: EntityLabel;
  score: number;
}

/**
 * Asks the fuzzy look-up about a cluster's name and accepts a candidate only if the
 * name is close to one of the entity's own names (the look-up's scores are not trusted:
 * Lucene scores are not similarities).
 */
export async function fuzzyLink(
  cluster: Cluster,
  index: EntityIndex,
  fuzzy: FuzzyLookup,
): Promise<FuzzyLink | null> {
  const key = phraseKey(cluster.name);
  if (key.replace(/\s/g, '').length < 5) return null;
  let found: { id: string; score: number }[];
  try {
    found = await fuzzy(cluster.name);
  } catch {
    return null;
  }
  let best: FuzzyLink | null = null;
  for (const f of found.slice(0, 10)) {
    const e = index.entities.get(f.id);
    if (!e) continue;
    for (const alias of [e.name, ...e.aliases]) {
      const ak = phraseKey(alias);
      if (!ak || index.demonyms.has(ak) || ak.split(' ').length !== key.split(' ').length) continue;
      const sim = similarity(key, ak);
      if (sim >= 0.8 && (!best || sim > best.score))
        best = { entityId: e.id, name: e.name, label: e.label, score: Math.round(sim * 100) / 100 };
    }
  }
  return best;
}

/** An in-memory stand-in for the server's full-text fuzzy search (tests and the eval). */
export function createMemoryFuzzyLookup(index: EntityIndex): FuzzyLookup {
  const rows: { id: string; words: string[] }[] = [];
  for (const e of index.entities.values())
    for (const a of [e.name, ...e.aliases]) {
      const key = phraseKey(a);
      if (key) rows.push({ id: e.id, words: key.split(' ') });
    }
  return async (surface: string) => {
    const q = phraseKey(surface);
    if (!q) return [];
    const qWords = q.split(' ');
    const best = new Map<string, number>();
    for (const r of rows) {
      // each query word within edit distance 2 of some word of the name (Lucene's "~")
      let hit = 0;
      for (const w of qWords) {
        let bw = 0;
        for (const x of r.words) {
          if (Math.abs(x.length - w.length) > 2) continue;
          const d = editDistance(w, x, 2);
          if (d <= 2) bw = Math.max(bw, 1 - d / Math.max(w.length, x.length));
        }
        if (bw >= 0.6) hit += bw;
      }
      if (!hit) continue;
      const score = hit / Math.max(qWords.length, r.words.length);
      if (score > 0.5 && score > (best.get(r.id) ?? 0)) best.set(r.id, score);
    }
    return [...best.entries()]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 5);
  };
}
