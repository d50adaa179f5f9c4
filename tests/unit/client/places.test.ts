import fc from 'fast-check';
import { PLACES_MAX, type PlaceSummary } from '../../../client/src/core/api';
import { PLACES_MAX as SERVER_PLACES_MAX } from '../../../server/routes/places';
import {
  framePoints,
  labelBox,
  layOutPlaces,
  layoutWords,
  markerRadius,
  MARKER_MAX_PX,
  MARKER_MIN_PX,
  periodWords,
  placeLabels,
  placesMatching,
  spotWords,
  withLocation,
  type DrawnMarker,
} from '../../../client/src/core/places';

/** A place as /api/places answers it, with what a test says of it. */
function place(p: Partial<PlaceSummary> & { id: string }): PlaceSummary {
  return {
    name: p.id,
    kind: 'region',
    lat: null,
    lon: null,
    locatedBy: null,
    locatedAt: null,
    drawnAt: null,
    within: null,
    claims: 0,
    speakers: 0,
    sources: 0,
    disputed: 0,
    corroborated: 0,
    firstDay: null,
    lastDay: null,
    topSpeakers: [],
    deployed: [],
    deployedTotal: 0,
    based: 0,
    contains: 0,
    ...p,
  };
}

const kursk = place({
  id: 'place-kursk-region',
  name: 'Kursk region',
  lat: 51.6,
  lon: 36.1,
  claims: 15,
  speakers: 10,
  sources: 5,
  disputed: 5,
  corroborated: 5,
});
const makhnovka = place({
  id: 'place-makhnovka',
  name: 'Makhnovka',
  claims: 1,
  speakers: 1,
  sources: 1,
  disputed: 1,
  drawnAt: { id: kursk.id, name: kursk.name, lat: 51.6, lon: 36.1 },
});
const belgorod = place({
  id: 'place-belgorod',
  name: 'Belgorod region',
  lat: 50.7,
  lon: 37.4,
  claims: 1,
});
const east = place({ id: 'place-ukraine-east', name: 'Eastern Ukraine', claims: 1 });
const kyiv = place({ id: 'place-kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 });

describe('the map of places', () => {
  test('places are drawn at their coordinates, or with the place they lie in; the rest are unplaced', () => {
    // Most claims first, as /api/places lists them: the place lying in Kursk comes after Belgorod.
    const layout = layOutPlaces([kursk, belgorod, makhnovka, east, kyiv]);
    expect(layout.spots.map((s) => [s.id, s.places.map((p) => p.id), s.claims])).toEqual([
      ['place-kursk-region', ['place-kursk-region', 'place-makhnovka'], 16],
      ['place-belgorod', ['place-belgorod'], 1],
      ['place-kyiv', ['place-kyiv'], 0],
    ]);
    expect(layout.spots[0]).toMatchObject({ disputed: 6, corroborated: 5, lat: 51.6, lon: 36.1 });
    expect(layout.unplaced.map((p) => p.id)).toEqual(['place-ukraine-east']);
    expect(layout.inherited).toBe(1);
    expect(layoutWords(layout, 5, 18)).toBe(
      '5 places, 18 mentions in claims; 4 on the map; 1 of them drawn at the place it lies in; ' +
        '1 with no coordinates, listed below.',
    );
  });

  test('a place drawn with one not counted (out of view) names the spot after the place it lies in', () => {
    const layout = layOutPlaces([makhnovka]);
    expect(layout.spots).toHaveLength(1);
    expect(layout.spots[0]).toMatchObject({ id: kursk.id, name: 'Kursk region', claims: 1 });
    expect(spotWords(layout.spots[0]!)).toBe('At Kursk region: Makhnovka (1 claim) · 1 in dispute');
  });

  test("a spot's words say its claims, disputes and what lies in it", () => {
    const [spot] = layOutPlaces([kursk, makhnovka]).spots;
    expect(spotWords(spot!)).toBe(
      'Kursk region: 15 claims by 10 speakers in 5 sources · 6 in dispute · 5 borne out; ' +
        'lying in it: Makhnovka (1 claim)',
    );
    expect(spotWords(layOutPlaces([kyiv]).spots[0]!)).toBe('Kyiv: no claims about it');
  });

  test('markers grow with their claims, within bounds, the busiest the largest', () => {
    expect(markerRadius(100, 100)).toBe(MARKER_MAX_PX);
    expect(markerRadius(0, 100)).toBeLessThan(MARKER_MIN_PX);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (a, b) => {
          const most = Math.max(a, b);
          const [ra, rb] = [markerRadius(a, most), markerRadius(b, most)];
          expect(ra).toBeGreaterThanOrEqual(MARKER_MIN_PX);
          expect(ra).toBeLessThanOrEqual(MARKER_MAX_PX);
          // Area (r²) grows with the claims: never smaller for more.
          if (a < b) expect(ra).toBeLessThanOrEqual(rb);
        },
      ),
    );
  });

  test('the frame holds each spot with a margin, within the world', () => {
    const points = framePoints([{ lat: 51.6, lon: 36.1 }]);
    expect(points).toHaveLength(4);
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    expect([Math.min(...lons), Math.max(...lons)]).toEqual([32.1, 40.1]);
    expect(Math.min(...lats)).toBeCloseTo(47.6);
    expect(Math.max(...lats)).toBeCloseTo(55.6);
    const edge = framePoints([{ lat: 88, lon: 179 }]);
    for (const [lon, lat] of edge) {
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeLessThanOrEqual(85);
    }
  });

  test('names go right of their marker, left at the right edge, and never over another name or marker', () => {
    const markers: DrawnMarker[] = [
      { id: 'a', x: 100, y: 100, r: 10, label: 'Kursk region' },
      // Its name would run into a's marker and name: left unnamed.
      { id: 'b', x: 60, y: 100, r: 5, label: 'Belgorod region' },
      // At the right edge: named on its left.
      { id: 'c', x: 590, y: 200, r: 4, label: 'Korean Demilitarized Zone' },
    ];
    const placed = placeLabels(markers, 600);
    expect(placed.map((l) => [l.id, l.anchor])).toEqual([
      ['a', 'start'],
      ['c', 'end'],
    ]);
    expect(placed[0]!.x).toBe(113);
    expect(placed[1]!.x).toBe(583);
    // A marker right of it: the name goes left.
    const blocked = placeLabels(
      [
        { id: 'kursk', x: 300, y: 100, r: 20, label: 'Kursk region' },
        { id: 'east', x: 340, y: 104, r: 5, label: 'Eastern Ukraine' },
      ],
      600,
    );
    expect(blocked.map((l) => [l.id, l.anchor, l.x])).toEqual([
      ['kursk', 'end', 277],
      ['east', 'start', 348],
    ]);
  });

  test('placed names never overlap, stay on the map and cover no other marker (random maps)', () => {
    const marker = fc.record({
      x: fc.integer({ min: 0, max: 600 }),
      y: fc.integer({ min: 0, max: 380 }),
      r: fc.integer({ min: 3, max: 22 }),
      label: fc.string({ minLength: 1, maxLength: 30 }),
    });
    fc.assert(
      fc.property(
        fc.array(marker, { maxLength: 60 }),
        fc.integer({ min: 1, max: 50 }),
        (ms, max) => {
          const markers = ms.map((m, i) => ({ ...m, id: `m${i}` }));
          const placed = placeLabels(markers, 600, max);
          expect(placed.length).toBeLessThanOrEqual(max);
          const boxes = placed.map(labelBox);
          boxes.forEach((b, i) => {
            expect(b.x0).toBeGreaterThanOrEqual(0);
            expect(b.x1).toBeLessThanOrEqual(600);
            for (const o of boxes.slice(i + 1))
              expect(b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1).toBe(false);
            for (const m of markers) {
              if (m.id === placed[i]!.id) continue;
              const covers =
                m.x + m.r > b.x0 && m.x - m.r < b.x1 && m.y + m.r > b.y0 && m.y - m.r < b.y1;
              expect(covers).toBe(false);
            }
          });
        },
      ),
    );
  });

  test('the map asks for as many places as the server describes at most', () => {
    expect(PLACES_MAX).toBe(SERVER_PLACES_MAX);
  });

  test('the period of its claims reads as dates', () => {
    expect(periodWords({ firstDay: '2024-10-01', lastDay: '2025-01-31' })).toBe(
      '1 Oct 2024 – 31 Jan 2025',
    );
    expect(periodWords({ firstDay: '2025-01-12', lastDay: '2025-01-12' })).toBe('12 Jan 2025');
    expect(periodWords({ firstDay: null, lastDay: null })).toBeNull();
  });
});

describe('a place placed, as the list is drawn before the places are read again', () => {
  const all = [kursk, belgorod, makhnovka, east, kyiv];
  const at = (id: string, lat: number | null, lon: number | null) => ({
    id,
    name: id,
    lat,
    lon,
    locatedBy: lat === null ? null : 'analyst',
    locatedAt: lat === null ? null : '2026-12-08T03:00:00Z',
  });

  test('a place nothing located is drawn at its coordinates, one fewer unplaced', () => {
    const placed = withLocation(all, at(east.id, 48.5, 37.25));
    expect(placed.find((p) => p.id === east.id)).toMatchObject({
      lat: 48.5,
      lon: 37.25,
      locatedBy: 'analyst',
      locatedAt: '2026-12-08T03:00:00Z',
      drawnAt: null,
      claims: 1,
    });
    expect(layOutPlaces(placed).unplaced).toHaveLength(layOutPlaces(all).unplaced.length - 1);
    // The others as they were, the same objects.
    expect(placed.filter((p) => p.id !== east.id)).toEqual(all.filter((p) => p.id !== east.id));
  });

  test('a place moved takes the places drawn at it along; taken back, they wait to be read', () => {
    const moved = withLocation(all, at(kursk.id, 52, 35));
    expect(moved.find((p) => p.id === makhnovka.id)!.drawnAt).toEqual({
      id: kursk.id,
      name: kursk.name,
      lat: 52,
      lon: 35,
    });
    const spot = layOutPlaces(moved).spots.find((s) => s.id === kursk.id)!;
    expect([spot.lat, spot.lon, spot.places.map((p) => p.id)]).toEqual([
      52,
      35,
      [kursk.id, makhnovka.id],
    ]);
    const cleared = withLocation(all, at(kursk.id, null, null));
    expect(cleared.find((p) => p.id === kursk.id)).toMatchObject({ lat: null, drawnAt: null });
    expect(cleared.find((p) => p.id === makhnovka.id)!.drawnAt).toBeNull();
    expect(layOutPlaces(cleared).spots.map((s) => s.id)).not.toContain(kursk.id);
  });
});

describe('finding a place in the list', () => {
  const all = [kursk, belgorod, makhnovka, east, kyiv].map((p) =>
    p.id === makhnovka.id
      ? { ...p, kind: 'village', within: { id: kursk.id, name: kursk.name, byAnalyst: false } }
      : p,
  );
  test('every word in the name, the kind or what it lies in, any case and accents aside', () => {
    const ids = (words: string) => placesMatching(all, words).map((p) => p.id);
    expect(ids('kursk')).toEqual([kursk.id, makhnovka.id]);
    expect(ids('  Village   KURSK ')).toEqual([makhnovka.id]);
    expect(ids('kýiv')).toEqual([kyiv.id]);
    expect(ids('kursk belgorod')).toEqual([]);
    // No words: the whole list, in its order.
    expect(ids('   ')).toEqual(all.map((p) => p.id));
  });
});
