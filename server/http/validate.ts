/** Request validation with zod: a failure is a 400 naming each bad field. */
import type { Request } from 'express';
import type { z } from 'zod';
import { HttpError, zodIssues } from './errors';

function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string,
  reason: (field: string, message: string) => string = (_field, message) => message,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = zodIssues(result.error, where).map((d) => ({
    ...d,
    message: reason(d.field, d.message),
  }));
  throw new HttpError(400, details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

/**
 * A query parameter given twice (`?limit=1&limit=2`) or with brackets
 * (`?q[a]=1`) reaches the schema as a list or an object: the refusal says
 * so, rather than "must be a number" of a number that was given.
 */
export const parseQuery = <S extends z.ZodType>(schema: S, req: Request) =>
  parse(schema, req.query, 'query', (field, message) => {
    const given = (req.query as Record<string, unknown>)[field.split('.')[1] ?? ''];
    if (Array.isArray(given)) return `must be given once (it was given ${given.length} times)`;
    if (given !== null && typeof given === 'object') return 'must be plain text, without brackets';
    return message;
  });
export const parseParams = <S extends z.ZodType>(schema: S, req: Request) =>
  parse(schema, req.params, 'params');
export const parseBody = <S extends z.ZodType>(schema: S, req: Request) =>
  parse(schema, req.body ?? {}, 'body');

/** Unknown parameters named in a refusal, at most; and each name's length shown. */
const UNKNOWN_NAMED = 5;
const NAME_SHOWN = 40;

/**
 * A query parameter the route does not take is refused, not ignored: a typo
 * (`?speeker=`) would otherwise answer as if no filter had been asked for.
 * `known`: the parameters of the route's query schema.
 */
export function refuseUnknownQuery(req: Request, known: readonly string[]): void {
  const unknown = Object.keys(req.query as Record<string, unknown>).filter(
    (name) => !known.includes(name),
  );
  if (!unknown.length) return;
  const takes = known.length ? `it takes ${known.join(', ')}` : 'it takes none';
  const details = unknown.slice(0, UNKNOWN_NAMED).map((name) => ({
    field: `query.${name.length > NAME_SHOWN ? `${name.slice(0, NAME_SHOWN)}…` : name}`,
    message: `is not a parameter of this route (${takes})`,
  }));
  const more = unknown.length - details.length;
  throw new HttpError(
    400,
    details.map((d) => `${d.field}: ${d.message}`).join('; ') +
      (more > 0 ? `; and ${more} more unknown parameters` : ''),
    details,
  );
}
