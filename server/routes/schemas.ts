/** Shared request-parameter schemas and the allow-lists they enforce. */
import { z } from 'zod';
import { MEASURES, NODE_LABELS, RELATION_TYPES } from '../../seed/model';
import type { PairOrder } from '../domain/figures';

export const nodeId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9:_.-]+$/, 'must be a node id such as "act-zelensky"');

/** The most claims a request about the claims in view names (the explorer sends at most this many). */
export const VIEW_IDS_CAP = 5_000;

/** The claims an analyst has in view, sent in a POST body: more than a URL holds. */
export const viewClaimIds = z
  .array(nodeId)
  .min(1, 'must name at least one claim')
  .max(VIEW_IDS_CAP, `must name at most ${VIEW_IDS_CAP} claims`);

/**
 * A comma-separated list ("Actor,Claim"), each item checked against an
 * allow-list; repeats dropped (queries count per item).
 */
function commaList<T extends readonly [string, ...string[]]>(allowed: T) {
  return z
    .string()
    .optional()
    .transform((s) =>
      s
        ? [
            ...new Set(
              s
                .split(',')
                .map((x) => x.trim())
                .filter(Boolean),
            ),
          ]
        : [],
    )
    .pipe(z.array(z.enum(allowed, { message: `must be among ${allowed.join(', ')}` })));
}

/** Node labels from a request, checked against the model's labels. */
export const labelList = commaList(NODE_LABELS);

/** Relationship types from a request, checked against the model's types. */
export const relList = commaList(RELATION_TYPES);

export const intParam = (min: number, max: number, dflt: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(dflt);

/**
 * A whole number in a JSON body, between `min` and `max`: not coerced, so
 * that "1" is refused as not a number.
 */
export const bodyInt = (min: number, max: number, dflt: number) =>
  z
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(dflt);

/** A measure of figures, one the model knows. */
export const measureName = z
  .enum(MEASURES, { message: `must be one of ${MEASURES.join(', ')}` })
  .optional();

/** The order disagreeing pairs are listed in: by the first claim's date, or widest apart first. */
export const pairOrderParam = z
  .enum(['date', 'widest'], { message: 'must be date or widest' })
  .default('date');

/** The order pairOrderParam names, as the domain's lists take it. */
export const pairOrder = (order: 'date' | 'widest'): PairOrder =>
  order === 'widest' ? 'widest' : 'first';

/** A yes/no query parameter: `true` or `false`, absent meaning false. */
export const flagParam = z
  .enum(['true', 'false'], { message: 'must be true or false' })
  .optional()
  .transform((v) => v === 'true');

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real date',
  );
