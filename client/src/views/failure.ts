/** Inline errors in the panels. */
import { describeError, isTransient } from '../core/api';
import { h } from './dom';

/**
 * "Could not load details: Neo4j is unavailable right now… Try again in 5 s."
 * With a Try again button that runs `retry` when waiting can cure the failure
 * (Neo4j or the server away); without one otherwise, or when there is no retry.
 */
export function failureNote(what: string, err: unknown, retry?: () => void): HTMLElement {
  const note = h('p', { class: 'error', role: 'alert' }, `${what}: ${describeError(err)}`);
  if (retry && isTransient(err)) {
    const button = h('button', { type: 'button', class: 'btn btn-small retry-btn' }, 'Try again');
    button.addEventListener('click', retry);
    note.append(' ', button);
  }
  return note;
}
