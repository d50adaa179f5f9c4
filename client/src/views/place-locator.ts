/**
 * Placing a place on the map: a place a linked article brought in has no
 * coordinates, and one may be misplaced. The form takes a latitude and a
 * longitude, typed or picked by clicking the map; saved, a toast offers to
 * undo it (who had placed it, and when, come back too).
 */
import type { Coordinates, LocatedPlace, PlaceSummary } from '../core/api';
import { coordinatesWords, roundCoordinate } from '../core/places';
import type { AppContext } from './context';
import { h } from './dom';
import { withinField } from './place-within';
import { writeError } from './ingest-token';
import type { MapDrawing } from './map-drawing';

/**
 * Opens the Map on the graph's places (a place lies outside the claims in view
 * as often as not) with the form that places `id` open: from the summary of a
 * commit and from a place's details.
 */
export function openPlacing(ctx: AppContext, id: string): void {
  ctx.store.set({ panel: 'map', mapInView: false, mapFocus: { id, locate: true } });
}

/** What the form needs besides the place: the map to pick on, and what to do once it is saved. */
export interface Locating {
  drawing: MapDrawing;
  /** `place` was placed, moved or taken back (undone): draw it so, and read the places again. */
  saved(place: LocatedPlace['place']): void;
  /** The form closed (saved or cancelled). */
  closed(): void;
  /** What the place lies in was said, or taken back: read the places again. */
  withinSaved(): void;
}

function numberField(id: string, label: string, min: number, max: number, value: number | null) {
  const input = h('input', {
    type: 'number',
    id,
    class: 'map-coordinate',
    step: 'any',
    min: String(min),
    max: String(max),
    value: value === null ? '' : String(value),
  });
  return { input, label: h('label', { for: id }, label, ' ', input) };
}

/** The coordinates typed, or what is wrong with them in words. */
function readCoordinates(lat: string, lon: string): { lat: number; lon: number } | string {
  const [a, b] = [Number(lat), Number(lon)];
  if (lat.trim() === '' || lon.trim() === '') return 'Give both a latitude and a longitude.';
  if (!Number.isFinite(a) || a < -90 || a > 90) return 'The latitude is between -90 and 90.';
  if (!Number.isFinite(b) || b < -180 || b > 180) return 'The longitude is between -180 and 180.';
  return { lat: a, lon: b };
}

export function locateForm(
  ctx: AppContext,
  p: PlaceSummary,
  locating: Locating,
): { form: HTMLElement; close(): void } {
  const at = p.lat !== null && p.lon !== null ? { lat: p.lat, lon: p.lon } : null;
  const lat = numberField(`map-lat-${p.id}`, 'Latitude', -90, 90, at?.lat ?? null);
  const lon = numberField(`map-lon-${p.id}`, 'Longitude', -180, 180, at?.lon ?? null);
  const message = h('p', { class: 'map-locate-message', role: 'status' });
  const save = h('button', { type: 'submit', class: 'btn btn-small btn-primary' }, 'Save');
  const cancel = h('button', { type: 'button', class: 'btn btn-small' }, 'Cancel');
  // Placed where it is not, and nobody knows where it is: its coordinates taken back.
  const unplace = at
    ? h(
        'button',
        { type: 'button', class: 'btn btn-small', id: `map-unplace-${p.id}` },
        'Take it off the map',
      )
    : null;
  const form = h(
    'form',
    // Checked here, to say what is wrong in words rather than the browser's bubble.
    {
      class: 'map-locate',
      id: `map-locate-${p.id}`,
      'aria-label': `Where ${p.name} is`,
      novalidate: true,
    },
    h(
      'p',
      { class: 'muted' },
      `Click the map where ${p.name} is, or type its coordinates (degrees; south and west are negative).`,
    ),
    h('div', { class: 'map-locate-fields' }, lat.label, lon.label, save, cancel, unplace),
    message,
    // A place with coordinates is drawn at them: what it lies in would not move it.
    at ? null : withinField(ctx, p, () => locating.withinSaved()),
  );
  const typed = () => readCoordinates(lat.input.value, lon.input.value);
  const close = () => {
    locating.drawing.pick(null);
    form.remove();
    locating.closed();
  };
  locating.drawing.pick((picked) => {
    lat.input.value = String(roundCoordinate(picked.lat));
    lon.input.value = String(roundCoordinate(picked.lon));
    locating.drawing.pin(picked);
    message.textContent = `Picked ${coordinatesWords(picked.lat, picked.lon)}: Save to keep it.`;
  });
  if (at) {
    locating.drawing.pin(at);
    locating.drawing.reveal(at);
  }
  for (const input of [lat.input, lon.input]) {
    input.addEventListener('input', () => {
      const t = typed();
      if (typeof t !== 'string') locating.drawing.pin(t);
    });
    // Once a value is entered (Tab, Enter or a click away), not at each digit typed: the map
    // would jump about while "51.5" is typed.
    input.addEventListener('change', () => {
      const t = typed();
      if (typeof t !== 'string') locating.drawing.reveal(t);
    });
  }
  /** Saves `to` (Save's coordinates, or none: off the map); `button` waits meanwhile. */
  const write = (to: Coordinates, button: HTMLButtonElement) => {
    button.disabled = true;
    void place(ctx, p, to, locating)
      .then(close)
      .catch((err: unknown) => (message.textContent = `Could not save it: ${writeError(err)}`))
      .finally(() => (button.disabled = false));
  };
  cancel.addEventListener('click', close);
  unplace?.addEventListener('click', () => write({ lat: null, lon: null }, unplace));
  form.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    // The form's Escape, not the panel's.
    e.stopPropagation();
    close();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const t = typed();
    if (typeof t === 'string') {
      message.textContent = t;
      return;
    }
    write(t, save);
  });
  queueMicrotask(() => lat.input.focus());
  return { form, close };
}

/** Writes the coordinates (both null: takes them back) and offers to undo it. Throws what the API said. */
async function place(ctx: AppContext, p: PlaceSummary, at: Coordinates, locating: Locating) {
  const doing = at.lat === null ? `Taking ${p.name} off the map` : `Placing ${p.name}`;
  const r = await ctx.status.track(doing, ctx.api.locatePlace(p.id, at));
  ctx.actions.dataChanged();
  locating.saved(r.place);
  const undo = () =>
    void ctx.api
      .undoLocation(p.id, r.change)
      .then((undone) => {
        ctx.actions.dataChanged();
        locating.saved(undone.place);
        ctx.status.notify(`${p.name} is back where it was.`, 'success');
      })
      .catch((err: unknown) => ctx.status.notify(`Could not undo it: ${writeError(err)}`, 'error'));
  const done =
    at.lat === null || at.lon === null
      ? `Took ${p.name} off the map.`
      : `Placed ${p.name} at ${coordinatesWords(at.lat, at.lon)}.`;
  ctx.status.notify(done, 'success', 8000, {
    label: 'Undo',
    run: undo,
  });
}
