/** URL state: the view in the address bar, so that a pasted link restores it. */
import type { ViewState } from './types';
import { decodeView, encodeView } from './utils';

export * from './types';
export * from './utils';

export function readUrl(loc: Location = window.location): ViewState {
  return decodeView(loc.search);
}

/** Replaces the URL (no history entry per click) when the encoded view changed. */
export function writeUrl(view: ViewState): void {
  const search = encodeView(view);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  window.history.replaceState(null, '', url);
}
