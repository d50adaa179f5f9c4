import type { UiState, WhoSaidInView } from './types';

/**
 * The narrowing of who-said-what that is on screen: the details panel shows
 * the selected entity's lists, and one of them is narrowed. Null otherwise (a
 * narrowing kept for an entity no longer selected neither draws nor links).
 */
export function whoSaidInView(
  s: Pick<UiState, 'panel' | 'tab' | 'selected' | 'whoSaid'>,
): WhoSaidInView | null {
  const w = s.whoSaid;
  if (s.panel !== 'details' || s.tab !== 'said' || !w || w.of !== s.selected) return null;
  return w.by || w.about ? w : null;
}
