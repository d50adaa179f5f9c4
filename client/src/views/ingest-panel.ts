/**
 * “Add source”: paste an article, preview what Claimgraph finds in it (POST
 * /api/ingest/preview), review it (views/ingest-review), commit (POST
 * /api/ingest/commit), then jump to the new source in the graph. Also the
 * API token, the sources linked so far and the list of recent merges with Undo.
 */
import { ApiError, describeError } from '../core/api';
import {
  EMPTY_FORM,
  MAX_TEXT_BYTES,
  articleFieldLabel,
  articleFromForm,
  buildCommitBody,
  byteLength,
  checkArticle,
  commitMessage,
  fieldIssues,
  initialReview,
  locateIssue,
  type ArticleForm,
  type CommitBody,
  type CommitResult,
  type EarlierReview,
  type IngestArticle,
  type IngestProposal,
  restoreReview,
  type ReviewState,
} from '../core/ingest';
import { plural } from '../core/format';
import type { AppContext } from './context';
import { h } from './dom';
import { LinkedSourcesList } from './ingest-linked';
import { MergesList } from './ingest-merge';
import { ReviewView, type Rehearsal } from './ingest-review';
import { TOKEN_BELOW, tokenBox } from './ingest-token';
import { openPlacing } from './place-locator';
import { removeSourceBox } from './source-removal';

type Step = 'form' | 'review' | 'done';
const DRAFT_KEY = 'claimgraph.ingestDraft';
const FIELDS = ['title', 'outlet', 'url', 'publishedDate', 'text'] as const;
type Field = (typeof FIELDS)[number];

function readDraft(): ArticleForm {
  try {
    const raw = sessionStorage.getItem(DRAFT_KEY);
    if (!raw) return { ...EMPTY_FORM };
    const d = JSON.parse(raw) as Partial<ArticleForm>;
    const out = { ...EMPTY_FORM };
    for (const f of FIELDS) if (typeof d[f] === 'string') out[f] = d[f];
    return out;
  } catch {
    return { ...EMPTY_FORM };
  }
}

function writeDraft(form: ArticleForm | null): void {
  try {
    if (form) sessionStorage.setItem(DRAFT_KEY, JSON.stringify(form));
    else sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // The draft is a convenience.
  }
}

/** A folded list under the form (merges, linked sources), read again each time it unfolds. */
function listBox(
  id: string,
  title: string,
  hint: string,
  list: { el: HTMLElement; refresh(): Promise<void> },
): HTMLDetailsElement {
  const box = h(
    'details',
    { class: 'ing-list', id },
    h('summary', null, title, h('span', { class: 'muted' }, ` (${hint})`)),
    list.el,
  );
  box.addEventListener('toggle', () => {
    if (!box.open) return;
    void list.refresh().then(() => box.scrollIntoView({ block: 'nearest' }));
  });
  return box;
}

export class IngestPanel {
  readonly el = h('div', { class: 'ingest', id: 'ingest' });
  private step: Step = 'form';
  private readonly formEl = h('form', {
    class: 'ing-form',
    id: 'ingest-form',
    novalidate: true,
    'aria-describedby': 'ingest-form-hint',
  });
  private readonly inputs: Record<Field, HTMLInputElement | HTMLTextAreaElement>;
  private readonly errors: Record<Field, HTMLElement>;
  private readonly formError = h('div', {
    class: 'error-box',
    id: 'ingest-form-error',
    role: 'alert',
    hidden: true,
  });
  private readonly counter = h('p', { class: 'hint ing-counter', id: 'ingest-counter' });
  private readonly previewBtn = h(
    'button',
    { type: 'submit', class: 'btn btn-primary', id: 'ingest-preview' },
    'Preview',
  );
  private readonly resumeBtn = h(
    'button',
    { type: 'button', class: 'btn', id: 'ingest-resume', hidden: true },
    'Back to the review →',
  );
  private readonly token = tokenBox();
  private readonly merges: MergesList;
  private readonly mergesBox: HTMLDetailsElement;
  private readonly linked: LinkedSourcesList;
  private readonly linkedBox: HTMLDetailsElement;
  private review: ReviewView | null = null;
  private sent: CommitBody | null = null;
  private result: { result: CommitResult; title: string } | null = null;
  private busy: AbortController | null = null;
  /** The review the next preview starts from (an article removed), once. */
  private earlier: EarlierReview | null = null;

  constructor(private readonly ctx: AppContext) {
    const draft = readDraft();
    const field = (
      name: Field,
      label: string,
      input: HTMLInputElement | HTMLTextAreaElement,
      hint?: string,
    ) => {
      const err = h('p', { class: 'ing-field-error', id: `ingest-${name}-error`, hidden: true });
      input.id = `ingest-${name}`;
      input.name = name;
      input.setAttribute('aria-describedby', `ingest-${name}-error`);
      input.value = draft[name];
      input.addEventListener('input', () => this.onInput(name));
      return {
        el: h(
          'div',
          { class: `ing-field ing-field-${name}` },
          h(
            'label',
            { for: `ingest-${name}` },
            label,
            hint ? h('span', { class: 'muted' }, ` ${hint}`) : null,
          ),
          input,
          err,
        ),
        err,
      };
    };
    const text = h('textarea', {
      class: 'ing-input ing-textarea',
      rows: '12',
      spellcheck: 'false',
      placeholder: 'Paste the article text here…',
    });
    const fTitle = field(
      'title',
      'Title',
      h('input', { type: 'text', class: 'ing-input', autocomplete: 'off', required: true }),
      '(required)',
    );
    const fOutlet = field(
      'outlet',
      'Outlet',
      h('input', { type: 'text', class: 'ing-input', autocomplete: 'off' }),
    );
    const fUrl = field(
      'url',
      'URL',
      h('input', {
        type: 'url',
        class: 'ing-input',
        autocomplete: 'off',
        placeholder: 'https://…',
      }),
    );
    const fDate = field(
      'publishedDate',
      'Published',
      h('input', { type: 'date', class: 'ing-input' }),
    );
    const fText = field('text', 'Text', text, '(required; plain text, at most 200 KB)');
    this.inputs = {
      title: fTitle.el.querySelector('input')!,
      outlet: fOutlet.el.querySelector('input')!,
      url: fUrl.el.querySelector('input')!,
      publishedDate: fDate.el.querySelector('input')!,
      text,
    };
    this.errors = {
      title: fTitle.err,
      outlet: fOutlet.err,
      url: fUrl.err,
      publishedDate: fDate.err,
      text: fText.err,
    };
    const clearBtn = h('button', { type: 'button', class: 'btn', id: 'ingest-clear' }, 'Clear');
    clearBtn.addEventListener('click', () => this.clearForm());
    this.resumeBtn.addEventListener('click', () => this.setStep('review'));
    this.formEl.append(
      h(
        'p',
        { class: 'hint', id: 'ingest-form-hint' },
        'Paste a news article. Claimgraph proposes the people, organisations, units and places it mentions and who said what; you review every proposal before anything is written.',
      ),
      fTitle.el,
      h('div', { class: 'ing-row' }, fOutlet.el, fDate.el),
      fUrl.el,
      fText.el,
      this.counter,
      this.formError,
      h(
        'div',
        { class: 'ing-footer-row' },
        this.previewBtn,
        this.resumeBtn,
        h('span', { class: 'spacer' }),
        clearBtn,
      ),
    );
    this.formEl.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.preview();
    });
    this.formEl.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.preview();
      } else if (e.key === 'Escape' && (e.target as HTMLElement).matches('input, textarea')) {
        // Escape in a field should not close the panel and its draft.
        e.preventDefault();
      }
    });
    this.merges = new MergesList(ctx);
    this.mergesBox = listBox(
      'ingest-merges',
      'Merges',
      'undo a merge of two entities',
      this.merges,
    );
    this.linked = new LinkedSourcesList(ctx);
    this.linkedBox = listBox(
      'ingest-linked',
      'Linked sources',
      'open one to remove it',
      this.linked,
    );
    this.updateCounter();
    this.render();
  }

  title(): string {
    return { form: 'Add source', review: 'Review the proposal', done: 'Source added' }[this.step];
  }

  /** Called each time the panel is shown. */
  show(): void {
    if (this.step === 'form' && this.mergesBox.open) void this.merges.refresh();
    if (this.step === 'form' && this.linkedBox.open) void this.linked.refresh();
    if (this.step === 'form' && !this.el.contains(document.activeElement)) {
      requestAnimationFrame(() => {
        const first = FIELDS.map((f) => this.inputs[f]).find((i) => !i.value) ?? this.inputs.title;
        first.focus();
      });
    }
  }

  /** A source removed: the summary of its commit no longer leads anywhere. */
  forgetSource(id: string): void {
    if (this.result?.result.sourceId !== id) return;
    this.result = null;
    if (this.step === 'done') this.setStep('form');
  }

  /**
   * Fills the form with an article (one just removed, to link it again) and
   * previews it; the review then starts from `earlier`, the review it was
   * committed with. A review of another article that was waiting is left behind.
   */
  prefill(article: IngestArticle, earlier: EarlierReview | null = null): void {
    this.earlier = earlier;
    this.busy?.abort();
    this.busy = null;
    this.result = null;
    for (const f of FIELDS) {
      this.inputs[f].value = article[f] ?? '';
      this.setFieldError(f, null);
    }
    this.showFormError(null);
    writeDraft(this.form());
    this.updateCounter();
    this.setStep('form');
    void this.preview();
  }

  private form(): ArticleForm {
    const out = { ...EMPTY_FORM };
    for (const f of FIELDS) out[f] = this.inputs[f].value;
    return out;
  }

  private onInput(name: Field): void {
    this.setFieldError(name, null);
    writeDraft(this.form());
    if (name === 'text') this.updateCounter();
    this.resumeBtn.hidden = !this.canResume();
  }

  private canResume(): boolean {
    if (!this.review) return false;
    return (
      JSON.stringify(articleFromForm(this.form())) === JSON.stringify(this.review.current.article)
    );
  }

  private updateCounter(): void {
    const text = this.inputs.text.value;
    const bytes = byteLength(text);
    const words = text.trim() ? text.trim().split(/\s+/).length : 0;
    this.counter.textContent = `${plural(words, 'word')} · ${(bytes / 1024).toFixed(1)} KB of ${
      MAX_TEXT_BYTES / 1024
    } KB`;
    this.counter.classList.toggle('error', bytes > MAX_TEXT_BYTES);
  }

  private setFieldError(name: Field, message: string | null): void {
    const err = this.errors[name];
    err.hidden = !message;
    err.textContent = message ? `${articleFieldLabel(name)}: ${message}` : '';
    if (message) this.inputs[name].setAttribute('aria-invalid', 'true');
    else this.inputs[name].removeAttribute('aria-invalid');
  }

  private showFormError(message: string | null, list: string[] = []): void {
    this.formError.hidden = !message;
    this.formError.replaceChildren(
      message ? h('strong', null, message) : '',
      list.length
        ? h(
            'ul',
            null,
            list.map((m) => h('li', null, m)),
          )
        : '',
    );
  }

  private clearForm(): void {
    for (const f of FIELDS) {
      this.inputs[f].value = '';
      this.setFieldError(f, null);
    }
    this.showFormError(null);
    writeDraft(null);
    this.updateCounter();
    this.resumeBtn.hidden = true;
    this.inputs.title.focus();
  }

  private setBusy(label: string | null): void {
    this.previewBtn.disabled = label !== null;
    this.previewBtn.textContent = label ?? 'Preview';
    this.previewBtn.classList.toggle('is-loading', label !== null);
    this.formEl.setAttribute('aria-busy', String(label !== null));
  }

  private unauthorised(err: unknown): boolean {
    if (err instanceof ApiError && err.status === 401) {
      this.token.open('The server refused the request without a valid token: enter it here.');
      return true;
    }
    return false;
  }

  // ---------- Preview ----------

  private async preview(): Promise<void> {
    if (this.busy) return;
    const form = this.form();
    for (const f of FIELDS) this.setFieldError(f, null);
    this.showFormError(null);
    const local = checkArticle(form);
    if (local.length) {
      for (const i of local) this.setFieldError(i.id as Field, i.message);
      this.showFormError(
        'Fix the marked fields, then preview again.',
        local.map((i) => `${articleFieldLabel(i.id)}: ${i.message}`),
      );
      this.inputs[local[0]!.id as Field].focus();
      return;
    }
    const article = articleFromForm(form);
    const controller = new AbortController();
    this.busy = controller;
    this.setBusy('Analysing…');
    try {
      const proposal = await this.ctx.status.track(
        'Analysing the article',
        this.ctx.api.ingestPreview(article, { signal: controller.signal }),
      );
      const state = this.startingReview(article, proposal);
      this.review?.close();
      this.review = new ReviewView(this.ctx, state, proposal, {
        back: () => this.setStep('form'),
        commit: (s) => void this.commit(s),
        rehearse: (s, signal) => this.rehearse(s, signal),
        openSource: (id) => void this.openSource(id),
      });
      this.setStep('review');
    } catch (err) {
      // Given up for another article (prefill): that preview reports for itself.
      if (controller.signal.aborted) return;
      if (this.unauthorised(err)) {
        this.showFormError(TOKEN_BELOW);
      } else if (err instanceof ApiError && err.status === 400) {
        const located = fieldIssues(err.body).map((i) => locateIssue(i));
        for (const i of located)
          if (i.scope === 'article') this.setFieldError(i.id as Field, i.message);
        this.showFormError(
          'The server refused the article:',
          located.map((i) =>
            i.scope === 'article' ? `${articleFieldLabel(i.id!)}: ${i.message}` : i.message,
          ),
        );
        const first = located.find((i) => i.scope === 'article');
        if (first) this.inputs[first.id as Field].focus();
      } else {
        this.showFormError(`Could not analyse the article: ${describeError(err)}`);
      }
    } finally {
      if (this.busy === controller) {
        this.busy = null;
        this.setBusy(null);
      }
    }
  }

  /** The proposal's default review, or the earlier review carried over to it. */
  private startingReview(article: IngestArticle, proposal: IngestProposal): ReviewState {
    const fresh = initialReview(article, proposal);
    const earlier = this.earlier;
    this.earlier = null;
    if (!earlier || earlier.review.mentions.length + earlier.review.claims.length === 0)
      return fresh;
    const { state, carried, missed } = restoreReview(
      fresh,
      earlier.review,
      earlier.names,
      earlier.kept,
      proposal.figures,
    );
    const what = [
      plural(carried.mentions, 'mention'),
      plural(carried.claims, 'claim'),
      carried.contradictions ? plural(carried.contradictions, 'contradiction') : null,
    ].filter((x): x is string => x !== null);
    this.ctx.status.notify(
      `Your earlier review of this article is back: ${what.join(', ')} as you left them.` +
        (earlier.kept.length
          ? ` ${earlier.kept.map((r) => `“${r.title}”`).join(', ')}, which it added, stayed in the graph (other sources cite ${earlier.kept.length === 1 ? 'it' : 'them'}): its claims are relayed from ${earlier.kept.length === 1 ? 'it' : 'them'} again.`
          : '') +
        (missed
          ? ` ${plural(missed, 'decision')} could not be carried over (what it linked to is gone, or no longer proposed): see the proposal.`
          : ''),
      missed ? 'info' : 'success',
      10000,
    );
    return state;
  }

  // ---------- Commit ----------

  private async commit(state: ReviewState): Promise<void> {
    const review = this.review;
    if (!review) return;
    const body = buildCommitBody(state);
    this.sent = body;
    try {
      const result = await this.ctx.status.track(
        'Committing the source',
        this.ctx.api.ingestCommit(body),
      );
      review.setCommitting(false);
      this.result = { result, title: state.article.title };
      review.close();
      this.review = null;
      writeDraft(null);
      for (const f of FIELDS) this.inputs[f].value = '';
      this.updateCounter();
      this.setStep('done');
      this.ctx.actions.dataChanged();
      this.ctx.status.notify(
        commitMessage(result, state.article.title),
        result.created ? 'success' : 'info',
        12000,
      );
      await this.openSource(result.sourceId);
    } catch (err) {
      review.setCommitting(false);
      if (this.unauthorised(err)) {
        review.showServerIssues([{ scope: 'other', id: null, field: '', message: TOKEN_BELOW }]);
        this.setStep('form');
        this.showFormError(TOKEN_BELOW);
        this.resumeBtn.hidden = false;
        return;
      }
      const issues =
        err instanceof ApiError && err.status === 400
          ? fieldIssues(err.body).map((i) => locateIssue(i, this.sent))
          : [
              {
                scope: 'other' as const,
                id: null,
                field: '',
                message: `Could not commit: ${describeError(err)}`,
              },
            ];
      review.showServerIssues(issues);
    }
  }

  /** The commit the confirmation shows, run by the server and rolled back. */
  private async rehearse(state: ReviewState, signal: AbortSignal): Promise<Rehearsal | null> {
    const body = buildCommitBody(state);
    try {
      return { result: await this.ctx.api.ingestCommit(body, { dryRun: true, signal }) };
    } catch (err) {
      // Offline, or the token missing: the commit itself will say so.
      if (!(err instanceof ApiError) || err.status !== 400) return null;
      return { issues: fieldIssues(err.body).map((i) => locateIssue(i, body)) };
    }
  }

  /** Brings a source and its claims, speakers and subjects into the graph, selected and framed. */
  private async openSource(id: string): Promise<void> {
    const { actions, dataset } = this.ctx;
    await actions.expand(id, { depth: 2, quiet: true });
    await actions.select(id, { tab: 'said' });
    const g = dataset.graph;
    // Frame the source and its claims (their speakers may sit far away in the layout).
    if (g.hasNode(id)) await actions.focusNodes([id, ...g.neighbors(id)]);
  }

  // ---------- Steps ----------

  private setStep(step: Step): void {
    this.step = step;
    this.ctx.store.set({ reviewWaiting: step === 'review' });
    this.render();
    const title = document.getElementById('side-title');
    if (title && this.ctx.store.get().panel === 'ingest') title.textContent = this.title();
    if (step === 'form') {
      this.resumeBtn.hidden = !this.canResume();
      this.inputs.title.focus();
    } else if (step === 'review') {
      requestAnimationFrame(() =>
        this.el.querySelector<HTMLElement>('#ingest-tab-mentions')?.focus(),
      );
    } else {
      this.el.querySelector<HTMLElement>('#ingest-another')?.focus();
    }
  }

  private render(): void {
    this.el.dataset.step = this.step;
    if (this.step === 'review' && this.review) {
      this.el.replaceChildren(this.review.el);
      this.review.render();
      return;
    }
    if (this.step === 'done' && this.result) {
      this.el.replaceChildren(this.doneView());
      return;
    }
    this.el.replaceChildren(this.formEl, this.token.el, this.linkedBox, this.mergesBox);
  }

  private doneView(): HTMLElement {
    const { result: r, title } = this.result!;
    const show = h(
      'button',
      { type: 'button', class: 'btn btn-primary', id: 'ingest-show' },
      'Show it in the graph',
    );
    show.addEventListener('click', () => void this.openSource(r.sourceId));
    const another = h(
      'button',
      { type: 'button', class: 'btn', id: 'ingest-another' },
      'Add another source',
    );
    another.addEventListener('click', () => {
      this.result = null;
      this.setStep('form');
    });
    const entity = (id: string, name: string) => {
      const b = h('button', { type: 'button', class: 'link-btn', dataset: { nodeId: id } }, name);
      b.addEventListener('click', () => void this.ctx.actions.select(id, { center: true }));
      return b;
    };
    // A new place has no coordinates: the Map's form places it, over the whole graph's places.
    const placeIt = (id: string, name: string) => {
      const b = h(
        'button',
        {
          type: 'button',
          class: 'link-btn ing-place-it',
          title: `Say where ${name} is on the map`,
        },
        'place it on the map…',
      );
      b.addEventListener('click', () => openPlacing(this.ctx, id));
      return b;
    };
    return h(
      'section',
      { class: 'ing-done', id: 'ingest-done', dataset: { sourceId: r.sourceId } },
      h('p', { class: r.created ? 'ing-success' : 'ing-warning' }, commitMessage(r, title)),
      r.entitiesCreated?.length
        ? h(
            'div',
            null,
            h('h3', null, 'New entities'),
            h(
              'ul',
              null,
              r.entitiesCreated.map((e) =>
                h(
                  'li',
                  null,
                  entity(e.id, e.name),
                  h('span', { class: 'muted' }, ` · ${e.label}`),
                  e.label === 'Place' ? [' · ', placeIt(e.id, e.name)] : null,
                ),
              ),
            ),
          )
        : null,
      r.aliasesLearned?.length
        ? h(
            'div',
            null,
            h('h3', null, 'Aliases learned'),
            h(
              'ul',
              null,
              r.aliasesLearned.map((a) =>
                h('li', null, `“${a.alias}” for `, entity(a.id, this.ctx.dataset.nameOf(a.id))),
              ),
            ),
          )
        : null,
      h('div', { class: 'actions' }, show, another),
      r.created
        ? h(
            'div',
            { class: 'ing-done-remove' },
            h(
              'p',
              { class: 'hint' },
              'Linked by mistake, or misread? Remove it, or review it again.',
            ),
            removeSourceBox(this.ctx, { id: r.sourceId, name: title, linkedAt: null }, false),
          )
        : null,
    );
  }
}
