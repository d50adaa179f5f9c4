/**
 * What a panel lights up on the graph: the node a row, a name or a chart point
 * under the pointer (or the keys) stands for, lit as hovering it on the graph
 * would. A panel that closes or redraws takes that element away without the
 * pointer ever leaving it, so the light also goes out when the element that
 * lit it is no longer shown; otherwise the graph would stay lit with nothing
 * on screen saying why.
 */
import type { Store, UiState } from '../core/state';

export class PanelLight {
  private lit: { id: string; by: Element } | null = null;
  private readonly watch = new MutationObserver(() => this.sweep());

  constructor(
    private readonly store: Store<UiState>,
    /** Whether the node is drawn on the graph (only those can light up). */
    private readonly drawn: (id: string) => boolean,
  ) {}

  /** `by` lights `id` up, when drawn; null (or a node not drawn) puts out what `by` lit. */
  set(id: string | null, by: Element): void {
    if (id && this.drawn(id)) {
      this.lit = { id, by };
      if (this.store.get().hovered !== id) this.store.set({ hovered: id });
      // Removals anywhere, and panels hidden: the element may go with either.
      this.watch.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['hidden'],
      });
    } else if (this.lit && (this.lit.by === by || by.contains(this.lit.by))) {
      this.putOut();
    }
  }

  /** Puts the light out once the element that lit it is gone or hidden. */
  private sweep(): void {
    if (this.lit && !(this.lit.by.isConnected && this.lit.by.checkVisibility())) this.putOut();
  }

  private putOut(): void {
    // The graph's own hover (or another panel's) may have taken over since: that one stays.
    if (this.lit && this.store.get().hovered === this.lit.id) this.store.set({ hovered: null });
    this.lit = null;
    this.watch.disconnect();
  }
}
