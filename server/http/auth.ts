/** Bearer-token guard for write routes, active when API_TOKEN is configured. */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

export function requireToken(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!token) return next();
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    if (a.length === b.length && timingSafeEqual(a, b)) return next();
    res
      .status(401)
      .json({ error: 'this route needs the header Authorization: Bearer <API_TOKEN>' });
  };
}
