import { drawnAt, type LocatedPlace, type PlaceSummary } from '../api/types';
import { formatDate } from '../claims';
import { formatCount, plural } from '../format';
import type { DrawnMarker, MapLayout, MapSpot, PlacedLabel } from './types';

/**
 * The places grouped by where they are drawn: one spot per point, its own
 * place first. Spots with the most claims come first, so that drawn in this
 * order reversed the small ones stay on top and can be pointed at.
 */
export function layOutPlaces(places: readonly PlaceSummary[]): MapLayout {
  const spots = new Map<string, MapSpot>();
  const unplaced: PlaceSummary[] = [];
  let inherited = 0;
  for (const p of places) {
    const at = drawnAt(p);
    if (!at) {
      unplaced.push(p);
      continue;
    }
    if (p.drawnAt) inherited++;
    // The place the point is of: this one, or the one it lies in. Of two places at one
    // point, the one met first (the most claims) names the spot.
    const host = p.drawnAt ?? p;
    const key = `${at.lat},${at.lon}`;
    let spot = spots.get(key);
    if (!spot) {
      const { id, name } = host;
      spot = {
        id,
        name,
        lat: at.lat,
        lon: at.lon,
        places: [],
        claims: 0,
        disputed: 0,
        corroborated: 0,
      };
      spots.set(key, spot);
    }
    spot.places.push(p);
    spot.claims += p.claims;
    spot.disputed += p.disputed;
    spot.corroborated += p.corroborated;
  }
  for (const spot of spots.values()) {
    // Its own place first; the others as met (most claims first).
    spot.places.sort((a, b) => Number(b.id === spot.id) - Number(a.id === spot.id));
  }
  const ordered = [...spots.values()].sort(
    (a, b) => b.claims - a.claims || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  return { spots: ordered, unplaced, inherited };
}

/** The smallest and the largest marker, in pixels. */
export const MARKER_MIN_PX = 4;
export const MARKER_MAX_PX = 22;

/** A spot's marker radius: its area grows with its claims, the busiest spot the largest. */
export function markerRadius(claims: number, mostClaims: number): number {
  if (claims <= 0 || mostClaims <= 0) return MARKER_MIN_PX - 1;
  return MARKER_MIN_PX + (MARKER_MAX_PX - MARKER_MIN_PX) * Math.sqrt(claims / mostClaims);
}

/** How far out the map frames a single spot, in degrees each way. */
export const FRAME_MARGIN_DEG = 4;

/**
 * The points a map frame must hold to show `spots`: each spot, and corners
 * FRAME_MARGIN_DEG around it, so that one spot, or a few close together, is
 * framed as a region rather than blown up to fill the map. Longitudes stay
 * within the world's edges.
 */
export function framePoints(spots: readonly { lat: number; lon: number }[]): [number, number][] {
  const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v));
  return spots.flatMap(({ lat, lon }) =>
    [-1, 1].flatMap((dy) =>
      [-1, 1].map((dx): [number, number] => [
        clamp(lon + dx * FRAME_MARGIN_DEG, 180),
        clamp(lat + dy * FRAME_MARGIN_DEG, 85),
      ]),
    ),
  );
}

/** Roughly how wide a name is drawn at the map's label size. */
const CHAR_PX = 6.4;
const LABEL_HEIGHT_PX = 13;
const LABEL_GAP_PX = 3;

/**
 * Which markers are named: in the order given (the busiest first), each name
 * right of its marker, or else left of it, on the side where it stays within
 * the map (0 to `width`) and covers no name already placed and no marker
 * other than its own; names that fit on neither side are left to the tooltip.
 */
export function placeLabels(
  markers: readonly DrawnMarker[],
  width: number,
  max = 40,
): PlacedLabel[] {
  const boxes: LabelBox[] = [];
  const placed: PlacedLabel[] = [];
  const overlaps = (b: LabelBox) =>
    boxes.some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1);
  const coversMarker = (b: LabelBox, own: string) =>
    markers.some(
      (m) =>
        m.id !== own &&
        m.x + m.r > b.x0 &&
        m.x - m.r < b.x1 &&
        m.y + m.r > b.y0 &&
        m.y - m.r < b.y1,
    );
  for (const m of markers) {
    if (placed.length >= max) break;
    const at = { id: m.id, y: m.y, label: m.label };
    // Right of the marker, else left of it: the first side that fits.
    const sides: PlacedLabel[] = [
      { ...at, x: m.x + m.r + LABEL_GAP_PX, anchor: 'start' },
      { ...at, x: m.x - m.r - LABEL_GAP_PX, anchor: 'end' },
    ];
    for (const side of sides) {
      const b = labelBox(side);
      if (b.x0 < 0 || b.x1 > width || overlaps(b) || coversMarker(b, m.id)) continue;
      boxes.push(b);
      placed.push(side);
      break;
    }
  }
  return placed;
}

type LabelBox = { x0: number; x1: number; y0: number; y1: number };

/** Roughly the box a placed name takes: where placeLabels looks for room. */
export function labelBox(l: PlacedLabel): LabelBox {
  const w = l.label.length * CHAR_PX;
  const [x0, x1] = l.anchor === 'start' ? [l.x, l.x + w] : [l.x - w, l.x];
  return { x0, x1, y0: l.y - LABEL_HEIGHT_PX / 2, y1: l.y + LABEL_HEIGHT_PX / 2 };
}

/** "Oct 2024 – Jan 2025", "12 Jan 2025", or null when none of its claims is dated. */
export function periodWords(p: Pick<PlaceSummary, 'firstDay' | 'lastDay'>): string | null {
  if (!p.firstDay || !p.lastDay) return null;
  const [from, to] = [formatDate(p.firstDay), formatDate(p.lastDay)];
  return from === to ? from : `${from} – ${to}`;
}

/** "15 claims by 10 speakers in 5 sources", or "no claims about it". */
export function claimsWords(p: Pick<PlaceSummary, 'claims' | 'speakers' | 'sources'>): string {
  if (p.claims === 0) return 'no claims about it';
  return (
    `${plural(p.claims, 'claim')} by ${plural(p.speakers, 'speaker')}` +
    ` in ${plural(p.sources, 'source')}`
  );
}

/** A spot said in one line, for its tooltip and for screen readers. */
export function spotWords(s: MapSpot): string {
  const own = s.places[0]?.id === s.id ? s.places[0] : null;
  const others = own ? s.places.slice(1) : s.places;
  const named = others.map((p) => `${p.name} (${plural(p.claims, 'claim')})`).join(', ');
  const parts = [own ? `${s.name}: ${claimsWords(own)}` : `At ${s.name}: ${named}`];
  if (s.disputed) parts.push(`${formatCount(s.disputed)} in dispute`);
  if (s.corroborated) parts.push(`${formatCount(s.corroborated)} borne out`);
  return parts.join(' · ') + (own && others.length ? `; lying in it: ${named}` : '');
}

/** The map's summary: how many places, how many drawn, and what cannot be. */
export function layoutWords(layout: MapLayout, total: number, mentions: number): string {
  const drawn = layout.spots.reduce((n, s) => n + s.places.length, 0);
  const parts = [
    `${plural(total, 'place')}, ${plural(mentions, 'mention')} in claims`,
    `${formatCount(drawn)} on the map`,
  ];
  if (layout.inherited)
    parts.push(
      `${formatCount(layout.inherited)} of them drawn at the place ${layout.inherited === 1 ? 'it lies' : 'they lie'} in`,
    );
  if (layout.unplaced.length)
    parts.push(`${formatCount(layout.unplaced.length)} with no coordinates, listed below`);
  return parts.join('; ') + '.';
}

/** A coordinate as an analyst picks it on the map: to the hundredth of a degree (about 1 km). */
export function roundCoordinate(degrees: number): number {
  return Math.round(degrees * 100) / 100;
}

/** "48.50° N, 37.25° E". */
export function coordinatesWords(lat: number, lon: number): string {
  const part = (v: number, pos: string, neg: string) =>
    `${Math.abs(v).toFixed(2)}° ${v < 0 ? neg : pos}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/**
 * The places as a write of `located`'s coordinates leaves them, as far as the
 * list tells: the place itself, and those drawn at it (they lie in it). What
 * the list cannot tell (which place a place whose coordinates were taken back
 * is now drawn at, and the places lying in it) waits for the places read again;
 * meanwhile the map shows the change at once, which at scale takes seconds to
 * read.
 */
export function withLocation(
  places: readonly PlaceSummary[],
  located: LocatedPlace['place'],
): PlaceSummary[] {
  const { id, lat, lon, locatedBy, locatedAt } = located;
  const own = lat !== null && lon !== null;
  return places.map((p) => {
    if (p.id === id) return { ...p, lat, lon, locatedBy, locatedAt, drawnAt: null };
    if (p.drawnAt?.id !== id) return p;
    return { ...p, drawnAt: own ? { ...p.drawnAt, lat, lon } : null };
  });
}

/** Lower case, without accents: "Kursk", "kursk" and "Kúrsk" read alike. */
const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The places whose name, kind or the place they lie in hold every word of
 * `words` (any case, accents aside), in the list's order: "kursk" finds the
 * Kursk region and what lies in it, "village kursk" the villages among those.
 */
export function placesMatching(places: readonly PlaceSummary[], words: string): PlaceSummary[] {
  const wanted = folded(words).split(/\s+/).filter(Boolean);
  if (wanted.length === 0) return [...places];
  return places.filter((p) => {
    const text = folded([p.name, p.kind ?? '', p.within?.name ?? ''].join(' '));
    return wanted.every((w) => text.includes(w));
  });
}
