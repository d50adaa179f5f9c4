/**
 * The Map: where the claims are about. Each place with coordinates is a
 * marker sized by the claims about it, ringed red when some are in dispute
 * (green when some are borne out and none disputed); a place without
 * coordinates that lies in one with them (Makhnovka in the Kursk region) is
 * drawn with it. Below, every place as a list, most claims first: who said
 * most about it, when, and what was deployed there. Of the whole graph or of
 * the claims in view; pointing at a place lights it up on the graph, and
 * clicking it opens it there. A place can be placed, or moved, by clicking
 * the map (place-locator.ts).
 */
import {
  DISPUTES_IDS_MAX,
  type LocatedPlace,
  type PlaceSummary,
  type PlacesResponse,
} from '../core/api';
import { claimsInView } from '../core/display';
import { formatMoment } from '../core/claims';
import { claimsInViewWords, formatCount, NO_CLAIMS_IN_VIEW, plural } from '../core/format';
import {
  claimsWords,
  layOutPlaces,
  layoutWords,
  periodWords,
  spotWords,
  placesMatching,
  withLocation,
  type MapLayout,
  type MapSpot,
} from '../core/places';
import { placesCsvSaved } from '../core/export';
import { cached } from './cache';
import { csvButton, saveCsv } from './claims-csv';
import type { AppContext } from './context';
import { appendPaged, h } from './dom';
import { failureNote } from './failure';
import { followView } from './follow-view';
import type { MapDrawing } from './map-drawing';
import { locateForm } from './place-locator';
import { ScopeChoice } from './scope-choice';

/** The answer drawn, and which claims it counts. */
interface Loaded {
  /** The claims in view's ids, one per line; '*': the graph's. */
  key: string;
  res: PlacesResponse;
  /** How many claims are in view; null: the graph's are counted. */
  inView: number | null;
}

/** Places listed below the map at once; the rest on request. */
const LIST_PAGE = 100;

export class PlacesMapView {
  readonly el = h('div', { class: 'places-map', id: 'map' });
  private readonly summary = h('p', { class: 'muted map-summary', id: 'map-summary' });
  private readonly scope = new ScopeChoice(
    'map',
    { view: 'Claims in view', all: 'All claims in the graph' },
    (inView) => {
      this.ctx.store.set({ mapInView: inView });
      void this.render();
    },
  );
  /** Said when the pointer or the keys are on a marker. */
  private readonly info = h('p', { class: 'map-info', id: 'map-info', 'aria-live': 'polite' });
  private readonly mapBox = h('div', { class: 'map-box' });
  /** Where the form that places a place goes: under the map it is picked on. */
  private readonly locateSlot = h('div', { class: 'map-locate-slot' });
  private readonly list = h('ol', { class: 'map-list', id: 'map-list' });
  private readonly below = h('div', { class: 'map-below' });
  private readonly listTitle = h('h3', { class: 'map-list-title' });
  /** Narrows the list to the places whose names hold the words typed. */
  private readonly find = h('input', {
    type: 'search',
    id: 'map-find',
    class: 'map-find',
    placeholder: 'Find a place',
    'aria-label': 'Find a place in the list by its name',
    autocomplete: 'off',
  });
  private readonly noneListed = h('p', { class: 'muted', id: 'map-none-listed' });
  private readonly more = h('div', { class: 'map-list-more' });
  /**
   * The scope's places as a table, coordinates and counts, for a spreadsheet or
   * a GIS: every one of them, whatever the find box narrows the list to.
   */
  private readonly csv = csvButton(
    {
      id: 'map-csv',
      title: 'Every place of the map, with its coordinates and counts, as a CSV table',
    },
    'Download as CSV',
    () =>
      saveCsv(
        this.ctx.status,
        'places',
        () =>
          this.ctx.store.get().mapInView
            ? this.ctx.api.placesInViewCsv(
                claimsInView(this.ctx.display).slice(0, DISPUTES_IDS_MAX),
              )
            : this.ctx.api.placesCsv(),
        placesCsvSaved,
      ),
  );
  /** The drawing, once its module (d3, the atlas) is loaded. */
  private drawing: MapDrawing | null = null;
  /** The next drawing keeps the map's view: the places read again after a write. */
  private keepView = false;
  /** The place whose form is open, and how to close it. */
  private locating: { id: string; close(): void } | null = null;
  private layout: MapLayout = { spots: [], unplaced: [], inherited: 0 };
  private loaded: Loaded | null = null;
  /** A place was placed since the places were read: the claims in view's are read again too. */
  private stale = false;
  private generation = 0;

  private readonly listHead: HTMLElement;

  constructor(private readonly ctx: AppContext) {
    this.listHead = h('div', { class: 'map-list-head' }, this.listTitle, this.find, this.csv);
    this.find.addEventListener('input', () => this.drawList(this.loaded?.res.places ?? []));
    this.find.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      this.showFirstFound();
    });
    const button = (id: string, label: string, title: string, run: (d: MapDrawing) => void) => {
      const b = h('button', { type: 'button', class: 'btn btn-small', id, title }, label);
      b.addEventListener('click', () => this.drawing && run(this.drawing));
      return b;
    };
    const controls = h(
      'div',
      { class: 'map-controls' },
      button('map-zoom-in', '+', 'Zoom in', (d) => d.zoomBy(2)),
      button('map-zoom-out', '−', 'Zoom out', (d) => d.zoomBy(0.5)),
      button('map-frame', 'Frame the claims', 'Frame the places claims are about', (d) =>
        d.frame(false),
      ),
      button('map-all', 'Show all places', 'Frame every place on the map', (d) => d.frame(true)),
    );
    const legend = h(
      'p',
      { class: 'muted map-legend' },
      'The larger the marker, the more claims about the place; ',
      h('span', { class: 'map-key map-key-disputed' }, 'red ring'),
      ': some in dispute; ',
      h('span', { class: 'map-key map-key-agreed' }, 'green ring'),
      ': some borne out, none in dispute; hollow: no claims about it. ',
      'Drag to move, scroll to zoom.',
    );
    this.el.append(
      this.scope.el,
      this.summary,
      controls,
      this.mapBox,
      this.locateSlot,
      this.info,
      legend,
      this.below,
    );
    followView(
      ctx.display,
      () => this.el.isConnected && ctx.store.get().mapInView,
      () => void this.render(),
    );
  }

  title(): string {
    return 'Map: where the claims are about';
  }

  /** Reads (when they changed) and draws the places of the claims in view, or of the graph. */
  async render(): Promise<void> {
    const generation = ++this.generation;
    const inView = this.ctx.store.get().mapInView;
    this.scope.show(inView);
    this.el.dataset.scope = inView ? 'view' : 'all';
    const ids = inView ? claimsInView(this.ctx.display) : [];
    const key = inView ? ids.join('\n') : '*';
    // The claims in view unchanged: nothing to read, unless a place was placed. The graph's
    // are read through the cache, which a write to the graph empties.
    if (inView && this.loaded?.key === key && !this.stale) return this.applyFocus();
    this.stale = false;
    if (this.loaded?.key !== key) {
      this.el.dataset.state = 'loading';
      this.summary.textContent = 'Loading the places…';
    }
    try {
      const none: PlacesResponse = { total: 0, mentions: 0, places: [] };
      const [res, drawing] = await Promise.all([
        !inView
          ? cached('places:all', () => this.ctx.api.places())
          : ids.length
            ? this.ctx.api.placesInView(ids.slice(0, DISPUTES_IDS_MAX))
            : none,
        this.loadDrawing(),
      ]);
      if (generation !== this.generation) return;
      if (this.loaded?.key === key && this.loaded.res === res) return this.applyFocus();
      this.show(drawing, { key, res, inView: inView ? ids.length : null });
      this.applyFocus();
    } catch (err) {
      if (generation !== this.generation) return;
      this.loaded = null;
      this.keepView = false;
      this.el.dataset.state = 'error';
      this.summary.textContent = '';
      this.below.replaceChildren(
        failureNote('Could not load the places', err, () => void this.render()),
      );
    }
  }

  /** Draws `loaded`: the markers, the list and the summary. */
  private show(drawing: MapDrawing, loaded: Loaded): void {
    const { res, inView } = loaded;
    this.loaded = loaded;
    this.layout = layOutPlaces(res.places);
    this.el.dataset.spots = String(this.layout.spots.length);
    this.el.dataset.unplaced = String(this.layout.unplaced.length);
    this.el.dataset.mentions = String(res.mentions);
    drawing.draw(this.layout.spots, this.keepView);
    this.keepView = false;
    this.info.textContent = '';
    this.drawList(res.places);
    this.summary.textContent =
      inView === 0
        ? NO_CLAIMS_IN_VIEW
        : (inView !== null ? `Of ${claimsInViewWords(res.asked ?? inView, inView)}: ` : '') +
          layoutWords(this.layout, res.total, res.mentions);
    this.el.dataset.state = 'ready';
  }

  /**
   * A place was placed, moved or taken back: drawn so at once, where the
   * analyst is looking, then the places read again (seconds at scale), which
   * also tell what the list could not (see withLocation).
   */
  private located(place: LocatedPlace['place']): void {
    if (this.loaded && this.drawing) {
      const res = { ...this.loaded.res, places: withLocation(this.loaded.res.places, place) };
      this.keepView = true;
      this.show(this.drawing, { ...this.loaded, res });
    }
    this.stale = true;
    // Again: the drawing above used it up, and the places read next are drawn the same way.
    this.keepView = true;
    void this.render();
  }

  /** The drawing's module and the countries, loaded the first time a map opens. */
  private async loadDrawing(): Promise<MapDrawing> {
    if (!this.drawing) {
      const { MapDrawing } = await import('./map-drawing');
      this.drawing ??= new MapDrawing({
        pointed: (spot) => (this.info.textContent = spotWords(spot)),
        opened: (spot) => this.open(spot.id),
        zoomed: (k) => (this.el.dataset.zoom = k.toFixed(2)),
      });
      this.mapBox.replaceChildren(this.drawing.svg);
    }
    await this.drawing.drawLand();
    return this.drawing;
  }

  /**
   * Centres the map on the place its details panel asked for ("Show on the map"),
   * once; or opens the form that places it, centred where it lies when that is drawn.
   */
  private applyFocus(): void {
    const focus = this.ctx.store.get().mapFocus;
    if (!focus) return;
    const { id, locate } = focus;
    this.ctx.store.set({ mapFocus: null });
    const spot = this.layout.spots.find((s) => s.places.some((p) => p.id === id));
    const place = this.loaded?.res.places.find((p) => p.id === id);
    if (locate && place) {
      if (this.locating?.id === id) return;
      if (spot) this.showOnMap(spot);
      const button = this.list.querySelector<HTMLElement>(
        `li[data-place-id="${CSS.escape(id)}"] .map-locate-btn`,
      );
      return this.toggleLocating(place, button);
    }
    if (spot) return this.showOnMap(spot);
    this.info.textContent = place
      ? `${place.name} is not on the map: neither it nor any place it lies in has coordinates.`
      : 'That place is not among the places of the claims in view.';
  }

  /** Centres the map on the spot a place is drawn at, zoomed in. */
  private showOnMap(spot: MapSpot): void {
    this.drawing?.centreOn(spot);
    this.info.textContent = spotWords(spot);
    this.mapBox.scrollIntoView({ block: 'nearest' });
  }

  /** Opens a place (or anything named beside it) in the graph and its details. */
  private open(id: string): void {
    void this.ctx.actions.select(id, { tab: 'said', center: true });
  }

  /**
   * Every place counted, most claims first (or those the words in the find box
   * match): its numbers, who said most, when, what lies there.
   */
  private drawList(places: readonly PlaceSummary[]): void {
    const words = this.find.value.trim();
    const shown = placesMatching(places, words);
    const spotOf = new Map<string, MapSpot>();
    for (const s of this.layout.spots) for (const p of s.places) spotOf.set(p.id, s);
    // A form left open belongs to a row about to go.
    this.locating?.close();
    this.list.replaceChildren();
    const more = appendPaged(this.list, shown, (p) => this.placeRow(p, spotOf.get(p.id)), {
      page: LIST_PAGE,
      noun: 'place',
    });
    this.more.replaceChildren(...(more ? [more] : []));
    this.listTitle.textContent = words
      ? `Places matching “${words}” (${formatCount(shown.length)} of ${formatCount(places.length)})`
      : `Places, most claims first (${formatCount(places.length)})`;
    this.listHead.hidden = places.length === 0;
    this.noneListed.textContent =
      places.length === 0
        ? 'No place is named by these claims.'
        : shown.length === 0
          ? `No place matches “${words}”.`
          : '';
    // Put back only after a failure replaced them: the find box keeps its focus as it is typed in.
    if (this.listHead.parentElement !== this.below)
      this.below.replaceChildren(this.listHead, this.noneListed, this.list, this.more);
  }

  /** Enter in the find box: the first place matched, on the map. */
  private showFirstFound(): void {
    const [first] = placesMatching(this.loaded?.res.places ?? [], this.find.value);
    const spot = first && this.layout.spots.find((s) => s.places.some((p) => p.id === first.id));
    if (spot) this.showOnMap(spot);
    else if (first) this.info.textContent = `${first.name} is not on the map.`;
  }

  private placeRow(p: PlaceSummary, spot: MapSpot | undefined): HTMLElement {
    const open = h(
      'button',
      { type: 'button', class: 'link-btn map-place', dataset: { nodeId: p.id } },
      p.name,
    );
    open.addEventListener('click', () => this.open(p.id));
    const where = spot
      ? h(
          'button',
          { type: 'button', class: 'link-btn map-show', title: `Centre the map on ${spot.name}` },
          'show on the map',
        )
      : h(
          'span',
          {
            class: 'badge badge-muted',
            title: 'Neither it nor any place it lies in has coordinates',
          },
          'not on the map',
        );
    if (spot) where.addEventListener('click', () => this.showOnMap(spot));
    // Placed where it lies, or nowhere: the analyst can say where it is; placed, move it.
    const own = p.lat !== null && p.lon !== null;
    const locate = h(
      'button',
      {
        type: 'button',
        class: 'link-btn map-locate-btn',
        'aria-expanded': 'false',
        title: own ? `Move ${p.name} on the map` : `Say where ${p.name} is`,
      },
      own ? 'move it…' : 'place it…',
    );
    const badge = (n: number, cls: string, words: string) =>
      n > 0 ? h('span', { class: `badge ${cls}` }, `${formatCount(n)} ${words}`) : null;
    const kind = [p.kind, p.within ? `in ${p.within.name}` : null].filter(Boolean).join(', ');
    const period = periodWords(p);
    const speakers = p.topSpeakers.map((s) =>
      h('span', null, this.entityLink(s.id, s.name), ` (${formatCount(s.claims)})`),
    );
    const deployed = p.deployed.map((d) => this.entityLink(d.id, d.name));
    const row = h(
      'li',
      { class: 'map-row', dataset: { placeId: p.id } },
      h(
        'div',
        { class: 'map-row-head' },
        open,
        kind ? h('span', { class: 'muted' }, ` ${kind}`) : null,
        ' ',
        where,
        ' ',
        locate,
      ),
      h(
        'div',
        { class: 'map-row-counts' },
        claimsWords(p),
        period ? ` · ${period}` : '',
        ' ',
        badge(p.disputed, 'badge-disputed', 'in dispute'),
        ' ',
        badge(p.corroborated, 'badge-agreed', 'borne out'),
      ),
      p.drawnAt
        ? h(
            'div',
            { class: 'muted' },
            `No coordinates of its own: drawn at ${p.drawnAt.name}, where it lies.`,
          )
        : null,
      namedList('map-row-who', 'Said most about it: ', speakers, p.speakers, 'other speaker'),
      namedList('map-row-deployed', 'Deployed here: ', deployed, p.deployedTotal, 'other'),
    );
    locate.addEventListener('click', () => this.toggleLocating(p, locate));
    if (p.locatedBy === 'analyst' && p.locatedAt)
      row.append(
        h(
          'div',
          { class: 'muted' },
          `Placed on the map by an analyst, ${formatMoment(p.locatedAt)}.`,
        ),
      );
    return row;
  }

  /**
   * Opens (or closes) the form that says where a place is, under the map; one at a
   * time. `button`: its row's, which says the form is open (none when the row is on a
   * page of the list not shown).
   */
  private toggleLocating(p: PlaceSummary, button: HTMLElement | null): void {
    const open = this.locating;
    open?.close();
    if (open?.id === p.id || !this.drawing) return;
    const drawing = this.drawing;
    button?.setAttribute('aria-expanded', 'true');
    const { form, close } = locateForm(this.ctx, p, {
      drawing,
      saved: (place) => this.located(place),
      withinSaved: () => {
        this.stale = true;
        this.keepView = true;
        void this.render();
      },
      closed: () => {
        button?.setAttribute('aria-expanded', 'false');
        if (this.locating?.id === p.id) this.locating = null;
      },
    });
    this.locating = { id: p.id, close };
    this.locateSlot.replaceChildren(form);
    this.mapBox.scrollIntoView({ block: 'nearest' });
  }

  private entityLink(id: string, name: string): HTMLElement {
    const b = h('button', { type: 'button', class: 'link-btn', dataset: { nodeId: id } }, name);
    b.addEventListener('click', () => this.open(id));
    return b;
  }
}

/** "Deployed here: a, b, c and 4 others": the first few of `total` named; nothing when none. */
function namedList(
  cls: string,
  lead: string,
  items: readonly HTMLElement[],
  total: number,
  noun: string,
): HTMLElement | null {
  if (!items.length) return null;
  return h('div', { class: cls }, lead, ...joined(items), more(total - items.length, noun));
}

/** "a, b, c": elements with commas between them. */
function joined(items: readonly HTMLElement[]): (HTMLElement | string)[] {
  return items.flatMap((el, i) => (i ? [', ', el] : [el]));
}

/** " and 3 others", or nothing. */
function more(n: number, word: string): string {
  return n > 0 ? ` and ${plural(n, word)}` : '';
}
