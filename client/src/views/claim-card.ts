/** One claim as a compact, clickable card (used in lists). */
import type { Claim, Dispute } from '../core/api';
import { shortLabel } from '../core/appearance';
import {
  cueOf,
  figureLabel,
  formatDate,
  reportName,
  sourceTitle,
  sourceWords,
} from '../core/claims';
import type { AppContext } from './context';
import { h } from './dom';

/** A link-styled button that opens claim `id` in the graph, on its who-said-what tab. */
export function claimLink(ctx: AppContext, id: string, label: string): HTMLButtonElement {
  // data-node-id: pointed at, the claim lights up on the graph, as its card's title does.
  const b = h(
    'button',
    { type: 'button', class: 'link-btn', dataset: { claimId: id, nodeId: id } },
    label,
  );
  b.addEventListener('click', () => void ctx.actions.select(id, { tab: 'said', center: true }));
  return b;
}

/**
 * One side of two figures that disagree: who said it, opening the claim, and
 * which source reported it (" in GZERO Media", or " in “How Is Russia
 * Benefiting…”" without an outlet, the full title on hover), and the report
 * it relays the claim from (" in Fakti, from News.bg").
 */
export function figureSide(
  ctx: AppContext,
  id: string,
  label: string,
  source: ReportedSource | null,
  relayed: ReportedSource | null = null,
): HTMLElement {
  return h(
    'span',
    { class: 'side' },
    claimLink(ctx, id, label),
    source ? sourceNote(h('span'), source, relayed) : null,
  );
}

/** A source as a claim's provenance names it: its outlet, or its title. */
export interface ReportedSource {
  title: string;
  outlet?: string | null;
}

/**
 * Words `el` as " in GZERO Media" (or " in “How Is Russia Benefiting…”"
 * without an outlet), the full title on hover: which source reported a claim.
 */
export function sourceNote<E extends HTMLElement>(
  el: E,
  source: ReportedSource,
  relayed: ReportedSource | null = null,
): E {
  el.classList.add('muted', 'side-source');
  el.title = sourceTitle(source, relayed);
  el.textContent = ` in ${source.outlet ?? `“${shortLabel(source.title, 60)}”`}${
    relayed ? `, from ${reportName({ title: relayed.title, outlet: relayed.outlet ?? null })}` : ''
  }`;
  return el;
}

/**
 * Where the claim comes from, when the card says it: its article ("in Fakti")
 * if asked, and the report the article relays it from ("from News.bg"), which
 * a list grouped by article cannot show otherwise; not on that report's own page.
 */
function sourceLine(c: Claim, showSource: boolean, reportPage?: string): HTMLElement | null {
  const relayed = c.relayedFrom && c.relayedFrom.id !== reportPage ? c.relayedFrom : null;
  const text = showSource
    ? `in ${sourceWords(c.source, relayed)}`
    : relayed && `from ${reportName(relayed)}`;
  return text ? h('span', { class: 'claim-source' }, text) : null;
}

export function claimCard(
  c: Claim,
  opts: {
    onOpen(id: string): void;
    showSpeaker?: boolean;
    showSource?: boolean;
    /** The report whose page lists the card: the card does not name it again. */
    reportPage?: string;
    disputes?: Dispute[];
    current?: boolean;
  },
): HTMLElement {
  const disputed = (opts.disputes?.length ?? 0) > 0;
  const open = h(
    'button',
    {
      type: 'button',
      class: 'claim-open',
      dataset: { claimId: c.id, nodeId: c.id },
      'aria-label': `Open claim: ${c.text}`,
    },
    // c.text is the statement in plain words, never the verbatim quote: it is
    // not wrapped in quotation marks; verbatim quotes get a badge instead.
    c.text,
  );
  open.addEventListener('click', () => opts.onOpen(c.id));
  return h(
    'article',
    {
      class: `claim-card${disputed ? ' is-disputed' : ''}${opts.current ? ' is-current' : ''}`,
      dataset: { claimId: c.id },
    },
    h(
      'div',
      { class: 'claim-meta' },
      h('time', { datetime: c.date ?? undefined }, formatDate(c.date)),
      opts.showSpeaker ? h('span', { class: 'claim-speaker' }, c.speaker.name) : null,
      h('span', { class: 'claim-cue' }, cueOf(c)),
      c.quote
        ? h(
            'span',
            { class: 'badge badge-quote', title: 'The excerpt is the speaker’s own words' },
            'quote',
          )
        : null,
      sourceLine(c, opts.showSource === true, opts.reportPage),
      disputed
        ? h(
            'span',
            {
              class: 'badge badge-disputed',
              title: opts.disputes!.map((d) => d.reason).join('\n'),
            },
            'disputed',
          )
        : null,
    ),
    open,
    c.figures.length
      ? h(
          'ul',
          { class: 'figure-chips' },
          c.figures.map((f) => h('li', { class: 'chip', title: `“${f.text}”` }, figureLabel(f))),
        )
      : null,
  );
}
