import request from 'supertest';
import { testApp } from '../support/app';
import { testDb } from '../support/db';

const db = testDb();
const app = testApp(db);
afterAll(() => db.close());

/**
 * One call per route, as an analyst would make it, and the status it must get.
 * Write routes are called with a body they refuse (400), which proves the route
 * exists and validates without writing anything.
 */
const EXAMPLES: Record<string, { url: string; body?: object; status: number }> = {
  'get /api/search': { url: '/api/search?q=kursk', status: 200 },
  'get /api/nodes/{id}': { url: '/api/nodes/act-kim-jong-un', status: 200 },
  'get /api/nodes/{id}/neighborhood': {
    url: '/api/nodes/act-kim-jong-un/neighborhood',
    status: 200,
  },
  'get /api/graph/overview': { url: '/api/graph/overview', status: 200 },
  'get /api/paths': { url: '/api/paths?from=act-kim-jong-un&to=act-vladimir-putin', status: 200 },
  'get /api/claims': { url: '/api/claims', status: 200 },
  'get /api/claims.csv': { url: '/api/claims.csv?speaker=act-volodymyr-zelensky', status: 200 },
  'get /api/claims/speakers': { url: '/api/claims/speakers?about=unit-nk-contingent', status: 200 },
  'get /api/claims/subjects': {
    url: '/api/claims/subjects?speaker=act-volodymyr-zelensky',
    status: 200,
  },
  'post /api/claims/by-ids': {
    url: '/api/claims/by-ids',
    body: { ids: ['clm-blinken-8000-in-kursk'] },
    status: 200,
  },
  'post /api/claims/disputes': {
    url: '/api/claims/disputes',
    body: { ids: ['clm-blinken-8000-in-kursk'] },
    status: 200,
  },
  'post /api/claims/disputes/in-view': {
    url: '/api/claims/disputes/in-view',
    body: { ids: ['clm-blinken-8000-in-kursk'] },
    status: 200,
  },
  'post /api/claims.csv': {
    url: '/api/claims.csv',
    body: { ids: ['clm-blinken-8000-in-kursk'] },
    status: 200,
  },
  'get /api/sources': { url: '/api/sources?order=disputed', status: 200 },
  'get /api/places': { url: '/api/places?limit=5', status: 200 },
  // A write: the example is refused, so that nothing is written.
  'post /api/places/{id}/location': {
    url: '/api/places/place-ukraine-east/location',
    body: { lat: 91, lon: 0 },
    status: 400,
  },
  'post /api/places/{id}/location/undo': {
    url: '/api/places/place-ukraine-east/location/undo',
    body: { change: 'loc-000000000000' },
    status: 409,
  },
  'post /api/places/{id}/within': {
    url: '/api/places/place-ukraine-east/within',
    body: { within: 'place-ukraine-east' },
    status: 409,
  },
  'get /api/places.csv': { url: '/api/places.csv', status: 200 },
  'post /api/places/in-view.csv': {
    url: '/api/places/in-view.csv',
    body: { ids: ['clm-reported-nk-withdrawn-from-front'] },
    status: 200,
  },
  'post /api/places/in-view': {
    url: '/api/places/in-view',
    body: { ids: ['clm-reported-nk-withdrawn-from-front'] },
    status: 200,
  },
  'get /api/sources/{id}': { url: '/api/sources/src-fakti-isw-north-korean-pows', status: 200 },
  'get /api/sources/{id}/disputes': {
    url: '/api/sources/src-fakti-isw-north-korean-pows/disputes',
    status: 200,
  },
  'get /api/sources/{id}/agreements': {
    url: '/api/sources/src-zelenskyy-reports-nk-troop-increase/agreements',
    status: 200,
  },
  'get /api/sources/{id}/agreements.csv': {
    url: '/api/sources/src-news-bg-report/agreements.csv',
    status: 200,
  },
  'get /api/sources/{id}/figures.csv': {
    url: '/api/sources/src-blinken-briefing-2024-10-31/figures.csv',
    status: 200,
  },
  'get /api/sources/{id}/contradictions.csv': {
    url: '/api/sources/src-fakti-isw-north-korean-pows/contradictions.csv',
    status: 200,
  },
  'get /api/figures': { url: '/api/figures', status: 200 },
  'get /api/claims/{id}/agreements': {
    url: '/api/claims/clm-zelensky-3800-of-12000/agreements',
    status: 200,
  },
  'get /api/contradictions': {
    url: '/api/contradictions?claim=clm-moscow-denies-nk-soldiers',
    status: 200,
  },
  'get /api/contradictions.csv': { url: '/api/contradictions.csv?q=moscow', status: 200 },
  'post /api/contradictions.csv': {
    url: '/api/contradictions.csv',
    body: { ids: ['clm-blinken-8000-in-kursk'] },
    status: 200,
  },
  'get /api/figures.csv': { url: '/api/figures.csv?order=widest', status: 200 },
  'post /api/figures.csv': {
    url: '/api/figures.csv',
    body: { ids: ['clm-blinken-8000-in-kursk'], order: 'widest' },
    status: 200,
  },
  'post /api/figures/in-view': {
    url: '/api/figures/in-view',
    body: { ids: ['clm-blinken-8000-in-kursk'], measure: 'nk_troops_deployed' },
    status: 200,
  },
  'post /api/cypher': { url: '/api/cypher', body: { query: 'RETURN 1 AS one' }, status: 200 },
  'post /api/ingest/preview': {
    url: '/api/ingest/preview',
    body: { title: 'Probe', text: 'Zelensky said that Kim Jong Un sent troops.' },
    status: 200,
  },
  'post /api/ingest/figures': {
    url: '/api/ingest/figures',
    body: {
      publishedDate: '2025-01-14',
      claims: [
        {
          id: 'c1',
          speaker: { entityId: 'act-antony-blinken', name: 'Antony Blinken' },
          figures: [
            { measure: 'nk_troops_deployed', unit: 'persons', value: 8000, text: '8,000 troops' },
          ],
        },
      ],
    },
    status: 200,
  },
  'post /api/ingest/commit': { url: '/api/ingest/commit', body: { article: {} }, status: 400 },
  'get /api/ingest/sources': { url: '/api/ingest/sources?limit=5', status: 200 },
  'post /api/sources/remove': {
    url: '/api/sources/remove?dryRun=true',
    body: { source: 'src-csis-pardo' },
    status: 409,
  },
  'post /api/entities/merge': {
    url: '/api/entities/merge',
    body: { keep: 'act-isw' },
    status: 400,
  },
  'post /api/entities/merges/{decision}/undo': {
    url: '/api/entities/merges/not-a-decision/undo',
    body: {},
    status: 400,
  },
  'get /api/entities/merges': { url: '/api/entities/merges', status: 200 },
  'post /api/contradictions': {
    url: '/api/contradictions',
    body: { claim: 'clm-blinken-8000-in-kursk' },
    status: 400,
  },
  'post /api/contradictions/note': {
    url: '/api/contradictions/note',
    body: { claim: 'clm-blinken-8000-in-kursk', contradicts: 'clm-isw-92-casualties-per-day' },
    status: 400,
  },
  'post /api/contradictions/remove': {
    url: '/api/contradictions/remove',
    body: { claim: 'clm-blinken-8000-in-kursk' },
    status: 400,
  },
  'get /api/corroborations': {
    url: '/api/corroborations?claim=clm-reported-nk-withdrawn-from-front',
    status: 200,
  },
  'get /api/corroborations.csv': { url: '/api/corroborations.csv?q=front', status: 200 },
  'post /api/corroborations.csv': {
    url: '/api/corroborations.csv',
    body: { ids: ['clm-reported-nk-withdrawn-from-front'] },
    status: 200,
  },
  'get /api/figures/agreements': { url: '/api/figures/agreements', status: 200 },
  'get /api/figures/agreements.csv': { url: '/api/figures/agreements.csv', status: 200 },
  'post /api/figures/agreements.csv': {
    url: '/api/figures/agreements.csv',
    body: { ids: ['clm-zelensky-3800-of-12000'] },
    status: 200,
  },
  'post /api/claims/agreements/in-view': {
    url: '/api/claims/agreements/in-view',
    body: { ids: ['clm-reported-nk-withdrawn-from-front'] },
    status: 200,
  },
  'get /api/sources/{id}/corroborations.csv': {
    url: '/api/sources/src-nk-new-group-of-soldiers/corroborations.csv',
    status: 200,
  },
  'post /api/corroborations': {
    url: '/api/corroborations',
    body: { claim: 'clm-blinken-8000-in-kursk' },
    status: 400,
  },
  'post /api/corroborations/note': {
    url: '/api/corroborations/note',
    body: { claim: 'clm-blinken-8000-in-kursk', corroborates: 'clm-isw-92-casualties-per-day' },
    status: 400,
  },
  'post /api/corroborations/remove': {
    url: '/api/corroborations/remove',
    body: { claim: 'clm-blinken-8000-in-kursk' },
    status: 400,
  },
  'get /api/openapi.json': { url: '/api/openapi.json', status: 200 },
};

describe('OpenAPI document', () => {
  it('documents exactly the routes the API serves, and each one answers', async () => {
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`),
    );
    for (const key of Object.keys(EXAMPLES)) expect(documented).toContain(key);
    for (const key of documented) {
      const example = EXAMPLES[key];
      expect({ key, example: !!example }).toEqual({ key, example: true });
      const [method] = key.split(' ');
      const res =
        method === 'post'
          ? await request(app).post(example!.url).send(example!.body)
          : await request(app).get(example!.url);
      expect({ key, status: res.status }).toEqual({ key, status: example!.status });
      expect(res.body.error ?? '').not.toMatch(/no route/);
    }
    // Fifteen requests, each route's first: query plans compiled, the ingest
    // preview's language model and alias index built. Alone on a new database
    // this takes ~4.7 s, too close to Jest's default 5 s.
  }, 30_000);

  it('documents parameters with their constraints', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body;
    const nb = doc.paths['/api/nodes/{id}/neighborhood'].get;
    const depth = nb.parameters.find((p: { name: string }) => p.name === 'depth');
    expect(depth).toMatchObject({ in: 'query', schema: { minimum: 1, maximum: 3 } });
    expect(nb.parameters.find((p: { name: string }) => p.name === 'id')).toMatchObject({
      in: 'path',
      required: true,
    });
    expect(
      doc.paths['/api/cypher'].post.requestBody.content['application/json'].schema.required,
    ).toContain('query');
    // A route that answers something other than JSON says what.
    expect(Object.keys(doc.paths['/api/claims.csv'].get.responses[200].content)).toEqual([
      'text/csv',
    ]);
    expect(Object.keys(doc.paths['/api/claims'].get.responses[200].content)).toEqual([
      'application/json',
    ]);
  });
});
