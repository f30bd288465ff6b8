import type { FormData, JsonSchema, PropertySchema } from './form-types';
import { requiredFields } from './required-fields';
import { typeOf } from './ui-field';

export type Rule =
  'required' | 'minLength' | 'maxLength' | 'pattern' | 'enum' | 'type' | 'minimum' | 'maximum' | 'format';

export interface FieldProblem {
  rule: Rule;
  limit?: number;
}

const formats: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

function matchesPattern(pattern: string, v: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(v);
  } catch {
    return true; // a pattern this browser cannot compile is left to the server
  }
}

function checkValue(prop: PropertySchema, v: unknown): FieldProblem | null {
  const type = typeOf(prop);
  if (prop.enum && !prop.enum.includes(v)) return { rule: 'enum' };
  if (type === 'integer' && !(typeof v === 'number' && Number.isInteger(v))) return { rule: 'type' };
  if (type === 'number' && !(typeof v === 'number' && Number.isFinite(v))) return { rule: 'type' };
  if (typeof v === 'number') {
    if (prop.minimum !== undefined && v < prop.minimum) return { rule: 'minimum', limit: prop.minimum };
    if (prop.maximum !== undefined && v > prop.maximum) return { rule: 'maximum', limit: prop.maximum };
  }
  if (typeof v !== 'string') return null;
  const length = [...v].length; // JSON Schema counts code points
  if (prop.minLength !== undefined && length < prop.minLength)
    return { rule: 'minLength', limit: prop.minLength };
  if (prop.maxLength !== undefined && length > prop.maxLength)
    return { rule: 'maxLength', limit: prop.maxLength };
  if (prop.pattern && !matchesPattern(prop.pattern, v)) return { rule: 'pattern' };
  const format = prop.format ? formats[prop.format] : undefined;
  if (format && !format.test(v)) return { rule: 'format' };
  return null;
}

/**
 * Client-side check before sending: required (incl. if/then), type, enum, length, pattern, range.
 * The server validates again with the full schema; this only saves a round trip.
 */
export function validateForm(schema: JsonSchema, data: FormData): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const required = requiredFields(schema, data);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const v = data[name];
    const empty = v === undefined || v === '';
    if (empty) {
      if (required.has(name)) problems[name] = { rule: 'required' };
      continue;
    }
    const problem = checkValue(prop, v);
    if (problem) problems[name] = problem;
  }
  return problems;
}
