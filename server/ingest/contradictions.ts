/**
 * An analyst records that two claims cannot both hold (a contradiction) or
 * that they bear each other out (a corroboration), with a note saying why,
 * rewords the note, or takes it back. Each is one transaction; the claims must
 * exist, and a pair cannot be recorded as both.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { query } from '../../db/cypher';
import { rows, type GraphDb, type Row } from '../../db/graph-db';
import type { PairOf, RecordedPair } from '../domain/contradictions';
import { HttpError } from '../http/errors';

/** Which of `ids` are claims in the graph. */
export async function presentClaims(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
  const found = rows(await tx.run(query('ingest/claims-present'), { ids }));
  return new Set(found.map((r) => String(r.id)));
}

/** What tells the two kinds of recorded pair apart: the body's field, words and queries. */
export interface PairKind<F extends string> {
  /** The body's field naming the other claim. */
  field: F;
  /** "contradiction": what the messages call one. */
  noun: string;
  /** "contradict": "a claim cannot contradict itself". */
  verb: string;
  /** Its relationship type, and the other kind's, which the same pair cannot also be. */
  type: 'CONTRADICTS' | 'CORROBORATES';
  opposite: { type: 'CONTRADICTS' | 'CORROBORATES'; words: string };
  /** cypher/ingest/<prefix>-record, -remove, -note. */
  prefix: string;
  /** Where the seed's pairs are reworded. */
  seedFile: string;
}

export const CONTRADICTION: PairKind<'contradicts'> = {
  field: 'contradicts',
  noun: 'contradiction',
  verb: 'contradict',
  type: 'CONTRADICTS',
  opposite: { type: 'CORROBORATES', words: 'corroborating each other' },
  prefix: 'contradiction',
  seedFile: 'seed/data/contradictions.json',
};

export const CORROBORATION: PairKind<'corroborates'> = {
  field: 'corroborates',
  noun: 'corroboration',
  verb: 'corroborate',
  type: 'CORROBORATES',
  opposite: { type: 'CONTRADICTS', words: 'contradicting each other' },
  prefix: 'corroboration',
  seedFile: 'seed/data/corroborations.json',
};

/** 404 naming the field whose claim does not exist. */
async function requireClaims<F extends string>(
  tx: ManagedTransaction,
  kind: PairKind<F>,
  pair: PairOf<F>,
): Promise<void> {
  const present = await presentClaims(tx, [pair.claim, pair[kind.field]]);
  for (const field of ['claim', kind.field] as const) {
    if (!present.has(pair[field])) {
      throw new HttpError(404, `body.${field}: no claim with id "${pair[field]}"`);
    }
  }
}

/** 404: nothing of this kind is recorded between the two claims. */
const notRecorded = <F extends string>(kind: PairKind<F>, pair: PairOf<F>) =>
  new HttpError(
    404,
    `body.${kind.field}: no ${kind.noun} is recorded between "${pair.claim}" and "${pair[kind.field]}"`,
  );

/** A row of <prefix>-record, -remove or -note: the pair as it is stored. */
function recordedFromRow<F extends string>(kind: PairKind<F>, row: Row): RecordedPair<F> {
  return {
    claim: String(row.claim),
    [kind.field]: String(row[kind.field]),
    note: String(row.note),
    origin: String(row.origin),
  } as RecordedPair<F>;
}

export async function recordPair<F extends string>(
  db: GraphDb,
  kind: PairKind<F>,
  pair: PairOf<F> & { note: string },
): Promise<{ created: boolean; recorded: RecordedPair<F> }> {
  if (pair.claim === pair[kind.field]) {
    throw new HttpError(400, `body.${kind.field}: a claim cannot ${kind.verb} itself`);
  }
  return db.write(async (tx) => {
    await requireClaims(tx, kind, pair);
    const between = rows(
      await tx.run(query('ingest/recorded-between'), {
        claim: pair.claim,
        other: pair[kind.field],
      }),
    );
    if (between.some((r) => r.type === kind.opposite.type)) {
      throw new HttpError(
        409,
        `body.${kind.field}: the two claims are recorded as ${kind.opposite.words}; take that back first`,
      );
    }
    const [row] = rows(await tx.run(query(`ingest/${kind.prefix}-record`), { rows: [pair] }));
    return { created: row!.existed !== true, recorded: recordedFromRow(kind, row!) };
  });
}

export async function removePair<F extends string>(
  db: GraphDb,
  kind: PairKind<F>,
  pair: PairOf<F>,
): Promise<RecordedPair<F>> {
  return db.write(async (tx) => {
    await requireClaims(tx, kind, pair);
    const [row] = rows(await tx.run(query(`ingest/${kind.prefix}-remove`), pair));
    if (!row) throw notRecorded(kind, pair);
    return recordedFromRow(kind, row);
  });
}

/** Rewords the note of a pair an analyst recorded; answers the note it replaced. */
export async function editPairNote<F extends string>(
  db: GraphDb,
  kind: PairKind<F>,
  pair: PairOf<F> & { note: string },
): Promise<{ recorded: RecordedPair<F>; previousNote: string }> {
  return db.write(async (tx) => {
    await requireClaims(tx, kind, pair);
    const [row] = rows(await tx.run(query(`ingest/${kind.prefix}-note`), pair));
    if (!row) throw notRecorded(kind, pair);
    const recorded = recordedFromRow(kind, row);
    if (recorded.origin !== 'analyst') {
      throw new HttpError(
        409,
        `body.${kind.field}: this ${kind.noun} comes from the seed (${kind.seedFile}); reword it there`,
      );
    }
    return { recorded, previousNote: String(row.previousNote) };
  });
}
