/** Stable ids for what an ingest creates. */
import { createHash } from 'node:crypto';

export function slug(text: string, max = 48): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return s || 'x';
}

export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export const ID_PREFIX = { Actor: 'act', Unit: 'unit', Place: 'place' } as const;
