import type { FormData, JsonSchema } from './form-types';
import { typeOf } from './ui-field';

function coerce(type: string, v: unknown): unknown {
  if ((type === 'number' || type === 'integer') && typeof v === 'string') {
    return v.trim() === '' ? undefined : Number(v.trim());
  }
  return v;
}

/**
 * The data to validate and send: numeric text becomes numbers, and empty answers (undefined, '')
 * are dropped so optional fields are absent rather than blank.
 */
export function compactData(schema: JsonSchema, data: FormData): FormData {
  const out: FormData = {};
  for (const [k, raw] of Object.entries(data)) {
    const prop = schema.properties?.[k];
    const v = prop ? coerce(typeOf(prop), raw) : raw;
    if (v === undefined || v === '') continue;
    out[k] = v;
  }
  return out;
}
