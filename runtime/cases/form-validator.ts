import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ErrorDetail } from '../common/errors.js';
import { InputError } from '../common/errors.js';
import type { JsonObject } from '../common/json.js';
import { addFormFormats } from '../forms/form-formats.js';
import { localizeFormErrors } from '../forms/form-messages.js';
import { re2RegExp } from '../forms/form-patterns.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * Compiles JSON-Schema forms once and validates submitted data, reporting field paths. Patterns run
 * in re2js (linear time), never in the backtracking RegExp engine.
 */
export class FormValidator {
  #ajv = addFormFormats(addFormats(new Ajv({ allErrors: true, strict: false, code: { regExp: re2RegExp } })));
  #cache = new Map<JsonObject, ValidateFunction>();

  validate(schema: JsonObject, data: unknown, pathPrefix: string): void {
    let fn = this.#cache.get(schema);
    if (!fn) {
      fn = this.#ajv.compile(schema);
      this.#cache.set(schema, fn);
    }
    if (fn(data)) return;
    // the details are shown beside the field: in Chinese (校验提示)
    const errors = localizeFormErrors([...(fn.errors ?? [])], data);
    throw new InputError('form data is invalid', toDetails(errors, pathPrefix), 'invalid_form_data');
  }
}

export function toDetails(errors: ErrorObject[], pathPrefix: string): ErrorDetail[] {
  return errors
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const missing =
        e.keyword === 'required'
          ? `/${String((e.params as { missingProperty: string }).missingProperty)}`
          : '';
      const extra =
        e.keyword === 'additionalProperties'
          ? `/${String((e.params as { additionalProperty: string }).additionalProperty)}`
          : '';
      return { path: `${pathPrefix}${e.instancePath}${missing}${extra}`, reason: e.message ?? e.keyword };
    });
}
