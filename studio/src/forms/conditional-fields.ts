import type { RJSFSchema } from '@rjsf/utils';
import { schemaErrors, type Schema } from './schema-check.js';
import { formFormats } from '../../../runtime/forms/form-formats.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A branch of an `if`: the condition (its properties required) and the fields it asks for. */
interface Branch {
  when: Schema;
  fields: string[];
}

const namedIn = (s: unknown): string[] =>
  isObj(s)
    ? [
        ...((s.required as string[] | undefined) ?? []),
        ...Object.keys(isObj(s.properties) ? s.properties : {}),
      ]
    : [];

/**
 * An `if` over properties that are absent holds in JSON Schema, so a form would ask for every
 * branch's fields before anything is chosen. Here a condition holds only once its properties have
 * a value: the `if` requires them (the server's schema is unchanged; it validates the same data).
 */
function answered(condition: unknown): Schema {
  if (!isObj(condition)) return condition as Schema;
  const named = Object.keys(isObj(condition.properties) ? condition.properties : {});
  const required = [...new Set([...((condition.required as string[] | undefined) ?? []), ...named])];
  return { ...condition, required };
}

function conditionsOf(schema: Obj): Obj[] {
  const all = Array.isArray(schema.allOf) ? (schema.allOf as unknown[]).filter(isObj) : [];
  return 'if' in schema ? [schema, ...all] : all;
}

/** The schema as the form asks it: each `if` holds only once its properties are answered. */
export function withAnsweredConditions(schema: RJSFSchema): RJSFSchema {
  const fix = (s: Obj): Obj => ('if' in s ? { ...s, if: answered(s.if) } : s);
  const root = fix(schema as Obj);
  if (Array.isArray(root.allOf)) root.allOf = (root.allOf as unknown[]).map((s) => (isObj(s) ? fix(s) : s));
  return root as RJSFSchema;
}

/** Fields asked for only by a branch of a condition (not required at the top level). */
function branches(schema: RJSFSchema): Branch[] {
  const always = new Set((schema.required as string[] | undefined) ?? []);
  return conditionsOf(schema as Obj).flatMap((c) => {
    const when = answered(c.if);
    const out: Branch[] = [{ when, fields: namedIn(c.then).filter((f) => !always.has(f)) }];
    if (c.else !== undefined)
      out.push({ when: { not: when }, fields: namedIn(c.else).filter((f) => !always.has(f)) });
    return out;
  });
}

/**
 * The fields that do not apply to the data as it stands: a field named only in `then`/`else`
 * branches is shown once one of its branches holds (受理 asks for 诉求类别, 不予受理 for its reason).
 */
export function inapplicableFields(schema: RJSFSchema, data: unknown): string[] {
  const all = branches(schema);
  const conditional = new Set(all.flatMap((b) => b.fields));
  const holds = (b: Branch) => schemaErrors(b.when, data ?? {}, schema as Schema, formFormats).length === 0;
  const shown = new Set(all.filter(holds).flatMap((b) => b.fields));
  return [...conditional].filter((f) => !shown.has(f));
}
