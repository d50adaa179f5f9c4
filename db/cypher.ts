/**
 * Named Cypher queries live in cypher/**.cypher, readable by analysts. They are
 * loaded by name and always run with parameters, never with spliced-in input.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './managed/paths';

export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher, e.g. query('queries/node-by-id'). */
export function query(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  if (!/^[a-z0-9/-]+$/.test(name)) throw new Error(`bad query name "${name}"`);
  const path = join(CYPHER_DIR, `${name}.cypher`);
  if (!existsSync(path)) throw new Error(`no Cypher file ${path}`);
  const text = readFileSync(path, 'utf8');
  cache.set(name, text);
  return text;
}

/** Splits a multi-statement file (schema.cypher) on semicolons at line ends. */
export function statements(name: string): string[] {
  return query(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}
