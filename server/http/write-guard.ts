/**
 * What every write route runs first: the bearer token, when API_TOKEN is set,
 * and one rate limit shared by all of them (a limit per route would let a
 * client write that many times more by spreading its writes).
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config';
import { requireToken } from './auth';

export const WRITE_ERRORS = {
  401: 'API_TOKEN is configured and the bearer token is missing or wrong',
  429: 'Rate limit reached',
};

const guards = new WeakMap<Config, RequestHandler[]>();

export function writeGuard(config: Config): RequestHandler[] {
  let guard = guards.get(config);
  if (!guard) {
    const writeLimit = rateLimit({
      windowMs: 60_000,
      limit: config.RATE_LIMIT_PER_MINUTE,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      message: { error: `too many writes: at most ${config.RATE_LIMIT_PER_MINUTE} a minute` },
    });
    guard = [requireToken(config.API_TOKEN), writeLimit];
    guards.set(config, guard);
  }
  return guard;
}
