/**
 * An analyst places a place on the map (a place a linked article brought in
 * has no coordinates), moves it, or takes its coordinates back; and undoes
 * such a change, which puts back who had placed it and when, not only where.
 * Each change is kept on the place (`locationHistory`) until it is undone, so
 * the Undo of a move restores the seed's own coordinates as the seed's.
 */
import { randomBytes } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { query } from '../../db/cypher';
import { rows, type GraphDb } from '../../db/graph-db';
import type { Coordinates, LocatedPlace, UndoneLocation } from '../domain/places';
import { HttpError } from '../http/errors';

/** The most changes a place keeps to undo; older ones can no longer be undone. */
export const LOCATION_HISTORY_MAX = 20;

/** A change's id: what the undo names. */
export const LOCATION_CHANGE = /^loc-[a-f0-9]{12}$/;

/** Where a place was before a change, and the change that moved it from there. */
interface Before {
  change: string;
  lat: number | null;
  lon: number | null;
  locatedBy: string | null;
  locatedAt: string | null;
}

interface Current extends Omit<Before, 'change'> {
  locationHistory: string[] | null;
}

export async function locatePlace(db: GraphDb, id: string, at: Coordinates): Promise<LocatedPlace> {
  return db.write(async (tx) => {
    const now = await readLocation(tx, id);
    const change = `loc-${randomBytes(6).toString('hex')}`;
    const before: Before = {
      change,
      lat: now.lat,
      lon: now.lon,
      locatedBy: now.locatedBy,
      locatedAt: now.locatedAt,
    };
    const history = [...(now.locationHistory ?? []), JSON.stringify(before)];
    const placed = at.lat !== null;
    const place = await writeLocation(tx, id, {
      ...at,
      locatedBy: placed ? 'analyst' : null,
      locatedAt: null,
      stamp: placed,
      history: history.slice(-LOCATION_HISTORY_MAX),
    });
    const { lat, lon, locatedBy, locatedAt } = before;
    return { place, previous: { lat, lon, locatedBy, locatedAt }, change };
  });
}

/**
 * Undoes `change`, which must be the place's last one: after a later change
 * (another analyst's too), undoing it would also throw that one away.
 */
export async function undoLocation(
  db: GraphDb,
  id: string,
  change: string,
): Promise<UndoneLocation> {
  return db.write(async (tx) => {
    const now = await readLocation(tx, id);
    const history = [...(now.locationHistory ?? [])];
    const last = history.at(-1);
    const before = last === undefined ? undefined : readBefore(last);
    if (before?.change !== change) {
      const known = history.some((h) => readBefore(h)?.change === change);
      throw new HttpError(
        409,
        known
          ? `body.change: "${change}" is not the last change of "${id}"'s location: undo the later ones first`
          : `body.change: "${change}" is no change of "${id}"'s location left to undo (undone already, or never made)`,
      );
    }
    history.pop();
    const place = await writeLocation(tx, id, {
      lat: before.lat,
      lon: before.lon,
      locatedBy: before.locatedBy,
      locatedAt: before.locatedAt,
      stamp: false,
      history: history.length > 0 ? history : null,
    });
    return { place, undone: change };
  });
}

/** A change kept on the place; null for one that cannot be read (written by hand), never undone. */
function readBefore(kept: string): Before | null {
  try {
    const b = JSON.parse(kept) as Partial<Before> | null;
    return typeof b?.change === 'string' && 'lat' in b && 'lon' in b ? (b as Before) : null;
  } catch {
    return null;
  }
}

async function readLocation(tx: ManagedTransaction, id: string): Promise<Current> {
  const [row] = rows(await tx.run(query('ingest/place-location-read'), { id }));
  if (!row) throw new HttpError(404, `params.id: no place with id "${id}"`);
  return row.place as unknown as Current;
}

async function writeLocation(
  tx: ManagedTransaction,
  id: string,
  to: Omit<Before, 'change'> & { stamp: boolean; history: string[] | null },
): Promise<LocatedPlace['place']> {
  const [row] = rows(await tx.run(query('ingest/place-location-write'), { id, ...to }));
  return row!.place as unknown as LocatedPlace['place'];
}
