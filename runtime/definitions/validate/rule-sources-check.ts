/**
 * Every rule says where it comes from. mechanism.json's `source` fields are checked by its schema;
 * here: every form names its rule (`x-source` at the root of the form schema) and every `x-source`
 * is a `RuleSource` — policy (clause + exact quote) or platform default (note). Quotes are checked
 * against the policy text by `checkPolicyQuotes` wherever the text is at hand (defs:validate, CI).
 */
import { isJsonObject } from '../../common/json.js';
import type { DefinitionProblem, RawDefinitionBundle } from '../definition-bundle.js';
import { isRuleSource } from '../rule-source-schema.js';
import { formSources } from './rule-sources.js';

export function checkRuleSources(bundle: Pick<RawDefinitionBundle, 'forms'>): DefinitionProblem[] {
  const problems: DefinitionProblem[] = bundle.forms
    .filter((form) => isJsonObject(form.schema) && !('x-source' in form.schema))
    .map((form) => ({
      file: `forms/${form.key}.schema.json`,
      path: '/x-source',
      reason:
        'a form must say where its rule comes from: x-source { kind: "policy", clause, quote } or { kind: "default", note }',
      severity: 'error',
    }));
  for (const { file, path, value } of formSources(bundle))
    if (!isRuleSource(value))
      problems.push({
        file,
        path,
        reason: 'x-source must be { kind: "policy", clause, quote } or { kind: "default", note }',
        severity: 'error',
      });
  return problems;
}
