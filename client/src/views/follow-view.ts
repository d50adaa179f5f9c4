/**
 * What a panel of the claims in view (the timeline, the Disputes panel) does
 * as the canvas changes: once the view has stayed put a moment, it reads the
 * claims again, so that an expansion of many nodes is one read, not many.
 */
import type Graph from 'graphology';

/** How long the view must stay put before a panel follows it. */
const FOLLOW_MS = 250;

/**
 * Calls `changed` FOLLOW_MS after the last change to the claims `display`
 * draws, while `following()` holds (the panel is open, on the claims in view).
 */
export function followView(display: Graph, following: () => boolean, changed: () => void): void {
  let pending: ReturnType<typeof setTimeout> | null = null;
  const viewChanged = () => {
    if (!following()) return;
    if (pending) clearTimeout(pending);
    pending = setTimeout(changed, FOLLOW_MS);
  };
  display.on('nodeAdded', viewChanged);
  display.on('nodeDropped', viewChanged);
  display.on('cleared', viewChanged);
}
