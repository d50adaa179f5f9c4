/**
 * The Map panel's drawing: the countries, a marker per spot sized by its
 * claims, the busiest named where their names fit; dragged, scrolled and
 * zoomed with d3-zoom. Loaded when a map first opens (d3 and the world atlas
 * are not part of the first page).
 */
import type { FeatureCollection } from 'geojson';
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { pointer, select, type Selection } from 'd3-selection';
import {
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { AGREED_COLOR, DISPUTED_COLOR, GROUP_BY_KEY } from '../core/appearance';
import {
  framePoints,
  markerRadius,
  placeLabels,
  spotWords,
  type MapSpot,
  type PlacedLabel,
} from '../core/places';

/** The map's drawing box; the SVG scales it to the panel's width. */
export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 380;
const PAD = 18;
/** How far the map zooms in, and how far in "show on the map" goes. */
const MAX_ZOOM = 64;
const FOCUS_ZOOM = 8;
const PLACE_COLOR = GROUP_BY_KEY.place.color;
const SVG_NS = 'http://www.w3.org/2000/svg';

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** The countries, read once (about 750 KB, its own chunk). */
let countries: Promise<FeatureCollection> | null = null;
function loadCountries(): Promise<FeatureCollection> {
  countries ??= import('world-atlas/countries-50m.json').then((m) => {
    const topology = m.default as unknown as Topology;
    const object = topology.objects.countries;
    if (!object) throw new Error('the world atlas holds no countries');
    return feature(topology, object) as unknown as FeatureCollection;
  });
  countries.catch(() => (countries = null));
  return countries;
}

/** The ring a marker gets: red when some of its claims are in dispute, green when borne out. */
function ringColor(s: MapSpot): string {
  if (s.disputed > 0) return DISPUTED_COLOR;
  if (s.corroborated > 0) return AGREED_COLOR;
  return '#ffffff';
}

export interface MapEvents {
  /** The pointer or the keys are on a spot. */
  pointed(spot: MapSpot): void;
  /** A spot was clicked, or Enter pressed on it: open its place. */
  opened(spot: MapSpot): void;
  /** The zoom changed (for tests and the link: the scale). */
  zoomed(k: number): void;
}

export class MapDrawing {
  readonly svg = document.createElementNS(SVG_NS, 'svg');
  private readonly behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly layers: {
    zoomed: Group;
    land: Group;
    markers: Group;
    pin: Group;
    labels: Group;
  };
  private projection: GeoProjection = geoNaturalEarth1();
  private transform: ZoomTransform = zoomIdentity;
  private spots: readonly MapSpot[] = [];
  /** While set, a click on the map (not on a marker) says where, in degrees. */
  private picking: ((at: { lat: number; lon: number }) => void) | null = null;
  /** Where the pin is: the point picked. */
  private pinned: { lat: number; lon: number } | null = null;
  private mostClaims = 0;

  constructor(private readonly events: MapEvents) {
    const svg = select(this.svg)
      .attr('id', 'map-svg')
      .attr('class', 'map-svg')
      .attr('viewBox', `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`)
      .attr('role', 'group')
      .attr('aria-label', 'Map of the places the claims are about');
    svg.append('rect').attr('class', 'map-sea').attr('width', MAP_WIDTH).attr('height', MAP_HEIGHT);
    const zoomed = svg.append('g').attr('class', 'map-zoomed');
    this.layers = {
      zoomed,
      land: zoomed.append('g').attr('class', 'map-land'),
      markers: zoomed.append('g').attr('class', 'map-markers'),
      pin: zoomed.append('g').attr('class', 'map-pin'),
      labels: svg.append('g').attr('class', 'map-labels'),
    };
    this.behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .on('start', () => this.layers.labels.attr('visibility', 'hidden'))
      .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => this.zoomed(e.transform))
      .on('end', () => {
        this.layers.labels.attr('visibility', null);
        this.drawLabels();
      });
    svg.call(this.behaviour);
    // d3-zoom swallows the click that ends a drag: a click here is a click, not a move.
    svg.on('click', (e: MouseEvent) => {
      if (!this.picking || (e.target as Element).closest('.map-marker')) return;
      const at = this.projection.invert?.(this.transform.invert(pointer(e, this.svg)));
      if (at && Number.isFinite(at[0]) && Number.isFinite(at[1]))
        this.picking({ lat: at[1], lon: at[0] });
    });
  }

  /**
   * Asks the analyst where a place is: until `pick(null)`, a click on the map
   * calls `onPick` with the point, which `pin` then marks.
   */
  pick(onPick: ((at: { lat: number; lon: number }) => void) | null): void {
    this.picking = onPick;
    this.svg.classList.toggle('is-picking', onPick !== null);
    if (!onPick) this.pin(null);
  }

  /** Marks a point on the map (the coordinates typed or picked); null takes the mark away. */
  pin(at: { lat: number; lon: number } | null): void {
    this.pinned = at;
    this.drawPin();
  }

  private drawPin(): void {
    const at = this.pinned;
    this.layers.pin
      .selectAll('circle')
      .data(at ? [at] : [])
      .join('circle')
      .attr('id', 'map-pin')
      .attr('cx', (p) => this.xy(p)[0])
      .attr('cy', (p) => this.xy(p)[1])
      .attr('r', 6 / this.transform.k);
  }

  /** Reads the countries, once, and draws them. */
  async drawLand(): Promise<void> {
    if (!this.layers.land.selectAll('path').empty()) return;
    const land = await loadCountries();
    this.layers.land
      .selectAll('path')
      .data(land.features)
      .join('path')
      .attr('class', 'map-country');
    this.projectLand();
  }

  /**
   * Draws `spots` (most claims first), framing those with claims; or, `keepView`
   * (the same places after a write, one of them placed or moved), where the map
   * already looks, as the analyst zoomed it.
   */
  draw(spots: readonly MapSpot[], keepView = false): void {
    this.spots = spots;
    this.mostClaims = Math.max(0, ...spots.map((s) => s.claims));
    if (!keepView) return this.frame(false);
    this.drawMarkers();
    this.drawPin();
    this.drawLabels();
  }

  /** Frames the spots claims are about (every spot when none has claims), or every spot. */
  frame(all: boolean): void {
    const busy = this.spots.filter((s) => s.claims > 0);
    const framed = all || busy.length === 0 ? this.spots : busy;
    const box: [[number, number], [number, number]] = [
      [PAD, PAD],
      [MAP_WIDTH - PAD, MAP_HEIGHT - PAD],
    ];
    this.projection = geoNaturalEarth1();
    if (framed.length === 0) this.projection.fitExtent(box, { type: 'Sphere' });
    else this.projection.fitExtent(box, { type: 'MultiPoint', coordinates: framePoints(framed) });
    this.projectLand();
    this.drawMarkers();
    this.drawPin();
    // A new projection starts unzoomed.
    select(this.svg).call(this.behaviour.transform, zoomIdentity);
    this.drawLabels();
  }

  zoomBy(factor: number): void {
    select(this.svg).call(this.behaviour.scaleBy, factor);
  }

  /** Centres the map on `spot`, zoomed in. */
  centreOn(spot: MapSpot): void {
    const [x, y] = this.xy(spot);
    const t = zoomIdentity
      .translate(MAP_WIDTH / 2, MAP_HEIGHT / 2)
      .scale(FOCUS_ZOOM)
      .translate(-x, -y);
    select(this.svg).call(this.behaviour.transform, t);
  }

  /**
   * Brings `at` into view when it lies outside it (coordinates typed far from
   * where the map looks), moving the map at its zoom: where it looks is kept
   * otherwise, so that typing a correction does not throw the analyst out.
   */
  reveal(at: { lat: number; lon: number }): void {
    const [x, y] = this.transform.apply(this.xy(at));
    if (x >= PAD && x <= MAP_WIDTH - PAD && y >= PAD && y <= MAP_HEIGHT - PAD) return;
    const [px, py] = this.xy(at);
    const t = zoomIdentity
      .translate(MAP_WIDTH / 2, MAP_HEIGHT / 2)
      .scale(this.transform.k)
      .translate(-px, -py);
    select(this.svg).call(this.behaviour.transform, t);
  }

  private projectLand(): void {
    const path = geoPath(this.projection);
    this.layers.land
      .selectAll<SVGPathElement, FeatureCollection['features'][number]>('path')
      .attr('d', (f) => path(f));
  }

  private xy(s: { lat: number; lon: number }): [number, number] {
    return this.projection([s.lon, s.lat]) ?? [-1000, -1000];
  }

  private radius(s: MapSpot): number {
    return markerRadius(s.claims, this.mostClaims);
  }

  private drawMarkers(): void {
    const k = this.transform.k;
    // The largest first, so that the small ones are drawn on top and can be pointed at.
    this.layers.markers
      .selectAll<SVGCircleElement, MapSpot>('circle')
      .data(this.spots, (s) => s.id)
      .join('circle')
      .attr('class', (s) => (s.claims > 0 ? 'map-marker' : 'map-marker is-empty'))
      .attr('id', (s) => `map-spot-${s.id}`)
      // Pointed at, the place lights up on the graph (app.ts).
      .attr('data-node-id', (s) => s.id)
      .attr('tabindex', '0')
      .attr('role', 'button')
      .attr('aria-label', (s) => spotWords(s))
      .attr('cx', (s) => this.xy(s)[0])
      .attr('cy', (s) => this.xy(s)[1])
      .attr('r', (s) => this.radius(s) / k)
      .attr('fill', (s) => (s.claims > 0 ? PLACE_COLOR : 'none'))
      .attr('stroke', (s) => (s.claims > 0 ? ringColor(s) : PLACE_COLOR))
      .on('mouseenter focus', (_e, s) => this.events.pointed(s))
      .on('click', (_e, s) => this.events.opened(s))
      .on('keydown', (e: KeyboardEvent, s) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        this.events.opened(s);
      });
  }

  /** The busiest spots named, where their names fit, at the map's current zoom. */
  private drawLabels(): void {
    const t = this.transform;
    const markers = this.spots
      .map((s) => {
        const [x, y] = t.apply(this.xy(s));
        return { id: s.id, x, y, r: this.radius(s), label: s.name };
      })
      .filter((m) => m.x >= 0 && m.x <= MAP_WIDTH && m.y >= 0 && m.y <= MAP_HEIGHT);
    this.layers.labels
      .selectAll<SVGTextElement, PlacedLabel>('text')
      .data(placeLabels(markers, MAP_WIDTH), (l) => l.id)
      .join('text')
      .attr('class', 'map-label')
      .attr('x', (l) => l.x)
      .attr('y', (l) => l.y)
      .attr('text-anchor', (l) => l.anchor)
      .attr('dy', '0.35em')
      .text((l) => l.label);
  }

  private zoomed(t: ZoomTransform): void {
    this.transform = t;
    this.layers.zoomed.attr('transform', t.toString());
    // Markers keep their size on screen as the map grows under them.
    this.layers.markers
      .selectAll<SVGCircleElement, MapSpot>('circle')
      .attr('r', (s) => this.radius(s) / t.k);
    this.layers.pin.selectAll('circle').attr('r', 6 / t.k);
    this.events.zoomed(t.k);
  }
}
