/**
 * The API token for write routes (when the server has API_TOKEN), kept for the
 * browser tab only (sessionStorage), and a small field to enter it.
 */
import { ApiError, describeError } from '../core/api';
import { h } from './dom';

const KEY = 'claimgraph.apiToken';

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY) || null;
  } catch {
    return null;
  }
}

export function writeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the token lasts until the page is left.
  }
}

/** The sentence to show in the ingest form when a write was refused with 401. */
export const TOKEN_BELOW =
  'This server requires an API token for changes: enter it under “API token” below, then try again.';

/** The sentence to show elsewhere when a write was refused with 401. */
export const TOKEN_NEEDED =
  'This server requires an API token for changes. Enter it under “API token” in Add source, then try again.';

/** Why a write failed, in words: the token's sentence for a 401. */
export function writeError(err: unknown): string {
  return err instanceof ApiError && err.status === 401 ? TOKEN_NEEDED : describeError(err);
}

/** A collapsible “API token” box; `open()` unfolds it and focuses the field (after a 401). */
export function tokenBox(): { el: HTMLDetailsElement; open(message?: string): void } {
  const input = h('input', {
    id: 'ingest-token',
    type: 'password',
    class: 'ing-input',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Bearer token',
    value: readToken() ?? '',
  });
  const note = h('p', { class: 'hint', id: 'ingest-token-note', role: 'status' });
  const save = h('button', { type: 'button', class: 'btn btn-small' }, 'Use for this tab');
  const forget = h('button', { type: 'button', class: 'btn btn-small' }, 'Forget');
  const el = h(
    'details',
    { class: 'ing-token' },
    h('summary', null, 'API token', h('span', { class: 'muted' }, ' (only if the server asks)')),
    h(
      'div',
      { class: 'ing-token-row' },
      h('label', { for: 'ingest-token', class: 'visually-hidden' }, 'API token'),
      input,
      save,
      forget,
    ),
    note,
  );
  const show = () => {
    note.classList.remove('error');
    note.textContent = readToken()
      ? 'A token is set for this tab.'
      : 'No token set. Writes work without one unless the server has API_TOKEN.';
  };
  save.addEventListener('click', () => {
    writeToken(input.value.trim() || null);
    show();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      save.click();
    }
  });
  forget.addEventListener('click', () => {
    input.value = '';
    writeToken(null);
    show();
  });
  show();
  return {
    el,
    open(message) {
      el.open = true;
      if (message) {
        note.textContent = message;
        note.classList.add('error');
      }
      // After the caller has shown its own message above, which moves the box down.
      requestAnimationFrame(() => {
        input.focus({ preventScroll: true });
        el.scrollIntoView({ block: 'nearest' });
      });
    },
  };
}
