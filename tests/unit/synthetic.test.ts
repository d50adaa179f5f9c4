import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadDataset as readDataset } from '../../seed/dataset';
import { MEASURES } from '../../seed/model';
import { writeDatasetFiles } from '../../seed/synthetic/files';
import {
  generateSynthetic,
  participation,
  totalNodes,
  totalRelationships,
  type SyntheticDataset,
} from '../../seed/synthetic/generate';
import { Rng, ZipfSampler } from '../../seed/synthetic/prng';

const digest = (ds: SyntheticDataset) =>
  createHash('sha256').update(JSON.stringify(ds)).digest('hex');

describe('seeded PRNG', () => {
  it('is deterministic and stays in range', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.nat(1000),
        (seed, lo, span) => {
          const a = new Rng(seed);
          const b = new Rng(seed);
          for (let i = 0; i < 20; i++) {
            const x = a.int(lo, lo + span);
            expect(x).toBe(b.int(lo, lo + span));
            expect(x).toBeGreaterThanOrEqual(lo);
            expect(x).toBeLessThanOrEqual(lo + span);
          }
        },
      ),
    );
  });

  it('samples a Zipf law: the head gets its share, every index is reachable', () => {
    const zipf = new ZipfSampler(100, 1);
    const rng = new Rng('zipf');
    const hits = new Array<number>(100).fill(0);
    for (let i = 0; i < 50_000; i++) hits[zipf.sample(rng)]! += 1;
    expect(hits[0]! / 50_000).toBeCloseTo(zipf.share(0), 1);
    expect(hits[0]!).toBeGreaterThan(hits[1]!);
    expect(hits[1]!).toBeGreaterThan(hits[9]!);
    expect(Math.min(...hits)).toBeGreaterThan(0);
  });
});

describe('synthetic graph generator', () => {
  const small = generateSynthetic({ scale: 20, seed: 'unit', namespace: 'ut' });

  it('is deterministic: same seed and scale, same dataset; another seed, another one', () => {
    expect(digest(generateSynthetic({ scale: 20, seed: 'unit', namespace: 'ut' }))).toBe(
      digest(small),
    );
    expect(digest(generateSynthetic({ scale: 20, seed: 'other', namespace: 'ut' }))).not.toBe(
      digest(small),
    );
  });

  it('passes the seed validator, and every excerpt sits at [start, end) of its text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-syn-'));
    try {
      const files = writeDatasetFiles(small, dir);
      const read = readDataset(files.data, files.sources);
      expect(read.claims.map((c) => [c.id, c.start, c.end])).toEqual(
        small.claims.map((c) => [c.id, c.start, c.end]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const text = new Map(small.sources.map((s) => [s.id, s.text]));
    for (const c of small.claims) {
      expect(text.get(c.source)!.slice(c.start, c.end)).toBe(c.excerpt);
      for (const f of c.figures) {
        expect(c.excerpt).toContain(f.text);
        expect(MEASURES).toContain(f.measure);
      }
    }
    expect(small.claims.filter((c) => c.figures.length > 0).length).toBeGreaterThan(
      small.claims.length / 4,
    );
  });

  it('keeps every id in its namespace, and the expected counts exact', () => {
    const ids = [...small.entities, ...small.sources, ...small.claims].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(small.meta.prefixes.some((p) => id.startsWith(p))).toBe(true);
    const keys = small.relations.map((r) => `${r.from}|${r.type}|${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of small.claims) expect(new Set(c.about).size).toBe(c.about.length);
    expect(small.meta.relationships.ABOUT).toBe(
      small.claims.reduce((n, c) => n + c.about.length, 0),
    );
  });

  it('scales linearly: ~100 nodes and ~1,000 relationships per unit of scale', () => {
    for (const scale of [20, 100]) {
      const ds = scale === 20 ? small : generateSynthetic({ scale, namespace: 'ut' });
      expect(totalNodes(ds.meta) / scale).toBeGreaterThan(95);
      expect(totalNodes(ds.meta) / scale).toBeLessThan(105);
      expect(totalRelationships(ds.meta) / scale).toBeGreaterThan(950);
      expect(totalRelationships(ds.meta) / scale).toBeLessThan(1050);
    }
  });

  it('has a skewed degree distribution with the pinned hubs on top', () => {
    const ds = generateSynthetic({ scale: 100, namespace: 'ut' });
    const deg = participation(ds);
    const sorted = [...deg.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(deg.get(ds.meta.hubs.country)).toBe(sorted[0]);
    expect(sorted.slice(0, 3)).toContain(deg.get(ds.meta.hubs.president));
    expect(sorted[0]! / median).toBeGreaterThan(50);
    // A long tail: most entities are far below the mean.
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
    expect(sorted.filter((d) => d < mean).length / sorted.length).toBeGreaterThan(0.6);
  });
});
