import type { JsonValue } from '../../../api/definition-types';

export interface JsonChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: JsonValue;
  after?: JsonValue;
}

const isObj = (v: JsonValue | undefined): v is { [k: string]: JsonValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Leaf-level differences between two JSON values, as JSON pointers. */
export function jsonDiff(a: JsonValue | undefined, b: JsonValue | undefined, path = ''): JsonChange[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a === undefined) return [{ path: path || '/', kind: 'added', after: b }];
  if (b === undefined) return [{ path: path || '/', kind: 'removed', before: a }];
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: JsonChange[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...jsonDiff(a[i], b[i], `${path}/${i}`));
    return out;
  }
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => jsonDiff(a[k], b[k], `${path}/${k}`));
  }
  return [{ path: path || '/', kind: 'changed', before: a, after: b }];
}
