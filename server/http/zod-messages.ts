/**
 * Plain words for zod's one unhelpful default, a field left out ("Invalid
 * input: expected string, received undefined"): "is required". Messages the
 * schemas give themselves come first; every other default is kept.
 */
import { z } from 'zod';

z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined,
});
