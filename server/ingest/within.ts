/**
 * An analyst says what place a place lies in (LOCATED_IN): a village a linked
 * article brought in, in its region. The map then draws it there until it has
 * coordinates of its own, and counts it with that place. Only what an analyst
 * said can be changed here: a place the seed locates stays as the seed says,
 * since loading the seed again would put it back beside the analyst's.
 */
import { query } from '../../db/cypher';
import { rows, type GraphDb } from '../../db/graph-db';
import type { NamedEntity, PlaceWithin } from '../domain/places';
import { HttpError } from '../http/errors';

interface Read {
  place: NamedEntity;
  now: (NamedEntity & { origin: string | null })[];
  within: NamedEntity | null;
  circular: boolean;
}

export async function setWithin(
  db: GraphDb,
  id: string,
  within: string | null,
): Promise<PlaceWithin> {
  return db.write(async (tx) => {
    const [row] = rows(await tx.run(query('ingest/place-within-read'), { id, within }));
    if (!row) throw new HttpError(404, `params.id: no place with id "${id}"`);
    const read = row as unknown as Read;
    if (within !== null && !read.within)
      throw new HttpError(404, `body.within: no place with id "${within}"`);
    if (within === id)
      throw new HttpError(409, `body.within: ${read.place.name} cannot lie in itself`);
    const seed = read.now.find((x) => x.origin !== 'analyst');
    if (seed)
      throw new HttpError(
        409,
        `params.id: ${read.place.name} lies in ${seed.name} as the seed says; that is not changed here`,
      );
    if (read.circular)
      throw new HttpError(
        409,
        `body.within: ${read.within!.name} lies in ${read.place.name}: ${read.place.name} cannot lie in it`,
      );
    const previous = read.now[0] ? { id: read.now[0].id, name: read.now[0].name } : null;
    const [written] = rows(await tx.run(query('ingest/place-within-write'), { id, within }));
    return { ...(written as unknown as Omit<PlaceWithin, 'previous'>), previous };
  });
}
