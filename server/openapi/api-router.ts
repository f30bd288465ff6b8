import { Router, type RequestHandler } from 'express';
import type { JsonObject } from '../../runtime/common/json.js';
import { authorize } from '../auth/authorize.js';
import type { Action } from '../auth/permissions.js';
import { tenantGuard, type TenantScope } from '../auth/tenant-guard.js';
import type { Store } from '../../runtime/store/store.js';
import { auditContext } from '../http/audit-context.js';
import { validateBody, validateQuery } from '../http/request-schema.js';
import { markRoute } from '../http/route-context.js';

type Method = 'get' | 'post' | 'put' | 'delete';

/** The names of a path's parameters: `'j' | 'id'` for `/jurisdictions/:j/cases/:id`. */
export type PathParams<P extends string> = string extends P
  ? string
  : P extends `${string}:${infer Name}/${infer Rest}`
    ? Name | PathParams<`/${Rest}`>
    : P extends `${string}:${infer Name}`
      ? Name
      : never;

/**
 * Who may call a route, checked by the router before the handler: the policy action
 * (server/auth/permissions.ts) and the tenant whose data it touches — or `public` (no session).
 */
export type RouteAccess<P extends string> =
  { permission: Action; tenant: TenantScope<PathParams<P>> } | { permission: 'public'; tenant?: never };

/** A JSON Schema: a `JsonObject`, or an `as const` constant of runtime/contract/. */
export type Schema = { readonly [key: string]: unknown };

export interface RouteDoc<S = Schema> {
  summary: string;
  tag: string;
  /** JSON Schema of the request body; validated before the handler runs. */
  body?: S;
  /** JSON Schema (object of string properties) of the query. */
  query?: S;
  /** JSON Schema of the 2xx response body (`noContent` for 204, `fileOf(type)` for a download). */
  response: S;
  /** The success status (default 200); 303 only for a browser redirect (the SSO callback). */
  status?: 200 | 201 | 202 | 204 | 303;
}

export type RouteSpec<P extends string = string> = RouteDoc & RouteAccess<P>;

export type RegisteredRoute = RouteDoc<JsonObject> & {
  permission: Action | 'public';
  tenant: TenantScope | null;
  method: Method;
  path: string;
};

/**
 * An express router that records every route's spec, so the OpenAPI document is generated from
 * the very schemas that validate requests (it cannot drift from the code), and that enforces what
 * each spec declares: the session, the policy action, the query and body, then the tenant.
 */
export class ApiRouter {
  readonly router = Router();
  readonly routes: RegisteredRoute[] = [];

  constructor(
    readonly prefix: string,
    private readonly authenticate: RequestHandler,
    private readonly store: Store,
  ) {}

  get<P extends string>(path: P, spec: RouteSpec<P>, handler: RequestHandler): void {
    this.#add('get', path, spec, handler);
  }
  post<P extends string>(path: P, spec: RouteSpec<P>, handler: RequestHandler): void {
    this.#add('post', path, spec, handler);
  }
  put<P extends string>(path: P, spec: RouteSpec<P>, handler: RequestHandler): void {
    this.#add('put', path, spec, handler);
  }
  delete<P extends string>(path: P, spec: RouteSpec<P>, handler: RequestHandler): void {
    this.#add('delete', path, spec, handler);
  }

  #add(method: Method, path: string, spec: RouteSpec, handler: RequestHandler): void {
    const key = `${method.toUpperCase()} ${path}`;
    const doc = spec as RouteDoc<JsonObject> & RouteAccess<string>;
    this.routes.push({ ...doc, tenant: spec.tenant ?? null, method, path: `${this.prefix}${path}` });
    const chain: RequestHandler[] = [markRoute(key)];
    if (spec.permission !== 'public')
      chain.push(this.authenticate, authorize(spec.permission), auditContext(this.store, spec.permission));
    if (doc.query) chain.push(validateQuery(doc.query));
    if (doc.body) chain.push(validateBody(doc.body));
    if (spec.tenant) chain.push(tenantGuard(spec.tenant, this.store));
    this.router[method](path, ...chain, handler);
  }
}
