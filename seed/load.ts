/**
 * Writes a validated dataset into Neo4j: schema first, then batched
 * `UNWIND … MERGE` transactions (with a faster path for records not yet in the
 * database: see loadDataset). Running it twice changes no counts.
 */
import { createHash, randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { query, statements } from '../db/cypher';
import type { GraphDb } from '../db/graph-db';
import type { Dataset, ResolvedClaim, ResolvedSource } from './dataset';
import { ENTITY_RELATION_TYPES } from './model';
import type { Entity } from './schema';

export interface LoadOptions {
  /** Rows per transaction (default: 5,000; 1,000 for text-heavy sources). */
  batchSize?: number;
  log?: (line: string) => void;
  /** Called after each committed batch, e.g. for a progress line on long loads. */
  progress?: (event: LoadProgress) => void;
  /**
   * Node batches in flight at once (default 2). Relationship batches always run
   * one at a time: they lock both ends, and hubs are at one end of most of them.
   */
  concurrency?: number;
}

export interface LoadProgress {
  /** actors, units, places, sources, claims (nodes); publishers, cites, claim links, relations. */
  step: string;
  /** What the step writes: nodes, relationships, or both (re-loads of existing records). */
  writes: 'nodes' | 'relationships' | 'both';
  done: number;
  total: number;
  /** Relationships created by this batch (for rates). */
  relationshipsCreated: number;
  nodesCreated: number;
}

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
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  if (d) return iso;
  if (m) {
    const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(days).padStart(2, '0')}`;
  }
  return `${y}-12-31`;
}

export async function applySchema(db: GraphDb): Promise<void> {
  for (const statement of statements('schema')) {
    await db.writeRows(statement);
  }
  await db.readRows('CALL db.awaitIndexes(300)');
}

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
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
    excerpt: c.excerpt,
    start: neo4j.int(c.start),
    end: neo4j.int(c.end),
    about: c.about,
    dayEnd: lastDay(c.date),
    props: defined({
      text: c.text,
      quote: c.quote,
      cue: c.cue,
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
    if (count === 0) continue;
    for (const batch of batches([...ids], 10_000)) {
      for (const r of await db.readRows(query('seed/ids-existing'), { label, ids: batch })) {
        found.set(String(r.id), String(r.ref));
      }
    }
  }
  return found;
}

/** Runs `work` on every item with at most `concurrency` at once; stops at the first error. */
async function inPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker),
  );
}

/** A *-relations-typed query for one allow-listed type (see the .cypher files). */
export function relationQuery(name: string, type: string): string {
  if (!(ENTITY_RELATION_TYPES as readonly string[]).includes(type)) {
    throw new Error(`relation type "${type}" is not in the model`);
  }
  const text = query(`seed/${name}`);
  if (!text.includes(':REL_TYPE]')) throw new Error(`${name}: no :REL_TYPE] to replace`);
  return text.replaceAll(':REL_TYPE]', `:${type}]`);
}

/**
 * Loads the dataset. Records already in the database go through the merge-*
 * queries, which replace their links, exactly as before. What is new takes a
 * fast path: every node first (batches in parallel), then the links of new
 * sources and claims and the relations between new entities, CREATEd with a
 * guard that skips what exists (batches in parallel: CREATE takes no exclusive
 * lock on hubs, MERGE does). The fast path finds nodes by the element ids the
 * node pass returned, not by id. Relations touching an existing entity are MERGEd,
 * one batch at a time. Either way the graph is the same, and loading again
 * changes nothing. A load killed part-way is completed by running it again:
 * what it committed then counts as existing and is merged.
 */
export async function loadDataset(
  db: GraphDb,
  ds: Dataset,
  opts: LoadOptions = {},
): Promise<Counts> {
  const log = opts.log ?? (() => {});
  const concurrency = opts.concurrency ?? 2;
  const run = async (
    step: string,
    cypher: string,
    rows: unknown[],
    writes: LoadProgress['writes'],
    { parallel = writes === 'nodes', defaultBatch = 5_000 } = {},
  ) => {
    if (rows.length === 0) return;
    let done = 0;
    let index = 0;
    const work = async (batch: unknown[]) => {
      // Queries that run a batch once only ($batch, see create-relations-typed) get its id.
      const params = { rows: batch, batch: `${loadId}:${step}:${index++}` };
      const { summary, records } = await db.write(async (tx) => await tx.run(cypher, params));
      // Node queries return each node's element id, for the relationship pass.
      for (const r of records) refs.set(String(r.get('id')), String(r.get('ref')));
      done += batch.length;
      const u = summary.counters.updates();
      opts.progress?.({
        step,
        writes,
        done,
        total: rows.length,
        relationshipsCreated: u.relationshipsCreated,
        nodesCreated: u.nodesCreated,
      });
    };
    const parts = batches(rows, opts.batchSize ?? defaultBatch);
    await inPool(parts, parallel ? concurrency : 1, work);
    log(`  ${step.padEnd(12)} ${rows.length}`);
  };

  const loadId = randomUUID();
  await applySchema(db);
  await db.writeRows(query('seed/clear-load-batches'));
  const present = await presentIds(db, ds);
  /** Element ids by record id: of what existed, then of every node written. */
  const refs = new Map(present);
  const ref = (id: string) => refs.get(id) ?? null;
  const byLabel = (label: Entity['label']) =>
    ds.entities.filter((e) => e.label === label).map((e) => entityRow(e));
  await run('actors', query('seed/merge-actors'), byLabel('Actor'), 'nodes');
  await run('units', query('seed/merge-units'), byLabel('Unit'), 'nodes');
  await run('places', query('seed/merge-places'), byLabel('Place'), 'nodes');

  const nameOf = new Map(ds.entities.map((e) => [e.id, e.name]));
  const sourceRows = ds.sources.map((s) =>
    sourceRow(s, s.publisher ? (nameOf.get(s.publisher) ?? null) : null),
  );
  const newSources = sourceRows.filter((r) => !present.has(r.id));
  const text = { defaultBatch: 1_000 };
  await run('sources', query('seed/create-sources'), newSources, 'nodes', text);
  const oldSources = sourceRows.filter((r) => present.has(r.id));
  await run('sources (old)', query('seed/merge-sources'), oldSources, 'both', text);

  const claimRows = ds.claims.map((c) => claimRow(c));
  const newClaims = claimRows.filter((r) => !present.has(r.id));
  const claimNodes = newClaims.map(({ id, name, props, dayEnd }) => ({ id, name, props, dayEnd }));
  await run('claims', query('seed/create-claims'), claimNodes, 'nodes');

  const publishers = newSources
    .filter((r) => r.publisher)
    .map((r) => ({ id: r.id, publisher: r.publisher }));
  await run('publishers', query('seed/link-sources'), publishers, 'relationships');
  const cites = ds.sources.map((s) => ({ id: s.id, cites: s.cites }));
  await run('cites', query('seed/merge-cites'), cites, 'relationships');
  const links = newClaims.map((r) => [
    ref(r.id),
    r.id,
    ref(r.speaker),
    r.speaker,
    ref(r.source),
    r.source,
    r.excerpt,
    r.start,
    r.end,
    r.about.map((id) => [ref(id), id]),
  ]);
  await run('claim links', query('seed/link-claims'), links, 'relationships', { parallel: true });
  const oldClaims = claimRows.filter((r) => present.has(r.id));
  await run('claims (old)', query('seed/merge-claims'), oldClaims, 'both');

  // Relations: duplicates removed (the last wins, as with MERGE + SET), then split.
  const relations = new Map(ds.relations.map((r) => [`${r.from}|${r.type}|${r.to}`, r]));
  for (const type of ENTITY_RELATION_TYPES) {
    const ofType = [...relations.values()].filter((r) => r.type === type);
    const row = (r: (typeof ofType)[number]) => [r.from, r.to, r.sources, r.note ?? null];
    const byRef = (r: (typeof ofType)[number]) => [
      ref(r.from),
      r.from,
      ref(r.to),
      r.to,
      r.sources,
      r.note ?? null,
    ];
    const isNew = (r: (typeof ofType)[number]) => !present.has(r.from) && !present.has(r.to);
    await run(
      `relations ${type}`,
      relationQuery('create-relations-typed', type),
      ofType.filter(isNew).map(byRef),
      'relationships',
      { parallel: true },
    );
    await run(
      `relations ${type} (old)`,
      relationQuery('merge-relations-typed', type),
      ofType.filter((r) => !isNew(r)).map(row),
      'relationships',
    );
  }
  await db.writeRows(query('seed/clear-load-batches'));
  return readCounts(db);
}
