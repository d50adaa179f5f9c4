/**
 * "Agrees with": the other sources whose figures agree with this source's
 * claims (another speaker's figure of the same measure, dated near, ranges
 * that overlap once hedges are allowed for) or whose claims are recorded as
 * bearing them out, most claims first, each opening that source, every pair
 * counted by the server. The other side of "Disagrees
 * with": a source is weighed by who corroborates it as well as who disputes
 * it. Shown once read; saying so when no other source's figures agree with
 * its own, and hidden when nothing agrees and it gives no figure.
 */
import { DISAGREEMENT_WINDOW_DAYS, type SourceDetails } from '../core/api';
import { formatCount, plural } from '../core/format';
import { agreeingPairsCsvButton, recordedPairsCsvButton } from './claims-csv';
import type { AppContext } from './context';
import { h } from './dom';
import { failureNote } from './failure';
import { otherSourcesList } from './other-sources';

export function agreesWithSection(ctx: AppContext, s: SourceDetails): HTMLElement {
  const section = h('section', { class: 'wsw-section', id: 'source-agrees', hidden: true });
  void ctx.api
    .sourceAgreements(s.source.id)
    .then((res) => {
      section.dataset.count = String(res.sources.length);
      section.dataset.total = String(res.total);
      if (!res.total) {
        // A figure nobody else gives stands alone (Blinken's 8,000): worth saying.
        if (!res.figures) return;
        section.replaceChildren(
          h('h3', null, 'Agrees with'),
          h(
            'p',
            { class: 'muted', id: 'source-agrees-none' },
            `No other source's figures agree with its ${plural(res.figures, 'figure')}.`,
          ),
        );
        section.hidden = false;
        return;
      }
      section.replaceChildren(
        h(
          'h3',
          null,
          'Agrees with ',
          h('span', { class: 'count' }, plural(res.total, 'other source')),
        ),
        otherSourcesList(
          ctx,
          res,
          (row) =>
            `${plural(row.theirs, 'claim')} of theirs agree${row.theirs === 1 ? 's' : ''} ` +
            `with ${formatCount(row.ours)} here` +
            (row.recorded ? ` · ${plural(row.recorded, 'recorded corroboration')}` : ''),
        ),
        h(
          'p',
          { class: 'muted', id: 'source-agrees-note' },
          [
            res.figurePairsTotal
              ? `${plural(res.figurePairsTotal, 'pair')} of figures that agree: another ` +
                `speaker's, of the same measure, dated within ${DISAGREEMENT_WINDOW_DAYS} days, ` +
                'the ranges overlapping once hedges are allowed for.'
              : null,
            res.recordedTotal ? `${plural(res.recordedTotal, 'recorded corroboration')}.` : null,
          ]
            .filter(Boolean)
            .join(' '),
        ),
        h(
          'p',
          { class: 'source-disputes-csv' },
          !res.figurePairsTotal
            ? null
            : agreeingPairsCsvButton(
                ctx,
                'source-agreements-csv',
                () => ctx.api.sourceAgreementsCsv(s.source.id),
                `Figures that agree as CSV (${plural(res.figurePairsTotal, 'pair')})`,
              ),
          res.recordedTotal
            ? recordedPairsCsvButton(
                ctx,
                'source-corroborations-csv',
                () => ctx.api.sourceCorroborationsCsv(s.source.id),
                `Corroborations as CSV (${formatCount(res.recordedTotal)})`,
                'corroboration',
              )
            : null,
        ),
      );
      section.hidden = false;
    })
    .catch((err: unknown) => {
      section.replaceChildren(failureNote('Could not load the agreeing sources', err));
      section.hidden = false;
    });
  return section;
}
