/**
 * An analyst records that two claims cannot both hold (with a note saying
 * why), rewords the note, or takes it back. Each is one transaction; the
 * claims must exist.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { query } from '../../db/cypher';
import { rows, type GraphDb, type Row } from '../../db/graph-db';
import type { ContradictionPair, RecordedContradiction } from '../domain/contradictions';
import { HttpError } from '../http/errors';

/** Which of `ids` are claims in the graph. */
export async function presentClaims(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
  const found = rows(await tx.run(query('ingest/claims-present'), { ids }));
  return new Set(found.map((r) => String(r.id)));
}

/** 404 naming the field whose claim does not exist. */
async function requireClaims(tx: ManagedTransaction, pair: ContradictionPair): Promise<void> {
  const present = await presentClaims(tx, [pair.claim, pair.contradicts]);
  for (const field of ['claim', 'contradicts'] as const) {
    if (!present.has(pair[field])) {
      throw new HttpError(404, `body.${field}: no claim with id "${pair[field]}"`);
    }
  }
}

/** 404: nothing is recorded between the two claims. */
const notRecorded = (pair: ContradictionPair) =>
  new HttpError(
    404,
    `body.contradicts: no contradiction is recorded between "${pair.claim}" and "${pair.contradicts}"`,
  );

/** A row of contradiction-record, -remove or -note: the pair as it is stored. */
function recordedFromRow(row: Row): RecordedContradiction {
  return {
    claim: String(row.claim),
    contradicts: String(row.contradicts),
    note: String(row.note),
    origin: String(row.origin),
  };
}

export async function recordContradiction(
  db: GraphDb,
  pair: ContradictionPair & { note: string },
): Promise<{ created: boolean; contradiction: RecordedContradiction }> {
  if (pair.claim === pair.contradicts) {
    throw new HttpError(400, 'body.contradicts: a claim cannot contradict itself');
  }
  return db.write(async (tx) => {
    await requireClaims(tx, pair);
    const [row] = rows(await tx.run(query('ingest/contradiction-record'), { rows: [pair] }));
    return { created: row!.existed !== true, contradiction: recordedFromRow(row!) };
  });
}

export async function removeContradiction(
  db: GraphDb,
  pair: ContradictionPair,
): Promise<RecordedContradiction> {
  return db.write(async (tx) => {
    await requireClaims(tx, pair);
    const [row] = rows(await tx.run(query('ingest/contradiction-remove'), pair));
    if (!row) throw notRecorded(pair);
    return recordedFromRow(row);
  });
}

/** Rewords the note of a contradiction an analyst recorded; answers the note it replaced. */
export async function editContradictionNote(
  db: GraphDb,
  pair: ContradictionPair & { note: string },
): Promise<{ contradiction: RecordedContradiction; previousNote: string }> {
  return db.write(async (tx) => {
    await requireClaims(tx, pair);
    const [row] = rows(await tx.run(query('ingest/contradiction-note'), pair));
    if (!row) throw notRecorded(pair);
    const contradiction = recordedFromRow(row);
    if (contradiction.origin !== 'analyst') {
      throw new HttpError(
        409,
        `body.contradicts: this contradiction comes from the seed (seed/data/contradictions.json); reword it there`,
      );
    }
    return { contradiction, previousNote: String(row.previousNote) };
  });
}
