/**
 * Routes are declared once, with their zod schemas: the same declaration mounts
 * the Express handler and writes the OpenAPI document, so the two cannot drift.
 */
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { parseBody, parseParams, parseQuery, refuseUnknownQuery } from './validate';

type Method = 'get' | 'post';

export interface RouteSpec<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  method: Method;
  /** Express path under /api, e.g. "/nodes/:id". */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: Q;
  params?: P;
  body?: B;
  /** Status codes this route can answer besides 200, with what they mean. */
  errors?: Record<number, string>;
  /** The 200 answer's media type when it is not JSON (the handler then sends it). */
  produces?: string;
  /** Middleware run before validation (rate limits, auth). */
  before?: RequestHandler[];
  handler: (
    input: { query: z.infer<Q>; params: z.infer<P>; body: z.infer<B> },
    req: Request,
    res: Response,
  ) => Promise<unknown>;
}

export interface RegisteredRoute {
  method: Method;
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  errors: Record<number, string>;
  produces?: string;
}

export class RouteRegistry {
  readonly routes: RegisteredRoute[] = [];
  readonly router = Router();

  add<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType>(
    spec: RouteSpec<Q, P, B>,
  ): void {
    const { method, path, handler, before = [], query, params, body } = spec;
    this.routes.push({
      method,
      path,
      summary: spec.summary,
      description: spec.description,
      tags: spec.tags,
      query,
      params,
      body,
      errors: { 400: 'Invalid input; the message names the field', ...spec.errors },
      produces: spec.produces,
    });
    const knownQuery = parametersOf(query, 'query').map((p) => p.name);
    this.router[method](path, ...before, async (req, res) => {
      refuseUnknownQuery(req, knownQuery);
      const input = {
        query: query ? parseQuery(query, req) : {},
        params: params ? parseParams(params, req) : {},
        body: body ? parseBody(body, req) : {},
      } as { query: z.infer<Q>; params: z.infer<P>; body: z.infer<B> };
      const result = await handler(input, req, res);
      if (!res.headersSent) res.json(result);
    });
  }
}

/** "/nodes/:id/neighborhood" → "/nodes/{id}/neighborhood" */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z_]+)/g, '{$1}');

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const s = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete s.$schema;
  return s;
}

function parametersOf(schema: z.ZodType | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const js = jsonSchema(schema) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(js.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    description: typeof prop.description === 'string' ? prop.description : undefined,
    schema: prop,
  }));
}

export function openApiDocument(routes: RegisteredRoute[], extra: Record<string, unknown> = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const p = `/api${openApiPath(r.path)}`;
    const responses: Record<string, unknown> = {
      200: {
        description: 'OK',
        content: r.produces
          ? { [r.produces]: { schema: { type: 'string' } } }
          : { 'application/json': { schema: { type: 'object' } } },
      },
    };
    for (const [code, description] of Object.entries(r.errors)) {
      responses[code] = {
        description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    (paths[p] ??= {})[r.method] = {
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      tags: r.tags,
      operationId: `${r.method}${r.path.replace(/[/:](\w)/g, (_m, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
      parameters: [...parametersOf(r.params, 'path'), ...parametersOf(r.query, 'query')],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(r.body) } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Claimgraph API',
      version: '0.1.0',
      description:
        'Who-said-what knowledge graph: subgraphs, search, provenance, figures, paths and read-only Cypher.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'string' }, details: {} },
        },
      },
    },
    ...extra,
  };
}
