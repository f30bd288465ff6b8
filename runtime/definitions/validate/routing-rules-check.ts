/**
 * The routing rules (分办规则) in `mechanism.json` are JSONata expressions; each must compile, so a
 * typo fails at publish time rather than on the first case.
 */
import jsonata from 'jsonata';
import type { DefinitionProblem } from '../definition-bundle.js';
import type { Mechanism } from '../mechanism.js';
import { mechanismFile } from './mechanism-schema-check.js';

/** The compile error of a JSONata expression, or null when it compiles. */
export function jsonataSyntaxError(expression: string): string | null {
  try {
    jsonata(expression);
    return null;
  } catch (e) {
    const { message, position } = e as { message?: unknown; position?: unknown };
    const at = typeof position === 'number' ? ` at position ${position}` : '';
    return `${typeof message === 'string' ? message : String(e)}${at}`;
  }
}

/** Longest JSONata rule a mechanism may hold (platform default: compiling stays cheap). */
const maxRuleLength = 4000;

/** The JSONata rules of `mechanism.routing` by name (its `source` fields say where they come from). */
export function routingRuleEntries(mechanism: Mechanism): [name: string, expression: string][] {
  const { admissibility, classSuggestion } = mechanism.routing;
  return Object.entries({ admissibility, classSuggestion });
}

export function checkRoutingRules(mechanism: Mechanism): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const [rule, expression] of routingRuleEntries(mechanism)) {
    const error =
      expression.length > maxRuleLength
        ? `规则过长（${expression.length} 字符，上限 ${maxRuleLength}）`
        : jsonataSyntaxError(expression);
    if (error)
      problems.push({
        file: mechanismFile,
        path: `/routing/${rule}`,
        reason: `invalid JSONata: ${error}`,
        severity: 'error',
      });
  }
  return problems;
}
