/**
 * A claim's figures and who else gives them: for each figure the other claims
 * whose figures agree (the same measure, close dates, ranges that overlap once
 * hedges are allowed for), who said them and which source reported them.
 * The counterpart of the dispute box: where sources disagree, and where they
 * agree.
 */
import { DISAGREEMENT_WINDOW_DAYS, type FigureAgreements } from '../core/api';
import {
  agreementGist,
  agreementSummary,
  agreementTags,
  figureLabel,
  formatDate,
} from '../core/claims';
import { formatCount } from '../core/format';
import { cached } from './cache';
import { figureSide } from './claim-card';
import type { AppContext } from './context';
import { h } from './dom';
import { failureNote } from './failure';

/** Agreeing claims listed per figure before "N more". */
const LISTED = 5;

/**
 * The box, folded to one line that says who else gives each figure ("3,800 —
 * 2 other speakers"), filled once the agreements are read; hidden when the
 * claim has no figure compared. Folded, it keeps the claim's own source in
 * sight.
 */
export function agreementBox(
  ctx: AppContext,
  claim: { id: string; date: string | null },
): HTMLElement {
  const box = h('details', { class: 'agree-box', hidden: true });
  const fill = async () => {
    try {
      const res = await cached(`agree:${claim.id}`, () => ctx.api.agreements(claim.id));
      const compared = res.figures.filter((f) => f.compared);
      box.hidden = compared.length === 0;
      box.replaceChildren(
        h(
          'summary',
          null,
          h('strong', null, 'Who else gives these figures: '),
          h('span', { class: 'agree-gist' }, compared.map(agreementGist).join('; ')),
        ),
        h(
          'p',
          { class: 'muted agree-rule' },
          `Figures of the same measure dated within ${DISAGREEMENT_WINDOW_DAYS} days of each ` +
            'other (or undated) whose ranges overlap once hedges such as “about” are allowed for.',
        ),
        ...compared.map((f) => figureAgreement(ctx, f, claim.date)),
      );
    } catch (err) {
      box.hidden = false;
      box.open = true;
      box.replaceChildren(
        h('summary', null, h('strong', null, 'Who else gives these figures')),
        failureNote('Could not load the figures that agree', err, () => void fill()),
      );
    }
  };
  void fill();
  return box;
}

function figureAgreement(ctx: AppContext, f: FigureAgreements, date: string | null): HTMLElement {
  const item = (a: FigureAgreements['agreeing'][number]) => {
    const side = figureSide(ctx, a.claimId, a.side, a.source);
    if (a.excerpt) side.querySelector('button')!.title = a.excerpt;
    return h('li', null, side, h('span', { class: 'muted' }, ` · ${agreementTags(a)}`));
  };
  // Every figure of the measure, over time: where the agreeing ones sit among the rest.
  const compare = h(
    'button',
    { type: 'button', class: 'link-btn', dataset: { measure: f.figure.measure } },
    'see them on the chart',
  );
  compare.addEventListener('click', () =>
    ctx.store.set({ panel: 'figures', measure: f.figure.measure }),
  );
  const shown = f.agreeing.slice(0, LISTED);
  const list = h('ul', { class: 'agree-list' }, shown.map(item));
  const rest = f.agreeing.slice(LISTED);
  const unlisted = f.total - f.agreeing.length;
  if (rest.length || unlisted) {
    const more = h(
      'button',
      { type: 'button', class: 'link-btn' },
      `${formatCount(rest.length + unlisted)} more`,
    );
    const moreItem = h('li', null, more);
    more.addEventListener('click', () => {
      moreItem.remove();
      list.append(...rest.map(item));
      // The API lists the closest; the rest are counted only.
      if (unlisted) {
        list.append(h('li', { class: 'muted' }, `and ${formatCount(unlisted)} more, farther off`));
      }
    });
    list.append(moreItem);
  }
  return h(
    'div',
    { class: `agree-figure${f.speakers ? ' is-agreed' : ''}` },
    h(
      'p',
      null,
      h('strong', null, figureLabel(f.figure)),
      h('span', { class: 'muted' }, ` · ${formatDate(f.figure.asOf ?? date)}`),
    ),
    h('p', { class: 'agree-summary' }, agreementSummary(f), ' · ', compare),
    f.total ? list : null,
  );
}
