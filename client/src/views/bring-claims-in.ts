/**
 * Brings claims a list names into the graph, each with who said it, what it
 * is about and the source that reported it: one step to undo, however many.
 */
import type { SerializedGraph } from '../core/api';
import type { AppContext } from './context';

/** The most claims brought in at once: one request each. */
export const BRING_IN_MAX = 50;
/** Requests in flight at once. */
const AT_ONCE = 4;
/** What a claim is drawn with: its speaker, its subjects, its source. */
const CLAIM_LINKS = ['SAID', 'ABOUT', 'REPORTED_IN'];

/** Merges `ids` (at most BRING_IN_MAX) next to `anchor`; resolves to the nodes added. */
export async function bringClaimsIn(
  ctx: AppContext,
  ids: string[],
  anchor: string | null,
): Promise<number> {
  const todo = ids.slice(0, BRING_IN_MAX);
  const pages: SerializedGraph[] = [];
  const worker = async () => {
    for (let id = todo.shift(); id !== undefined; id = todo.shift())
      pages.push(await ctx.api.neighborhood(id, { depth: 1, rels: CLAIM_LINKS, limit: 60 }));
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  const nodes = new Map(pages.flatMap((p) => p.nodes).map((n) => [n.key, n]));
  const edges = new Map(pages.flatMap((p) => p.edges).map((e) => [e.key, e]));
  const merged = ctx.actions.addGraph(
    { nodes: [...nodes.values()], edges: [...edges.values()] },
    `claims:${Date.now()}`,
    `bring in ${ids.length === 1 ? 'a claim' : `${Math.min(ids.length, BRING_IN_MAX)} claims`}`,
    anchor,
  );
  return merged.addedNodes.length;
}
