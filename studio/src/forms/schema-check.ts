/**
 * JSON Schema (draft-07, the keywords forms use) checked by interpretation — no generated code, so
 * the studio runs under a CSP without 'unsafe-eval' (ajv compiles schemas with `new Function`).
 * Errors have ajv's shape (keyword, instancePath, schemaPath, params, message), so rjsf and the
 * Chinese messages treat them as before; the server still validates every submission with ajv.
 */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message: string;
  parentSchema?: Schema;
}

export type Schema = boolean | { [keyword: string]: unknown };
/** Named string formats beyond the standard ones (the platform's `credit-code`, `mobile-cn`). */
export type Formats = Readonly<Record<string, RegExp | ((value: string) => boolean)>>;
type Obj = Record<string, unknown>;

/** Formats beyond the platform's own (ajv-formats' "fast" definitions of the common ones). */
const standardFormats: Formats = {
  date: (v) => isDate(v),
  time: /^\d\d:\d\d:\d\d(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
  'date-time': (v) => {
    const [day, time] = v.split(/t|\s/i);
    return (
      !!day && !!time && isDate(day) && /^\d\d:\d\d:\d\d(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i.test(time)
    );
  },
  email:
    /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
  uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
};

function isDate(v: string): boolean {
  const m = /^(\d\d\d\d)-(\d\d)-(\d\d)$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d >= 1 && d <= days;
}

function formatOk(name: string, value: string, formats: Formats): boolean {
  const format = formats[name] ?? standardFormats[name];
  if (!format) return true; // unknown formats are not checked (as ajv with strict: false)
  return typeof format === 'function' ? format(value) : format.test(value);
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Resolves a local `$ref` (`#/…`, also behind rjsf's root-schema prefix) in `root`. */
function resolveRef(ref: string, root: Schema): Schema {
  const pointer = ref.slice(ref.indexOf('#') + 1);
  let node: unknown = root;
  for (const part of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObj(node) || Array.isArray(node) ? (node as Obj)[key] : undefined;
  }
  if (node === undefined || (typeof node !== 'boolean' && !isObj(node)))
    throw new Error(`can't resolve reference ${ref}`);
  return node as Schema;
}

/** Every error of `data` against `schema` (whose `$ref`s point into `root`), with `formats` known. */
export function schemaErrors(
  schema: Schema,
  data: unknown,
  root: Schema = schema,
  formats: Formats = {},
): SchemaError[] {
  const errors: SchemaError[] = [];
  check(schema, data, { root, formats, instancePath: '', schemaPath: '#', errors });
  return errors;
}

interface Walk {
  root: Schema;
  formats: Formats;
  instancePath: string;
  schemaPath: string;
  errors: SchemaError[];
}

function check(schema: Schema, data: unknown, w: Walk): void {
  if (schema === true) return;
  if (schema === false) return fail(w, {}, 'false schema', 'boolean schema is false', {});
  const s = schema;
  const at = (keyword: string) => ({ ...w, schemaPath: `${w.schemaPath}/${keyword}` });
  if (typeof s.$ref === 'string') check(resolveRef(s.$ref, w.root), data, at('$ref'));
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => hasType(data, t)))
      return fail(at('type'), s, 'type', `must be ${types.join(',')}`, { type: types.join(',') });
  }
  if (Array.isArray(s.enum) && !s.enum.some((v) => deepEqual(v, data)))
    fail(at('enum'), s, 'enum', 'must be equal to one of the allowed values', { allowedValues: s.enum });
  if ('const' in s && !deepEqual(s.const, data))
    fail(at('const'), s, 'const', 'must be equal to constant', { allowedValue: s.const });
  if (typeof data === 'string') checkString(s, data, w);
  if (typeof data === 'number') checkNumber(s, data, w);
  if (Array.isArray(data)) checkArray(s, data, w);
  if (isObj(data)) checkObject(s, data, w);
  checkCombinators(s, data, w);
}

function fail(w: Walk, parent: Schema, keyword: string, message: string, params: Obj): void {
  w.errors.push({
    keyword,
    instancePath: w.instancePath,
    schemaPath: w.schemaPath,
    params,
    message,
    ...(typeof parent === 'object' ? { parentSchema: parent } : {}),
  });
}

/** `min<Limit>` / `max<Limit>` (Length, Items, Properties): the count of `what` within the bounds. */
function checkCount(
  s: Obj,
  w: Walk,
  limit: 'Length' | 'Items' | 'Properties',
  what: string,
  count: number,
): void {
  for (const [bound, words, outside] of [
    ['min', 'fewer than', (n: number) => count < n],
    ['max', 'more than', (n: number) => count > n],
  ] as const) {
    const keyword = `${bound}${limit}`;
    const n = s[keyword];
    if (typeof n === 'number' && outside(n))
      fail(
        { ...w, schemaPath: `${w.schemaPath}/${keyword}` },
        s,
        keyword,
        `must NOT have ${words} ${n} ${what}`,
        {
          limit: n,
        },
      );
  }
}

function checkString(s: Obj, data: string, w: Walk): void {
  const at = (k: string) => ({ ...w, schemaPath: `${w.schemaPath}/${k}` });
  checkCount(s, w, 'Length', 'characters', [...data].length);
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(data))
    fail(at('pattern'), s, 'pattern', `must match pattern "${s.pattern}"`, { pattern: s.pattern });
  if (typeof s.format === 'string' && !formatOk(s.format, data, w.formats))
    fail(at('format'), s, 'format', `must match format "${s.format}"`, { format: s.format });
}

function checkNumber(s: Obj, data: number, w: Walk): void {
  const bound = (keyword: string, broken: (limit: number) => boolean, comparison: string) => {
    const limit = s[keyword];
    if (typeof limit === 'number' && broken(limit))
      fail({ ...w, schemaPath: `${w.schemaPath}/${keyword}` }, s, keyword, `must be ${comparison} ${limit}`, {
        comparison,
        limit,
      });
  };
  bound('minimum', (l) => data < l, '>=');
  bound('maximum', (l) => data > l, '<=');
  bound('exclusiveMinimum', (l) => data <= l, '>');
  bound('exclusiveMaximum', (l) => data >= l, '<');
  if (typeof s.multipleOf === 'number' && !Number.isInteger(Number((data / s.multipleOf).toPrecision(12))))
    fail(
      { ...w, schemaPath: `${w.schemaPath}/multipleOf` },
      s,
      'multipleOf',
      `must be multiple of ${s.multipleOf}`,
      {
        multipleOf: s.multipleOf,
      },
    );
}

function checkArray(s: Obj, data: unknown[], w: Walk): void {
  const at = (k: string) => ({ ...w, schemaPath: `${w.schemaPath}/${k}` });
  const item = (i: number, schema: Schema, path: string) =>
    check(schema, data[i], {
      ...w,
      instancePath: `${w.instancePath}/${i}`,
      schemaPath: `${w.schemaPath}/${path}`,
    });
  if (Array.isArray(s.items)) {
    (s.items as Schema[]).forEach((schema, i) => i < data.length && item(i, schema, `items/${i}`));
    if (s.additionalItems !== undefined)
      for (let i = s.items.length; i < data.length; i++)
        item(i, s.additionalItems as Schema, 'additionalItems');
  } else if (s.items !== undefined) data.forEach((_, i) => item(i, s.items as Schema, 'items'));
  checkCount(s, w, 'Items', 'items', data.length);
  if (s.uniqueItems === true)
    for (let j = 1; j < data.length; j++) {
      const i = data.findIndex((x, k) => k < j && deepEqual(x, data[j]));
      if (i >= 0) {
        fail(
          at('uniqueItems'),
          s,
          'uniqueItems',
          `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
          {
            i,
            j,
          },
        );
        break;
      }
    }
  if (
    s.contains !== undefined &&
    !data.some((x) => schemaErrors(s.contains as Schema, x, w.root, w.formats).length === 0)
  )
    fail(at('contains'), s, 'contains', 'must contain at least 1 valid item(s)', { minContains: 1 });
}

function checkObject(s: Obj, data: Obj, w: Walk): void {
  const at = (k: string) => ({ ...w, schemaPath: `${w.schemaPath}/${k}` });
  const property = (key: string, schema: Schema, path: string) =>
    check(schema, data[key], {
      ...w,
      instancePath: `${w.instancePath}/${escape(key)}`,
      schemaPath: `${w.schemaPath}/${path}`,
    });
  if (Array.isArray(s.required))
    for (const key of s.required as string[])
      if (!(key in data))
        fail(at('required'), s, 'required', `must have required property '${key}'`, { missingProperty: key });
  const properties = isObj(s.properties) ? (s.properties as Record<string, Schema>) : {};
  const patterns = isObj(s.patternProperties) ? (s.patternProperties as Record<string, Schema>) : {};
  for (const key of Object.keys(data)) {
    const known = key in properties;
    if (known) property(key, properties[key] as Schema, `properties/${escape(key)}`);
    const matching = Object.keys(patterns).filter((p) => new RegExp(p, 'u').test(key));
    for (const p of matching) property(key, patterns[p] as Schema, `patternProperties/${escape(p)}`);
    if (known || matching.length || s.additionalProperties === undefined) continue;
    if (s.additionalProperties === false)
      fail(at('additionalProperties'), s, 'additionalProperties', 'must NOT have additional properties', {
        additionalProperty: key,
      });
    else property(key, s.additionalProperties as Schema, 'additionalProperties');
  }
  checkCount(s, w, 'Properties', 'properties', Object.keys(data).length);
  if (isObj(s.dependencies))
    for (const [key, dependency] of Object.entries(s.dependencies)) {
      if (!(key in data)) continue;
      if (Array.isArray(dependency)) {
        const missing = (dependency as string[]).filter((d) => !(d in data));
        if (missing.length)
          fail(
            at('dependencies'),
            s,
            'dependencies',
            `must have properties ${missing.join(', ')} when property ${key} is present`,
            {
              property: key,
              missingProperty: missing[0],
              depsCount: missing.length,
              deps: missing.join(', '),
            },
          );
      } else check(dependency as Schema, data, at(`dependencies/${escape(key)}`));
    }
}

function checkCombinators(s: Obj, data: unknown, w: Walk): void {
  const at = (k: string) => ({ ...w, schemaPath: `${w.schemaPath}/${k}` });
  const valid = (schema: Schema) => schemaErrors(schema, data, w.root, w.formats).length === 0;
  if (Array.isArray(s.allOf)) (s.allOf as Schema[]).forEach((sub, i) => check(sub, data, at(`allOf/${i}`)));
  if (Array.isArray(s.anyOf)) {
    const branches = (s.anyOf as Schema[]).map((sub, i) => {
      const errors: SchemaError[] = [];
      check(sub, data, { ...at(`anyOf/${i}`), errors });
      return errors;
    });
    if (!branches.some((e) => e.length === 0)) {
      w.errors.push(...branches.flat());
      fail(at('anyOf'), s, 'anyOf', 'must match a schema in anyOf', {});
    }
  }
  if (Array.isArray(s.oneOf)) {
    const passing = (s.oneOf as Schema[]).map((sub, i) => (valid(sub) ? i : -1)).filter((i) => i >= 0);
    if (passing.length !== 1)
      fail(at('oneOf'), s, 'oneOf', 'must match exactly one schema in oneOf', {
        passingSchemas: passing.length ? passing : null,
      });
  }
  if (s.not !== undefined && valid(s.not as Schema)) fail(at('not'), s, 'not', 'must NOT be valid', {});
  if (s.if !== undefined) {
    const branch = valid(s.if as Schema) ? 'then' : 'else';
    if (s[branch] === undefined) return;
    const before = w.errors.length;
    check(s[branch] as Schema, data, at(branch));
    if (w.errors.length > before)
      fail(at('if'), s, 'if', `must match "${branch}" schema`, { failingKeyword: branch });
  }
}
