/**
 * Keeps the review's figure lists true to the speakers it settled on. The
 * preview compared the article's figures for the speakers it proposed; when
 * the analyst gives a claim another speaker, they are compared again on the
 * server (POST /api/ingest/figures), a moment after the last change, and the
 * review is redrawn with the answer. Until then, and if that fails, the lists
 * shown are the last ones the server gave.
 */
import { describeError, isAbort } from '../core/api';
import {
  figuresCompareBody,
  initialReview,
  type ComparedArticleFigures,
  type IngestProposal,
  type ReviewState,
} from '../core/ingest';
import type { AppContext } from './context';

/** How long the speakers must stay put before they are compared again. */
const SETTLE_MS = 150;
/** Answers kept, so that going back to earlier speakers asks nothing. */
const KEPT = 20;

export class FigureComparison {
  private shown: ComparedArticleFigures;
  /** The question `shown` answers: figuresCompareBody's JSON. */
  private answers: string;
  /** The answers had, by question, oldest first. */
  private readonly kept = new Map<string, ComparedArticleFigures>();
  /** The question asked and not yet answered; null: none. */
  private asking: string | null = null;
  private timer = 0;
  private controller: AbortController | null = null;
  /** Bumped each time `shown` changes, for the review's memo. */
  version = 0;

  constructor(
    private readonly ctx: AppContext,
    proposal: IngestProposal,
    article: ReviewState['article'],
    /** Called when new lists arrive, and when a comparison starts or ends. */
    private readonly changed: () => void,
  ) {
    this.shown = {
      figureClashes: proposal.figureClashes,
      figureAgreements: proposal.figureAgreements,
      figureClashesInArticle: proposal.figureClashesInArticle,
    };
    // The preview answered for the speakers it proposed: those of its default review.
    this.answers = JSON.stringify(figuresCompareBody(initialReview(article, proposal)));
    this.kept.set(this.answers, this.shown);
  }

  get figures(): ComparedArticleFigures {
    return this.shown;
  }

  /** Whether the lists shown are being compared again for newer speakers. */
  get comparing(): boolean {
    return this.asking !== null;
  }

  /** Asks again when the review's speakers differ from those the lists answer for. */
  follow(state: ReviewState): void {
    const body = figuresCompareBody(state);
    const key = JSON.stringify(body);
    if (key === this.asking) return;
    this.cancel();
    const known = this.kept.get(key);
    if (known) {
      if (key !== this.answers) this.show(key, known);
      this.changed();
      return;
    }
    this.asking = key;
    this.changed();
    this.timer = window.setTimeout(() => void this.ask(body, key), SETTLE_MS);
  }

  /** Drops a comparison under way (the review is closed, or the speakers moved on). */
  cancel(): void {
    window.clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = null;
    this.asking = null;
  }

  private async ask(body: ReturnType<typeof figuresCompareBody>, key: string): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    try {
      const answer = await this.ctx.api.ingestFigures(body, { signal: controller.signal });
      if (this.asking !== key) return;
      this.show(key, answer);
      this.kept.set(key, answer);
      if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value!);
    } catch (err) {
      if (isAbort(err) || this.asking !== key) return;
      this.ctx.status.notify(
        `Could not compare the figures again for the speakers you chose: ${describeError(err)}. ` +
          'Those shown are for the speakers before.',
        'error',
      );
    }
    this.asking = null;
    this.controller = null;
    this.changed();
  }

  private show(key: string, figures: ComparedArticleFigures): void {
    this.shown = figures;
    this.answers = key;
    this.version += 1;
  }
}
