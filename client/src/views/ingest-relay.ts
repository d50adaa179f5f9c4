/**
 * A claim's "Relayed from" row in the review: the article's own account, a
 * report the preview offers (its outlet named in the sentence, or the
 * speaker's own), or any other report of the graph found by search. The
 * source then cites the report, and the claim points to it. Above the
 * claims, a bar relays at once those that name no report.
 */
import { datedAfter, isIsoDate } from '../../../seed/model';
import type { ApiClient } from '../core/api';
import { isWebUrl } from '../core/claims';
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
  credit: 'credited in the article’s lead',
  earlier: 'as for the speaker’s earlier claim',
  dated: 'published the day it was said',
};

export interface RelayRowOptions {
  api: ApiClient;
  claim: ClaimReview;
  /** Whether the search for another report is open. */
  searching: boolean;
  /** The form for a report the graph does not hold, when open: to add one, or to edit the claim's. */
  reportForm: 'new' | 'edit' | null;
  /** The reports the review added so far, which any claim may be relayed from. */
  newReports: NewReportDraft[];
  /** The article's date: a report dated after it cannot be what it relays. */
  articleDate: string | null;
  /** Who may have published a new report, the likeliest first (publisherCandidates). */
  publishers: NonNullable<NewReportDraft['publisher']>[];
  onPick(report: ReportChoice | null): void;
  onToggleSearch(): void;
  onToggleForm(form: 'new' | 'edit'): void;
  onAdd(draft: Omit<NewReportDraft, 'key'>): void;
  onEdit(key: string, draft: Omit<NewReportDraft, 'key'>): void;
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
  const addBtn = toggle('New report…', o.reportForm === 'new', `${c.id}:relay-add`, () =>
    o.onToggleForm('new'),
  );
  // The claim's report, when the review adds it: it can still be corrected.
  const own = o.newReports.find((d) => newReportChoice(d).id === current) ?? null;
  const editBtn = own
    ? toggle('Edit report…', o.reportForm === 'edit', `${c.id}:relay-edit`, () =>
        o.onToggleForm('edit'),
      )
    : null;
  const row = h(
    'div',
    { class: 'ing-speaker-row ing-relay-row', dataset: { relayedFrom: current } },
    h('label', { for: selectId }, 'Relayed from'),
    select,
    searchBtn,
    addBtn,
    editBtn,
  );
  if (o.reportForm === 'edit' && own) return [row, newReportForm(o, own)];
  if (o.reportForm === 'new') return [row, newReportForm(o, null)];
  if (!o.searching) return [row];
  const ac = new Autocomplete({
    api: o.api,
    id: `relay-search-${c.id}`,
    label: 'The report it is relayed from',
    placeholder: 'Relayed from… (type a report’s title or outlet)',
    types: ['Source'],
    className: 'ing-ac',
    // The search names the report only: its title, outlet and date, as the
    // proposals give them, come from its details (its name alone, if they fail).
    onPick: (r) =>
      void o.api.node(r.id).then(
        (d) =>
          o.onPick({
            id: r.id,
            title: text(d.properties.title) ?? r.name,
            outlet: text(d.properties.outlet),
            date: text(d.properties.publishedDate),
          }),
        () => o.onPick({ id: r.id, title: r.name, outlet: null, date: null }),
      ),
  });
  ac.input.dataset.fk = `${c.id}:relay-input`;
  return [row, h('div', { class: 'ing-editor' }, ac.root)];
}

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

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

const samePublisher = (a: NewReportDraft['publisher'], b: NewReportDraft['publisher']) =>
  !!a && !!b && a.mentionId === b.mentionId && a.entityId === b.entityId;

/**
 * A report the graph does not hold, for the claim to be relayed from: its
 * title (a draft naming the publisher), who published it, when, and where it
 * can be read. Committed as a source we do not hold, which the new source
 * cites. With `editing`, that report's fields, to correct for every claim
 * relayed from it.
 */
function newReportForm(o: RelayRowOptions, editing: NewReportDraft | null): HTMLElement {
  const c = o.claim;
  const id = (part: string) => `new-report-${c.id}-${part}`;
  // A report restored from an earlier review may name a publisher this review no longer offers.
  const publishers =
    editing?.publisher && !o.publishers.some((p) => samePublisher(p, editing.publisher))
      ? [...o.publishers, editing.publisher]
      : o.publishers;
  const chosen = editing ? publishers.findIndex((p) => samePublisher(p, editing.publisher)) : 0;
  const publisher = h(
    'select',
    { id: id('publisher'), class: 'ing-select', dataset: { fk: `${c.id}:relay-add-publisher` } },
    h('option', { value: '', selected: chosen === -1 }, '— not said —'),
    publishers.map((p, i) => h('option', { value: String(i), selected: i === chosen }, p.name)),
  );
  const draftTitle = () => {
    const p = publishers[Number(publisher.value)];
    return p && publisher.value !== '' ? `${p.name} report` : '';
  };
  const title = h('input', {
    id: id('title'),
    class: 'ing-input',
    value: editing?.title ?? draftTitle(),
    placeholder: 'e.g. Newsweek interview with Yeo Park',
    dataset: { fk: `${c.id}:relay-add-title` },
  });
  // A title the analyst wrote is kept when the publisher changes.
  let edited = !!editing;
  title.addEventListener('input', () => (edited = true));
  publisher.addEventListener('change', () => {
    if (!edited) title.value = draftTitle();
  });
  const date = h('input', {
    id: id('date'),
    class: 'ing-input',
    value: editing?.publishedDate ?? '',
    placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD',
    dataset: { fk: `${c.id}:relay-add-date` },
  });
  const url = h('input', {
    id: id('url'),
    class: 'ing-input',
    type: 'url',
    value: editing?.url ?? '',
    placeholder: 'https://… (optional)',
    dataset: { fk: `${c.id}:relay-add-url` },
  });
  const problem = h('p', { class: 'ing-problem', hidden: true, role: 'alert' });
  const add = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small btn-primary',
      dataset: { fk: `${c.id}:relay-add-apply` },
    },
    editing ? 'Save report' : 'Add and relay from it',
  );
  /** Says what stops the report, at the field to fix: false. */
  const refuse = (message: string, field: HTMLElement) => {
    problem.textContent = message;
    problem.hidden = false;
    field.focus();
    return false;
  };
  const valid = (when: string, where: string) =>
    !title.value.trim()
      ? refuse('The report needs a title.', title)
      : when && !isIsoDate(when)
        ? refuse('The date is YYYY, YYYY-MM or YYYY-MM-DD.', date)
        : datedAfter(when || null, o.articleDate)
          ? refuse(
              `It is dated after the article (${o.articleDate}): it cannot be what the article relays.`,
              date,
            )
          : where && !isWebUrl(where)
            ? refuse('The address is an http or https URL, e.g. https://www.rfa.org/….', url)
            : true;
  add.addEventListener('click', () => {
    const when = date.value.trim();
    const where = url.value.trim();
    if (!valid(when, where)) return;
    const draft = {
      title: title.value.trim(),
      publisher: publisher.value === '' ? null : publishers[Number(publisher.value)]!,
      publishedDate: when || null,
      url: where || null,
    };
    if (editing) o.onEdit(editing.key, draft);
    else o.onAdd(draft);
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
      editing
        ? 'Every claim relayed from this report takes the change.'
        : 'A report the graph does not hold: committed as a source we do not hold, which this one cites.',
    ),
    h('label', { for: id('title') }, 'Title'),
    title,
    h('label', { for: id('publisher') }, 'Published by'),
    publisher,
    h('label', { for: id('date') }, 'Published'),
    date,
    h('label', { for: id('url') }, 'Address'),
    url,
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
