/**
 * Writes a validated dataset into Neo4j: schema first, then batched
 * `UNWIND … MERGE` transactions. Running it twice changes no counts.
 */
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { query, statements } from '../db/cypher';
import type { GraphDb } from '../db/graph-db';
import type { Dataset, ResolvedClaim, ResolvedSource } from './dataset';
import type { Entity } from './schema';

export interface LoadOptions {
  batchSize?: number;
  log?: (line: string) => void;
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

export async function loadDataset(
  db: GraphDb,
  ds: Dataset,
  opts: LoadOptions = {},
): Promise<Counts> {
  const size = opts.batchSize ?? 500;
  const log = opts.log ?? (() => {});
  const run = async (name: string, rows: unknown[]) => {
    for (const batch of batches(rows, size)) {
      await db.write((tx) => tx.run(query(`seed/${name}`), { rows: batch }));
    }
    log(`  ${name.replace('merge-', '').padEnd(10)} ${rows.length}`);
  };

  await applySchema(db);
  const byLabel = (label: Entity['label']) =>
    ds.entities.filter((e) => e.label === label).map((e) => entityRow(e));
  await run('merge-actors', byLabel('Actor'));
  await run('merge-units', byLabel('Unit'));
  await run('merge-places', byLabel('Place'));
  const nameOf = new Map(ds.entities.map((e) => [e.id, e.name]));
  await run(
    'merge-sources',
    ds.sources.map((s) => sourceRow(s, s.publisher ? (nameOf.get(s.publisher) ?? null) : null)),
  );
  await run(
    'merge-cites',
    ds.sources.map((s) => ({ id: s.id, cites: s.cites })),
  );
  await run(
    'merge-claims',
    ds.claims.map((c) => claimRow(c)),
  );
  await run(
    'merge-relations',
    ds.relations.map((r) => ({ ...r, note: r.note ?? null })),
  );
  return readCounts(db);
}
