/**
 * `mechanism.json` must match `mechanism.schema.json`, the published JSON Schema of the `Mechanism`
 * type. Each Ajv error becomes one problem whose path is the JSON pointer of the offending value.
 */
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { DefinitionProblem } from '../definition-bundle.js';
import type { Mechanism } from '../mechanism.js';
import { createAjv } from './create-ajv.js';

export const mechanismFile = 'mechanism.json';

let validate: ValidateFunction<Mechanism> | undefined;

function mechanismValidator(): ValidateFunction<Mechanism> {
  if (!validate) {
    const schema = JSON.parse(
      readFileSync(new URL('../mechanism.schema.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    validate = createAjv(schema['$schema']).compile<Mechanism>(schema);
  }
  return validate;
}

/** Whether the value is a schema-valid mechanism. */
export function isMechanism(value: unknown): value is Mechanism {
  return mechanismValidator()(value);
}

export function checkMechanismSchema(mechanism: unknown): DefinitionProblem[] {
  const check = mechanismValidator();
  if (check(mechanism)) return [];
  return (check.errors ?? []).map((error) => ({
    file: mechanismFile,
    path: error.instancePath,
    reason: describe(error),
    severity: 'error',
  }));
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (typeof params['additionalProperty'] === 'string')
    return `${error.message ?? 'invalid'}: "${params['additionalProperty']}"`;
  if (Array.isArray(params['allowedValues']))
    return `${error.message ?? 'invalid'}: ${params['allowedValues'].join(', ')}`;
  return error.message ?? `fails ${error.keyword}`;
}
