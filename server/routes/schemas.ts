/** Shared request-parameter schemas and the allow-lists they enforce. */
import { z } from 'zod';
import { NODE_LABELS, RELATION_TYPES } from '../../seed/model';

export const nodeId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9:_.-]+$/, 'must be a node id such as "act-zelensky"');

/** "Actor,Claim" → ['Actor','Claim'], each checked against the model's labels. */
export const labelList = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : [],
  )
  .pipe(z.array(z.enum(NODE_LABELS, { message: `must be among ${NODE_LABELS.join(', ')}` })));

export const relList = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : [],
  )
  .pipe(z.array(z.enum(RELATION_TYPES, { message: `must be among ${RELATION_TYPES.join(', ')}` })));

export const intParam = (min: number, max: number, dflt: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(dflt);

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real date',
  );
