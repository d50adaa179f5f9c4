/**
 * The other sources a source's claims meet, as its page lists them under
 * "Disagrees with" and "Agrees with": each named by its account (the report
 * an article relays the claim from, else the article), opening that source,
 * with how many claims meet on each side and, for a report, where its claims
 * are read. The pairs behind a row are named on hover.
 */
import type { SourceDisputesResponse } from '../core/api';
import { plural } from '../core/format';
import type { AppContext } from './context';
import { h } from './dom';
import { entityLink } from './entity-link';

type OtherSource = Pick<
  SourceDisputesResponse['sources'][number],
  'source' | 'theirs' | 'ours' | 'reasons' | 'relayedIn' | 'relayedInTotal'
>;

/**
 * The rows listed (`sources`, of `total`), each saying how its claims meet this
 * source's (`meeting`: "2 claims of theirs against 1 here").
 */
export function otherSourcesList<R extends OtherSource>(
  ctx: AppContext,
  { sources, total }: { sources: readonly R[]; total: number },
  meeting: (row: R) => string,
): HTMLElement {
  if (!sources.length) return h('p', { class: 'muted' }, 'No other source.');
  const more = total - sources.length;
  return h(
    'ul',
    { class: 'disagrees-list' },
    sources.map((row) =>
      h(
        'li',
        { dataset: { sourceId: row.source.id }, title: row.reasons.join('\n') },
        entityLink(
          ctx,
          row.source.id,
          row.source.outlet ? `${row.source.outlet}: ${row.source.title}` : row.source.title,
        ),
        h('span', { class: 'muted' }, ` — ${meeting(row)}`),
        relayedInLine(ctx, row),
      ),
    ),
    more > 0 ? h('li', { class: 'muted' }, `and ${plural(more, 'other source')}`) : null,
  );
}

/**
 * A report's claims are read in the articles that relay them: "relayed in
 * How Is Russia Benefiting…", each opening its article.
 */
function relayedInLine(ctx: AppContext, row: OtherSource): HTMLElement | null {
  if (!row.relayedInTotal) return null;
  const more = row.relayedInTotal - row.relayedIn.length;
  return h(
    'span',
    { class: 'muted relayed-in' },
    ' · relayed in ',
    row.relayedIn.flatMap((a, i) => [
      i ? ', ' : '',
      entityLink(ctx, a.id, a.title, 'link-btn source-link'),
    ]),
    more > 0 ? ` and ${plural(more, 'other article')}` : '',
  );
}
