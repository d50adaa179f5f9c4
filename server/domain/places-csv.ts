/**
 * The Map panel's places as a CSV table, one row per place: its coordinates
 * (a GIS reads `lat` and `lon` as points), who placed it, where the map draws
 * one with none, and the claims about it counted as the panel counts them.
 */
import type { PlaceSummary } from './places';
import { spreadsheetCsv } from './spreadsheet-csv';

export const PLACES_CSV_COLUMNS = [
  'place_id',
  'place',
  'kind',
  'within',
  'lat',
  'lon',
  'located_by',
  'located_at',
  'drawn_at',
  'drawn_at_lat',
  'drawn_at_lon',
  'claims',
  'speakers',
  'sources',
  'in_dispute',
  'borne_out',
  'first_day',
  'last_day',
  'top_speakers',
  'deployed',
  'based_here',
  'places_within',
] as const;

/** Empty for none, as a spreadsheet leaves a cell. */
const cell = (v: string | number | null) => v ?? '';

export function placesCsv(places: readonly PlaceSummary[]): Promise<string> {
  return spreadsheetCsv(
    places.map((p) => [
      p.id,
      p.name,
      cell(p.kind),
      cell(p.within?.name ?? null),
      cell(p.lat),
      cell(p.lon),
      // Coordinates with no one named placed them: the seed's.
      p.lat === null ? '' : (p.locatedBy ?? 'seed'),
      cell(p.locatedAt),
      cell(p.drawnAt?.name ?? null),
      cell(p.drawnAt?.lat ?? null),
      cell(p.drawnAt?.lon ?? null),
      p.claims,
      p.speakers,
      p.sources,
      p.disputed,
      p.corroborated,
      cell(p.firstDay),
      cell(p.lastDay),
      p.topSpeakers.map((s) => `${s.name} (${s.claims})`).join('; '),
      [
        ...p.deployed.map((d) => d.name),
        ...(p.deployedTotal > p.deployed.length
          ? [`and ${p.deployedTotal - p.deployed.length} more`]
          : []),
      ].join('; '),
      p.based,
      p.contains,
    ]),
    PLACES_CSV_COLUMNS,
  );
}
