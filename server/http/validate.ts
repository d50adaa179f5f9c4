/** Request validation with zod: a failure is a 400 naming each bad field. */
import type { Request } from 'express';
import type { z } from 'zod';
import { HttpError, zodIssues } from './errors';

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = zodIssues(result.error, where);
  throw new HttpError(400, details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

export const parseQuery = <S extends z.ZodType>(schema: S, req: Request) =>
  parse(schema, req.query, 'query');
export const parseParams = <S extends z.ZodType>(schema: S, req: Request) =>
  parse(schema, req.params, 'params');
export const parseBody = <S extends z.ZodType>(schema: S, req: Request) =>
  parse(schema, req.body ?? {}, 'body');
