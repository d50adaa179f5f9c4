/**
 * Fails fast while Neo4j is known to be unreachable.
 *
 * The driver retries a failed transaction for up to its retry time (3 s here),
 * which rides out a cluster's leader switch but, when the server is gone,
 * holds every request for 3 to 7 s before it can answer 503. Once one piece of
 * work has failed because no server could be reached, the guard sends the
 * next caller's work only after a probe (one connection attempt) succeeds, and
 * refuses the callers that come while that probe is under way at once, with
 * the same ServiceUnavailable error. One probe at a time is the throttle:
 * refused at once on a host that is down, it costs a millisecond, and the
 * first request after Neo4j is back goes through. Work already under way keeps
 * the driver's retries, and any success ends the outage too.
 */
import { Neo4jError } from 'neo4j-driver';
import { isUnreachable } from './unreachable';

export interface OutageGuardOptions {
  /** The clock, in ms; tests pass their own. */
  now?: () => number;
}

export class OutageGuard {
  private downSince: number | null = null;
  private lastError: Error | null = null;
  private probing: Promise<void> | null = null;
  private readonly now: () => number;
  private readonly listeners = new Set<(down: boolean) => void>();

  /** `probe` tries one connection and throws when it cannot be made. */
  constructor(
    private readonly probe: () => Promise<void>,
    opts: OutageGuardOptions = {},
  ) {
    this.now = opts.now ?? (() => performance.now());
  }

  /** True from a failure to reach Neo4j until something reaches it again. */
  get down(): boolean {
    return this.downSince !== null;
  }

  /**
   * Resolves when work may go to Neo4j. While it is known to be down, the
   * caller waits for a probe, or, when one is already under way, is refused at
   * once: either way with ServiceUnavailable unless Neo4j answers.
   */
  async admit(): Promise<void> {
    if (this.downSince === null) return;
    if (this.probing) throw this.refusal();
    // A probe refused for another reason (credentials, say) reached Neo4j:
    // the work goes through and meets that reason itself.
    const probing = this.probe().then(
      () => this.up(),
      (err: unknown) => (isUnreachable(err) ? this.observe(err) : this.up()),
    );
    this.probing = probing;
    try {
      await probing;
    } finally {
      this.probing = null;
    }
    if (this.downSince !== null) throw this.refusal();
  }

  /** Calls `fn(down)` when an outage starts (true) and when it ends (false). */
  onChange(fn: (down: boolean) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Records how a piece of work ended: a failure to connect starts an outage. */
  observe(err: unknown): void {
    if (!isUnreachable(err)) return;
    this.lastError = err as Error;
    if (this.downSince !== null) return;
    this.downSince = this.now();
    this.listeners.forEach((fn) => fn(true));
  }

  /** Something reached Neo4j. */
  up(): void {
    if (this.downSince === null) return;
    this.downSince = null;
    this.lastError = null;
    this.listeners.forEach((fn) => fn(false));
  }

  private refusal(): Neo4jError {
    const now = this.now();
    const secs = ((now - (this.downSince ?? now)) / 1000).toFixed(1);
    const cause = this.lastError?.message ? ` Last error: ${this.lastError.message}` : '';
    const message = `Neo4j has been unreachable for ${secs} s; the request was not sent.${cause}`;
    // The code and GQL status the driver gives its own ServiceUnavailable errors.
    return new Neo4jError(
      message,
      'ServiceUnavailable',
      '50N42',
      `error: ${message}`,
      undefined,
      this.lastError ?? undefined,
    );
  }
}
