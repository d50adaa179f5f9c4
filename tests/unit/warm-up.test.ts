/**
 * The server's warm-up (server/warm-up): it must ask exactly what the client
 * asks as it opens (the read cache is keyed by URL), and one request per read
 * route about the overview's nodes.
 */
import { ApiClient } from '../../client/src/core/api';
import { OVERVIEW_LIMIT } from '../../client/src/core/api/opening';
import type { SerializedGraph } from '../../server/domain/graph-format';
import { OPENING_REQUESTS, followUpRequests, previewArticle } from '../../server/warm-up';

/** The URL the client's ApiClient fetches for `call`. */
async function urlOf(call: (api: ApiClient) => Promise<unknown>): Promise<string> {
  let url = '';
  const api = new ApiClient('/api', async (input) => {
    url = String(input);
    return new Response('{}', { headers: { 'content-type': 'application/json' } });
  });
  await call(api);
  return url;
}

const overview = (nodes: [string, string, string?][]): SerializedGraph => ({
  attributes: { kind: 'overview' },
  options: { type: 'directed', multi: true, allowSelfLoops: true },
  nodes: nodes.map(([key, category, name]) => ({
    key,
    attributes: { category, name: name ?? key },
  })),
  edges: [],
});

describe('server warm-up', () => {
  it('asks for the overview and the figures as the client does when it opens', async () => {
    expect(await urlOf((api) => api.overview({ limit: OVERVIEW_LIMIT }))).toBe(
      OPENING_REQUESTS.overview,
    );
    expect(await urlOf((api) => api.figures(null, { points: 'none' }))).toBe(
      OPENING_REQUESTS.figures,
    );
    // A source's panel asks for its disputes and agreements as the warm-up does.
    expect(await urlOf((api) => api.sourceDisputes('src-a'))).toBe(
      followUpRequests(overview([['src-a', 'Source']]), []).find((u) => u.endsWith('/disputes')),
    );
    expect(await urlOf((api) => api.sourceAgreements('src-a'))).toBe(
      followUpRequests(overview([['src-a', 'Source']]), []).find((u) => u.endsWith('/agreements')),
    );
  });

  it('asks each read route once, about the overview’s most connected nodes', () => {
    const requests = followUpRequests(
      overview([
        ['clm-1', 'Claim'],
        ['unit-nk/contingent', 'Unit', 'North Korean contingent'],
        ['act-russia', 'Actor', 'Russia'],
        ['src-a', 'Source'],
      ]),
      ['nk_casualties', 'nk_troops_deployed'],
    );
    expect(requests).toEqual([
      '/api/nodes/unit-nk%2Fcontingent',
      '/api/nodes/unit-nk%2Fcontingent/neighborhood?depth=1&limit=200',
      '/api/nodes/clm-1/neighborhood?depth=1&rels=REPORTED_IN',
      '/api/search?q=North&limit=10',
      '/api/claims?speaker=act-russia&limit=200',
      '/api/claims?about=unit-nk%2Fcontingent&limit=200',
      '/api/sources/src-a',
      '/api/sources/src-a/disputes',
      '/api/sources/src-a/agreements',
      '/api/sources?order=published&limit=100',
      '/api/sources?order=disputed&limit=100',
      '/api/sources?order=corroborated&limit=100',
      '/api/paths?from=unit-nk%2Fcontingent&to=act-russia&maxHops=4',
      '/api/figures?measure=nk_casualties',
      '/api/figures/agreements',
      '/api/places?limit=5000',
    ]);
  });

  it('leaves out what an empty graph cannot ask', () => {
    expect(followUpRequests(overview([]), [])).toEqual([]);
    expect(followUpRequests(overview([['act-x', 'Actor', 'X']]), [])).toEqual([
      '/api/nodes/act-x',
      '/api/nodes/act-x/neighborhood?depth=1&limit=200',
      '/api/search?q=X&limit=10',
      '/api/claims?speaker=act-x&limit=200',
      '/api/claims?about=act-x&limit=200',
      // The Map's places: any graph with a node has them to count (none, or some).
      '/api/places?limit=5000',
    ]);
  });

  it('previews an article about the most connected node that is not a claim', () => {
    const article = previewArticle(
      overview([
        ['clm-1', 'Claim'],
        ['act-kim', 'Actor', 'Kim Jong Un'],
      ]),
    );
    expect(article.text).toMatch(/^Kim Jong Un said on Monday that about 1,000 soldiers/);
    expect(previewArticle(overview([])).text).toMatch(/^The ministry said/);
  });
});
