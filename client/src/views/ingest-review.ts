/**
 * The review of a proposed source: the article with mentions and claims marked
 * in place, and lists to accept, reject, relink or create each mention and to
 * accept or reject each claim and fix its speaker. The state and every rule
 * live in core/ingest; this module only draws it and turns clicks into changes.
 */
import type { SearchResult } from '../core/api';
import { figureLabel, formatDate, reportName } from '../core/claims';
import {
  ENTITY_LABELS,
  KINDS,
  contradictionKept,
  contradictionsOf,
  otherClaimOf,
  editNewEntity,
  newEntities,
  relinkMention,
  resolveMention,
  resolveSpeaker,
  reviewSegments,
  reviewSummary,
  separateNewEntity,
  setClaimDate,
  setClaimDecision,
  relayFollowers,
  relayUnrelayed,
  reportLabel,
  addNewReport,
  articlePairsOf,
  claimById,
  claimDateProblem,
  editNewReport,
  newReportOf,
  publisherCandidates,
  setClaimRelay,
  giveClaimSpeaker,
  setClaimSpeaker,
  setContradiction,
  setMentionDecision,
  setRejectLink,
  speakerCandidates,
  validateReview,
  aliasesText,
  describedSpeaker,
  type ClaimReview,
  type CommitResult,
  type ContradictionReview,
  type EntityLabel,
  type EntityRef,
  type IngestProposal,
  type LocatedIssue,
  type MentionReview,
  type Resolution,
  type ReviewIssue,
  type ReviewState,
  type ReviewSummary,
  addClaimFromText,
  removeAddedClaim,
  markableSpan,
  setAddedClaimKind,
  setAddedClaimCue,
  addedCueWords,
  ADDED_CUE_WORDS_MAX,
  findWords,
  enoughToFind,
  FIND_MIN_CHARS,
  setUnnamedKind,
  setUnnamedName,
} from '../core/ingest';
import { unattributedName } from '../../../server/ingest/unattributed';
import {
  UNNAMED_KINDS,
  described,
  unnamedKind,
  unnamedName,
  type UnnamedKind,
} from '../../../server/ingest/unnamed';
import { plural } from '../core/format';
import { Autocomplete } from './autocomplete';
import { FigureComparison } from './ingest-compare';
import { agreementList, articleClashList, clashList, oneSpeakerList } from './ingest-figures';
import { dateRow } from './ingest-date';
import { relayRestBar, relayRow } from './ingest-relay';
import { claimLink } from './claim-card';
import type { AppContext } from './context';
import { h } from './dom';

type Tab = 'mentions' | 'claims';
type Selection = { kind: 'mention' | 'claim'; id: string } | null;

export interface ReviewCallbacks {
  /** Back to the article form. */
  back(): void;
  /** The analyst confirmed: commit this state. */
  commit(state: ReviewState): void;
  /**
   * The commit of this state run by the server and rolled back: what it would
   * write, the issues it would refuse, or null when it cannot tell (offline).
   */
  rehearse(state: ReviewState, signal: AbortSignal): Promise<Rehearsal | null>;
  /** Open an existing source (when the article is already in Claimgraph). */
  openSource(id: string): void;
}

/** What the server's rehearsal of a commit answered. */
export type Rehearsal = { result: CommitResult } | { issues: LocatedIssue[] };

/** The speaker select's value for hearsay the article passes on. */
const UNATTRIBUTED = 'u:';
/** The speaker select's value for a speaker the article describes without naming. */
const UNNAMED = 'n:';

const STATUS_TEXT: Record<Resolution['status'], string> = {
  linked: 'linked',
  new: 'new entity',
  rejected: 'rejected',
  missing: 'no entity',
};

const METHOD_TEXT: Record<string, string> = {
  'exact-alias': 'exact name or alias',
  'normalised-alias': 'spelling variant',
  fuzzy: 'fuzzy match',
};

const ref = (r: SearchResult): EntityRef => ({
  id: r.id,
  name: r.name,
  category: r.category,
  kind: r.kind,
});

export class ReviewView {
  readonly el = h('div', { class: 'ing-review', id: 'ingest-review' });
  private readonly text = h('div', {
    class: 'article ing-text',
    id: 'ingest-text',
    tabindex: '0',
    'aria-label': 'Article text: mentions and claims are marked; click one to review it',
  });
  private readonly head = h('header', { class: 'ing-review-head' });
  private readonly tabs = h('div', {
    class: 'tabs ing-tabs',
    role: 'tablist',
    'aria-label': 'Review lists',
  });
  private readonly list = h('div', {
    class: 'ing-list',
    id: 'ingest-list',
    role: 'tabpanel',
  });
  private readonly footer = h('footer', { class: 'ing-footer' });
  private readonly confirm = h('section', {
    class: 'ing-confirm',
    id: 'ingest-confirm',
    hidden: true,
    'aria-labelledby': 'ingest-confirm-title',
  });
  private tab: Tab = 'mentions';
  private selected: Selection = null;
  /** Mentions whose relink search is open; claims whose speaker search is open. */
  private relinking = new Set<string>();
  private searchingSpeaker = new Set<string>();
  /** Claims whose search for the report they are relayed from is open. */
  private searchingRelay = new Set<string>();
  /** Claims whose new-report form is open: to add a report, or to edit the one they relay. */
  private reportForm = new Map<string, 'new' | 'edit'>();
  /** The agreeing figures the analyst unfolded, kept so as a claim is redrawn. */
  private unfoldedAgreements = new Set<string>();
  private serverIssues: LocatedIssue[] = [];
  private committing = false;
  // The footer's row of buttons outlives its renders: a render while one is
  // pressed (a comparison's answer) must not take it from under the pointer,
  // which loses the click. Only the list of problems above it is redrawn.
  private readonly footerProblems = h('div', { class: 'ing-footer-problems' });
  private readonly backBtn = h(
    'button',
    { type: 'button', class: 'btn', id: 'ingest-back', dataset: { fk: 'back' } },
    '← Edit the article',
  );
  private readonly reviewCommitBtn = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-primary',
      id: 'ingest-review-commit',
      dataset: { fk: 'review-commit' },
    },
    'Review and commit…',
  );
  // Marking a claim the preview missed: the words selected in the text.
  private readonly addClaimBtn = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      id: 'ingest-add-claim',
      disabled: true,
      dataset: { fk: 'add-claim' },
    },
    'Mark as a claim',
  );
  private readonly addClaimHint = h(
    'span',
    { class: 'muted', id: 'ingest-add-claim-hint', 'aria-live': 'polite' },
    ADD_CLAIM_HINT,
  );
  // The keyboard's way to the same: words typed here are found in the text.
  private readonly findInput = h('input', {
    type: 'search',
    class: 'ing-find',
    id: 'ingest-find',
    placeholder: 'or type its words',
    autocomplete: 'off',
    spellcheck: false,
    'aria-label': 'Words of the article to mark as a claim',
    'aria-describedby': 'ingest-add-claim-hint',
    dataset: { fk: 'find' },
  });
  /** The words selected in the text, widened (markableSpan), as offsets into the article; null: none. */
  private selectedWords: [number, number] | null = null;
  /** Where the words typed in the find box are in the text, and which of them is shown. */
  private found: { spans: [number, number][]; at: number } | null = null;
  private readonly onSelectionChange = () => this.followSelection();
  /** The server's rehearsal of the commit the confirmation shows, while it runs. */
  private rehearsal: AbortController | null = null;
  private frame = 0;
  /** The figure lists, compared again when the analyst changes who speaks. */
  private readonly compared: FigureComparison;
  private items = new Map<string, { sig: string; el: HTMLElement }>();

  constructor(
    private readonly ctx: AppContext,
    private state: ReviewState,
    private readonly proposal: IngestProposal,
    private readonly cb: ReviewCallbacks,
  ) {
    this.el.append(
      this.head,
      this.text,
      h('div', { class: 'ing-text-actions' }, this.addClaimBtn, this.findInput, this.addClaimHint),
      this.tabs,
      this.list,
      this.footer,
      this.confirm,
    );
    this.addClaimBtn.addEventListener('click', () => this.addClaim());
    this.findInput.addEventListener('input', () => this.find());
    this.findInput.addEventListener('keydown', (e) => this.onFindKey(e));
    document.addEventListener('selectionchange', this.onSelectionChange);
    this.footer.append(
      this.footerProblems,
      h(
        'div',
        { class: 'ing-footer-row' },
        this.backBtn,
        h('span', { class: 'spacer' }),
        this.reviewCommitBtn,
      ),
    );
    this.backBtn.addEventListener('click', () => this.cb.back());
    this.reviewCommitBtn.addEventListener('click', () => this.openConfirm());
    this.compared = new FigureComparison(ctx, proposal, state.article, () => this.schedule());
    // A review carried over from an earlier one may already have other speakers.
    this.compared.follow(state);
    this.text.addEventListener('click', (e) => {
      // The end of a selection of words (to mark as a claim), not a click on one.
      if (this.selectedWords) return;
      const t = e.target as HTMLElement;
      const m = t.closest<HTMLElement>('[data-mention-id]');
      const c = t.closest<HTMLElement>('[data-claim-id]');
      if (m?.dataset.mentionId) this.select({ kind: 'mention', id: m.dataset.mentionId }, true);
      else if (c?.dataset.claimIds) {
        // Text several claims cover ("Moscow and Pyongyang deny…", one claim
        // each): each click selects the next of them.
        const ids = c.dataset.claimIds.split(' ');
        const at = this.selected?.kind === 'claim' ? ids.indexOf(this.selected.id) : -1;
        this.select({ kind: 'claim', id: ids[(at + 1) % ids.length]! }, true);
      }
    });
    this.list.addEventListener('focusin', (e) => {
      const item = (e.target as HTMLElement).closest<HTMLElement>('.ing-item');
      const id = item?.dataset.mentionId ?? item?.dataset.claimId;
      if (item && id && (this.selected?.id !== id || this.selected.kind !== item.dataset.kind)) {
        this.select({ kind: item.dataset.kind as 'mention' | 'claim', id }, false);
      }
    });
    this.el.addEventListener('keydown', (e) => {
      // Escape in a field closes that field's editor, not the whole panel.
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const t = e.target as HTMLElement;
      const item = t.closest<HTMLElement>('.ing-item');
      if (!item) return;
      const id = item.dataset.mentionId ?? item.dataset.claimId ?? '';
      if (t.dataset.fk === `${id}:relay-input` && this.searchingRelay.delete(id)) {
        e.preventDefault();
        this.render();
        this.focusKey(`${id}:relay-search`);
      } else if (this.relinking.delete(id) || this.searchingSpeaker.delete(id)) {
        e.preventDefault();
        this.render();
        this.focusKey(`${id}:${item.dataset.kind === 'mention' ? 'relink' : 'speaker'}`);
      } else if (t.matches('input, select, textarea')) e.preventDefault();
    });
    this.render();
  }

  /** Stops what the review still waits for; it is not drawn again. */
  close(): void {
    document.removeEventListener('selectionchange', this.onSelectionChange);
    CSS.highlights?.delete(FOUND_HIGHLIGHT);
    this.rehearsal?.abort();
    this.compared.cancel();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  get current(): ReviewState {
    return this.state;
  }

  /** Shows what the server refused on commit, next to the mentions and claims concerned. */
  showServerIssues(issues: LocatedIssue[]): void {
    this.serverIssues = issues;
    this.committing = false;
    this.closeConfirm();
    this.render();
    const first = issues.find((i) => i.id && i.scope !== 'article' && i.scope !== 'other');
    if (first?.id) this.reveal({ kind: first.scope as 'mention' | 'claim', id: first.id });
    else this.footer.querySelector<HTMLElement>('.ing-problems')?.focus();
  }

  setCommitting(on: boolean): void {
    this.committing = on;
    const b = this.confirm.querySelector<HTMLButtonElement>('#ingest-commit');
    if (b) {
      b.disabled = on;
      b.textContent = on ? 'Committing…' : 'Commit';
      b.setAttribute('aria-busy', String(on));
    }
  }

  private update(next: ReviewState): void {
    if (next === this.state) return;
    this.state = next;
    this.compared.follow(next);
    this.serverIssues = [];
    this.closeConfirm();
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Re-draws what changed, keeping the focus on the same control. */
  render(): void {
    if (this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
    const active = document.activeElement as HTMLElement | null;
    const fk = this.el.contains(active) ? active?.dataset.fk : undefined;
    const typed = typedIn(active);
    const issues = validateReview(this.state);
    this.renderHead();
    this.renderText();
    this.renderTabs(issues);
    this.renderList(issues);
    this.renderFooter(issues);
    this.highlightSelection(false);
    this.el.dataset.mentions = String(this.state.mentions.length);
    this.el.dataset.claims = String(this.state.claims.length);
    this.el.dataset.issues = String(issues.length);
    // While the figures are compared again for new speakers, those shown are the last answer.
    this.el.dataset.figures = this.compared.comparing ? 'comparing' : 'current';
    // (an element moved by a render, as the footer's buttons are, loses focus too)
    if (fk && document.activeElement !== active) {
      this.focusKey(fk);
      // A field drawn anew while the analyst types in it (a comparison's
      // answer redraws the claim) keeps what was typed; a search box searches it.
      // The caret goes back where it was too: a field moved by a render, though
      // it holds the same words, has its caret at the start again.
      const now = document.activeElement;
      if (typed && isTypedField(now)) {
        const changed = now.value !== typed.value;
        if (changed) now.value = typed.value;
        now.setSelectionRange(typed.start, typed.end);
        if (changed) now.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
  }

  private focusKey(fk: string): void {
    this.el.querySelector<HTMLElement>(`[data-fk="${CSS.escape(fk)}"]`)?.focus();
  }

  // ---------- Head ----------

  private renderHead(): void {
    const s = this.state;
    const sum = reviewSummary(s);
    const a = s.article;
    const st = this.proposal.stats;
    const existing = s.existingSource;
    const openBtn = existing
      ? h(
          'button',
          { type: 'button', class: 'btn btn-small', id: 'ingest-open-existing' },
          'Open it',
        )
      : null;
    openBtn?.addEventListener('click', () => this.cb.openSource(existing!.id));
    this.head.replaceChildren(
      h(
        'p',
        { class: 'ing-meta muted' },
        [
          a.outlet,
          a.publishedDate ? formatDate(a.publishedDate) : null,
          a.url ? hostOf(a.url) : null,
        ]
          .filter(Boolean)
          .join(' · ') || 'No outlet or date given',
        ` · ${plural(st.words, 'word')} · analysed in ${Math.round(st.ms)} ms`,
      ),
      existing
        ? h(
            'div',
            { class: 'ing-warning', role: 'alert', id: 'ingest-existing' },
            h('strong', null, 'Already in Claimgraph. '),
            `This article is stored as “${existing.title}”: committing it again adds nothing. `,
            openBtn,
          )
        : '',
      ...(this.proposal.notices ?? []).map((notice) =>
        h('p', { class: 'ing-warning ing-notice', role: 'status' }, notice),
      ),
      h(
        'p',
        { class: 'ing-counts' },
        `${plural(sum.mentions, 'mention')}: ${sum.linked} linked, ${sum.newEntities.length} new ${
          sum.newEntities.length === 1 ? 'entity' : 'entities'
        }, ${sum.rejected} rejected · ${plural(s.claims.length, 'claim')}: ${sum.claimsAccepted} accepted${
          sum.relayed ? `, ${sum.relayed} relayed from a report` : ''
        }`,
      ),
      h(
        'p',
        { class: 'ing-legend', 'aria-hidden': 'true' },
        h('mark', { class: 'ing-m', dataset: { label: 'Actor', status: 'linked' } }, 'actor'),
        h('mark', { class: 'ing-m', dataset: { label: 'Unit', status: 'linked' } }, 'unit'),
        h('mark', { class: 'ing-m', dataset: { label: 'Place', status: 'linked' } }, 'place'),
        h('mark', { class: 'ing-m', dataset: { label: 'Actor', status: 'new' } }, 'new'),
        h('mark', { class: 'ing-m', dataset: { label: 'Actor', status: 'rejected' } }, 'rejected'),
        h('span', { class: 'ing-c', dataset: { kind: 'direct', decision: 'accept' } }, 'direct'),
        h(
          'span',
          { class: 'ing-c', dataset: { kind: 'indirect', decision: 'accept' } },
          'indirect',
        ),
        h(
          'span',
          { class: 'ing-c', dataset: { kind: 'direct', decision: 'reject' } },
          'rejected claim',
        ),
        h(
          'span',
          { class: 'ing-c is-date', dataset: { kind: 'indirect', decision: 'accept' } },
          'said on',
        ),
      ),
    );
  }

  // ---------- Article text ----------

  private renderText(): void {
    const s = this.state;
    const mentions = new Map(s.mentions.map((m) => [m.id, m]));
    const claims = new Map(s.claims.map((c) => [c.id, c]));
    const out: (Node | string)[] = [];
    for (const seg of reviewSegments(s)) {
      const m = seg.mention ? mentions.get(seg.mention) : undefined;
      const c = seg.claims.length ? claims.get(seg.claims[0]!) : undefined;
      if (!m && !c) {
        out.push(seg.text);
        continue;
      }
      const el = m
        ? h('mark', {
            class: 'ing-m',
            dataset: {
              mentionId: m.id,
              label: m.decision === 'create' ? m.newEntity.label : (labelOf(m) ?? m.label),
              status: resolveMention(m).status,
            },
            title: mentionTitle(m),
          })
        : h('span', {});
      if (c) {
        el.classList.add('ing-c');
        el.dataset.claimId = c.id;
        el.dataset.claimIds = seg.claims.join(' ');
        el.dataset.kind = c.proposal.kind;
        el.dataset.decision = c.decision;
        if (!m) el.title = claimTitle(s, c);
      }
      if (seg.quote) el.classList.add('is-quote');
      if (seg.date) el.classList.add('is-date');
      el.textContent = seg.text;
      out.push(el);
    }
    const top = this.text.scrollTop;
    this.text.replaceChildren(...out);
    this.text.scrollTop = top;
    this.showFound(false);
  }

  /** What an unnamed speaker is: the guess from its words until the analyst says otherwise. */
  private unnamedKindSelect(c: ClaimReview): HTMLSelectElement {
    const current = c.speaker.kind ?? unnamedKind(c.speaker.text);
    const select = h(
      'select',
      {
        class: 'ing-select ing-unnamed-kind',
        'aria-label': 'What the unnamed speaker is',
        dataset: { fk: `${c.id}:unnamed-kind` },
      },
      UNNAMED_KINDS.map((k) =>
        h('option', { value: k, selected: k === current }, `as ${UNNAMED_KIND_WORDS[k]}`),
      ),
    );
    select.addEventListener('change', () =>
      this.update(setUnnamedKind(this.state, c.id, select.value as UnnamedKind)),
    );
    return select;
  }

  /** What the unnamed speaker is called: by its words until the analyst names it. */
  private unnamedNameInput(c: ClaimReview): HTMLInputElement {
    const input = h('input', {
      type: 'text',
      // typed here, applied on change: kept across a redraw (isTypedField)
      class: 'ing-input ing-typed ing-unnamed-name',
      value: c.speaker.name ?? '',
      placeholder: described(c.speaker.text),
      maxlength: '200',
      spellcheck: false,
      'aria-label': 'Name of the unnamed speaker ("unnamed" and the article are added)',
      title: 'Name it otherwise: "(unnamed, <title>)" is added on commit',
      dataset: { fk: `${c.id}:unnamed-name` },
    });
    input.addEventListener('change', () =>
      this.update(setUnnamedName(this.state, c.id, input.value)),
    );
    return input;
  }

  // ---------- Marking a claim in the text ----------

  /** Whether a claim the analyst marked quotes its speaker: guessed from its quotation marks. */
  private addedKindSelect(c: ClaimReview): HTMLSelectElement {
    const select = h(
      'select',
      {
        class: `ing-select ing-claim-kind badge-${c.proposal.kind}`,
        'aria-label': 'Kind of claim',
        dataset: { fk: `${c.id}:kind` },
      },
      h('option', { value: 'direct', selected: c.proposal.kind === 'direct' }, 'direct quote'),
      h('option', { value: 'indirect', selected: c.proposal.kind === 'indirect' }, 'indirect'),
    );
    select.addEventListener('change', () =>
      this.update(
        setAddedClaimKind(this.state, c.id, select.value === 'direct' ? 'direct' : 'indirect'),
      ),
    );
    return select;
  }

  /** The words that say a marked claim ("voiced scepticism"), shown as its cue; optional. */
  private addedCueInput(c: ClaimReview): HTMLInputElement {
    const input = h('input', {
      type: 'text',
      class: 'ing-input ing-typed ing-added-cue',
      value: addedCueWords(c.proposal.cue),
      placeholder: 'its cue, e.g. “voiced scepticism”',
      maxlength: String(ADDED_CUE_WORDS_MAX),
      spellcheck: false,
      'aria-label': 'Cue: the words of the article that say it (optional)',
      title: 'The words that introduce it, shown as its cue; “(marked by the analyst)” follows',
      dataset: { fk: `${c.id}:cue` },
    });
    input.addEventListener('change', () =>
      this.update(setAddedClaimCue(this.state, c.id, input.value)),
    );
    return input;
  }

  /** Offers the words selected in the article's text as a claim. */
  private followSelection(): void {
    const sel = document.getSelection();
    const range = sel && sel.rangeCount && !sel.isCollapsed ? sel.getRangeAt(0) : null;
    const inside =
      !!range && this.text.contains(range.startContainer) && this.text.contains(range.endContainer);
    // The text box holds the article's text and nothing else: offsets are lengths.
    const offset = (node: Node, at: number) => {
      const r = document.createRange();
      r.setStart(this.text, 0);
      r.setEnd(node, at);
      return r.toString().length;
    };
    const next: [number, number] | null =
      range && inside
        ? [
            offset(range.startContainer, range.startOffset),
            offset(range.endContainer, range.endOffset),
          ]
        : null;
    // What marking would take: the selection widened to whole words, names and figures.
    this.selectedWords = next ? this.markable(next[0], next[1]) : null;
    // Words selected with the mouse take over from words found by typing.
    if (this.selectedWords && this.found) this.clearFind();
    this.showMarkable();
  }

  /** The words "Mark as a claim" would take: selected in the text, or else found by typing. */
  private get wordsToMark(): [number, number] | null {
    if (this.selectedWords) return this.selectedWords;
    const span = this.found?.spans[this.found.at];
    return span ? this.markable(span[0], span[1]) : null;
  }

  private markable(start: number, end: number): [number, number] | null {
    return markableSpan(this.state, this.proposal.figures, start, end);
  }

  /** The button and the hint under the text, for the words marking would take. */
  private showMarkable(): void {
    const span = this.wordsToMark;
    this.addClaimBtn.disabled = !span;
    const words = span ? this.state.article.text.slice(...span) : '';
    const quoted = `“${words.length > 60 ? `${words.slice(0, words.lastIndexOf(' ', 57))}…` : words}”`;
    const typed = this.findInput.value.trim();
    if (!this.selectedWords && typed) {
      // Found by typing: say how often, and what the keys do.
      const n = this.found?.spans.length ?? 0;
      this.addClaimHint.textContent = !n
        ? !enoughToFind(typed)
          ? `Type at least ${FIND_MIN_CHARS} letters.`
          : 'Not in the article.'
        : n === 1
          ? `${quoted} · Enter marks it`
          : `${quoted} · ${this.found!.at + 1} of ${n} (↓ ↑ for the others) · Enter marks it`;
      return;
    }
    this.addClaimHint.textContent = words ? quoted : ADD_CLAIM_HINT;
  }

  /** Finds the words typed in the find box in the text, and shows the first. */
  private find(): void {
    const spans = findWords(this.state.article.text, this.findInput.value);
    this.found = spans.length ? { spans, at: 0 } : null;
    this.showFound(true);
    this.showMarkable();
  }

  private onFindKey(e: KeyboardEvent): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.addClaim();
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && this.found) {
      e.preventDefault();
      const n = this.found.spans.length;
      this.found.at = (this.found.at + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      this.showFound(true);
      this.showMarkable();
    } else if (e.key === 'Escape' && this.findInput.value) {
      e.preventDefault();
      this.clearFind();
      this.showMarkable();
    }
  }

  private clearFind(): void {
    this.findInput.value = '';
    this.found = null;
    this.showFound(false);
  }

  /**
   * Lights up the words found by typing in the text, drawn over whatever
   * marks it (a highlight, not an element: the text's own marks stay as they are).
   */
  private showFound(scroll: boolean): void {
    // What Enter would mark: the words found, widened as marking widens them.
    const span = this.selectedWords ? null : this.wordsToMark;
    if (!span || !CSS.highlights) {
      CSS.highlights?.delete(FOUND_HIGHLIGHT);
      return;
    }
    const range = textRange(this.text, span[0], span[1]);
    CSS.highlights.set(FOUND_HIGHLIGHT, new Highlight(range));
    if (!scroll) return;
    const box = this.text.getBoundingClientRect();
    const at = range.getBoundingClientRect();
    if (at.top < box.top || at.bottom > box.bottom)
      this.text.scrollTop += at.top - box.top - box.height / 3;
  }

  private addClaim(): void {
    const span = this.wordsToMark;
    if (!span) return;
    const [start, end] = span;
    const added = addClaimFromText(this.state, this.proposal.figures, start, end);
    if (!added.ok) {
      this.addClaimHint.textContent = added.error;
      if (added.existing) this.reveal({ kind: 'claim', id: added.existing });
      return;
    }
    document.getSelection()?.removeAllRanges();
    this.clearFind();
    this.update(added.state);
    this.tab = 'claims';
    this.render();
    this.select({ kind: 'claim', id: added.id }, false, true);
    this.focusKey(`${added.id}:speaker`);
  }

  // ---------- Tabs ----------

  private renderTabs(issues: ReviewIssue[]): void {
    const s = this.state;
    const count = (scope: 'mention' | 'claim') => issues.filter((i) => i.scope === scope).length;
    const tab = (t: Tab, label: string, n: number, problems: number) => {
      const b = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `ingest-tab-${t}`,
          class: 'tab',
          'aria-selected': String(this.tab === t),
          'aria-controls': 'ingest-list',
          tabindex: this.tab === t ? '0' : '-1',
          dataset: { fk: `tab:${t}` },
        },
        `${label} (${n})`,
        problems ? h('span', { class: 'badge badge-problem' }, `${problems} to fix`) : null,
      );
      b.addEventListener('click', () => this.setTab(t));
      b.addEventListener('keydown', (e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          e.preventDefault();
          this.setTab(t === 'mentions' ? 'claims' : 'mentions');
          this.focusKey(`tab:${this.tab}`);
        }
      });
      return b;
    };
    this.tabs.replaceChildren(
      tab('mentions', 'Mentions', s.mentions.length, count('mention')),
      tab('claims', 'Claims', s.claims.length, count('claim')),
    );
    this.list.setAttribute('aria-labelledby', `ingest-tab-${this.tab}`);
  }

  private setTab(t: Tab): void {
    if (this.tab === t) return;
    this.tab = t;
    this.render();
  }

  // ---------- Lists ----------

  private renderList(issues: ReviewIssue[]): void {
    const s = this.state;
    const problems = (scope: 'mention' | 'claim', id: string) => [
      ...issues.filter((i) => i.scope === scope && i.id === id).map((i) => i.message),
      ...this.serverIssues
        .filter((i) => i.scope === scope && i.id === id)
        .map((i) => `The server refused it: ${i.field}: ${i.message}`),
    ];
    let ul: HTMLElement;
    if (this.tab === 'mentions') {
      const groups = new Map(newEntities(s).map((e) => [e.key, e.mentionIds.length]));
      ul = h(
        'ul',
        { class: 'ing-items', 'aria-label': 'Mentions' },
        s.mentions.map((m) => {
          const p = problems('mention', m.id);
          const shared = m.decision === 'create' ? (groups.get(m.newEntity.key) ?? 1) : 0;
          const sig = JSON.stringify([m, p, shared, this.relinking.has(m.id)]);
          return this.memo(`m:${m.id}`, sig, () => this.mentionItem(m, p, shared));
        }),
      );
    } else {
      const candidates = speakerCandidates(s);
      const candSig = candidates.map((m) => [m.id, resolveMention(m).name, m.decision].join('|'));
      ul = h(
        'ul',
        { class: 'ing-items', 'aria-label': 'Claims' },
        s.claims.map((c) => {
          const p = problems('claim', c.id);
          const who = resolveSpeaker(s, c);
          const about = c.proposal.about.map((id) => {
            const m = s.mentions.find((x) => x.id === id);
            return m ? [m.id, m.decision, resolveMention(m).name] : [id];
          });
          const sig = JSON.stringify([
            c.decision,
            // A marked claim's kind and cue are the analyst's to change.
            c.proposal.kind,
            c.proposal.cue,
            c.proposal.quoteStart,
            c.speaker,
            who,
            p,
            about,
            candSig,
            this.searchingSpeaker.has(c.id),
            c.relayedFrom,
            c.date,
            this.searchingRelay.has(c.id),
            this.reportForm.get(c.id) ?? null,
            s.newReports,
            contradictionsOf(s, c.id).map((k) => [
              k.confirmed,
              k.note,
              contradictionKept(s, k),
              otherClaimOf(s, k, c.id).speaker,
            ]),
            // The article's claims whose figures this one's disagree with: shown while accepted.
            this.compared.version,
            Object.values(
              articlePairsOf(s, this.compared.figures.figureClashesInArticle, c.id),
            ).map((sides) =>
              sides.map(({ other }) => [other.id, other.decision, resolveSpeaker(s, other)]),
            ),
          ]);
          return this.memo(`c:${c.id}`, sig, () => this.claimItem(c, p, who, candidates));
        }),
      );
    }
    const relayRest =
      this.tab === 'claims'
        ? relayRestBar(s, (report) => {
            this.update(relayUnrelayed(this.state, report));
            this.focusKey('relay-rest-apply');
          })
        : null;
    this.list.replaceChildren(...(relayRest ? [relayRest] : []), ul);
    if (!ul.children.length)
      ul.append(
        h(
          'li',
          { class: 'muted ing-empty' },
          this.tab === 'mentions'
            ? 'No names of people, organisations, units or places were found.'
            : 'No attributed statements were found.',
        ),
      );
  }

  private memo(key: string, sig: string, make: () => HTMLElement): HTMLElement {
    const hit = this.items.get(key);
    if (hit && hit.sig === sig) return hit.el;
    const el = make();
    this.items.set(key, { sig, el });
    return el;
  }

  private decisionButton(
    fk: string,
    label: string,
    /** null: not a toggle (Relink… opens a search). */
    pressed: boolean | null,
    onClick: () => void,
    extra: Record<string, unknown> = {},
  ): HTMLButtonElement {
    const b = h(
      'button',
      {
        type: 'button',
        class: 'seg-btn',
        'aria-pressed': pressed === null ? undefined : String(pressed),
        dataset: { fk, act: fk.split(':')[1] ?? '' },
        ...extra,
      },
      label,
    );
    b.addEventListener('click', onClick);
    return b;
  }

  private mentionItem(m: MentionReview, problems: string[], shared: number): HTMLElement {
    const res = resolveMention(m);
    const label = m.decision === 'create' ? m.newEntity.label : (labelOf(m) ?? m.label);
    const target =
      res.status === 'linked' && m.entity
        ? h(
            'span',
            { class: 'ing-target' },
            '→ ',
            h(
              'button',
              {
                type: 'button',
                class: 'link-btn',
                dataset: { nodeId: m.entity.id },
                title: `Show ${m.entity.name} in the graph`,
                onclick: () => void this.ctx.actions.select(m.entity!.id, { center: true }),
              },
              m.entity.name,
            ),
            m.proposed && m.entity.id === m.proposed.id
              ? h('span', { class: 'muted' }, ` · ${matchText(this.proposal, m.id)}`)
              : h('span', { class: 'muted' }, ' · relinked'),
          )
        : res.status === 'new'
          ? h('span', { class: 'ing-target' }, `→ new: ${m.newEntity.name}`)
          : res.status === 'rejected'
            ? h(
                'span',
                { class: 'ing-target muted' },
                m.proposed ? `not ${m.proposed.name}` : 'not an entity',
              )
            : h('span', { class: 'ing-target error' }, 'links to nothing');
    const surface = h(
      'button',
      {
        type: 'button',
        class: 'ing-surface',
        dataset: { label, status: res.status, fk: `${m.id}:surface` },
        title: 'Show in the text',
      },
      m.text,
    );
    surface.addEventListener('click', () =>
      this.select({ kind: 'mention', id: m.id }, false, true),
    );
    const relinkOpen = this.relinking.has(m.id);
    const actions = h(
      'div',
      { class: 'seg', role: 'group', 'aria-label': `Decision for “${m.text}”` },
      this.decisionButton(
        `${m.id}:accept`,
        'Accept',
        m.decision === 'accept',
        () => this.update(setMentionDecision(this.state, m.id, 'accept')),
        {
          disabled: !m.entity,
          title: m.entity ? `Link to ${m.entity.name}` : 'Nothing to link to: relink or create',
        },
      ),
      this.decisionButton(
        `${m.id}:relink`,
        'Relink…',
        null,
        () => {
          if (this.relinking.has(m.id)) this.relinking.delete(m.id);
          else this.relinking.add(m.id);
          this.render();
          if (this.relinking.has(m.id)) this.focusKey(`${m.id}:relink-input`);
        },
        { 'aria-expanded': String(relinkOpen), title: 'Link to another entity (search)' },
      ),
      this.decisionButton(`${m.id}:create`, 'New entity', m.decision === 'create', () =>
        this.update(editNewEntity(this.state, m.id, {})),
      ),
      this.decisionButton(`${m.id}:reject`, 'Reject', m.decision === 'reject', () =>
        this.update(setMentionDecision(this.state, m.id, 'reject')),
      ),
    );
    const li = h(
      'li',
      {
        class: `ing-item ing-mention${problems.length ? ' has-problem' : ''}`,
        tabindex: '-1',
        dataset: { kind: 'mention', mentionId: m.id, decision: m.decision, status: res.status },
      },
      h(
        'div',
        { class: 'ing-item-head' },
        surface,
        h('span', { class: 'ing-label' }, label),
        h('span', { class: `badge badge-${res.status}` }, STATUS_TEXT[res.status]),
        target,
      ),
      actions,
    );

    if (relinkOpen) {
      const ac = new Autocomplete({
        api: this.ctx.api,
        id: `relink-${m.id}`,
        label: `Link “${m.text}” to`,
        placeholder: `Link “${m.text}” to… (type a name)`,
        types: [...ENTITY_LABELS],
        className: 'ing-ac',
        onPick: (r) => {
          this.relinking.delete(m.id);
          this.update(relinkMention(this.state, m.id, ref(r)));
          this.focusKey(`${m.id}:accept`);
        },
      });
      ac.input.dataset.fk = `${m.id}:relink-input`;
      li.append(h('div', { class: 'ing-editor' }, ac.root));
    }

    if (m.decision === 'create') li.append(this.createEditor(m, shared));

    if (m.decision === 'reject' && m.proposed) {
      const box = h('input', {
        type: 'checkbox',
        id: `reject-link-${m.id}`,
        checked: m.rejectLink,
        dataset: { fk: `${m.id}:reject-link` },
      });
      box.addEventListener('change', () =>
        this.update(setRejectLink(this.state, m.id, box.checked)),
      );
      li.append(
        h(
          'label',
          { class: 'check ing-editor', for: `reject-link-${m.id}` },
          box,
          `Do not propose ${m.proposed.name} for “${m.text}” again`,
        ),
      );
    }
    if (problems.length) li.append(problemList(problems));
    return li;
  }

  private createEditor(m: MentionReview, shared: number): HTMLElement {
    const e = m.newEntity;
    const nameId = `new-name-${m.id}`;
    const name = h('input', {
      id: nameId,
      class: 'ing-input',
      value: e.name,
      autocomplete: 'off',
      spellcheck: 'false',
      dataset: { fk: `${m.id}:name` },
      'aria-invalid': e.name.trim() ? undefined : 'true',
    });
    name.addEventListener('change', () =>
      this.update(editNewEntity(this.state, m.id, { name: name.value })),
    );
    name.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') {
        ev.preventDefault();
        this.update(editNewEntity(this.state, m.id, { name: name.value }));
      }
    });
    const label = h(
      'select',
      { id: `new-label-${m.id}`, class: 'ing-select', dataset: { fk: `${m.id}:label` } },
      ENTITY_LABELS.map((l) => h('option', { value: l, selected: l === e.label }, l)),
    );
    label.addEventListener('change', () =>
      this.update(editNewEntity(this.state, m.id, { label: label.value as EntityLabel })),
    );
    const kind = h(
      'select',
      { id: `new-kind-${m.id}`, class: 'ing-select', dataset: { fk: `${m.id}:kind` } },
      KINDS[e.label].map((k) => h('option', { value: k, selected: k === e.kind }, k)),
    );
    kind.addEventListener('change', () =>
      this.update(editNewEntity(this.state, m.id, { kind: kind.value })),
    );
    const others = shared - 1;
    const separate =
      others > 0
        ? h(
            'button',
            { type: 'button', class: 'link-btn', dataset: { fk: `${m.id}:separate` } },
            'make it a separate entity',
          )
        : null;
    separate?.addEventListener('click', () => this.update(separateNewEntity(this.state, m.id)));
    return h(
      'div',
      { class: 'ing-editor ing-create' },
      h(
        'div',
        { class: 'ing-create-row' },
        h('label', { for: nameId }, 'Name'),
        name,
        h('label', { for: `new-label-${m.id}` }, 'Label'),
        label,
        h('label', { for: `new-kind-${m.id}` }, 'Kind'),
        kind,
      ),
      others > 0
        ? h(
            'p',
            { class: 'hint' },
            `Shared with ${plural(others, 'other mention')}: they make one entity (edits apply to all). Or `,
            separate,
            '.',
          )
        : null,
    );
  }

  /**
   * How the proposed speaker was read, when not by name: "(read from “A NATO
   * spokesperson”)", "(read from “he”)", the writer's comment or assessment
   * given to the outlet, so the analyst can judge the reading.
   * Gone once the analyst picks another speaker.
   */
  private speakerReading(c: ClaimReview): HTMLElement | null {
    const proposed = c.proposal.speaker;
    const how = proposed.resolvedFrom;
    if (!how || how === 'name') return null;
    // the same mention, or (proposed without one) the same entity
    const kept =
      c.speaker.mentionId === proposed.mentionId &&
      (proposed.mentionId !== null || c.speaker.entity?.id === proposed.entityId);
    if (!kept) return null;
    return h(
      'span',
      { class: 'muted ing-who-from', dataset: { resolvedFrom: how } },
      how === 'outlet'
        ? // "(the writer’s comment)" → "(the writer’s comment: given to the article’s outlet)"
          `${c.proposal.cue.replace(/\)$/, '')}: given to the article’s outlet)`
        : proposed.surface
          ? `(read from “${proposed.surface.text}”)`
          : '(read from the context)',
    );
  }

  private claimItem(
    c: ClaimReview,
    problems: string[],
    who: Resolution,
    candidates: MentionReview[],
  ): HTMLElement {
    const p = c.proposal;
    const s = this.state;
    const { figureClashes, figureAgreements } = this.compared.figures;
    const clashes = figureClashes.filter((k) => k.claim === c.id);
    const agreements = figureAgreements.filter((a) => a.claim === c.id);
    const selectId = `speaker-${c.id}`;
    const select = h('select', {
      id: selectId,
      class: 'ing-select ing-speaker',
      dataset: { fk: `${c.id}:speaker` },
      'aria-invalid':
        c.decision === 'accept' && (who.status === 'missing' || who.status === 'rejected')
          ? 'true'
          : undefined,
    });
    const current = c.speaker.mentionId
      ? `m:${c.speaker.mentionId}`
      : c.speaker.entity
        ? `e:${c.speaker.entity.id}`
        : c.speaker.unattributed
          ? UNATTRIBUTED
          : c.speaker.unnamed
            ? UNNAMED
            : '';
    const description = describedSpeaker(c);
    select.append(
      h('option', { value: '', selected: current === '' }, '— no speaker —'),
      h(
        'option',
        { value: UNATTRIBUTED, selected: current === UNATTRIBUTED },
        'Unattributed (hearsay)',
      ),
      description
        ? h(
            'option',
            { value: UNNAMED, selected: current === UNNAMED },
            `Unnamed: “${description}”`,
          )
        : '',
    );
    const inList = new Set(candidates.map((m) => m.id));
    const currentMention = c.speaker.mentionId
      ? s.mentions.find((m) => m.id === c.speaker.mentionId)
      : undefined;
    const mentionOptions = [
      ...candidates,
      ...(currentMention && !inList.has(currentMention.id) ? [currentMention] : []),
    ].map((m) => {
      const r = resolveMention(m);
      const where = r.status === 'new' ? `new: ${r.name}` : (r.name ?? STATUS_TEXT[r.status]);
      return h(
        'option',
        { value: `m:${m.id}`, selected: current === `m:${m.id}` },
        m.text === r.name ? `${m.text}` : `${m.text} → ${where}`,
        r.status === 'rejected' ? ' (rejected)' : '',
      );
    });
    select.append(h('optgroup', { label: 'Mentions in the article' }, mentionOptions));
    if (c.speaker.entity && !c.speaker.mentionId) {
      select.append(
        h(
          'optgroup',
          { label: 'Entity' },
          h('option', { value: `e:${c.speaker.entity.id}`, selected: true }, c.speaker.entity.name),
        ),
      );
    }
    select.addEventListener('change', () => {
      const v = select.value;
      if (!v) {
        this.update(setClaimSpeaker(this.state, c.id, null));
        return;
      }
      if (v.startsWith('e:')) return; // the entity picked by search, already the speaker
      this.update(
        giveClaimSpeaker(
          this.state,
          c.id,
          v === UNATTRIBUTED
            ? { unattributed: true }
            : v === UNNAMED
              ? { unnamed: true }
              : { mentionId: v.slice(2) },
        ),
      );
    });
    const searchOpen = this.searchingSpeaker.has(c.id);
    const searchBtn = h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        'aria-expanded': String(searchOpen),
        dataset: { fk: `${c.id}:speaker-search` },
      },
      'Other entity…',
    );
    searchBtn.addEventListener('click', () => {
      if (this.searchingSpeaker.has(c.id)) this.searchingSpeaker.delete(c.id);
      else this.searchingSpeaker.add(c.id);
      this.render();
      if (this.searchingSpeaker.has(c.id)) this.focusKey(`${c.id}:speaker-input`);
    });

    // Not identified: the article's words that name the speaker ("A NATO
    // spokesperson"), not the last entity tried.
    const named = c.proposal.speaker.surface?.text ?? c.speaker.text;
    const speakerText =
      who.status === 'linked'
        ? h('span', { class: 'ing-who' }, who.name)
        : who.status === 'new'
          ? h(
              'span',
              { class: 'ing-who' },
              c.speaker.unattributed
                ? `${who.name}: an actor named after the article, created on commit`
                : c.speaker.unnamed
                  ? `${who.name}: an actor of this article, created on commit`
                  : `${who.name} (new entity)`,
            )
          : who.status === 'rejected'
            ? h('span', { class: 'ing-who error' }, `“${c.speaker.text}” was rejected`)
            : h(
                'span',
                { class: 'ing-who error' },
                named
                  ? `“${named}”: not identified`
                  : c.added
                    ? 'who says it? Pick a mention, or another entity'
                    : 'unknown',
              );

    const text = h(
      'button',
      {
        type: 'button',
        class: 'ing-claim-text',
        dataset: { fk: `${c.id}:text` },
        title: 'Show in the text',
      },
      p.text,
    );
    text.addEventListener('click', () => this.select({ kind: 'claim', id: c.id }, false, true));

    // Each entity once, as the commit writes it: "North Korea" and "Pyongyang" are one.
    const aboutSeen = new Set<string>();
    const about = p.about
      .map((id) => s.mentions.find((m) => m.id === id))
      .filter((m): m is MentionReview => !!m)
      .map((m) => ({ m, r: resolveMention(m) }))
      .filter(({ m, r }) => {
        const key = r.entityId ?? (r.status === 'new' ? `new:${r.name}` : `m:${m.id}`);
        return !aboutSeen.has(key) && !!aboutSeen.add(key);
      })
      .map(({ m, r }) =>
        h(
          'li',
          { class: `chip${r.status === 'rejected' ? ' is-rejected' : ''}` },
          r.name ?? m.text,
          r.status === 'rejected' ? ' (rejected: left out)' : '',
        ),
      );
    const li = h(
      'li',
      {
        class: `ing-item ing-claim${problems.length ? ' has-problem' : ''}`,
        tabindex: '-1',
        dataset: {
          kind: 'claim',
          claimId: c.id,
          decision: c.decision,
          claimKind: p.kind,
          cue: p.cue,
        },
      },
      h(
        'div',
        { class: 'ing-item-head' },
        c.added
          ? this.addedKindSelect(c)
          : h(
              'span',
              { class: `badge badge-${p.kind}` },
              p.kind === 'direct' ? 'direct quote' : 'indirect',
            ),
        ...(c.added
          ? [
              h('span', { class: 'badge badge-added' }, 'marked by you'),
              h('label', { class: 'ing-cue' }, 'cue ', this.addedCueInput(c)),
            ]
          : [h('span', { class: 'ing-cue' }, 'cue ', h('q', null, p.cue))]),
        h(
          'span',
          { class: `badge badge-${c.decision === 'accept' ? 'linked' : 'rejected'}` },
          c.decision === 'accept' ? 'accepted' : 'rejected',
        ),
        h(
          'div',
          {
            class: 'seg ing-claim-actions',
            role: 'group',
            'aria-label': 'Decision for this claim',
          },
          this.decisionButton(`${c.id}:accept`, 'Accept', c.decision === 'accept', () =>
            this.update(setClaimDecision(this.state, c.id, 'accept')),
          ),
          this.decisionButton(`${c.id}:reject`, 'Reject', c.decision === 'reject', () =>
            this.update(setClaimDecision(this.state, c.id, 'reject')),
          ),
          c.added
            ? this.decisionButton(`${c.id}:remove`, 'Remove', null, () => {
                this.update(removeAddedClaim(this.state, c.id));
                this.addClaimBtn.focus();
              })
            : null,
        ),
      ),
      text,
      h(
        'div',
        { class: 'ing-speaker-row' },
        h('label', { for: selectId }, 'Speaker'),
        select,
        searchBtn,
        speakerText,
        ...(c.speaker.unnamed && who.status === 'new'
          ? [this.unnamedNameInput(c), this.unnamedKindSelect(c)]
          : []),
        this.speakerReading(c),
      ),
    );
    if (searchOpen) {
      const ac = new Autocomplete({
        api: this.ctx.api,
        id: `speaker-search-${c.id}`,
        label: 'Who said it',
        placeholder: 'Who said it… (type a name)',
        types: ['Actor'],
        className: 'ing-ac',
        onPick: (r) => {
          this.searchingSpeaker.delete(c.id);
          this.update(giveClaimSpeaker(this.state, c.id, { entity: ref(r) }));
          this.focusKey(`${c.id}:speaker`);
        },
      });
      ac.input.dataset.fk = `${c.id}:speaker-input`;
      li.append(h('div', { class: 'ing-editor' }, ac.root));
    }
    li.append(
      dateRow({
        claim: c,
        articleDate: s.article.publishedDate ?? null,
        problem: claimDateProblem(s, c),
        onChange: (date) => {
          this.update(setClaimDate(this.state, c.id, date));
          this.focusKey(`${c.id}:date`);
        },
      }),
      ...relayRow({
        api: this.ctx.api,
        claim: c,
        searching: this.searchingRelay.has(c.id),
        reportForm: this.reportForm.get(c.id) ?? null,
        newReports: this.state.newReports,
        articleDate: this.state.article.publishedDate ?? null,
        publishers: publisherCandidates(this.state, c.id),
        onPick: (report) => {
          this.searchingRelay.delete(c.id);
          this.reportForm.delete(c.id);
          this.relayWithFollowers(c, () => setClaimRelay(this.state, c.id, report));
          this.focusKey(`${c.id}:relay`);
        },
        onToggleSearch: () => {
          if (!this.searchingRelay.delete(c.id)) this.searchingRelay.add(c.id);
          this.reportForm.delete(c.id);
          this.render();
          if (this.searchingRelay.has(c.id)) this.focusKey(`${c.id}:relay-input`);
        },
        onToggleForm: (form) => {
          if (this.reportForm.get(c.id) === form) this.reportForm.delete(c.id);
          else this.reportForm.set(c.id, form);
          this.searchingRelay.delete(c.id);
          this.render();
          if (this.reportForm.has(c.id)) this.focusKey(`${c.id}:relay-add-title`);
        },
        onAdd: (draft) => {
          this.reportForm.delete(c.id);
          this.relayWithFollowers(c, () => addNewReport(this.state, c.id, draft));
          this.focusKey(`${c.id}:relay`);
        },
        onEdit: (key, draft) => {
          this.reportForm.delete(c.id);
          this.update(editNewReport(this.state, key, draft));
          this.focusKey(`${c.id}:relay`);
        },
      }),
    );
    if (about.length || p.figures.length) {
      li.append(
        h(
          'div',
          { class: 'ing-claim-more' },
          about.length
            ? h(
                'div',
                null,
                h('span', { class: 'muted' }, 'About '),
                h('ul', { class: 'chips' }, about),
              )
            : null,
          p.figures.length
            ? h(
                'div',
                null,
                h('span', { class: 'muted' }, 'Figures '),
                h(
                  'ul',
                  { class: 'chips figure-chips' },
                  p.figures.map((f, i) =>
                    h(
                      'li',
                      {
                        class: clashes.some((k) => k.figure === i)
                          ? 'chip is-disputed'
                          : agreements.some((a) => a.figure === i && a.speakers > 0)
                            ? 'chip is-agreed'
                            : 'chip',
                        title: `“${f.text}”`,
                      },
                      figureLabel(f),
                    ),
                  ),
                ),
              )
            : null,
        ),
      );
    }
    const link = (id: string, label: string) => this.graphClaimLink(id, label);
    const pairs = articlePairsOf(s, this.compared.figures.figureClashesInArticle, c.id);
    // First, next to the speaker it questions: a reading to check before the figures are weighed.
    const oneSpeaker = oneSpeakerList(c, pairs.oneSpeaker, who.name ?? c.speaker.text);
    if (oneSpeaker) li.append(oneSpeaker);
    if (clashes.length) li.append(clashList(c, clashes, link));
    const inArticle = articleClashList(
      c,
      pairs.disputes,
      (other) => resolveSpeaker(s, other).name ?? other.speaker.text,
    );
    if (inArticle) li.append(inArticle);
    if (agreements.length) li.append(agreementList(c, agreements, link, this.unfoldedAgreements));
    const contradictions = contradictionsOf(s, c.id);
    if (contradictions.length) li.append(this.contradictionList(c, contradictions));
    if (problems.length) li.append(problemList(problems));
    return li;
  }

  /** Relays a claim anew; says so when the speaker's later claims that followed it come along. */
  private relayWithFollowers(c: ClaimReview, change: () => ReviewState): void {
    const followers = relayFollowers(this.state, c.id);
    const next = change();
    this.update(next);
    const moved = followers.filter(
      (f) => claimById(next, f.id)?.relayedFrom?.id !== f.relayedFrom?.id,
    );
    if (!moved.length) return;
    const now = claimById(next, c.id)?.relayedFrom;
    const who = resolveSpeaker(next, c).name ?? 'the speaker';
    this.ctx.status.notify(
      `${plural(moved.length, 'later claim')} of ${who}, given this claim’s report by the preview, ` +
        (now ? `now relayed from ${reportLabel(now)} too.` : 'now the article’s own account too.'),
      'info',
    );
  }

  /**
   * Opens one of the graph's claims in the details panel. The review stays as
   * it is under Add source, and the toast leads back to it.
   */
  private graphClaimLink(id: string, label: string): HTMLButtonElement {
    const b = claimLink(this.ctx, id, label);
    b.addEventListener('click', () =>
      this.ctx.status.notify(
        'The review of this article waits under Add source.',
        'info',
        undefined,
        {
          label: 'Back to the review',
          run: () => this.ctx.actions.openPanel('ingest'),
        },
      ),
    );
    return b;
  }

  /**
   * The graph's claims this one may contradict: each unticked until the
   * analyst reads both and confirms, with a note (a draft to rewrite) saying why.
   */
  private contradictionList(c: ClaimReview, ks: ContradictionReview[]): HTMLElement {
    const kept = c.decision === 'accept';
    return h(
      'div',
      { class: 'ing-contradictions' },
      h(
        'p',
        { class: 'muted' },
        kept
          ? 'May contradict (tick what cannot both hold):'
          : 'May contradict (recorded only with the claim accepted):',
      ),
      h(
        'ul',
        null,
        ks.map((k) => {
          const other = otherClaimOf(this.state, k, c.id);
          // The pair as proposed, whichever of its claims lists it here.
          const [claim, contradicts] = [k.candidate.claim, k.candidate.contradicts.id];
          const key = `${c.id}:contradicts:${other.id}`;
          const usable = contradictionKept(this.state, k);
          const box = h('input', {
            type: 'checkbox',
            id: key,
            checked: k.confirmed,
            disabled: !usable,
            dataset: { fk: key },
          });
          box.addEventListener('change', () =>
            this.update(
              setContradiction(this.state, claim, contradicts, { confirmed: box.checked }),
            ),
          );
          const when = other.inArticle
            ? `in this article${usable ? '' : ', rejected'}`
            : [other.date ? formatDate(other.date) : null, other.source]
                .filter(Boolean)
                .join(' · ');
          const item = h(
            'li',
            { dataset: { contradicts: other.id } },
            h(
              'label',
              { for: key },
              box,
              h('strong', null, ` ${other.speaker ?? 'Unknown speaker'}: `),
              other.text,
              when ? h('span', { class: 'muted' }, ` (${when})`) : null,
            ),
          );
          if (k.confirmed && usable) {
            const noteId = `${key}:note`;
            const note = h('textarea', {
              id: noteId,
              class: 'ing-input ing-note',
              rows: 2,
              maxlength: 2000,
              'aria-invalid': k.note.trim() ? undefined : 'true',
              dataset: { fk: noteId },
            });
            note.value = k.note;
            note.addEventListener('change', () =>
              this.update(setContradiction(this.state, claim, contradicts, { note: note.value })),
            );
            item.append(
              h(
                'label',
                { for: noteId, class: 'muted ing-note-label' },
                'Why they cannot both hold',
              ),
              note,
            );
          }
          return item;
        }),
      ),
    );
  }

  // ---------- Selection ----------

  /** Selects a mention or claim: marks it in the text and in the list. */
  private select(sel: Selection, fromText: boolean, scrollText = !fromText): void {
    this.selected = sel;
    if (sel && fromText) {
      const tab: Tab = sel.kind === 'mention' ? 'mentions' : 'claims';
      if (this.tab !== tab) {
        this.tab = tab;
        this.render();
      }
      this.reveal(sel);
    }
    this.highlightSelection(scrollText);
  }

  /** Scrolls a list item into view and focuses it. */
  private reveal(sel: NonNullable<Selection>): void {
    const tab: Tab = sel.kind === 'mention' ? 'mentions' : 'claims';
    if (this.tab !== tab) {
      this.tab = tab;
      this.render();
    }
    this.selected = sel;
    const attr = sel.kind === 'mention' ? 'mention-id' : 'claim-id';
    const item = this.list.querySelector<HTMLElement>(
      `.ing-item[data-${attr}="${CSS.escape(sel.id)}"]`,
    );
    if (item) {
      item.scrollIntoView({ block: 'nearest' });
      item.focus({ preventScroll: true });
    }
    this.highlightSelection(true);
  }

  private highlightSelection(scrollText: boolean): void {
    const sel = this.selected;
    this.el.querySelectorAll('.is-selected').forEach((e) => e.classList.remove('is-selected'));
    if (!sel) return;
    const attr = sel.kind === 'mention' ? 'mention-id' : 'claim-id';
    const q = `[data-${attr}="${CSS.escape(sel.id)}"]`;
    // A claim's text is every run it covers, shared or not.
    const inText = sel.kind === 'mention' ? q : `[data-claim-ids~="${CSS.escape(sel.id)}"]`;
    const marks = [...this.text.querySelectorAll<HTMLElement>(inText)];
    marks.forEach((e) => e.classList.add('is-selected'));
    this.list.querySelector(`.ing-item${q}`)?.classList.add('is-selected');
    if (scrollText && marks[0]) {
      const box = this.text;
      // The text box is positioned: a mark's offsetTop is measured from it.
      const top = marks[0].offsetTop;
      if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 24)
        box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }

  // ---------- Footer: problems, commit ----------

  private renderFooter(issues: ReviewIssue[]): void {
    const other = this.serverIssues.filter((i) => !i.id || i.scope === 'article');
    const all = [
      ...issues.map((i) => i.message),
      ...other.map((i) => `${i.field ? `${i.field}: ` : ''}${i.message}`),
    ];
    const problems = all.length
      ? h(
          'div',
          { class: 'ing-problems', tabindex: '-1', role: 'status', id: 'ingest-problems' },
          h('strong', null, `${plural(all.length, 'thing')} to fix before committing: `),
          h(
            'ul',
            null,
            all.slice(0, 4).map((msg, i) => {
              const issue = issues[i];
              if (!issue || issue.scope === 'article') return h('li', null, msg);
              const b = h('button', { type: 'button', class: 'link-btn' }, msg);
              b.addEventListener('click', () =>
                this.reveal({ kind: issue.scope as 'mention' | 'claim', id: issue.id }),
              );
              return h('li', null, b);
            }),
            all.length > 4 ? h('li', { class: 'muted' }, `and ${all.length - 4} more`) : null,
          ),
        )
      : null;
    this.footerProblems.replaceChildren(problems ?? '');
  }

  private openConfirm(): void {
    const issues = validateReview(this.state);
    if (issues.length) {
      const first = issues.find((i) => i.scope !== 'article');
      if (first) this.reveal({ kind: first.scope as 'mention' | 'claim', id: first.id });
      this.footer.querySelector<HTMLElement>('.ing-problems')?.classList.add('is-flash');
      return;
    }
    const s = this.state;
    const sum = reviewSummary(s);
    const a = s.article;
    const linksLine = h('li', { id: 'ingest-confirm-links' });
    const showLinks = (learned: CommitResult['aliasesLearned'] | null) => {
      const aliases = aliasesText(sum, learned ?? null);
      linksLine.textContent =
        `${plural(sum.linked, 'link')} to existing entities` +
        (sum.relinked ? ` (${sum.relinked} relinked)` : '') +
        (aliases ? `; ${aliases}` : '');
    };
    showLinks(null);
    const commit = h(
      'button',
      { type: 'button', class: 'btn btn-primary', id: 'ingest-commit' },
      'Commit',
    );
    commit.addEventListener('click', () => {
      if (this.committing) return;
      this.setCommitting(true);
      this.cb.commit(this.state);
    });
    const cancel = h(
      'button',
      { type: 'button', class: 'btn', id: 'ingest-confirm-cancel' },
      'Back to the review',
    );
    cancel.addEventListener('click', () => {
      this.closeConfirm();
      this.focusKey('review-commit');
    });
    this.confirm.replaceChildren(
      h('h3', { id: 'ingest-confirm-title' }, 'Commit this source?'),
      s.existingSource
        ? h(
            'p',
            { class: 'ing-warning' },
            `This article is already stored as “${s.existingSource.title}”: nothing new will be written; you will be taken to it.`,
          )
        : '',
      h(
        'ul',
        { class: 'ing-summary', id: 'ingest-summary' },
        h(
          'li',
          null,
          'Source ',
          h('strong', null, `“${a.title}”`),
          a.outlet || a.publishedDate
            ? ` (${[a.outlet, a.publishedDate ? formatDate(a.publishedDate) : null]
                .filter(Boolean)
                .join(', ')})`
            : '',
        ),
        h(
          'li',
          null,
          `${plural(sum.claimsAccepted, 'claim')}`,
          sum.figures ? ` with ${plural(sum.figures, 'figure')}` : '',
          sum.claimsRejected ? ` (${sum.claimsRejected} rejected, not written)` : '',
        ),
        h('li', null, newEntitiesLine(sum, this.state.article.title)),
        linksLine,
        sum.rejectedLinks.length
          ? h(
              'li',
              null,
              `Rejected links, not proposed again: ${sum.rejectedLinks
                .map((x) => `“${x.text}” ≠ ${x.entity.name}`)
                .join(', ')}`,
            )
          : null,
        sum.contradictions
          ? h(
              'li',
              null,
              `${plural(sum.contradictions, 'contradiction')} between claims, with your notes`,
            )
          : null,
        sum.dated
          ? h(
              'li',
              { id: 'ingest-confirm-dated' },
              `${plural(sum.dated, 'claim')} dated when said, not by the article`,
            )
          : null,
        sum.relayed
          ? h(
              'li',
              { id: 'ingest-confirm-relayed' },
              `${plural(sum.relayed, 'claim')} relayed from ${plural(sum.reportsCited.length, 'report')}, which the source will cite: ${sum.reportsCited
                .map((r) =>
                  newReportOf(this.state, r)
                    ? `${reportName(r)} (new: not in the graph)`
                    : reportName(r),
                )
                .join(', ')}`,
            )
          : null,
      ),
      h('div', { class: 'actions' }, commit, cancel),
    );
    this.confirm.hidden = false;
    // The summary takes the place of the lists until committed or cancelled.
    this.el.dataset.confirming = 'true';
    commit.focus();
    if (!s.existingSource) void this.rehearse(s, (r) => showLinks(r.aliasesLearned ?? []));
  }

  /**
   * Has the server run the commit and roll it back, so that the confirmation
   * says what it will learn, not what it may, and a refusal the review could
   * not foresee shows before the analyst commits.
   */
  private async rehearse(state: ReviewState, show: (r: CommitResult) => void): Promise<void> {
    this.rehearsal?.abort();
    const controller = new AbortController();
    this.rehearsal = controller;
    const answer = await this.cb.rehearse(state, controller.signal);
    if (this.rehearsal !== controller || controller.signal.aborted) return;
    this.rehearsal = null;
    if (!answer || this.committing) return;
    if ('issues' in answer) {
      this.showServerIssues(answer.issues);
      return;
    }
    show(answer.result);
    this.confirm.dataset.rehearsed = 'true';
  }

  private closeConfirm(): void {
    this.rehearsal?.abort();
    this.rehearsal = null;
    delete this.confirm.dataset.rehearsed;
    this.confirm.hidden = true;
    delete this.el.dataset.confirming;
  }
}

function labelOf(m: MentionReview): EntityLabel | null {
  const cat = m.decision === 'accept' ? m.entity?.category : undefined;
  return cat && (ENTITY_LABELS as readonly string[]).includes(cat) ? (cat as EntityLabel) : null;
}

function matchText(p: IngestProposal, id: string): string {
  const match = p.mentions.find((m) => m.id === id)?.match;
  if (!match) return '';
  return `${METHOD_TEXT[match.method] ?? match.method}${
    match.method === 'fuzzy' ? ` ${Math.round(match.score * 100)} %` : ''
  }`;
}

function mentionTitle(m: MentionReview): string {
  const r = resolveMention(m);
  if (r.status === 'linked') return `${m.text} → ${r.name}`;
  if (r.status === 'new') return `${m.text} → new entity “${r.name}”`;
  if (r.status === 'rejected') return `${m.text}: rejected`;
  return `${m.text}: links to nothing`;
}

function claimTitle(s: ReviewState, c: ClaimReview): string {
  const who = resolveSpeaker(s, c);
  return `${who.name ?? c.speaker.text ?? 'Unknown'} ${c.proposal.cue} (${c.proposal.kind}${
    c.decision === 'reject' ? ', rejected' : ''
  })`;
}

/**
 * A search box (who said it, which report), or a text box applied on change
 * (`ing-typed`: an unnamed speaker's name, a marked claim's cue) being typed
 * in: what is typed there is the analyst's and not yet in the review's state.
 * Other fields are drawn from the state, which a render must not overwrite
 * with what they showed before.
 */
function isTypedField(el: Element | null): el is HTMLInputElement {
  return (
    el instanceof HTMLInputElement && (el.type === 'search' || el.classList.contains('ing-typed'))
  );
}

/** What is typed in such a field, and where the caret is. */
function typedIn(el: Element | null): { value: string; start: number; end: number } | null {
  if (!isTypedField(el)) return null;
  const end = el.value.length;
  return { value: el.value, start: el.selectionStart ?? end, end: el.selectionEnd ?? end };
}

const UNNAMED_KIND_WORDS: Record<UnnamedKind, string> = {
  person: 'a person',
  group: 'a group',
  organisation: 'an organisation',
};

const ADD_CLAIM_HINT = 'Select words in the article to mark a claim the preview missed.';

/** The name the words found by typing are lit up under (`::highlight()` in the styles). */
const FOUND_HIGHLIGHT = 'ing-found';

/** The range of the text box holding the article's characters from `start` to `end`. */
function textRange(box: HTMLElement, start: number, end: number): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let offset = 0;
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent?.length ?? 0;
    if (!started && start <= offset + len) {
      range.setStart(n, start - offset);
      started = true;
    }
    if (started && end <= offset + len) {
      range.setEnd(n, end - offset);
      break;
    }
    offset += len;
  }
  return range;
}

function problemList(problems: string[]): HTMLElement {
  return h(
    'ul',
    { class: 'ing-item-problems', role: 'note' },
    problems.map((p) => h('li', null, p)),
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The confirmation's line of new entities, the article's unattributed reports
 * among them when it has hearsay, and the speakers it describes without naming.
 */
function newEntitiesLine(sum: ReviewSummary, title: string): string {
  const all = [
    ...sum.newEntities.map((e) => `${e.name} (${e.label.toLowerCase()}, ${e.kind})`),
    ...(sum.hearsay
      ? [
          `${unattributedName(title)} (actor, unattributed: ${plural(sum.hearsay, 'claim')} of hearsay)`,
        ]
      : []),
    ...sum.unnamed.map(
      (u) =>
        `${unnamedName(u.name ?? u.text, title)} (actor, ${u.kind}, not named: ${plural(u.claims, 'claim')})`,
    ),
  ];
  return all.length
    ? `${plural(all.length, 'new entity', 'new entities')}: ${all.join('; ')}`
    : 'No new entities';
}
