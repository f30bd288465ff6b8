/**
 * Each form's `forms/<key>.schema.json` must be a JSON Schema of an object that strict Ajv (with
 * ajv-formats) compiles, and its `forms/<key>.ui.json` must be an object. Ajv's strict-mode notices
 * are warnings. Every `pattern` must be expressible in RE2, the linear-time engine it runs in on
 * the server: a backreference or lookaround is refused at its JSON pointer, with a Chinese reason.
 */
import type { DefinitionProblem, FormResource } from '../definition-bundle.js';
import { isJsonObject } from '../../common/json.js';
import { patternProblem, schemaPatterns } from '../../forms/form-patterns.js';
import { createAjv } from './create-ajv.js';

export function checkFormSchemas(forms: readonly FormResource[]): DefinitionProblem[] {
  return forms.flatMap((form) => [...checkSchema(form), ...checkUi(form)]);
}

function checkSchema(form: FormResource): DefinitionProblem[] {
  const file = `forms/${form.key}.schema.json`;
  const problems: DefinitionProblem[] = [];
  const warn = (reason: string): void => void problems.push({ file, reason, severity: 'warning' });
  if (!isJsonObject(form.schema)) return [{ file, reason: 'must be a JSON object', severity: 'error' }];
  if (form.schema['type'] !== 'object')
    problems.push({
      file,
      path: '/type',
      reason: 'a form schema must have type "object"',
      severity: 'error',
    });
  const patterns = schemaPatterns(form.schema).flatMap(({ pointer, pattern }) => {
    const reason = patternProblem(pattern);
    return reason
      ? [{ file, path: pointer, reason: `${reason}：${pattern}`, severity: 'error' as const }]
      : [];
  });
  if (patterns.length > 0) return [...problems, ...patterns];
  try {
    createAjv(form.schema['$schema'], warn).compile(form.schema);
  } catch (e) {
    problems.push({
      file,
      reason: `invalid JSON Schema: ${e instanceof Error ? e.message : String(e)}`,
      severity: 'error',
    });
  }
  return problems;
}

function checkUi(form: FormResource): DefinitionProblem[] {
  if (isJsonObject(form.ui)) return [];
  return [{ file: `forms/${form.key}.ui.json`, reason: 'must be a JSON object', severity: 'error' }];
}
