/**
 * Writes a generated dataset as seed files (entities.json, sources.json,
 * claims.json, relations.json, contradictions.json and sources/*.txt), the layout seed/dataset.ts
 * reads and validates: `npm run seed -- --data DIR --sources DIR/sources`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../dataset';

export function writeDatasetFiles(ds: Dataset, dir: string): { data: string; sources: string } {
  const sourcesDir = join(dir, 'sources');
  mkdirSync(sourcesDir, { recursive: true });
  const json = (file: string, records: unknown[]) =>
    writeFileSync(join(dir, file), `${JSON.stringify(records, null, 1)}\n`);
  json('entities.json', ds.entities);
  json(
    'sources.json',
    ds.sources.map(({ text, ...record }) => {
      if (text !== null && record.textFile) writeFileSync(join(sourcesDir, record.textFile), text);
      return record;
    }),
  );
  json(
    'claims.json',
    ds.claims.map(({ start: _start, end: _end, ...record }) => record),
  );
  json('relations.json', ds.relations);
  json('contradictions.json', ds.contradictions);
  return { data: dir, sources: sourcesDir };
}
