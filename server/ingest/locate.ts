/**
 * An analyst places a place on the map (a place a linked article brought in
 * has no coordinates), moves it, or takes its coordinates back: one
 * transaction, answering what it replaced so that the change can be undone.
 */
import { query } from '../../db/cypher';
import { rows, type GraphDb } from '../../db/graph-db';
import type { Coordinates, LocatedPlace } from '../domain/places';
import { HttpError } from '../http/errors';

export async function locatePlace(db: GraphDb, id: string, at: Coordinates): Promise<LocatedPlace> {
  return db.write(async (tx) => {
    const [row] = rows(await tx.run(query('ingest/place-locate'), { id, ...at }));
    if (!row) throw new HttpError(404, `params.id: no place with id "${id}"`);
    return row as unknown as LocatedPlace;
  });
}
