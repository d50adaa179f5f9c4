/** What the Map panel's routes (GET /api/places, POST /api/places/in-view) answer. */

/** An entity named beside a place: a unit deployed to it, the place or country it lies in. */
export interface NamedEntity {
  id: string;
  name: string;
}

export interface SpeakerCount extends NamedEntity {
  /** How many of the claims counted about the place are theirs. */
  claims: number;
}

export interface PlaceSummary {
  id: string;
  name: string;
  kind: string | null;
  /** Its own coordinates; null when the graph holds none. */
  lat: number | null;
  lon: number | null;
  /** 'analyst' when an analyst placed it on the map (POST /api/places/:id/location), and when. */
  locatedBy: string | null;
  locatedAt: string | null;
  /** With none of its own: the nearest place it lies in that has them, where the map draws it. */
  drawnAt: (NamedEntity & { lat: number; lon: number }) | null;
  /** The place or country it lies in (LOCATED_IN); `byAnalyst` when an analyst said so, not the seed. */
  within: (NamedEntity & { byAnalyst: boolean }) | null;
  /** The claims counted about it (all of them, or those asked about), by how many speakers, in how many sources. */
  claims: number;
  speakers: number;
  sources: number;
  /** Of those claims, those in dispute (figures or a recorded contradiction) and those borne out. */
  disputed: number;
  corroborated: number;
  /** The first day and the last its claims cover (a claim dated to a month covers the month); null: none dated. */
  firstDay: string | null;
  lastDay: string | null;
  /** The three speakers who said most about it. */
  topSpeakers: SpeakerCount[];
  /** What was deployed to it: the first five by name, and how many. */
  deployed: NamedEntity[];
  deployedTotal: number;
  /** Actors and units located in it, and places that lie in it. */
  based: number;
  contains: number;
}

export interface PlacesResponse {
  /** Places counted: every place of the graph, or those the claims asked about are about. */
  total: number;
  /** How many times a claim counted is about a place (a claim about two places counts twice). */
  mentions: number;
  /** The first `limit` of them, most claims first. */
  places: PlaceSummary[];
  /** In view: how many claims were asked about. */
  asked?: number;
}

/** POST /api/places/:id/location: where a place is, in degrees; both null, nowhere. */
export interface Coordinates {
  lat: number | null;
  lon: number | null;
}

export interface LocatedPlace {
  place: {
    id: string;
    name: string;
    lat: number | null;
    lon: number | null;
    /** 'analyst' once placed through this route; null for the seed's own coordinates. */
    locatedBy: string | null;
    locatedAt: string | null;
  };
  previous: Coordinates & { locatedBy: string | null; locatedAt: string | null };
  /** Names this change for POST /api/places/:id/location/undo. */
  change: string;
}

/** What saying what a place lies in answers: what it lies in now, and before (to undo it). */
export interface PlaceWithin {
  place: NamedEntity;
  within: NamedEntity | null;
  previous: NamedEntity | null;
}

/** What undoing a change of location answers: the place as it was before it. */
export interface UndoneLocation {
  place: LocatedPlace['place'];
  undone: string;
}

/** Where a place is drawn on the map: its own coordinates, else those of the place it lies in. */
export function drawnAt(p: PlaceSummary): { lat: number; lon: number } | null {
  if (p.lat !== null && p.lon !== null) return { lat: p.lat, lon: p.lon };
  return p.drawnAt;
}
