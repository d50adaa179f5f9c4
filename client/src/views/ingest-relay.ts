/**
 * A claim's "Relayed from" row in the review: the article's own account, a
 * report the preview offers (its outlet named in the sentence, or the
 * speaker's own), or any other report of the graph found by search. The
 * source then cites the report, and the claim points to it. Above the
 * claims, a bar relays at once those that name no report.
 */
import { datedAfter } from '../../../seed/model';
import type { ApiClient } from '../core/api';
import {
  newReportChoice,
  reportLabel,
  reportsInReview,
  unrelayedClaims,
  type ClaimReview,
  type NewReportDraft,
  type RelayCandidate,
  type ReportChoice,
  type ReviewState,
} from '../core/ingest';
import { Autocomplete } from './autocomplete';
import { h } from './dom';

const WHY: Record<RelayCandidate['via'], string> = {
  named: 'named in the sentence',
  speaker: 'the speaker’s own',
  wire: 'the article’s source line',
  earlier: 'as an earlier claim of the speaker',
};

export interface RelayRowOptions {
  api: ApiClient;
  claim: ClaimReview;
  /** Whether the search for another report is open. */
  searching: boolean;
  /** Whether the form for a report the graph does not hold is open. */
  adding: boolean;
  /** The reports the review added so far, which any claim may be relayed from. */
  newReports: NewReportDraft[];
  /** The article's date: a report dated after it cannot be what it relays. */
  articleDate: string | null;
  /** Who may have published a new report, the likeliest first (publisherCandidates). */
  publishers: NonNullable<NewReportDraft['publisher']>[];
  onPick(report: ReportChoice | null): void;
  onToggleSearch(): void;
  onToggleAdd(): void;
  onAdd(draft: Omit<NewReportDraft, 'key'>): void;
}

/** The row, and under it the search when it is open (focus key `${claim}:relay-input`). */
export function relayRow(o: RelayRowOptions): HTMLElement[] {
  const c = o.claim;
  const selectId = `relay-${c.id}`;
  const select = h('select', {
    id: selectId,
    class: 'ing-select ing-relay',
    dataset: { fk: `${c.id}:relay` },
  });
  const current = c.relayedFrom?.id ?? '';
  select.append(
    h('option', { value: '', selected: current === '' }, '— the article’s own account —'),
  );
  const offered = c.reports.map((r) =>
    h(
      'option',
      { value: r.id, selected: current === r.id, title: r.title },
      `${reportLabel(r)} (${WHY[r.via]})`,
    ),
  );
  if (offered.length) select.append(h('optgroup', { label: 'Proposed' }, offered));
  const added = o.newReports.map(newReportChoice);
  if (added.length) {
    select.append(
      h(
        'optgroup',
        { label: 'Added in this review (not in the graph)' },
        added.map((r) =>
          h('option', { value: r.id, selected: current === r.id, title: r.title }, reportLabel(r)),
        ),
      ),
    );
  }
  if (
    c.relayedFrom &&
    !c.reports.some((r) => r.id === c.relayedFrom!.id) &&
    !added.some((r) => r.id === c.relayedFrom!.id)
  ) {
    select.append(
      h(
        'optgroup',
        { label: 'Picked' },
        h('option', { value: c.relayedFrom.id, selected: true }, reportLabel(c.relayedFrom)),
      ),
    );
  }
  select.addEventListener('change', () => {
    const id = select.value;
    if (!id) o.onPick(null);
    else
      o.onPick(
        c.reports.find((r) => r.id === id) ?? added.find((r) => r.id === id) ?? c.relayedFrom,
      );
  });
  const searchBtn = toggle('Other report…', o.searching, `${c.id}:relay-search`, o.onToggleSearch);
  const addBtn = toggle('New report…', o.adding, `${c.id}:relay-add`, o.onToggleAdd);
  const row = h(
    'div',
    { class: 'ing-speaker-row ing-relay-row', dataset: { relayedFrom: current } },
    h('label', { for: selectId }, 'Relayed from'),
    select,
    searchBtn,
    addBtn,
  );
  if (o.adding) return [row, newReportForm(o)];
  if (!o.searching) return [row];
  const ac = new Autocomplete({
    api: o.api,
    id: `relay-search-${c.id}`,
    label: 'The report it is relayed from',
    placeholder: 'Relayed from… (type a report’s title or outlet)',
    types: ['Source'],
    className: 'ing-ac',
    onPick: (r) => o.onPick({ id: r.id, title: r.name, outlet: null, date: null }),
  });
  ac.input.dataset.fk = `${c.id}:relay-input`;
  return [row, h('div', { class: 'ing-editor' }, ac.root)];
}

/** A button that opens or closes what follows the row (focus key `fk`). */
function toggle(label: string, open: boolean, fk: string, onClick: () => void): HTMLElement {
  const b = h(
    'button',
    { type: 'button', class: 'btn btn-small', 'aria-expanded': String(open), dataset: { fk } },
    label,
  );
  b.addEventListener('click', () => onClick());
  return b;
}

/**
 * A report the graph does not hold, for the claim to be relayed from: its
 * title (a draft naming the publisher), who published it, and when. Committed
 * as a source we do not hold, which the new source cites.
 */
function newReportForm(o: RelayRowOptions): HTMLElement {
  const c = o.claim;
  const id = (part: string) => `new-report-${c.id}-${part}`;
  const publisher = h(
    'select',
    { id: id('publisher'), class: 'ing-select', dataset: { fk: `${c.id}:relay-add-publisher` } },
    h('option', { value: '' }, '— not said —'),
    o.publishers.map((p, i) => h('option', { value: String(i), selected: i === 0 }, p.name)),
  );
  const draftTitle = () => {
    const p = o.publishers[Number(publisher.value)];
    return p && publisher.value !== '' ? `${p.name} report` : '';
  };
  const title = h('input', {
    id: id('title'),
    class: 'ing-input',
    value: draftTitle(),
    placeholder: 'e.g. Newsweek interview with Yeo Park',
    dataset: { fk: `${c.id}:relay-add-title` },
  });
  let edited = false;
  title.addEventListener('input', () => (edited = true));
  publisher.addEventListener('change', () => {
    if (!edited) title.value = draftTitle();
  });
  const date = h('input', {
    id: id('date'),
    class: 'ing-input',
    placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD',
    dataset: { fk: `${c.id}:relay-add-date` },
  });
  const problem = h('p', { class: 'ing-problem', hidden: true, role: 'alert' });
  const add = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small btn-primary',
      dataset: { fk: `${c.id}:relay-add-apply` },
    },
    'Add and relay from it',
  );
  /** Says what stops the report, at the field to fix: false. */
  const refuse = (message: string, field: HTMLElement) => {
    problem.textContent = message;
    problem.hidden = false;
    field.focus();
    return false;
  };
  const valid = (when: string) =>
    !title.value.trim()
      ? refuse('The report needs a title.', title)
      : when && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(when)
        ? refuse('The date is YYYY, YYYY-MM or YYYY-MM-DD.', date)
        : datedAfter(when || null, o.articleDate)
          ? refuse(
              `It is dated after the article (${o.articleDate}): it cannot be what the article relays.`,
              date,
            )
          : true;
  add.addEventListener('click', () => {
    const when = date.value.trim();
    if (!valid(when)) return;
    o.onAdd({
      title: title.value.trim(),
      publisher: publisher.value === '' ? null : o.publishers[Number(publisher.value)]!,
      publishedDate: when || null,
    });
  });
  return h(
    'div',
    {
      class: 'ing-editor ing-new-report',
      role: 'group',
      'aria-label': 'A report the graph does not hold',
    },
    h(
      'p',
      { class: 'muted' },
      'A report the graph does not hold: committed as a source we do not hold, which this one cites.',
    ),
    h('label', { for: id('title') }, 'Title'),
    title,
    h('label', { for: id('publisher') }, 'Published by'),
    publisher,
    h('label', { for: id('date') }, 'Published'),
    date,
    problem,
    h('div', { class: 'actions' }, add),
  );
}

/**
 * Above the claims, while some accepted claims name no report and the review
 * names some: relays them all from one, as an article rewriting another
 * outlet's piece does (Fakti's claims from News.bg).
 */
export function relayRestBar(
  state: ReviewState,
  onApply: (report: ReportChoice) => void,
): HTMLElement | null {
  const rest = unrelayedClaims(state);
  const reports = reportsInReview(state);
  if (!rest.length || !reports.length) return null;
  const select = h(
    'select',
    { id: 'ingest-relay-rest', class: 'ing-select', dataset: { fk: 'relay-rest' } },
    reports.map((r) => h('option', { value: r.id }, reportLabel(r))),
  );
  const apply = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      id: 'ingest-relay-rest-apply',
      dataset: { fk: 'relay-rest-apply' },
    },
    rest.length === 1 ? 'Relay it' : `Relay all ${rest.length}`,
  );
  apply.addEventListener('click', () => {
    const report = reports.find((r) => r.id === select.value);
    if (report) onApply(report);
  });
  return h(
    'div',
    {
      class: 'ing-relay-rest',
      role: 'group',
      'aria-label': 'Relay the claims that name no report',
    },
    h(
      'label',
      { for: 'ingest-relay-rest' },
      `${rest.length === 1 ? '1 accepted claim names' : `${rest.length} accepted claims name`} no report: relayed from`,
    ),
    select,
    apply,
  );
}
