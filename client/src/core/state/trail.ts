/**
 * The nodes an analyst selected before the current one, for “Back”: reading a
 * claim, then the claim it contradicts, then that claim's speaker, the way back
 * is one click each. The URL keeps only the current selection. DOM-free.
 */

export interface TrailStep {
  id: string;
  /** Its name when it was selected: the node may have left the graph since. */
  name: string;
}

/** How many steps back are kept: a reading session, not a log. */
export const TRAIL_MAX = 50;

export class SelectionTrail {
  private readonly steps: TrailStep[] = [];
  private current: TrailStep | null = null;

  /** A node was selected (not by going back): the one before becomes a step back. */
  visit(step: TrailStep): void {
    if (this.current && this.current.id !== step.id) {
      if (this.steps.at(-1)?.id !== this.current.id) this.steps.push(this.current);
      if (this.steps.length > TRAIL_MAX) this.steps.shift();
    }
    this.current = step;
  }

  /** Where Back would go, without going. */
  previous(): TrailStep | null {
    return this.steps.at(-1) ?? null;
  }

  /** Takes the last step back; it becomes the current selection. */
  back(): TrailStep | null {
    const step = this.steps.pop() ?? null;
    if (step) this.current = step;
    return step;
  }

  /** Nodes that are gone (removed, merged away) are no steps to go back to. */
  forget(ids: ReadonlySet<string>): void {
    for (let i = this.steps.length - 1; i >= 0; i--)
      if (ids.has(this.steps[i]!.id)) this.steps.splice(i, 1);
    // Two steps that met across a forgotten one are one step.
    for (let i = this.steps.length - 1; i > 0; i--)
      if (this.steps[i]!.id === this.steps[i - 1]!.id) this.steps.splice(i, 1);
    if (this.current && ids.has(this.current.id)) this.current = null;
    while (this.current && this.steps.at(-1)?.id === this.current.id) this.steps.pop();
  }
}
