import { Router, type RequestHandler } from 'express';
import type { JsonObject } from '../../runtime/common/json.js';
import { validateBody, validateQuery } from '../http/request-schema.js';

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
  ) {}

  get(path: string, spec: RouteSpec, handler: RequestHandler): void {
    this.#add('get', path, spec, handler);
  }
  post(path: string, spec: RouteSpec, handler: RequestHandler): void {
    this.#add('post', path, spec, handler);
  }

  #add(method: Method, path: string, spec: RouteSpec, handler: RequestHandler): void {
    this.routes.push({ ...spec, method, path: `${this.prefix}${path}` });
    const chain: RequestHandler[] = spec.auth === false ? [] : [this.authenticate];
    if (spec.query) chain.push(validateQuery(spec.query));
    if (spec.body) chain.push(validateBody(spec.body));
    this.router[method](path, ...chain, handler);
  }
}
