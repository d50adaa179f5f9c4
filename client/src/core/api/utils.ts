/** Helpers of the API client: query strings and error decoding. DOM-free. */
import type { ApiErrorBody } from './types';

export type QueryValue = string | number | boolean | null | undefined | readonly string[];

/** `?a=1&b=x,y` from an object, skipping empty values. */
export function queryString(params: Record<string, QueryValue>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) sp.set(k, v.join(','));
    } else sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: ApiErrorBody | null = null,
    /** The server's Retry-After, in seconds: when it expects to serve again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server's reason, from {reason} or {details: {reason}}. */
  get reason(): string | null {
    const b = this.body;
    if (!b) return null;
    if (typeof b.reason === 'string') return b.reason;
    const d = b.details as { reason?: unknown } | undefined;
    return d && typeof d === 'object' && typeof d.reason === 'string' ? d.reason : null;
  }

  /** What went wrong: the server's message, with its reason when that adds to it. */
  get statement(): string {
    const reason = this.reason;
    return reason && !this.message.includes(reason) ? `${this.message} (${reason})` : this.message;
  }

  /** A sentence for the user: what went wrong, and when to try again if the server said. */
  get readable(): string {
    const said = this.statement;
    if (this.retryAfterSeconds === null) return said;
    return `${said}${/[.!?]$/.test(said) ? '' : '.'} Try again in ${this.retryAfterSeconds} s.`;
  }
}

/** Retry-After in seconds; the HTTP-date form and anything unreadable give null. */
export function retryAfterFrom(header: string | null): number | null {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return null;
  return Number(header);
}

export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

/** Decodes an error answer (status, body and Retry-After header) into an ApiError. */
export function errorFrom(
  status: number,
  statusText: string,
  body: unknown,
  retryAfter: string | null = null,
): ApiError {
  const wait = retryAfterFrom(retryAfter);
  if (body && typeof body === 'object' && 'error' in body) {
    const b = body as ApiErrorBody;
    return new ApiError(status, String(b.error), b, wait);
  }
  const msg =
    status === 404
      ? 'Not found'
      : status >= 500
        ? `The server failed (${status} ${statusText})`
        : `Request failed (${status} ${statusText})`;
  return new ApiError(status, msg, null, wait);
}

/**
 * A failure that waiting can cure: the server answered 502, 503 or 504 (Neo4j
 * down or restarting, a proxy without its upstream) or could not be reached.
 */
export function isTransient(err: unknown): boolean {
  if (err instanceof ApiError)
    return err.status === 502 || err.status === 503 || err.status === 504;
  return err instanceof TypeError && /fetch|network/i.test(err.message);
}

/**
 * A readable message for anything thrown by a request. `advice: false` leaves
 * out when to try again, for callers that try again by themselves.
 */
export function describeError(err: unknown, opts: { advice?: boolean } = {}): string {
  if (err instanceof ApiError) return opts.advice === false ? err.statement : err.readable;
  if (err instanceof TypeError && /fetch|network/i.test(err.message))
    return 'The server cannot be reached. Is it running?';
  if (err instanceof Error) return err.message;
  return String(err);
}
