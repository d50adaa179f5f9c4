import request from 'supertest';
import { testApp } from '../support/app';
import { testDb } from '../support/db';

const db = testDb();
const app = testApp(db);
afterAll(() => db.close());

/** The routes the API serves, as an analyst would call them. */
const EXAMPLES: Record<string, string> = {
  'get /api/search': '/api/search?q=kursk',
  'get /api/nodes/{id}': '/api/nodes/act-kim-jong-un',
  'get /api/nodes/{id}/neighborhood': '/api/nodes/act-kim-jong-un/neighborhood',
  'get /api/graph/overview': '/api/graph/overview',
  'get /api/paths': '/api/paths?from=act-kim-jong-un&to=act-vladimir-putin',
  'get /api/claims': '/api/claims',
  'get /api/sources/{id}': '/api/sources/src-fakti-isw-north-korean-pows',
  'get /api/figures': '/api/figures',
  'post /api/cypher': '/api/cypher',
  'get /api/openapi.json': '/api/openapi.json',
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
      const url = EXAMPLES[key];
      expect(url).toBeDefined();
      const [method] = key.split(' ');
      const res =
        method === 'post'
          ? await request(app).post(url!).send({ query: 'RETURN 1 AS one' })
          : await request(app).get(url!);
      expect({ key, status: res.status }).toEqual({ key, status: 200 });
    }
  });

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
  });
});
