import { Router, type RequestHandler } from 'express';
import type { JsonObject } from '../../runtime/common/json.js';
import { authorize } from '../auth/authorize.js';
import type { Action } from '../auth/permissions.js';
import { routePermissions } from '../auth/route-permissions.js';
import type { Store } from '../../runtime/store/store.js';
import { auditContext } from '../http/audit-context.js';
import { validateBody, validateQuery } from '../http/request-schema.js';
import { markRoute } from '../http/route-context.js';

type Method = 'get' | 'post' | 'put' | 'delete';

export interface RouteSpec {
  summary: string;
  tag: string;
  /** JSON Schema of the request body; validated before the handler runs. */
  body?: JsonObject;
  /** JSON Schema (object of string properties) of the query. */
  query?: JsonObject;
  /** JSON Schema of the 2xx response body. */
  response?: JsonObject;
  status?: number;
  /** False for the login route only. */
  auth?: boolean;
  /** The policy action (server/auth/permissions.ts); defaults to the route's entry in `routePermissions`. */
  permission?: Action;
}

export interface RegisteredRoute extends RouteSpec {
  method: Method;
  path: string;
}

/**
 * An express router that records every route's spec, so the OpenAPI document is generated from
 * the very schemas that validate requests (it cannot drift from the code).
 */
export class ApiRouter {
  readonly router = Router();
  readonly routes: RegisteredRoute[] = [];

  constructor(
    readonly prefix: string,
    private readonly authenticate: RequestHandler,
    private readonly store: Store,
  ) {}

  get(path: string, spec: RouteSpec, handler: RequestHandler): void {
    this.#add('get', path, spec, handler);
  }
  post(path: string, spec: RouteSpec, handler: RequestHandler): void {
    this.#add('post', path, spec, handler);
  }
  put(path: string, spec: RouteSpec, handler: RequestHandler): void {
    this.#add('put', path, spec, handler);
  }
  delete(path: string, spec: RouteSpec, handler: RequestHandler): void {
    this.#add('delete', path, spec, handler);
  }

  #add(method: Method, path: string, spec: RouteSpec, handler: RequestHandler): void {
    const key = `${method.toUpperCase()} ${path}`;
    const permission = spec.permission ?? routePermissions[key];
    this.routes.push({
      ...spec,
      ...(permission ? { permission } : {}),
      method,
      path: `${this.prefix}${path}`,
    });
    const chain: RequestHandler[] = [markRoute(key)];
    if (spec.auth !== false)
      chain.push(this.authenticate, authorize(permission, key), auditContext(this.store, permission));
    if (spec.query) chain.push(validateQuery(spec.query));
    if (spec.body) chain.push(validateBody(spec.body));
    this.router[method](path, ...chain, handler);
  }
}
