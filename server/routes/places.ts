/**
 * GET /api/places and POST /api/places/in-view: where the claims are about, for
 * the Map panel. Each place with the claims about it counted (who said them,
 * when, how many in dispute or borne out) and what lies there; the same as CSV
 * tables. And the writes of its "place it…" form: placing a place, undoing
 * that, and saying what place it lies in.
 */
import type { Response } from 'express';
import { z } from 'zod';
import { query } from '../../db/cypher';
import { int, type GraphDb } from '../../db/graph-db';
import type { AppDeps } from '../app';
import { agreedClaimsFor } from '../domain/agreed-claims';
import { comparedDisagreementsFor } from '../domain/compared-disagreements';
import type { PlaceSummary, PlacesResponse } from '../domain/places';
import { placesCsv } from '../domain/places-csv';
import { readCacheFor } from '../domain/read-cache';
import { VersionMemo } from '../domain/version-memo';
import type { RouteRegistry } from '../http/route-registry';
import { sendTable } from '../http/send-table';
import { WRITE_ERRORS, writeGuard } from '../http/write-guard';
import { LOCATION_CHANGE, LOCATION_HISTORY_MAX, locatePlace, undoLocation } from '../ingest/locate';
import { setWithin } from '../ingest/within';
import { bodyInt, intParam, nodeId, viewClaimIds } from './schemas';

/** The most places one answer describes; `total` counts all. */
export const PLACES_MAX = 5_000;
const PLACES_DEFAULT = 1_000;

const COUNTS =
  'For each place: how many claims are about it (`claims`), by how many speakers and in how ' +
  'many sources, how many of them are in dispute (`disputed`: their figures disagree with ' +
  "another speaker's, or a contradiction is recorded against them) and borne out " +
  "(`corroborated`: their figures agree with another speaker's, or a corroboration is " +
  'recorded with them), the first and the last day they cover, the three speakers who said ' +
  'most about it (`topSpeakers`), the units deployed to it (`deployed`, the first five; ' +
  '`deployedTotal`), how many actors and units are located in it (`based`) and places lie ' +
  'in it (`contains`), and the place or country it lies in (`within`). `lat` and `lon` are ' +
  'its own coordinates; a place with none is drawn at the nearest place it lies in that has ' +
  'them (`drawnAt`). Most claims first, `limit` of them; `total` counts the places, ' +
  '`mentions` the claims about them.';

function placesOf(db: GraphDb) {
  const disagreements = comparedDisagreementsFor(db);
  const agreed = agreedClaimsFor(db);
  // The graph's places once per graph version, for the map and its table alike: ~2 s at
  // scale 1000.
  const graphs = new VersionMemo<PlacesResponse>(() => readCacheFor(db).version(), 2);
  const read = async (ids: string[] | null, limit: number): Promise<PlacesResponse> => {
    const [disputed, agreedIds] = await Promise.all([disagreements(null, 'first'), agreed()]);
    const rows = await db.readRows(query('queries/places'), {
      ids,
      disputedByFigures: disputed.disputedClaims,
      agreedByFigures: agreedIds,
      limit: int(limit),
    });
    return {
      total: Number(rows[0]?.total ?? 0),
      mentions: Number(rows[0]?.mentions ?? 0),
      // No place counted is one row with no place, which carries the totals.
      places: rows.map((r) => r.place as PlaceSummary | null).filter((p) => p !== null),
    };
  };
  return (ids: string[] | null, limit: number) =>
    ids ? read(ids, limit) : graphs.get(String(limit), () => read(null, limit));
}

/** Coordinates in a body: a latitude and a longitude, or both null to take them back. */
const coordinates = z
  .strictObject({
    lat: z
      .number({ message: 'must be a number, or null' })
      .min(-90, 'must be at least -90')
      .max(90, 'must be at most 90')
      .nullable(),
    lon: z
      .number({ message: 'must be a number, or null' })
      .min(-180, 'must be at least -180')
      .max(180, 'must be at most 180')
      .nullable(),
  })
  .refine((c) => (c.lat === null) === (c.lon === null), {
    message: 'must be given with body.lon, or both null',
    path: ['lat'],
  });

export function placeRoutes(reg: RouteRegistry, { db, config }: AppDeps): void {
  const cache = readCacheFor(db);
  const places = placesOf(db);
  reg.add({
    method: 'get',
    path: '/places',
    summary: 'Every place, with the claims about it: who said them, when, and what is disputed',
    description: `Every place of the graph, with or without claims about it. ${COUNTS}`,
    tags: ['who-said-what'],
    query: z.object({ limit: intParam(1, PLACES_MAX, PLACES_DEFAULT) }),
    handler: async ({ query: q }, req, res) => cache.send(req, res, () => places(null, q.limit)),
  });

  reg.add({
    method: 'post',
    path: '/places/in-view',
    summary: 'The places a list of claims is about: the Map panel for the claims in view',
    description:
      'What /api/places answers, counting only the claims named in `ids` (the claims an ' +
      'analyst has in view): the places they are about, and no other. ' +
      `${COUNTS} Ids of no claim are left out. A POST because a view holds more ids than a ` +
      'URL does; nothing is written.',
    tags: ['who-said-what'],
    body: z.object({ ids: viewClaimIds, limit: bodyInt(1, PLACES_MAX, PLACES_DEFAULT) }),
    handler: async ({ body }) => {
      const ids = [...new Set(body.ids)];
      return { ...(await places(ids, body.limit)), asked: ids.length };
    },
  });

  const TABLE =
    'One row per place, most claims first: its id, name, kind and what it lies in; `lat` and ' +
    '`lon` (a GIS reads them as points), who placed it (`located_by`: `seed` or `analyst`) ' +
    'and when; for a place with no coordinates, the place it is drawn at with theirs; then ' +
    'the claims about it, speakers, sources, in dispute and borne out, the first and last ' +
    'day, the top speakers with their counts, the units deployed, what is based in it and ' +
    `the places within it. Up to ${PLACES_MAX.toLocaleString('en-US')} rows; X-Total-Count ` +
    'says how many places there are, X-Row-Count how many rows this answer holds.';
  const sendPlaces = async (res: Response, answer: PlacesResponse, fileName: string) =>
    sendTable(res, await placesCsv(answer.places), fileName, answer.total, answer.places.length);

  reg.add({
    method: 'get',
    path: '/places.csv',
    summary: 'Every place, with the claims about it, as a CSV table',
    description: `The places of GET /api/places. ${TABLE}`,
    tags: ['who-said-what'],
    produces: 'text/csv',
    handler: async (_input, _req, res) =>
      sendPlaces(res, await places(null, PLACES_MAX), 'places.csv'),
  });

  reg.add({
    method: 'post',
    path: '/places/in-view.csv',
    summary: 'The places a list of claims is about, as a CSV table',
    description:
      'The places of POST /api/places/in-view: those the claims named in `ids` are about, ' +
      `counting those claims only. ${TABLE} A POST because a view holds more ids than a URL ` +
      'does; nothing is written.',
    tags: ['who-said-what'],
    // Strict: a `limit` (as /api/places/in-view takes) is refused, not silently ignored.
    body: z.strictObject({ ids: viewClaimIds }),
    produces: 'text/csv',
    handler: async ({ body }, _req, res) =>
      sendPlaces(res, await places([...new Set(body.ids)], PLACES_MAX), 'places-in-view.csv'),
  });

  reg.add({
    method: 'post',
    path: '/places/:id/location',
    summary: 'Places a place on the map: sets its coordinates, or takes them back',
    description:
      'For a place with none (those a linked article brings in) or misplaced: `lat` and `lon` ' +
      'in degrees, or both null to take them back. One transaction; answers the place as it ' +
      'now is (`locatedBy: analyst`, `locatedAt`), where it was (`previous`) and the id of ' +
      'this change (`change`), which POST /api/places/:id/location/undo takes.',
    tags: ['ingest'],
    before: writeGuard(config),
    params: z.object({ id: nodeId }),
    body: coordinates,
    errors: { ...WRITE_ERRORS, 404: 'No place has this id' },
    handler: async ({ params, body }) => locatePlace(db, params.id, body),
  });

  reg.add({
    method: 'post',
    path: '/places/:id/within',
    summary: 'Says what place a place lies in, or takes back what an analyst said',
    description:
      'For a place nothing locates (those a linked article brings in): `within`, the id of ' +
      'the place it lies in (the map draws it there until it has coordinates of its own, and ' +
      'counts it with that place), or null to take back what an analyst said. One ' +
      "transaction; recorded as the analyst's (`origin: analyst`, `recordedAt`). Answers " +
      'what it lies in now and before (`previous`, to undo it by sending that). A place the ' +
      'seed locates, a place lying in itself, or in a place that lies in it, answer 409.',
    tags: ['ingest'],
    before: writeGuard(config),
    params: z.object({ id: nodeId }),
    body: z.strictObject({
      within: nodeId.nullable(),
    }),
    errors: {
      ...WRITE_ERRORS,
      404: 'No place has this id, or none the id in `within`',
      409: 'The seed locates the place, or it would lie in itself',
    },
    handler: async ({ params, body }) => setWithin(db, params.id, body.within),
  });

  reg.add({
    method: 'post',
    path: '/places/:id/location/undo',
    summary:
      "Undoes a change of a place's location: puts back where it was, who placed it and when",
    description:
      'Undoes `change` (answered by POST /api/places/:id/location), which must be the last ' +
      'change still to undo: the place gets back its coordinates, `locatedBy` and ' +
      `\`locatedAt\` as they were, so the seed's own coordinates are the seed's again. The ` +
      `last ${LOCATION_HISTORY_MAX} changes of a place can be undone, newest first.`,
    tags: ['ingest'],
    before: writeGuard(config),
    params: z.object({ id: nodeId }),
    body: z.strictObject({
      change: z
        .string()
        .regex(LOCATION_CHANGE, 'must be the id of a change, as loc-<12 hex digits>'),
    }),
    errors: {
      ...WRITE_ERRORS,
      404: 'No place has this id',
      409: 'The change is not the last one still to undo',
    },
    handler: async ({ params, body }) => undoLocation(db, params.id, body.change),
  });
}
