/**
 * The naive loader the benchmark compares against: the loader's own merge-*
 * queries, but one record (one entity, source, claim with its links, or entity
 * relation) per transaction, the way a first script loops over its records.
 * Used only by the benchmark, on a sample, to extrapolate the time a whole
 * dataset would take. As the loader is timed after a warm-up load, the sample is
 * timed after a warm-up sample (bench/load-bench.ts): until Neo4j has planned
 * and compiled these queries, the first 150 records of a kind cost up to several
 * times what the next 150 do, which a whole naive load (an hour of records)
 * pays once, not once every 150 records.
 */
import { query } from '../db/cypher';
import type { GraphDb } from '../db/graph-db';
import type { Dataset } from '../seed/dataset';
import { applySchema, claimRow, entityRow, relationQuery, sourceRow } from '../seed/load';

export interface NaiveSample {
  /** Record kind → records timed and the mean milliseconds per record (one transaction each). */
  kinds: Record<string, { records: number; msPerRecord: number }>;
  elapsedMs: number;
}

/**
 * Loads at most `perKind` records of each kind of `ds` one transaction at a
 * time and times them. Entities and sources are loaded fully first when needed
 * by the sample (untimed), so that every claim and relation finds its ends.
 */
export async function naiveSample(db: GraphDb, ds: Dataset, perKind: number): Promise<NaiveSample> {
  const t0 = Date.now();
  await applySchema(db);
  const kinds: NaiveSample['kinds'] = {};
  /** Writes `rows` one transaction each: `name` is a seed query, or gives the i-th row's. */
  const one = async (
    name: string | ((i: number) => string),
    rows: unknown[],
    kind: string,
    timed: boolean,
  ) => {
    const cypherOf = typeof name === 'string' ? () => query(`seed/${name}`) : name;
    const start = performance.now();
    for (const [i, row] of rows.entries()) {
      await db.write((tx) => tx.run(cypherOf(i), { rows: [row] }));
    }
    if (timed && rows.length > 0) {
      const prev = kinds[kind];
      const ms = performance.now() - start;
      const records = (prev?.records ?? 0) + rows.length;
      const total = (prev ? prev.msPerRecord * prev.records : 0) + ms;
      kinds[kind] = { records, msPerRecord: total / records };
    }
  };
  const entities = (label: string) =>
    ds.entities.filter((e) => e.label === label).map((e) => entityRow(e));
  // Entities: the first `perKind` timed, the rest (needed by relations) loaded untimed.
  for (const label of ['Actor', 'Unit', 'Place']) {
    const rows = entities(label);
    const name = `merge-${label.toLowerCase()}s`;
    await one(name, rows.slice(0, perKind), 'entity', true);
    await one(name, rows.slice(perKind), 'entity', false);
  }
  const nameOf = new Map(ds.entities.map((e) => [e.id, e.name]));
  const sources = ds.sources.map((s) =>
    sourceRow(s, s.publisher ? (nameOf.get(s.publisher) ?? null) : null),
  );
  await one('merge-sources', sources.slice(0, perKind), 'source', true);
  await one('merge-sources', sources.slice(perKind), 'source', false);
  await one(
    'merge-cites',
    ds.sources.slice(0, perKind).map((s) => ({ id: s.id, cites: s.cites })),
    'cites',
    true,
  );
  await one(
    'merge-claims',
    ds.claims.slice(0, perKind).map((c) => claimRow(c)),
    'claim',
    true,
  );
  // The loader's own query for relations of existing entities, one per type.
  const relations = ds.relations.slice(0, perKind);
  await one(
    (i) => relationQuery('merge-relations-typed', relations[i]!.type),
    relations.map((r) => [r.from, r.to, r.sources, r.note ?? null]),
    'relation',
    true,
  );
  return { kinds, elapsedMs: Date.now() - t0 };
}

/** Milliseconds the naive loader would take for all of `ds`, from a sample's rates. */
export function naiveEstimateMs(sample: NaiveSample, ds: Dataset): number {
  const ms = (kind: string) => sample.kinds[kind]?.msPerRecord ?? 0;
  return (
    ds.entities.length * ms('entity') +
    ds.sources.length * (ms('source') + ms('cites')) +
    ds.claims.length * ms('claim') +
    ds.relations.length * ms('relation')
  );
}
