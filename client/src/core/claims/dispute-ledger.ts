/**
 * Which claims are disputed, and by what: every recorded contradiction, the
 * first pairs of disagreeing figures /api/figures lists (2,000 at most; on a
 * small graph, all of them), and, for the claims the explorer shows, each
 * one's own figure disputes from /api/claims/disputes. At scale the pairs
 * number in the millions: without the last, most claims drawn would carry no
 * mark. Each claim is asked about once per graph version. DOM-free.
 */
import type { ApiClient } from '../api';
import { DISPUTES_IDS_MAX } from '../api';
import type { Dispute } from '../api/types';
import { disagreementIndex } from './utils';

/** How many of a claim's figure disputes it lists: the dispute box names them one per line. */
export const DISPUTES_SHOWN = 5;

type DisputesApi = Pick<ApiClient, 'disputesOf' | 'figures' | 'contradictionBriefs'>;

export class DisputeLedger {
  /** Recorded contradictions and /api/figures' first pairs. */
  private base: Dispute[] = [];
  /** Per claim asked about: its figure disputes, the widest listed. */
  private own = new Map<string, Dispute[]>();
  /** Per claim asked about: its figure disputes in all (listed or not). */
  private totals = new Map<string, number>();
  /** Claims asked about in this version, answered or on their way. */
  private asked = new Map<string, Promise<void>>();
  /** Bumped by reload: answers to an older version's questions are dropped. */
  private generation = 0;
  /** How many disputes were last published: an answer that adds none is not published. */
  private publishedCount = 0;

  constructor(
    private readonly api: DisputesApi,
    /** Told claimId → the disputes it takes part in, each time they grow. */
    private readonly publish: (disputed: Map<string, Dispute[]>) => void,
  ) {}

  /**
   * Forgets what it knew (after a write) and reads the recorded contradictions
   * and /api/figures' pairs again; the claims asked about before are asked again.
   */
  async reload(): Promise<void> {
    this.generation += 1;
    const again = [...this.asked.keys()];
    this.asked.clear();
    this.own.clear();
    this.totals.clear();
    await this.readLists();
    await this.ensure(again);
  }

  /** Reads the recorded contradictions and /api/figures' pairs (as the explorer opens). */
  async readLists(): Promise<void> {
    const generation = this.generation;
    // Either list failing leaves the other: the graph works without both, and
    // the figures view will say what went wrong.
    const [figures, recorded] = await Promise.all([
      this.api.figures(null, { points: 'none' }).then(
        (res) => res.disagreements,
        () => [],
      ),
      this.api.contradictionBriefs().then(
        (res) => res.contradictions,
        () => [],
      ),
    ]);
    if (generation !== this.generation) return;
    this.base = [...recorded, ...figures];
    // Published even when as many: a note reworded is the same pair, another reason.
    this.publishedCount = -1;
    this.emit();
  }

  /**
   * Makes sure the figure disputes of `ids` are known (asking the server about
   * those not asked about yet) and published; resolves once they are. Never
   * fails: a claim whose question failed is asked again next time.
   */
  async ensure(ids: Iterable<string>): Promise<void> {
    const waiting: Promise<void>[] = [];
    const fresh: string[] = [];
    for (const id of ids) {
      const held = this.asked.get(id);
      if (held) waiting.push(held);
      else fresh.push(id);
    }
    const unique = [...new Set(fresh)];
    for (let at = 0; at < unique.length; at += DISPUTES_IDS_MAX) {
      const batch = unique.slice(at, at + DISPUTES_IDS_MAX);
      const answer = this.ask(batch);
      for (const id of batch) this.asked.set(id, answer);
      waiting.push(answer);
    }
    await Promise.all(waiting);
  }

  /**
   * How many disputes a claim takes part in: those listed, and for a claim asked
   * about, its figure disputes listed or not (at scale, thousands).
   */
  countOf(id: string, listed: readonly Dispute[] = []): number {
    const figures = listed.filter((d) => d.factor !== undefined).length;
    const total = this.totals.get(id) ?? 0;
    return listed.length + Math.max(0, total - figures);
  }

  /** How many figure disputes a claim asked about takes part in; undefined when not asked. */
  totalOf(id: string): number | undefined {
    return this.totals.get(id);
  }

  private async ask(ids: string[]): Promise<void> {
    const generation = this.generation;
    try {
      const res = await this.api.disputesOf(ids, { shown: DISPUTES_SHOWN });
      if (generation !== this.generation) return;
      for (const id of ids) this.totals.set(id, 0);
      for (const c of res.claims) {
        this.own.set(c.claim, c.disputes);
        this.totals.set(c.claim, c.total);
      }
      this.emit();
    } catch {
      if (generation !== this.generation) return;
      for (const id of ids) this.asked.delete(id);
    }
  }

  /** Publishes the disputes known, when they grew. */
  private emit(): void {
    const seen = new Set<string>();
    const all: Dispute[] = [];
    for (const d of [...this.base, ...[...this.own.values()].flat()]) {
      // A pair /api/figures lists and a claim's own answer names alike.
      const key = `${d.claims[0]}\u0000${d.claims[1]}\u0000${d.reason}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(d);
    }
    if (all.length === this.publishedCount) return;
    this.publishedCount = all.length;
    // Each claim's in the same order, whichever was asked about first: what an
    // analyst recorded, then the figures widest apart first (one of them 0: widest).
    const apart = (d: Dispute) =>
      d.factor === undefined ? Infinity : (d.factor ?? Number.MAX_VALUE);
    this.publish(disagreementIndex(all.sort((a, b) => apart(b) - apart(a))));
  }
}
