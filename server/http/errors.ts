/** Errors with an HTTP status, and the one place that turns errors into JSON. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { ZodError } from 'zod';
import { isConstraintViolation } from '../../db/errors';
import { isUnreachable } from '../../db/unreachable';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, what);

/** The 503's message while Neo4j is away; its Retry-After says when to try again. */
export const NEO4J_UNAVAILABLE = 'Neo4j is unavailable right now; the request was not served.';

/** Neo4j down, restarting or unreachable: the client should retry later. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  return (
    isUnreachable(err) ||
    err.code === 'SessionExpired' ||
    err.code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    (isRetryableError(err) && /connect|connection|unavailable/i.test(err.message))
  );
}

export function zodIssues(err: ZodError, where: string) {
  return err.issues.map((i) => ({
    field: [where, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
}

export const unknownRoute: RequestHandler = (req, res) => {
  res.status(404).json({ error: `no route ${req.method} ${req.path}` });
};

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const bp = err as BodyParserError;
  if (bp.type === 'entity.too.large') {
    res.status(413).json({ error: `request body is larger than the ${bp.limit}-byte limit` });
    return;
  }
  if (bp.type === 'entity.parse.failed') {
    res.status(400).json({ error: 'request body is not valid JSON' });
    return;
  }
  if (bp.type && bp.status && bp.status < 500) {
    res.status(bp.status).json({ error: `bad request body (${bp.type})` });
    return;
  }
  if (err instanceof HttpError) {
    res
      .status(err.status)
      .json({ error: err.message, ...(err.details ? { details: err.details } : {}) });
    return;
  }
  if (err instanceof ZodError) {
    const details = zodIssues(err, 'input');
    res
      .status(400)
      .json({ error: details.map((d) => `${d.field}: ${d.message}`).join('; '), details });
    return;
  }
  if (isConstraintViolation(err)) {
    // Two writes raced for the same id; every write route is one transaction.
    res.status(409).json({
      error:
        'another request wrote the same record at the same time; this request changed nothing. ' +
        'Reload and try again.',
    });
    return;
  }
  if (isDatabaseUnavailable(err)) {
    // When to try again is the Retry-After header's to say, not the message's:
    // the explorer words it itself, and does not say it where it retries alone.
    res.status(503).set('Retry-After', '5').json({ error: NEO4J_UNAVAILABLE });
    return;
  }
  req.log?.error({ err }, 'unhandled error');
  res.status(500).json({ error: 'internal error', requestId: String(req.id ?? '') });
};
