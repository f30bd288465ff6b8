import { Ajv, type ValidateFunction } from 'ajv';
import type { RequestHandler } from 'express';
import { InputError } from '../../runtime/common/errors.js';
import type { JsonObject } from '../../runtime/common/json.js';
import { toDetails } from '../../runtime/cases/form-validator.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const cache = new WeakMap<JsonObject, ValidateFunction>();

function compiled(schema: JsonObject): ValidateFunction {
  let fn = cache.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    cache.set(schema, fn);
  }
  return fn;
}

/**
 * Validates `req.body` against a JSON Schema; 400 with field paths on failure. The same schema is in
 * the OpenAPI document. A route that declares a body requires one (a JSON object), even when every
 * field is optional: without it the answer is 400 `invalid_body` at the body's root, never a handler
 * reading fields of nothing.
 */
export function validateBody(schema: JsonObject): RequestHandler {
  const fn = compiled(schema);
  return (req, _res, next) => {
    if (req.body === undefined || req.body === null)
      throw new InputError(
        'a JSON body is required',
        [{ path: '', reason: 'send a JSON object with Content-Type: application/json' }],
        'invalid_body',
      );
    if (!fn(req.body))
      throw new InputError('request body is invalid', toDetails(fn.errors ?? [], ''), 'invalid_body');
    next();
  };
}

/** Validates query parameters (strings) against a schema of string properties. */
export function validateQuery(schema: JsonObject): RequestHandler {
  const fn = compiled(schema);
  return (req, _res, next) => {
    if (!fn({ ...(req.query as object) }))
      throw new InputError('query is invalid', toDetails(fn.errors ?? [], '/query'), 'invalid_query');
    next();
  };
}
