/**
 * Writes a validated dataset into Neo4j: schema first, then batched
 * transactions: CREATE for records not yet in the database, MERGE for the
 * others (see loadDataset). Running it twice changes no counts.
 */
import { createHash, randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { query, statements } from '../db/cypher';
import { isConstraintViolation } from '../db/errors';
import type { GraphDb } from '../db/graph-db';
import type { Dataset, ResolvedClaim, ResolvedSource } from './dataset';
import { chunk, runSteps, step, totalWeight, type BatchProgress, type Step } from './batches';
import { clearLeftoverMarkers, clearOwnMarkers } from './load-markers';
import { dateSpan, ENTITY_LABELS, ENTITY_RELATION_TYPES, isDenial } from './model';
import type { Entity } from './schema';

export interface LoadOptions {
  /** Rows per transaction (default: 5,000; 1,000 for text-heavy sources). */
  batchSize?: number;
  log?: (line: string) => void;
  /** Called after each committed batch, e.g. for a progress line on long loads. */
  progress?: (event: LoadProgress) => void;
  /**
   * Transactions in flight at once on the fast path (default 2, one per core of
   * the machine this was tuned on). The merges of records that existed already
   * run one at a time: MERGE locks both ends, and hubs are at one end of most.
   */
  concurrency?: number;
}

/** One committed batch: its step (actors … claims; claim links, relations …), rows, time. */
export type LoadProgress = BatchProgress;

export interface Counts {
  /** Distinct nodes (labels overlap: Actor, Unit and Place are also Entity). */
  totalNodes: number;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Drops undefined values: the driver refuses them, and null would erase a property. */
function defined(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

/** The hash by which a re-submitted article is recognised (whitespace and case folded). */
export function textHash(text: string): string {
  return createHash('sha256')
    .update(text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase())
    .digest('hex');
}

/** The last day a partial ISO date covers: 2024 → 2024-12-31, 2024-02 → 2024-02-29. */
export function lastDay(iso: string | null): string | null {
  const span = dateSpan(iso);
  return span && new Date(span[1]).toISOString().slice(0, 10);
}

export async function applySchema(db: GraphDb): Promise<void> {
  for (const statement of statements('schema')) {
    await db.writeRows(statement);
  }
  await db.readRows('CALL db.awaitIndexes(300)');
}

export function entityRow(e: Entity, origin = 'seed') {
  const { id, name, aliases, kind, label: _label, ...rest } = e;
  return { id, name, aliases, kind, props: defined({ ...rest, origin }) };
}

export function sourceRow(s: ResolvedSource, outletName: string | null, origin = 'seed') {
  return {
    id: s.id,
    name: s.name,
    aliases: s.aliases,
    publisher: s.publisher,
    dayEnd: lastDay(s.publishedDate),
    props: defined({
      title: s.title,
      outlet: outletName,
      publishedDate: s.publishedDate,
      dateBasis: s.dateBasis,
      url: s.url,
      author: s.author,
      text: s.text,
      textHash: s.text === null ? null : textHash(s.text),
      held: s.text !== null,
      seedFile: s.seedFile,
      description: s.description,
      note: s.note,
      origin,
    }),
  };
}

export function claimRow(c: ResolvedClaim, origin = 'seed') {
  return {
    id: c.id,
    name: c.text.length > 80 ? `${c.text.slice(0, 77)}…` : c.text,
    speaker: c.speaker,
    source: c.source,
    relayedFrom: c.relayedFrom ?? null,
    excerpt: c.excerpt,
    start: neo4j.int(c.start),
    end: neo4j.int(c.end),
    about: c.about,
    dayEnd: lastDay(c.date),
    props: defined({
      text: c.text,
      quote: c.quote,
      cue: c.cue,
      denies: isDenial(c.cue) || undefined,
      excerpt: c.excerpt,
      date: c.date,
      dateBasis: c.dateBasis,
      note: c.note,
      figures: JSON.stringify(c.figures),
      measures: [...new Set(c.figures.map((f) => f.measure))],
      origin,
    }),
  };
}

export async function readCounts(db: GraphDb): Promise<Counts> {
  const rows = await db.readRows(query('seed/counts'));
  const counts: Counts = { totalNodes: 0, nodes: {}, relationships: {} };
  for (const r of rows) {
    if (r.kind === 'total') {
      counts.totalNodes = Number(r.count);
      continue;
    }
    const bucket = r.kind === 'node' ? counts.nodes : counts.relationships;
    bucket[String(r.name)] = Number(r.count);
  }
  return counts;
}

/**
 * Which of the dataset's ids already name a node, and that node's element id.
 * Nothing to look up for a kind the database holds none of (a fresh load);
 * else one seek per id.
 */
async function presentIds(db: GraphDb, ds: Dataset): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const [counts] = await db.readRows(query('seed/label-counts'));
  const kinds = [
    ['Entity', Number(counts?.entities ?? 1), ds.entities.map((e) => e.id)],
    ['Source', Number(counts?.sources ?? 1), ds.sources.map((s) => s.id)],
    ['Claim', Number(counts?.claims ?? 1), ds.claims.map((c) => c.id)],
  ] as const;
  for (const [label, count, ids] of kinds) {
    if (count > 0) await lookUpRefs(db, label, ids, found);
  }
  return found;
}

/** Adds to `refs` the element id of each of `ids` that names a node of `label`. */
async function lookUpRefs(db: GraphDb, label: string, ids: string[], refs: Map<string, string>) {
  for (const batch of chunk(ids, 10_000)) {
    for (const r of await db.readRows(query('seed/ids-existing'), { label, ids: batch })) {
      refs.set(String(r.id), String(r.ref));
    }
  }
}

/** Replaces a placeholder of a seed query with an allow-listed name. */
function withName(name: string, placeholder: string, value: string, allowed: readonly string[]) {
  if (!allowed.includes(value)) throw new Error(`"${value}" is not in the model`);
  const text = query(`seed/${name}`);
  const replaced = text.replace(new RegExp(`:${placeholder}\\b`, 'g'), `:${value}`);
  if (replaced === text) throw new Error(`${name}: no :${placeholder} to replace`);
  return replaced;
}

/** A *-relations-typed query for one relation type of the model. */
export function relationQuery(name: string, type: string): string {
  return withName(name, 'REL_TYPE', type, ENTITY_RELATION_TYPES);
}

/** create-entities for one entity label of the model. */
export function entityQuery(label: string): string {
  return withName('create-entities', 'ENTITY_LABEL', label, ENTITY_LABELS);
}

/** A partial ISO date as Cypher's date() reads it: 2024 is 2024-01-01, 2024-11 is 2024-11-01. */
export function cypherDate(iso: string | null): InstanceType<typeof neo4j.types.Date> | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y!, m ?? 1, d ?? 1);
}

/**
 * The fast path's node rows: each node's whole property map, the same
 * properties the merge-* queries set (a test loads a graph both ways and
 * compares every property).
 */
export const nodeProps = {
  entity: (r: ReturnType<typeof entityRow>) =>
    defined({ ...r.props, id: r.id, name: r.name, aliases: r.aliases, kind: r.kind }),
  source: (r: ReturnType<typeof sourceRow>) =>
    defined({
      ...r.props,
      id: r.id,
      name: r.name,
      aliases: r.aliases,
      day: cypherDate((r.props.publishedDate as string | undefined) ?? null) ?? undefined,
      dayEnd: cypherDate(r.dayEnd) ?? undefined,
    }),
  claim: (r: ReturnType<typeof claimRow>) =>
    defined({
      ...r.props,
      id: r.id,
      name: r.name,
      aliases: [],
      day: cypherDate((r.props.date as string | undefined) ?? null) ?? undefined,
      dayEnd: cypherDate(r.dayEnd) ?? undefined,
    }),
};

/**
 * Loads the dataset. Records already in the database go through the merge-*
 * queries, which replace their links, exactly as before. What is new takes a
 * fast path: every node first, then the links of new sources and claims and
 * the relations between new entities, all CREATEd (CREATE takes no exclusive
 * lock on hubs, MERGE does), several transactions in flight, each batch run
 * once (seed/batch-once). The relationship pass finds nodes by the element ids
 * the node pass returned, not by id. Relations touching an existing entity are
 * MERGEd, one batch at a time. Either way the graph is the same, and loading
 * again changes nothing. A load killed part-way is completed by running it
 * again: what it committed then counts as existing and is merged.
 */
export async function loadDataset(
  db: GraphDb,
  ds: Dataset,
  opts: LoadOptions = {},
): Promise<Counts> {
  const loadId = randomUUID();
  try {
    return await load(db, ds, opts, loadId);
  } catch (err) {
    // A load that failed leaves no markers behind either, if the database still answers.
    await clearOwnMarkers(db, loadId).catch(() => {});
    throw asLoadConflict(err);
  }
}

/**
 * Two loads wrote some of the same new records at once: the second to commit
 * a node found it there already. Nothing is half-written (each batch is one
 * transaction), and running the load again completes what is missing.
 */
export class LoadConflictError extends Error {}

function asLoadConflict(err: unknown): unknown {
  if (!isConstraintViolation(err)) return err;
  return new LoadConflictError(
    'Another load wrote some of the same records while this one ran ' +
      `(Neo4j: ${(err as Error).message.trim()}). What this load committed stays, ` +
      'and no batch is half-written. Run the load again once the other has ' +
      'finished: it completes what is missing.',
  );
}

async function load(db: GraphDb, ds: Dataset, opts: LoadOptions, loadId: string) {
  const log = opts.log ?? (() => {});
  const size = (fallback: number) => opts.batchSize ?? fallback;
  const run = async (steps: Step[], concurrency: number) => {
    await runSteps(db, steps, {
      concurrency,
      loadId,
      progress: opts.progress,
      onRow: ({ id, ref }) => refs.set(id, ref),
    });
    for (const s of steps) if (s.items.length > 0) log(`  ${s.step.padEnd(12)} ${totalWeight(s)}`);
  };
  const parallel = opts.concurrency ?? 2;
  const rows = size(5_000);
  const textRows = size(1_000); // sources carry whole articles

  await applySchema(db);
  await clearLeftoverMarkers(db);
  const present = await presentIds(db, ds);
  /** Element ids by record id: of what existed, then of every node written. */
  const refs = new Map(present);
  const ref = (id: string) => refs.get(id) ?? null;
  const isNew = (r: { id: string }) => !present.has(r.id);
  const isOld = (r: { id: string }) => present.has(r.id);

  // Node pass: new nodes created, old ones merged (their properties replaced).
  const nameOf = new Map(ds.entities.map((e) => [e.id, e.name]));
  const toSourceRow = (s: ResolvedSource) =>
    sourceRow(s, s.publisher ? (nameOf.get(s.publisher) ?? null) : null);
  const newSources = ds.sources.filter(isNew);
  const newClaims = ds.claims.filter(isNew);
  await run(
    [
      ...ENTITY_LABELS.map((label) =>
        step({
          step: `${label.toLowerCase()}s`,
          cypher: entityQuery(label),
          items: ds.entities.filter((e) => e.label === label && isNew(e)),
          toRow: (e) => nodeProps.entity(entityRow(e)),
          writes: 'nodes',
          batchSize: rows,
          once: true,
        }),
      ),
      ...ENTITY_LABELS.map((label) =>
        step({
          step: `${label.toLowerCase()}s (old)`,
          cypher: query(`seed/merge-${label.toLowerCase()}s`),
          items: ds.entities.filter((e) => e.label === label && isOld(e)),
          toRow: (e) => entityRow(e),
          writes: 'nodes',
          batchSize: rows,
        }),
      ),
      step({
        step: 'sources',
        cypher: query('seed/create-sources'),
        items: newSources,
        toRow: (s) => nodeProps.source(toSourceRow(s)),
        writes: 'nodes',
        batchSize: textRows,
        once: true,
      }),
      step({
        step: 'claims',
        cypher: query('seed/create-claims'),
        items: newClaims,
        toRow: (c) => nodeProps.claim(claimRow(c)),
        writes: 'nodes',
        batchSize: rows,
        once: true,
      }),
    ],
    parallel,
  );
  // A batch retried after its commit went through returned no element ids.
  await fillRefs(db, refs, [
    ['Entity', ds.entities.map((e) => e.id)],
    ['Source', newSources.map((s) => s.id)],
    ['Claim', newClaims.map((c) => c.id)],
  ]);
  await run(
    [
      step({
        step: 'sources (old)',
        cypher: query('seed/merge-sources'),
        items: ds.sources.filter(isOld),
        toRow: toSourceRow,
        writes: 'both',
        batchSize: textRows,
      }),
    ],
    1,
  );

  // Relationship pass, fast path: links of new sources and claims, relations
  // between new entities. Independent of each other, so interleaved.
  // Relations: duplicates removed (the last wins, as with MERGE + SET), then split.
  const relations = [
    ...new Map(ds.relations.map((r) => [`${r.from}|${r.type}|${r.to}`, r])).values(),
  ];
  type Relation = (typeof relations)[number];
  const newRelation = (r: Relation) => !present.has(r.from) && !present.has(r.to);
  const between = (a: string, b: string) => [ref(a), a, ref(b), b];
  await run(
    [
      step({
        step: 'claim links',
        cypher: query('seed/link-claims'),
        items: newClaims,
        toRow: (c) => [
          ...between(c.id, c.speaker),
          ref(c.source),
          c.source,
          neo4j.int(c.start),
          neo4j.int(c.end),
          c.about.map((id) => [ref(id), id]),
        ],
        writes: 'relationships',
        batchSize: rows,
        once: true,
      }),
      ...ENTITY_RELATION_TYPES.map((type) =>
        step({
          step: `relations ${type}`,
          cypher: relationQuery('create-relations-typed', type),
          items: byFromNode(
            relations.filter((r) => r.type === type && newRelation(r)),
            rows,
          ),
          toRow: (group) => [
            ref(group[0]!.from),
            group[0]!.from,
            group.map((r) => [ref(r.to), r.to, r.sources, r.note ?? null]),
          ],
          weigh: (group) => group.length,
          writes: 'relationships',
          batchSize: rows,
          once: true,
        }),
      ),
      step({
        step: 'publishers',
        cypher: query('seed/link-publishers'),
        items: newSources.filter((s) => s.publisher),
        toRow: (s) => between(s.id, s.publisher!),
        writes: 'relationships',
        batchSize: rows,
        once: true,
      }),
      step({
        step: 'claims relayed',
        cypher: query('seed/link-claims-relayed'),
        items: newClaims.filter((c) => c.relayedFrom !== undefined),
        toRow: (c) => between(c.id, c.relayedFrom!),
        writes: 'relationships',
        batchSize: rows,
        once: true,
      }),
      step({
        step: 'cites',
        cypher: query('seed/link-cites'),
        items: newSources.flatMap((s) => s.cites.map((cited) => [s.id, cited] as const)),
        toRow: ([from, to]) => between(from, to),
        writes: 'relationships',
        batchSize: rows,
        once: true,
      }),
    ],
    parallel,
  );

  // Old records: links replaced and relations merged, one batch at a time
  // (MERGE locks both ends, and hubs are at one end of most rows). Recorded
  // contradictions and corroborations are merged too, new or old: every claim exists by now.
  await run(
    [
      step({
        step: 'cites (old)',
        cypher: query('seed/merge-cites'),
        items: ds.sources.filter(isOld),
        toRow: (s) => ({ id: s.id, cites: s.cites }),
        writes: 'relationships',
        batchSize: rows,
      }),
      step({
        step: 'claims (old)',
        cypher: query('seed/merge-claims'),
        items: ds.claims.filter(isOld),
        toRow: (c) => claimRow(c),
        writes: 'both',
        batchSize: rows,
      }),
      step({
        step: 'contradictions',
        cypher: query('seed/merge-contradictions'),
        items: ds.contradictions,
        toRow: (k) => [k.claim, k.contradicts, k.note, 'seed'],
        writes: 'relationships',
        batchSize: rows,
      }),
      step({
        step: 'corroborations',
        cypher: query('seed/merge-corroborations'),
        items: ds.corroborations,
        toRow: (k) => [k.claim, k.corroborates, k.note, 'seed'],
        writes: 'relationships',
        batchSize: rows,
      }),
      ...ENTITY_RELATION_TYPES.map((type) =>
        step({
          step: `relations ${type} (old)`,
          cypher: relationQuery('merge-relations-typed', type),
          items: relations.filter((r) => r.type === type && !newRelation(r)),
          toRow: (r) => [r.from, r.to, r.sources, r.note ?? null],
          writes: 'relationships',
          batchSize: rows,
        }),
      ),
    ],
    1,
  );
  await clearOwnMarkers(db, loadId);
  return readCounts(db);
}

/**
 * Relations grouped by the node they leave, in their first order, each group at
 * most `max` long: create-relations-typed finds that node once per group.
 */
export function byFromNode<R extends { from: string }>(
  relations: readonly R[],
  max: number,
): R[][] {
  const groups = new Map<string, R[][]>();
  for (const r of relations) {
    const pieces = groups.get(r.from) ?? groups.set(r.from, [[]]).get(r.from)!;
    let last = pieces[pieces.length - 1]!;
    if (last.length >= max) pieces.push((last = []));
    last.push(r);
  }
  return [...groups.values()].flat();
}

/** Looks up the element ids still missing from `refs` (one seek per missing id). */
async function fillRefs(db: GraphDb, refs: Map<string, string>, kinds: [string, string[]][]) {
  for (const [label, ids] of kinds) {
    await lookUpRefs(
      db,
      label,
      ids.filter((id) => !refs.has(id)),
      refs,
    );
  }
}
