/**
 * The corroborations recorded with a claim (GET /api/corroborations?claim=):
 * the other claims that bear it out, who said them, where they were reported,
 * and the analyst's note saying how. The counterpart of the dispute box's
 * recorded contradictions, for the claims no figure compares; an analyst's own
 * can be reworded or taken back in place.
 */
import { recordedWhen } from '../core/claims';
import { claimLink, sourceNote } from './claim-card';
import type { AppContext } from './context';
import { h } from './dom';
import { failureNote } from './failure';
import { CORROBORATION, rewordNoteInPlace, takeBack } from './pair-form';

/** The box, filled once read; hidden when nothing is recorded with the claim. */
export function corroborationBox(ctx: AppContext, claim: string): HTMLElement {
  const box = h('div', { class: 'corroborate-box', role: 'note', hidden: true });
  const fill = async () => {
    try {
      const { corroborations } = await ctx.api.corroborations(claim);
      box.hidden = corroborations.length === 0;
      box.replaceChildren(
        h('strong', null, 'Borne out by: '),
        ...corroborations.map((k) => {
          const other = k.a.id === claim ? k.b : k.a;
          const side = h(
            'span',
            { class: 'side' },
            claimLink(ctx, other.id, 'see the other claim'),
            other.source ? sourceNote(h('span'), other.source, other.relayedFrom) : null,
          );
          side.querySelector('button')!.title = `“${other.text}”`;
          const who = other.speaker?.name ?? 'an unknown speaker';
          if (k.origin !== 'analyst') return h('p', null, `${who}: ${k.note} `, side);
          const when = recordedWhen(k);
          const reword = h(
            'button',
            { type: 'button', class: 'link-btn reword-note' },
            'reword the note',
          );
          const back = h('button', { type: 'button', class: 'link-btn take-back' }, 'take back');
          const entry = h(
            'p',
            null,
            `${who}: ${k.note} `,
            when
              ? h('span', { class: 'muted recorded-when', title: when.title }, `(${when.text}) `)
              : null,
            side,
            ' · ',
            reword,
            ' · ',
            back,
          );
          reword.addEventListener('click', () => {
            void rewordNoteInPlace(ctx, CORROBORATION, claim, other.id, entry);
          });
          back.addEventListener('click', () => {
            back.disabled = true;
            void takeBack(ctx, CORROBORATION, claim, other.id).then((ok) => {
              back.disabled = ok;
            });
          });
          return entry;
        }),
      );
    } catch (err) {
      box.hidden = false;
      box.replaceChildren(failureNote('Could not load the corroborations', err, () => void fill()));
    }
  };
  void fill();
  return box;
}
