import type { PlaceSummary } from '../api/types';

/**
 * One point of the map and the places drawn at it: a place with coordinates
 * of its own, and those that have none but lie in it (Makhnovka in the Kursk
 * region), which are drawn with it.
 */
export interface MapSpot {
  /** The place whose coordinates these are: the first of `places` when it is counted. */
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** Its own place first (when counted), then those drawn with it, most claims first. */
  places: PlaceSummary[];
  /** Summed over `places`: a claim about two of them counts twice. */
  claims: number;
  disputed: number;
  corroborated: number;
}

/** What the map cannot place, and how the rest is drawn. */
export interface MapLayout {
  spots: MapSpot[];
  /** Places with no coordinates, nor any place they lie in that has them. */
  unplaced: PlaceSummary[];
  /** Places drawn at a place they lie in. */
  inherited: number;
}

/** A marker as drawn, in pixels, for choosing which names fit. */
export interface DrawnMarker {
  id: string;
  x: number;
  y: number;
  r: number;
  label: string;
}

/** A name placed beside its marker: starting right of it, or ending left of it. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  label: string;
  anchor: 'start' | 'end';
}
