/**
 * Once the server listens, it asks itself what an analyst's first minute asks:
 * the client's opening requests, then one request of each read route about the
 * overview's most connected nodes, and a preview of a two-sentence article
 * about the first of them. A fresh Neo4j plans each query the first time it
 * sees it (0.4–0.7 s apiece on this machine, 1.4 s or more for a neighbourhood
 * in a new JVM), and the first preview builds the extractor's alias index of
 * the graph (~2 s at 100,000 nodes) and indexes its figures (the article's
 * "about 1,000 soldiers" is compared with them), so without this the first click on each
 * panel waited for that. The opening requests' answers also land in the read
 * cache, where the client finds them. Last, the preview's default review is
 * committed as a dry run (rolled back), so that the commit's queries are
 * planned too: on the seed graph after a Neo4j start, an analyst's first
 * commit took 1.4–1.7 s without it and 0.6–0.8 s with it (the rest is Neo4j's
 * first write), the next ones 0.1 s. Requests go one at a time, in the
 * background: the server answers analysts meanwhile, and nothing here can
 * stop it. Nothing here writes.
 */
import type { SerializedGraph } from './domain/graph-format';
import type { Proposal } from './ingest/extract';
import { defaultReview } from './ingest/review';
import type { ArticleBody } from './ingest/schema';
import { PLACES_MAX } from './routes/places';

/** What client/src/app.ts asks as it opens, in its URL form (the read cache's key). */
export const OPENING_REQUESTS = {
  overview: '/api/graph/overview?limit=90',
  figures: '/api/figures?points=none',
} as const;

export type WarmUpStatus = 'running' | 'done';

export interface WarmUpResult {
  requests: number;
  failed: string[];
  ms: number;
}

/**
 * One request per read route, about nodes of the overview: the most connected
 * node that is not a claim, the next one (for a path), the first actor, source
 * and claim, the Sources panel's first page in its opening order and both
 * ranked ones, the first measure the figures list, where the graph's figures
 * agree, and the Map's places.
 */
export function followUpRequests(overview: SerializedGraph, measures: string[]): string[] {
  const nodes = overview.nodes;
  const ofCategory = (category: string) =>
    nodes.find((n) => n.attributes.category === category)?.key;
  const [topNode, nextNode] = notClaims(overview);
  const top = topNode?.key;
  const next = nextNode?.key;
  const actor = ofCategory('Actor');
  const source = ofCategory('Source');
  const claim = ofCategory('Claim');
  const name = topNode?.attributes.name;
  const word = typeof name === 'string' ? name.split(/\s+/)[0] : undefined;

  const node = (id: string) => `/api/nodes/${encodeURIComponent(id)}`;
  const withQuery = (path: string, params: Record<string, string>) =>
    `${path}?${new URLSearchParams(params).toString()}`;
  const requests: (string | false | undefined)[] = [
    top && node(top),
    top && withQuery(`${node(top)}/neighborhood`, { depth: '1', limit: '200' }),
    claim && withQuery(`${node(claim)}/neighborhood`, { depth: '1', rels: 'REPORTED_IN' }),
    word && withQuery('/api/search', { q: word, limit: '10' }),
    actor && withQuery('/api/claims', { speaker: actor, limit: '200' }),
    top && withQuery('/api/claims', { about: top, limit: '200' }),
    source && `/api/sources/${encodeURIComponent(source)}`,
    // What the source's panel asks next: the sources that dispute it and those that agree
    // (figures and claims' accounts indexed).
    source && `/api/sources/${encodeURIComponent(source)}/disputes`,
    source && `/api/sources/${encodeURIComponent(source)}/agreements`,
    // The Sources panel's first page, as the panel asks for it (order, then limit), in its
    // opening order and the two ranked ones: ranking counts every source's claims in dispute
    // and borne out, 1.2 s and 2.4 s the first time at scale 1000, then 0.3 s.
    source && '/api/sources?order=published&limit=100',
    source && '/api/sources?order=disputed&limit=100',
    source && '/api/sources?order=corroborated&limit=100',
    top && next && withQuery('/api/paths', { from: top, to: next, maxHops: '4' }),
    measures[0] !== undefined && withQuery('/api/figures', { measure: measures[0] }),
    // Where the graph's figures agree (the Disputes panel's other side): every pair of
    // figures met, ~1.3 s at scale 1000, then cached.
    measures[0] !== undefined && '/api/figures/agreements',
    // The Map panel's places, as the panel asks for them: every place's claims counted,
    // ~2 s at scale 1000, then cached.
    top && `/api/places?limit=${PLACES_MAX}`,
  ];
  return requests.filter((r): r is string => typeof r === 'string');
}

/**
 * A two-sentence article about the overview's most connected node and a new
 * name, for the ingest preview and the dry-run commit (every field set, so
 * that each of the commit's look-ups runs).
 */
export function previewArticle(overview: SerializedGraph): ArticleBody {
  const [top] = notClaims(overview);
  const name = typeof top?.attributes.name === 'string' ? top.attributes.name : 'The ministry';
  return {
    title: 'Claimgraph warm-up',
    outlet: 'Claimgraph warm-up',
    url: 'https://claimgraph.invalid/warm-up',
    publishedDate: '2025-01-01',
    text:
      `${name} said on Monday that about 1,000 soldiers had been deployed. ` +
      // A name the graph does not hold, so that the look-up of new names runs too.
      `“We will not comment further,” Colonel Petro Hrytsenko told reporters.`,
  };
}

/** The overview's nodes that are not claims, most connected first (the overview's order). */
function notClaims(overview: SerializedGraph) {
  return overview.nodes.filter((n) => n.attributes.category !== 'Claim');
}

/**
 * Runs the warm-up against the server at `baseUrl`; never throws. `token`:
 * the server's API_TOKEN, which the ingest preview needs when it is set.
 */
export async function warmUp(
  baseUrl: string,
  opts: { token?: string } = {},
): Promise<WarmUpResult> {
  const t0 = performance.now();
  const failed: string[] = [];
  let requests = 0;
  /** GET `path`, or POST `payload` to it as JSON; the answer, or null when it failed. */
  const ask = async (path: string, payload?: unknown): Promise<unknown> => {
    requests += 1;
    const post = payload !== undefined;
    try {
      const res = await fetch(`${baseUrl}${path}`, {
        method: post ? 'POST' : 'GET',
        headers: {
          'user-agent': 'claimgraph-warm-up',
          ...(post ? { 'content-type': 'application/json' } : {}),
          ...(post && opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
        ...(post ? { body: JSON.stringify(payload) } : {}),
        signal: AbortSignal.timeout(120_000),
      });
      const answer: unknown = await res.json().catch(() => null);
      if (!res.ok) failed.push(`${path}: HTTP ${res.status}`);
      return res.ok ? answer : null;
    } catch (err) {
      failed.push(`${path}: ${(err as Error).message}`);
      return null;
    }
  };
  const overview = (await ask(OPENING_REQUESTS.overview)) as SerializedGraph | null;
  const figures = (await ask(OPENING_REQUESTS.figures)) as { measures?: unknown } | null;
  if (overview && Array.isArray(overview.nodes)) {
    for (const path of followUpRequests(overview, measureNames(figures?.measures))) {
      await ask(path);
    }
    const article = previewArticle(overview);
    const preview = (await ask('/api/ingest/preview', article)) as Proposal | null;
    if (preview) await ask('/api/ingest/commit?dryRun=true', defaultReview(article, preview));
  }
  return { requests, failed, ms: Math.round(performance.now() - t0) };
}

/** The measure names of /api/figures' `measures` ([{measure, …}]). */
function measureNames(measures: unknown): string[] {
  if (!Array.isArray(measures)) return [];
  return measures
    .map((m: unknown) => (m as { measure?: unknown } | null)?.measure)
    .filter((m): m is string => typeof m === 'string');
}
