/**
 * Reads the curated dataset, validates every record and every cross-reference,
 * and resolves each claim's excerpt to its character span in the source text.
 * Nothing here touches Neo4j: a dataset that fails here is never written.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  DATASET_FILES,
  type ClaimRecord,
  type ContradictionRecord,
  type CorroborationRecord,
  type Entity,
  type RelationRecord,
  type SourceRecord,
} from './schema';

export interface DatasetIssue {
  file: string;
  /** The record's id, or its index in the file when it has no usable id. */
  record: string;
  field: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    super(
      `The seed dataset is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written:\n` +
        issues.map((i) => `  ${i.file} › ${i.record} › ${i.field}: ${i.message}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

export interface ResolvedSource extends SourceRecord {
  text: string | null;
}

export interface ResolvedClaim extends ClaimRecord {
  start: number;
  end: number;
}

export interface Dataset {
  entities: Entity[];
  sources: ResolvedSource[];
  claims: ResolvedClaim[];
  relations: RelationRecord[];
  contradictions: ContradictionRecord[];
  corroborations: CorroborationRecord[];
}

type FileName = keyof typeof DATASET_FILES;
type RecordOf<F extends FileName> = z.infer<(typeof DATASET_FILES)[F]>;

/** Files a dataset may leave out (datasets written before these pairs were recorded). */
const OPTIONAL_FILES: ReadonlySet<FileName> = new Set([
  'contradictions.json',
  'corroborations.json',
]);

function recordName(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') {
    return raw.id;
  }
  return `#${index}`;
}

function readRecords<F extends FileName>(
  dir: string,
  file: F,
  issues: DatasetIssue[],
): RecordOf<F>[] {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (!OPTIONAL_FILES.has(file)) {
      issues.push({ file, record: '-', field: '-', message: 'file is missing' });
    }
    return [];
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    issues.push({
      file,
      record: '-',
      field: '-',
      message: `not valid JSON: ${(err as Error).message}`,
    });
    return [];
  }
  if (!Array.isArray(raw)) {
    issues.push({ file, record: '-', field: '-', message: 'must be a JSON array of records' });
    return [];
  }
  const schema = DATASET_FILES[file];
  const out: RecordOf<F>[] = [];
  raw.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      out.push(parsed.data as RecordOf<F>);
      return;
    }
    for (const issue of parsed.error.issues) {
      issues.push({
        file,
        record: recordName(item, index),
        field: issue.path.length ? issue.path.join('.') : '-',
        message: issue.message,
      });
    }
  });
  return out;
}

/** All start offsets of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** Every source `from` cites, directly or through the reports it cites (cycles allowed). */
export function citedFrom(
  citesOf: ReadonlyMap<string, readonly string[]>,
  from: string,
): Set<string> {
  const seen = new Set<string>();
  const todo = [...(citesOf.get(from) ?? [])];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    todo.push(...(citesOf.get(next) ?? []));
  }
  seen.delete(from);
  return seen;
}

export function loadDataset(dir: string, sourcesDir: string): Dataset {
  const issues: DatasetIssue[] = [];
  const entities = readRecords(dir, 'entities.json', issues);
  const sourceRecords = readRecords(dir, 'sources.json', issues);
  const claimRecords = readRecords(dir, 'claims.json', issues);
  const relations = readRecords(dir, 'relations.json', issues);
  const contradictions = readRecords(dir, 'contradictions.json', issues);
  const corroborations = readRecords(dir, 'corroborations.json', issues);

  const kindOf = new Map<string, string>();
  const claim = (file: string, record: string, field: string, message: string) =>
    issues.push({ file, record, field, message });
  const register = (file: string, recordId: string, label: string) => {
    if (kindOf.has(recordId)) claim(file, recordId, 'id', 'duplicate id');
    kindOf.set(recordId, label);
  };
  entities.forEach((e) => register('entities.json', e.id, e.label));
  sourceRecords.forEach((s) => register('sources.json', s.id, 'Source'));
  claimRecords.forEach((c) => register('claims.json', c.id, 'Claim'));

  const expect = (file: string, record: string, field: string, ref: string, labels: string[]) => {
    const label = kindOf.get(ref);
    if (!label) claim(file, record, field, `unknown id "${ref}"`);
    else if (!labels.includes(label))
      claim(file, record, field, `"${ref}" is a ${label}, expected ${labels.join(' or ')}`);
  };

  const sources: ResolvedSource[] = sourceRecords.map((s) => {
    if (s.publisher) expect('sources.json', s.id, 'publisher', s.publisher, ['Actor']);
    s.cites.forEach((c, i) => expect('sources.json', s.id, `cites.${i}`, c, ['Source']));
    let text: string | null = null;
    if (s.textFile) {
      const path = join(sourcesDir, s.textFile);
      if (existsSync(path)) text = readFileSync(path, 'utf8');
      else claim('sources.json', s.id, 'textFile', `no such file seed/sources/${s.textFile}`);
    }
    return { ...s, text };
  });
  const textOf = new Map(sources.map((s) => [s.id, s.text]));
  const citesOf = new Map(sources.map((s) => [s.id, s.cites]));

  const claims: ResolvedClaim[] = [];
  for (const c of claimRecords) {
    expect('claims.json', c.id, 'speaker', c.speaker, ['Actor']);
    c.about.forEach((a, i) =>
      expect('claims.json', c.id, `about.${i}`, a, ['Actor', 'Unit', 'Place', 'Source']),
    );
    expect('claims.json', c.id, 'source', c.source, ['Source']);
    if (c.relayedFrom !== undefined) {
      expect('claims.json', c.id, 'relayedFrom', c.relayedFrom, ['Source']);
      if (
        kindOf.get(c.relayedFrom) === 'Source' &&
        !citedFrom(citesOf, c.source).has(c.relayedFrom)
      )
        claim(
          'claims.json',
          c.id,
          'relayedFrom',
          `"${c.relayedFrom}" is not cited by ${c.source}, nor by the reports it cites`,
        );
    }
    const text = textOf.get(c.source);
    if (text === undefined) continue;
    if (text === null) {
      claim('claims.json', c.id, 'source', `source "${c.source}" has no text to quote from`);
      continue;
    }
    const found = occurrences(text, c.excerpt);
    if (found.length === 0) {
      claim('claims.json', c.id, 'excerpt', `not found verbatim in ${c.source}`);
      continue;
    }
    if (found.length > 1 && c.occurrence === undefined) {
      claim(
        'claims.json',
        c.id,
        'excerpt',
        `occurs ${found.length} times in ${c.source}; set "occurrence"`,
      );
      continue;
    }
    const start = found[(c.occurrence ?? 1) - 1];
    if (start === undefined) {
      claim('claims.json', c.id, 'occurrence', `only ${found.length} occurrence(s) in the text`);
      continue;
    }
    c.figures.forEach((f, i) => {
      if (!c.excerpt.includes(f.text))
        claim('claims.json', c.id, `figures.${i}.text`, `"${f.text}" is not part of the excerpt`);
    });
    claims.push({ ...c, start, end: start + c.excerpt.length });
  }

  relations.forEach((r, i) => {
    const name = `#${i} ${r.type} ${r.from}->${r.to}`;
    expect('relations.json', name, 'from', r.from, ['Actor', 'Unit', 'Place']);
    expect('relations.json', name, 'to', r.to, ['Actor', 'Unit', 'Place']);
    r.sources.forEach((s, j) => expect('relations.json', name, `sources.${j}`, s, ['Source']));
  });

  // A pair is recorded once, either way round, and cannot both contradict and corroborate.
  const recordedPairs = (
    file: 'contradictions.json' | 'corroborations.json',
    field: 'contradicts' | 'corroborates',
    pairs: { claim: string; other: string }[],
    against: ReadonlySet<string> | null,
  ): Set<string> => {
    const seen = new Set<string>();
    for (const k of pairs) {
      const name = `${k.claim} ${field} ${k.other}`;
      expect(file, name, 'claim', k.claim, ['Claim']);
      expect(file, name, field, k.other, ['Claim']);
      if (k.claim === k.other)
        claim(file, name, field, `a claim cannot ${field.replace(/s$/, '')} itself`);
      const pair = [k.claim, k.other].sort().join(' ');
      if (seen.has(pair)) claim(file, name, field, 'this pair is already recorded (either way)');
      if (against?.has(pair))
        claim(file, name, field, 'this pair is recorded as contradicting (contradictions.json)');
      seen.add(pair);
    }
    return seen;
  };
  const contradicting = recordedPairs(
    'contradictions.json',
    'contradicts',
    contradictions.map((k) => ({ claim: k.claim, other: k.contradicts })),
    null,
  );
  recordedPairs(
    'corroborations.json',
    'corroborates',
    corroborations.map((k) => ({ claim: k.claim, other: k.corroborates })),
    contradicting,
  );

  if (issues.length > 0) throw new DatasetError(issues);
  return { entities, sources, claims, relations, contradictions, corroborations };
}
