/** What the explorer offers after a failure: inline notes in panels, and Try again. */
import { describeError, isTransient } from '../core/api';
import { h } from './dom';
import type { ToastAction } from './status';

/**
 * "Try again", running `run`, for a failure that waiting can cure (Neo4j or
 * the server away); null for any other failure, where trying again would fail
 * the same way.
 */
export function tryAgain(err: unknown, run: () => void): ToastAction | null {
  return isTransient(err) ? { label: 'Try again', run } : null;
}

/**
 * "Could not load details: Neo4j is unavailable right now… Try again in 5 s.",
 * with the Try again button `tryAgain` offers when there is a `retry`.
 */
export function failureNote(what: string, err: unknown, retry?: () => void): HTMLElement {
  const note = h('p', { class: 'error', role: 'alert' }, `${what}: ${describeError(err)}`);
  const button = retry ? retryButton(err, retry) : null;
  if (button) note.append(' ', button);
  return note;
}

/** The Try again button `tryAgain` offers for `err`, running `run`; null when it offers none. */
export function retryButton(err: unknown, run: () => void): HTMLButtonElement | null {
  const action = tryAgain(err, run);
  if (!action) return null;
  const button = h('button', { type: 'button', class: 'btn btn-small retry-btn' }, action.label);
  button.addEventListener('click', action.run);
  return button;
}
