/**
 * A list of recorded pairs of claims, as the Disputes panel shows them: the
 * contradictions where sources disagree, the corroborations where they agree.
 * Each pair says who against (or with) whom, when it was recorded, the note,
 * and both claims with the source that reported each, which open in the
 * graph. Narrowed by the words the analyst types, and saved as CSV as listed.
 */
import type { ContradictionJson, PairKindName } from '../core/api';
import { shortLabel } from '../core/appearance';
import { contradictionMatches, formatDate, recordedWhen, reportName } from '../core/claims';
import { formatCount } from '../core/format';
import { claimLink } from './claim-card';
import { recordedPairsCsvButton } from './claims-csv';
import type { AppContext } from './context';
import { appendPaged, h } from './dom';

/** Pairs drawn at once; the rest on request. */
const LIST_PAGE = 200;

/** The claims in view a list is of: those asked about, of how many. */
export interface InView {
  ids: string[];
  total: number;
}

/** A list's pairs, as /api/contradictions and /api/corroborations both count them. */
export interface PairsRead {
  total: number;
  pairs: ContradictionJson[];
}

/** What tells one kind's list from the other's. */
export interface PairListKind {
  kind: PairKindName;
  noun: 'contradiction' | 'corroboration';
  /** Between the two speakers: "A vs B", "A and B". */
  joiner: string;
  title: string;
  /** How to record one, for an empty list. */
  howTo: string;
  /** Element ids: the section, its narrowing box and its CSV button. */
  ids: { section: string; filter: string; csv: string };
}

export const CONTRADICTIONS_LIST: PairListKind = {
  kind: 'contradictions',
  noun: 'contradiction',
  joiner: 'vs',
  title: 'Claims that cannot both hold',
  howTo: 'Open a claim and choose “Contradicts another claim…” to record one.',
  ids: { section: 'disputes-contradictions', filter: 'disputes-filter', csv: 'disputes-csv' },
};

export const CORROBORATIONS_LIST: PairListKind = {
  kind: 'corroborations',
  noun: 'corroboration',
  joiner: 'and',
  title: 'Claims that bear each other out',
  howTo: 'Open a claim and choose “Agrees with another claim…” to record one.',
  ids: { section: 'agreements-corroborations', filter: 'agreements-filter', csv: 'agreements-csv' },
};

/**
 * The section listing `read`'s pairs (of the claims in `view`, or of the graph),
 * narrowed by the words `narrowing` holds, which the analyst edits in place.
 */
export function recordedPairsList(
  ctx: AppContext,
  k: PairListKind,
  read: PairsRead,
  view: InView | null,
  narrowing: { get(): string; set(words: string): void },
): HTMLElement {
  const listed =
    read.total > read.pairs.length
      ? `${formatCount(read.total)}; the first ${formatCount(read.pairs.length)} listed`
      : formatCount(read.total);
  const title = view ? `${k.title}, one in view` : k.title;
  const section = h('section', {
    class: 'disputes-section',
    id: k.ids.section,
    dataset: { count: String(read.pairs.length) },
  });
  if (!read.pairs.length) {
    section.append(
      h('h3', null, `${title} (${listed})`),
      h(
        'p',
        { class: 'muted' },
        `${view ? 'None recorded with a claim in view.' : 'None recorded.'} ${k.howTo}`,
      ),
    );
    return section;
  }
  const heading = h('h3', null);
  const filter = h('input', {
    type: 'search',
    id: k.ids.filter,
    class: 'disputes-filter',
    placeholder: 'Narrow by a name or words…',
    'aria-label': `Narrow the ${k.kind} by a name or words`,
    value: narrowing.get(),
  });
  const list = h('ul', { class: 'disputes-list' });
  const body = h('div', null);
  const show = () => {
    const typed = narrowing.get();
    const shown = read.pairs.filter((p) => contradictionMatches(p, typed));
    heading.textContent =
      shown.length === read.pairs.length
        ? `${title} (${listed})`
        : `${title} (${formatCount(shown.length)} of ${listed})`;
    section.dataset.shown = String(shown.length);
    list.replaceChildren();
    const more = appendPaged(list, shown, (p) => pairItem(ctx, k, p), {
      page: LIST_PAGE,
      noun: k.noun,
    });
    body.replaceChildren(
      shown.length ? list : h('p', { class: 'muted' }, `No ${k.noun} has all those words.`),
      more ?? '',
    );
  };
  filter.addEventListener('input', () => {
    narrowing.set(filter.value);
    show();
  });
  show();
  // The table holds the pairs listed: of the claims in view, narrowed as the list is.
  const csv = recordedPairsCsvButton(
    ctx,
    k.ids.csv,
    () =>
      view
        ? ctx.api.recordedPairsCsvOf(k.kind, view.ids, narrowing.get())
        : ctx.api.recordedPairsCsv(k.kind, narrowing.get()),
    undefined,
    k.noun,
  );
  section.append(heading, filter, csv, body);
  return section;
}

function pairItem(ctx: AppContext, k: PairListKind, p: ContradictionJson): HTMLElement {
  const who = (c: ContradictionJson['a']) => c.speaker?.name ?? 'Unknown speaker';
  const when = recordedWhen(p);
  return h(
    'li',
    { class: 'dispute-item', dataset: { claims: p.claims.join(' '), origin: p.origin } },
    h(
      'p',
      { class: 'reason' },
      `${who(p.a)} ${k.joiner} ${who(p.b)}`,
      when
        ? h('span', { class: 'muted', title: when.title }, ` · ${when.text}`)
        : h('span', { class: 'muted' }, ' · from the seed'),
    ),
    h('p', { class: 'dispute-note' }, p.note),
    claimLine(ctx, p.a, who(p.a)),
    claimLine(ctx, p.b, who(p.b)),
  );
}

/** One side of a pair: who, when, which source reported it, and the claim's words, which open it in the graph. */
function claimLine(ctx: AppContext, c: ContradictionJson['a'], who: string): HTMLElement {
  const open = claimLink(ctx, c.id, shortLabel(c.text, 140));
  // The outlet says it shortest; an untitled seed source has only its long title.
  const relayed = c.relayedFrom ? `, from ${reportName(c.relayedFrom)}` : '';
  const reported = c.source
    ? ` · ${c.source.outlet ?? shortLabel(c.source.title, 40)}${relayed}`
    : '';
  return h(
    'p',
    { class: 'dispute-claim' },
    h('strong', null, who),
    h(
      'span',
      {
        class: 'muted',
        title: c.source
          ? `Reported in “${c.source.title}”${c.relayedFrom ? `, relayed from “${c.relayedFrom.title}”` : ''}`
          : undefined,
      },
      ` (${formatDate(c.date)}${reported}): `,
    ),
    open,
  );
}
