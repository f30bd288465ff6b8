/**
 * The JSON Schema of a `RuleSource` is `#/definitions/ruleSource` of `mechanism.schema.json` (the
 * studio reads that one schema); forms (`x-source`) and scenarios (`source`) are checked against it.
 */
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import type { RuleSource } from './rule-source.js';
import { createAjv, type SchemaValidator } from './validate/create-ajv.js';

export const mechanismSchemaUrl = new URL('./mechanism.schema.json', import.meta.url);
export const mechanismSchemaId = 'https://qiye-fuwu.example/schemas/mechanism.schema.json';
export const ruleSourceRef = `${mechanismSchemaId}#/definitions/ruleSource`;

let mechanismSchema: Record<string, unknown> | undefined;
let validateSource: ValidateFunction<RuleSource> | undefined;

export function loadMechanismSchema(): Record<string, unknown> {
  mechanismSchema ??= JSON.parse(readFileSync(mechanismSchemaUrl, 'utf8')) as Record<string, unknown>;
  return mechanismSchema;
}

/** A draft-07 validator that knows the mechanism schema, so other schemas may `$ref` its definitions. */
export function ajvWithMechanismSchema(): SchemaValidator {
  const ajv = createAjv(undefined);
  ajv.addSchema(loadMechanismSchema());
  return ajv;
}

export function isRuleSource(value: unknown): value is RuleSource {
  validateSource ??= ajvWithMechanismSchema().compile<RuleSource>({ $ref: ruleSourceRef });
  return validateSource(value);
}
