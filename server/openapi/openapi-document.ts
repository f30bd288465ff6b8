import type { JsonObject } from '../../runtime/common/json.js';
import type { RegisteredRoute } from './api-router.js';
import { errorSchema } from '../../runtime/contract/common.js';

function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function parameters(route: RegisteredRoute): JsonObject[] {
  const params: JsonObject[] = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
    name: m[1] as string,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = (route.query?.properties ?? {}) as Record<string, JsonObject>;
  for (const [name, schema] of Object.entries(query))
    params.push({ name, in: 'query', required: false, schema });
  return params;
}

/** A success answer: no content (204), a browser redirect (303), a file of its media type, or JSON. */
function success(schema: JsonObject, status: number): JsonObject {
  if (status === 204) return { description: 'No content' };
  if (status === 303)
    return {
      description: typeof schema.description === 'string' ? schema.description : 'See Other',
      headers: { Location: { schema: { type: 'string' } } },
    };
  const media = typeof schema.contentMediaType === 'string' ? schema.contentMediaType : 'application/json';
  return { description: 'OK', content: { [media]: { schema } } };
}

/** OpenAPI 3.1 document generated from the registered routes. */
export function openApiDocument(routes: RegisteredRoute[]): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const r of routes) {
    const ops = (paths[openApiPath(r.path)] ??= {});
    const op: JsonObject = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${r.path.replace(/[^A-Za-z0-9]+/g, '_')}`,
      parameters: parameters(r),
      responses: {
        [String(r.status ?? 200)]: success(r.response, r.status ?? 200),
        '4XX': {
          description: 'Client error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
    if (r.permission !== 'public') {
      op.security = [{ bearer: [] }, { cookie: [] }];
      op['x-permission'] = r.permission;
    }
    if (r.tenant) op['x-tenant'] = r.tenant;
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: r.body } } };
    ops[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: '企业诉求服务平台 API (enterprise request platform)', version: '1.0.0' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'session',
          description: 'HttpOnly session cookie set by login; unsafe methods also need X-CSRF-Token',
        },
      },
      // the contract's constants are readonly JSON: the document holds them as they are
      schemas: { Error: errorSchema as unknown as JsonObject },
    },
    paths,
  };
}
