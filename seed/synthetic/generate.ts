/**
 * A synthetic who-said-what graph of any size, deterministic for a given seed:
 * the same model and the same Dataset shape as the curated seed (seed/dataset.ts),
 * so it goes through the same loader.
 *
 * Per unit of scale: 12 entities (7 actors, 2 units, 3 places), 8 sources and
 * 80 claims (100 nodes), and about 1,000 relationships: per claim SAID,
 * REPORTED_IN and 2–12 ABOUT (6 on average), RELAYED_FROM for a quarter of the
 * claims of sources that cite others, per source PUBLISHED_BY and ~2 CITES,
 * and ~336 entity relations. `scale: 1000` is ~100k nodes and ~1M
 * relationships.
 *
 * Degrees are skewed on purpose. Subjects, speakers, outlets, cited reports and
 * relation ends are drawn from Zipf laws over a popularity ranking whose head is
 * pinned: one country (a state actor) and its president are the biggest hubs,
 * then that country's territory and armed forces, then a second state.
 */
import type { Dataset, ResolvedClaim, ResolvedSource } from '../dataset';
import { occurrences } from '../dataset';
import type { ACTOR_KINDS, ENTITY_RELATION_TYPES, PLACE_KINDS, UNIT_KINDS } from '../model';
import type { ContradictionRecord, CorroborationRecord, Entity, RelationRecord } from '../schema';
import { NameForge } from './names';
import { Rng, ZipfSampler } from './prng';
import { claimWords, fillerSentence, headline } from './text';

export interface SyntheticOptions {
  /** 1 ≈ 100 nodes and 1,000 relationships; 1000 ≈ 100k nodes and 1M relationships. */
  scale: number;
  /** PRNG seed: the same seed and scale give the same dataset, byte for byte. */
  seed?: string;
  /**
   * Id namespace, lower-case letters and digits: ids look like `act-<ns>-person-12`,
   * so one synthetic dataset can be found (and deleted) by id prefix.
   */
  namespace?: string;
}

export interface SyntheticMeta {
  scale: number;
  seed: string;
  namespace: string;
  /** The pinned hubs. */
  hubs: { country: string; president: string; territory: string; armedForces: string };
  /** Id prefixes of this dataset by label, for clean-up: `MATCH (n) WHERE n.id STARTS WITH …`. */
  prefixes: string[];
  /** Expected relationship counts by type (exact: the generator removes duplicates). */
  relationships: Record<string, number>;
  nodes: Record<string, number>;
}

export interface SyntheticDataset extends Dataset {
  meta: SyntheticMeta;
}

/** Entities per unit of scale, by label and kind, and the minimum of each at tiny scales. */
const ACTOR_RATES: Record<(typeof ACTOR_KINDS)[number], [number, number]> = {
  person: [3.0, 4],
  state: [0.25, 3],
  government: [0.3, 1],
  organisation: [0.6, 1],
  media: [1.2, 2],
  agency: [0.6, 1],
  military: [0.45, 1],
  group: [0.55, 1],
  unattributed: [0.05, 1],
};
const UNIT_RATES: Record<(typeof UNIT_KINDS)[number], [number, number]> = {
  'armed-forces': [0.25, 3],
  formation: [1.2, 2],
  contingent: [0.3, 1],
  'special-forces': [0.25, 1],
};
const PLACE_RATES: Record<(typeof PLACE_KINDS)[number], [number, number]> = {
  country: [0.25, 3],
  region: [0.6, 2],
  city: [1.35, 3],
  settlement: [0.45, 1],
  area: [0.15, 1],
  facility: [0.15, 1],
  front: [0.05, 1],
};
const SOURCES_PER_UNIT = 8;
const HELD_SHARE = 0.88;
const CLAIMS_PER_UNIT = 80;
const CITES_MEAN = 2;
const RELAYED_SHARE = 0.25;
const ENTITY_RELATIONS_PER_UNIT = 336;
/** Recorded contradictions between claims per unit of scale (80 claims). */
const CONTRADICTIONS_PER_UNIT = 1;
/** Recorded corroborations likewise. */
const CORROBORATIONS_PER_UNIT = 1;

type RelType = (typeof ENTITY_RELATION_TYPES)[number];
const RELATION_MIX: [RelType, number][] = [
  ['ALLIED_WITH', 0.2],
  ['FIGHTS_AGAINST', 0.2],
  ['LOCATED_IN', 0.15],
  ['DEPLOYED_TO', 0.15],
  ['MEMBER_OF', 0.15],
  ['PART_OF', 0.1],
  ['LEADS', 0.05],
];

const count = (scale: number, [rate, min]: [number, number]) =>
  Math.max(min, Math.round(rate * scale));

function isoDay(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

const DAY_2024 = Date.UTC(2024, 0, 1) / 86_400_000;

export function synthIdPrefixes(namespace: string): string[] {
  return ['act', 'unit', 'place', 'src', 'clm'].map((p) => `${p}-${namespace}-`);
}

export function generateSynthetic(options: SyntheticOptions): SyntheticDataset {
  const scale = options.scale;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error('scale must be a positive number');
  const seed = options.seed ?? 'claimgraph';
  const ns = options.namespace ?? 'syn';
  if (!/^[a-z0-9]{1,16}$/.test(ns)) throw new Error('namespace: 1–16 lower-case letters/digits');
  const root = new Rng(`${seed}/${scale}`);
  const names = new NameForge(root.fork('names'));

  // ── Entities ────────────────────────────────────────────────────────────
  const entities: Entity[] = [];
  const byKind = new Map<string, Entity[]>();
  const add = <E extends Entity>(e: E): E => {
    entities.push(e);
    const key = `${e.label}:${e.kind}`;
    const list = byKind.get(key);
    if (list) list.push(e);
    else byKind.set(key, [e]);
    return e;
  };
  const seq = new Map<string, number>();
  const nextId = (prefix: string, kind: string) => {
    const n = (seq.get(`${prefix}:${kind}`) ?? 0) + 1;
    seq.set(`${prefix}:${kind}`, n);
    return `${prefix}-${ns}-${kind.replace(/[^a-z]/g, '')}-${n}`;
  };
  const rng = root.fork('entities');

  const states = Array.from({ length: count(scale, ACTOR_RATES.state) }, () => names.country());
  const demonyms = states.map((s) => s.demonym);
  states.forEach((s) =>
    add({
      id: nextId('act', 'state'),
      label: 'Actor',
      kind: 'state',
      name: s.name,
      aliases: [s.capital, `${s.demonym} state`],
      description: `Synthetic state (${ns}).`,
    }),
  );
  states.forEach((s, i) =>
    add({
      id: nextId('place', 'country'),
      label: 'Place',
      kind: 'country',
      name: `${s.name} (territory)`,
      aliases: [s.name],
      description: `Synthetic territory of ${s.name}.`,
      lat: i === 0 ? 50 : rng.int(-60, 70),
      lon: i === 0 ? 30 : rng.int(-170, 170),
    }),
  );
  for (let i = 0; i < count(scale, UNIT_RATES['armed-forces']); i++) {
    const d = demonyms[i % demonyms.length]!;
    add({
      id: nextId('unit', 'armed-forces'),
      label: 'Unit',
      kind: 'armed-forces',
      name: names.armedForces(i < demonyms.length ? d : `${d} Reserve ${i}`),
      aliases: [],
    });
  }
  const persons = count(scale, ACTOR_RATES.person);
  for (let i = 0; i < persons; i++) {
    const p = names.person();
    const president = i === 0;
    const country = states[president ? 0 : rng.int(0, states.length - 1)]!;
    add({
      id: nextId('act', 'person'),
      label: 'Actor',
      kind: 'person',
      name: p.name,
      aliases: president ? [p.last, `President ${p.last}`] : [p.last],
      country: country.name,
      role: president ? `President of ${country.name}` : names.role(),
    });
  }
  const actorKinds: [(typeof ACTOR_KINDS)[number], () => string][] = [
    ['government', () => names.government(rng.pick(states).name)],
    ['organisation', () => names.organisation()],
    ['media', () => names.outlet()],
    ['agency', () => names.agency(rng.pick(demonyms))],
    ['military', () => names.military(rng.pick(demonyms))],
    ['group', () => names.group()],
    [
      'unattributed',
      () => `Unnamed ${rng.pick(['official', 'source', 'officer'])} ${rng.int(1, 99999)}`,
    ],
  ];
  for (const [kind, make] of actorKinds) {
    for (let i = 0; i < count(scale, ACTOR_RATES[kind]); i++) {
      add({ id: nextId('act', kind), label: 'Actor', kind, name: make(), aliases: [] });
    }
  }
  const unitKinds: [(typeof UNIT_KINDS)[number], () => string][] = [
    ['formation', () => names.formation()],
    ['contingent', () => names.contingent(rng.pick(demonyms))],
    ['special-forces', () => names.specialForces()],
  ];
  for (const [kind, make] of unitKinds) {
    for (let i = 0; i < count(scale, UNIT_RATES[kind]); i++) {
      add({ id: nextId('unit', kind), label: 'Unit', kind, name: make(), aliases: [] });
    }
  }
  const placeKinds: [(typeof PLACE_KINDS)[number], () => string][] = [
    ['region', () => names.region()],
    ['city', () => names.city()],
    ['settlement', () => names.city()],
    ['area', () => names.area()],
    ['facility', () => names.facility()],
    ['front', () => names.front()],
  ];
  for (const [kind, make] of placeKinds) {
    for (let i = 0; i < count(scale, PLACE_RATES[kind]); i++) {
      add({
        id: nextId('place', kind),
        label: 'Place',
        kind,
        name: make(),
        aliases: [],
        lat: Number((rng.next() * 30 + 40).toFixed(4)),
        lon: Number((rng.next() * 40 + 10).toFixed(4)),
      });
    }
  }
  // Places beyond the pinned countries (same count as states).
  for (let i = states.length; i < count(scale, PLACE_RATES.country); i++) {
    add({
      id: nextId('place', 'country'),
      label: 'Place',
      kind: 'country',
      name: `${names.country().name} (territory)`,
      aliases: [],
    });
  }

  const first = (label: string, kind: string) => byKind.get(`${label}:${kind}`)![0]!;
  const hubs = {
    country: first('Actor', 'state').id,
    president: first('Actor', 'person').id,
    territory: first('Place', 'country').id,
    armedForces: first('Unit', 'armed-forces').id,
  };
  const secondState = byKind.get('Actor:state')![1]!.id;

  // Popularity: the pinned head, then everyone else in a seeded random order.
  const pinned = [hubs.country, hubs.president, hubs.territory, hubs.armedForces, secondState];
  const popularity = [
    ...pinned.map((id) => entities.find((e) => e.id === id)!),
    ...rng.fork('popularity').shuffle(entities.filter((e) => !pinned.includes(e.id))),
  ];
  const ranked = (keep: (e: Entity) => boolean) => popularity.filter(keep);
  const byId = new Map(entities.map((e) => [e.id, e]));

  // ── Sources ─────────────────────────────────────────────────────────────
  const srng = root.fork('sources');
  const outlets = ranked((e) => e.label === 'Actor' && e.kind === 'media');
  const outletZipf = new ZipfSampler(outlets.length, 1);
  const nSources = Math.max(3, Math.round(SOURCES_PER_UNIT * scale));
  const sourceRecords: (ResolvedSource & { day: number })[] = [];
  for (let i = 0; i < nSources; i++) {
    const held = i < 2 || srng.chance(HELD_SHARE);
    const publisher = srng.chance(0.9) ? outlets[outletZipf.sample(srng)]! : null;
    const day = DAY_2024 + Math.floor(Math.pow(srng.next(), 0.7) * 730);
    const partial = srng.chance(0.05);
    const id = `src-${ns}-${i + 1}`;
    sourceRecords.push({
      id,
      name: '',
      aliases: [],
      title: '',
      publisher: publisher?.id ?? null,
      publishedDate: partial ? isoDay(day).slice(0, 7) : isoDay(day),
      dateBasis: partial ? 'inferred' : 'stated',
      url: `https://news.example.org/${ns}/${i + 1}`,
      ...(srng.chance(0.6) ? { author: names.person().name } : {}),
      textFile: held ? `${ns}-${i + 1}.txt` : null,
      cites: [],
      text: null,
      day,
    });
  }
  // Citations: preferential, towards a few much-relayed reports.
  const citeOrder = srng.fork('cites').shuffle(sourceRecords.map((_, i) => i));
  const citeZipf = new ZipfSampler(citeOrder.length, 0.9);
  for (const [i, s] of sourceRecords.entries()) {
    const k = Math.min(sourceRecords.length - 1, poisson(srng, CITES_MEAN));
    const cites = new Set<string>();
    for (let attempt = 0; cites.size < k && attempt < k * 5; attempt++) {
      const j = citeOrder[citeZipf.sample(srng)]!;
      if (j !== i) cites.add(sourceRecords[j]!.id);
    }
    s.cites = [...cites];
  }

  // ── Claims ──────────────────────────────────────────────────────────────
  const crng = root.fork('claims');
  const held = sourceRecords.filter((s) => s.textFile !== null);
  const nClaims = Math.max(held.length, Math.round(CLAIMS_PER_UNIT * scale));
  const perSource = held.map(() => 1);
  const sourceZipf = new ZipfSampler(held.length, 0.5);
  const sourceOrder = crng.fork('order').shuffle(held.map((_, i) => i));
  for (let i = held.length; i < nClaims; i++)
    perSource[sourceOrder[sourceZipf.sample(crng)]!]! += 1;

  const speakers = ranked((e) => e.label === 'Actor');
  const speakerZipf = new ZipfSampler(speakers.length, 1);
  const subjectZipf = new ZipfSampler(popularity.length, 1);
  const places = ranked((e) => e.label === 'Place');
  const placeZipf = new ZipfSampler(places.length, 1);
  const claims: ResolvedClaim[] = [];
  let claimNo = 0;
  for (const [si, s] of held.entries()) {
    const parts: string[] = [];
    let at = 0;
    const push = (sentence: string, sep: string) => {
      if (parts.length > 0) {
        parts.push(sep);
        at += sep.length;
      }
      parts.push(sentence);
      const start = at;
      at += sentence.length;
      return start;
    };
    const lead = popularity[subjectZipf.sample(crng)]!;
    const leadPlace = places[placeZipf.sample(crng)]!;
    const title = headline(crng, lead.name, leadPlace.name);
    push(`${title}.`, '\n\n');
    push(fillerSentence(crng, lead.name, leadPlace.name), ' ');
    const outlet = s.publisher ? byId.get(s.publisher)!.name : null;
    s.title = title;
    s.name = outlet ? `${outlet}: ${title}` : title;
    const pending: { claim: Omit<ResolvedClaim, 'start' | 'end'>; start: number }[] = [];
    for (let k = 0; k < perSource[si]!; k++) {
      claimNo += 1;
      const speaker = speakers[speakerZipf.sample(crng)]!;
      const nAbout = 2 + binomial(crng, 10, 0.4);
      const about = new Set<string>();
      for (let attempt = 0; about.size < nAbout && attempt < nAbout * 6; attempt++) {
        about.add(popularity[subjectZipf.sample(crng)]!.id);
      }
      if (crng.chance(0.02) && s.cites.length > 0) about.add(crng.pick(s.cites));
      const aboutList = [...about];
      const aboutEntities = aboutList.map((id) => byId.get(id)).filter((e) => e !== undefined);
      const subject = aboutEntities.find((e) => e.label !== 'Place') ?? lead;
      const other =
        aboutEntities.find((e) => e.label !== 'Place' && e.id !== subject.id) ??
        speakers[speakerZipf.sample(crng)]!;
      const place = aboutEntities.find((e) => e.label === 'Place') ?? leadPlace;
      const words = claimWords(crng, speaker.name, subject.name, other.name, place.name);
      for (let f = crng.int(0, 2); f > 0; f--) {
        push(fillerSentence(crng, subject.name, place.name), crng.chance(0.3) ? '\n\n' : ' ');
      }
      const start = push(words.excerpt, crng.chance(0.4) ? '\n\n' : ' ');
      const date =
        s.publishedDate && s.publishedDate.length === 10
          ? isoDay(s.day - crng.int(0, 3))
          : s.publishedDate;
      pending.push({
        start,
        claim: {
          id: `clm-${ns}-${claimNo}`,
          text: words.text,
          quote: words.quote,
          speaker: speaker.id,
          about: aboutList,
          source: s.id,
          excerpt: words.excerpt,
          cue: words.cue,
          date,
          dateBasis: date === null ? 'unknown' : date.length === 10 ? 'stated' : 'publication',
          figures: words.figures,
        },
      });
    }
    push(fillerSentence(crng, lead.name, leadPlace.name), '\n\n');
    s.text = parts.join('');
    for (const { claim, start } of pending) {
      const found = occurrences(s.text, claim.excerpt);
      const occurrence = found.indexOf(start) + 1;
      claims.push({
        ...claim,
        ...(found.length > 1 ? { occurrence } : {}),
        start,
        end: start + claim.excerpt.length,
      });
    }
  }
  // A quarter of the claims of an article that cites others are relayed from
  // one of them (in the seed, 44 of 69). Its own stream, so the rest of the
  // graph is what it was before claims were relayed.
  const vrng = root.fork('relayed');
  const citesOf = new Map(sourceRecords.map((s) => [s.id, s.cites]));
  for (const c of claims) {
    const cites = citesOf.get(c.source) ?? [];
    if (cites.length > 0 && vrng.chance(RELAYED_SHARE)) c.relayedFrom = vrng.pick(cites);
  }
  for (const s of sourceRecords) {
    if (!s.title) {
      const x = popularity[subjectZipf.sample(srng)]!.name;
      s.title = `Report on ${x}`;
      s.name = s.publisher ? `${byId.get(s.publisher)!.name}: ${s.title}` : s.title;
    }
  }

  // ── Entity relations ────────────────────────────────────────────────────
  const rrng = root.fork('relations');
  const pool = (keep: (e: Entity) => boolean) => {
    const items = ranked(keep);
    return { items, zipf: new ZipfSampler(Math.max(1, items.length), 1) };
  };
  const isActorOrUnit = (e: Entity) => e.label === 'Actor' || e.label === 'Unit';
  const pools = {
    anyEntity: pool(() => true),
    place: pool((e) => e.label === 'Place'),
    bigPlace: pool((e) => e.label === 'Place' && ['country', 'region', 'front'].includes(e.kind)),
    unit: pool((e) => e.label === 'Unit'),
    person: pool((e) => e.label === 'Actor' && e.kind === 'person'),
    body: pool(
      (e) =>
        e.label === 'Actor' &&
        ['state', 'government', 'organisation', 'agency', 'military', 'group', 'media'].includes(
          e.kind,
        ),
    ),
    led: pool(
      (e) =>
        e.label === 'Unit' ||
        (e.label === 'Actor' && ['state', 'government', 'military', 'group'].includes(e.kind)),
    ),
    party: pool(isActorOrUnit),
  };
  const ends: Record<RelType, [keyof typeof pools, keyof typeof pools]> = {
    ALLIED_WITH: ['party', 'party'],
    FIGHTS_AGAINST: ['party', 'party'],
    LOCATED_IN: ['anyEntity', 'bigPlace'],
    DEPLOYED_TO: ['unit', 'place'],
    MEMBER_OF: ['person', 'body'],
    PART_OF: ['unit', 'unit'],
    LEADS: ['person', 'led'],
  };
  const heldZipf = new ZipfSampler(held.length, 0.7);
  const heldOrder = rrng.fork('order').shuffle(held.map((s) => s.id));
  const relations: RelationRecord[] = [];
  const seen = new Set<string>();
  const target = Math.round(ENTITY_RELATIONS_PER_UNIT * scale);
  const mixTotal = RELATION_MIX.reduce((a, [, w]) => a + w, 0);
  for (let attempt = 0; relations.length < target && attempt < target * 8; attempt++) {
    let x = rrng.next() * mixTotal;
    let type: RelType = RELATION_MIX[0]![0];
    for (const [t, w] of RELATION_MIX) {
      if (x < w) {
        type = t;
        break;
      }
      x -= w;
    }
    const [fromPool, toPool] = ends[type].map((k) => pools[k]);
    if (!fromPool!.items.length || !toPool!.items.length) continue;
    const from = fromPool!.items[fromPool!.zipf.sample(rrng)]!;
    const to = toPool!.items[toPool!.zipf.sample(rrng)]!;
    if (from.id === to.id) continue;
    const key = `${from.id}|${type}|${to.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const nSrc = rrng.int(1, 3);
    const sources = new Set<string>();
    for (let k = 0; k < nSrc; k++) sources.add(heldOrder[heldZipf.sample(rrng)]!);
    relations.push({ type, from: from.id, to: to.id, sources: [...sources] });
  }

  // ── Contradictions ──────────────────────────────────────────────────────
  // As an analyst records them: two claims by different speakers about the
  // same subject (their first), about one pair per 80 claims.
  const krng = root.fork('contradictions');
  const bySubject = new Map<string, ResolvedClaim[]>();
  for (const c of claims) {
    const list = bySubject.get(c.about[0]!) ?? bySubject.set(c.about[0]!, []).get(c.about[0]!)!;
    list.push(c);
  }
  // Corroborations likewise, one pair per 80 claims, never a pair recorded as contradicting.
  const paired = new Set<string>();
  const pairsOnSubjects = (rng: typeof krng, target: number, what: string) => {
    const pairs: { a: ResolvedClaim; b: ResolvedClaim; note: string }[] = [];
    for (let attempt = 0; pairs.length < target && attempt < target * 8; attempt++) {
      const a = rng.pick(claims);
      const b = rng.pick(bySubject.get(a.about[0]!)!);
      if (a.speaker === b.speaker) continue;
      const pair = [a.id, b.id].sort().join(' ');
      if (paired.has(pair)) continue;
      paired.add(pair);
      const name = (id: string) => byId.get(id)?.name ?? id;
      pairs.push({
        a,
        b,
        note: `${name(a.speaker)} and ${name(b.speaker)} ${what} about ${name(a.about[0]!)}.`,
      });
    }
    return pairs;
  };
  const contradictions: ContradictionRecord[] = pairsOnSubjects(
    krng,
    Math.round(CONTRADICTIONS_PER_UNIT * scale),
    'cannot both be right',
  ).map(({ a, b, note }) => ({ claim: a.id, contradicts: b.id, note }));
  const corroborations: CorroborationRecord[] = pairsOnSubjects(
    root.fork('corroborations'),
    Math.round(CORROBORATIONS_PER_UNIT * scale),
    'bear each other out',
  ).map(({ a, b, note }) => ({ claim: a.id, corroborates: b.id, note }));

  // ── Expected counts ─────────────────────────────────────────────────────
  const rels: Record<string, number> = {
    SAID: claims.length,
    REPORTED_IN: claims.length,
    ABOUT: claims.reduce((n, c) => n + c.about.length, 0),
    PUBLISHED_BY: sourceRecords.filter((s) => s.publisher).length,
    CITES: sourceRecords.reduce((n, s) => n + s.cites.length, 0),
    RELAYED_FROM: claims.filter((c) => c.relayedFrom !== undefined).length,
    CONTRADICTS: contradictions.length,
    CORROBORATES: corroborations.length,
  };
  for (const r of relations) rels[r.type] = (rels[r.type] ?? 0) + 1;
  const nodes: Record<string, number> = {
    Actor: entities.filter((e) => e.label === 'Actor').length,
    Unit: entities.filter((e) => e.label === 'Unit').length,
    Place: entities.filter((e) => e.label === 'Place').length,
    Entity: entities.length,
    Source: sourceRecords.length,
    Claim: claims.length,
  };

  const sources: ResolvedSource[] = sourceRecords.map(({ day: _day, ...s }) => s);
  return {
    entities,
    sources,
    claims,
    relations,
    contradictions,
    corroborations,
    meta: {
      scale,
      seed,
      namespace: ns,
      hubs,
      prefixes: synthIdPrefixes(ns),
      relationships: rels,
      nodes,
    },
  };
}

function poisson(rng: Rng, mean: number): number {
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng.next();
  } while (p > l);
  return k - 1;
}

function binomial(rng: Rng, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.next() < p) k++;
  return k;
}

export function totalRelationships(meta: SyntheticMeta): number {
  return Object.values(meta.relationships).reduce((a, b) => a + b, 0);
}

export function totalNodes(meta: SyntheticMeta): number {
  return meta.nodes.Entity! + meta.nodes.Source! + meta.nodes.Claim!;
}

/**
 * How many claims (as speaker or subject) and entity relations each id takes
 * part in: the skew the generator is built to give (hubs, a long tail).
 */
export function participation(ds: SyntheticDataset): Map<string, number> {
  const count = new Map<string, number>();
  const inc = (id: string) => count.set(id, (count.get(id) ?? 0) + 1);
  for (const c of ds.claims) {
    inc(c.speaker);
    c.about.forEach(inc);
  }
  for (const r of ds.relations) {
    inc(r.from);
    inc(r.to);
  }
  return count;
}
