// @ts-check
/**
 * What evaluating one admin-written expression means, shared by the main thread (the proven-bounded
 * FEEL fast path) and the evaluation workers. Plain JavaScript so a worker starts without the
 * TypeScript loader (about 0.5 s instead of 2 s under tsx); its types are in expression-eval.d.mts.
 */
import jsonata from 'jsonata';
import { evaluate } from 'feelin';

/** Largest result an expression may return, as JSON text (1 MB). */
export const maxResultChars = 1_000_000;

/** FEEL values as Zeebe serializes them: temporal values (date and time, duration) become ISO strings. */
export function feelToJson(value) {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(feelToJson);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if (typeof value.iso === 'string') return value.iso;
    if (typeof value.toISOString === 'function') return value.toISOString();
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = feelToJson(v);
    return out;
  }
  return null;
}

/** A FEEL expression (without Zeebe's leading `=`) evaluated against variables, as JSON. */
export function evaluateFeelText(expression, variables) {
  return feelToJson(evaluate(expression, variables).value);
}

/** Compiled JSONata per (tenant, expression), most recently used last; at most `maxCompiled`. */
const compiled = new Map();
const maxCompiled = 500;

function compileJsonata(tenant, expression) {
  const key = `${tenant}\n${expression}`;
  let expr = compiled.get(key);
  if (expr) compiled.delete(key);
  else expr = jsonata(expression);
  compiled.set(key, expr);
  if (compiled.size > maxCompiled) compiled.delete(compiled.keys().next().value);
  return expr;
}

/** JSONata results as JSON: sequences become arrays, functions and undefined disappear. */
function jsonataToJson(value) {
  if (value === undefined) return null;
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}

/**
 * Evaluates one item; never throws: a syntax or runtime error is an outcome. A result larger than
 * `maxResultChars` is refused (it could not be stored or sent back anyway).
 */
export async function evaluateItem(tenant, item) {
  try {
    const value =
      item.language === 'feel'
        ? evaluateFeelText(item.expression, item.input)
        : jsonataToJson(await compileJsonata(tenant, item.expression).evaluate(item.input));
    const size =
      typeof value === 'string' ? value.length : typeof value === 'object' ? JSON.stringify(value).length : 0;
    if (value !== null && size > maxResultChars)
      return { ok: false, error: `result larger than ${maxResultChars} characters` };
    return { ok: true, value };
  } catch (e) {
    // jsonata throws plain objects ({ code, message }), $error's among them: keep their message
    const message = e instanceof Error ? e.message : typeof e?.message === 'string' ? e.message : String(e);
    return { ok: false, error: message };
  }
}
