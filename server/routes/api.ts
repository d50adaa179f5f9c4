import { Router } from 'express';
import type { AppDeps } from '../app';

/** Every /api route. */
export function apiRoutes(_deps: AppDeps): Router {
  const r = Router();
  return r;
}
