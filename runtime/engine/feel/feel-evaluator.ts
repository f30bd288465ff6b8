import { evaluate } from 'feelin';
import type { JsonObject, JsonValue } from '../../common/json.js';

/** True when a Zeebe attribute value is a FEEL expression (`=expr`) rather than a static value. */
export function isFeel(value: string): boolean {
  return value.startsWith('=');
}

interface TemporalLike {
  iso?: unknown;
  toISOString?: () => string;
}

/** FEEL temporal values (date and time, duration) become ISO strings, as Zeebe serializes them. */
function toJson(value: unknown): JsonValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const t = value as TemporalLike;
    if (typeof t.iso === 'string') return t.iso;
    if (typeof t.toISOString === 'function') return t.toISOString();
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJson(v);
    return out;
  }
  return null;
}

/** Evaluate `=expr` (or a bare FEEL expression) against variables. Static values pass through. */
export function evaluateFeel(expression: string, variables: JsonObject): JsonValue {
  if (!isFeel(expression)) return expression;
  const { value } = evaluate(expression.slice(1), variables);
  return toJson(value);
}

/** Candidate groups: `=expr` yielding a list or a comma-separated string, or a static CSV. */
export function evaluateList(expression: string | undefined, variables: JsonObject): string[] {
  if (!expression) return [];
  const value = evaluateFeel(expression, variables);
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map((v) => String(v).trim()).filter((v) => v.length > 0);
}
