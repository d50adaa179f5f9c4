/** A button that names a node of the graph and selects it, centred, when clicked. */
import type { AppContext } from './context';
import { h } from './dom';

export function entityLink(
  ctx: AppContext,
  id: string,
  name: string,
  cls = 'link-btn',
): HTMLButtonElement {
  const b = h('button', { type: 'button', class: cls, dataset: { nodeId: id } }, name);
  b.addEventListener('click', () => void ctx.actions.select(id, { center: true }));
  return b;
}
