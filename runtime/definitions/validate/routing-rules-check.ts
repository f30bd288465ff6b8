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

export function checkRoutingRules(mechanism: Mechanism): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const { admissibility, classSuggestion } = mechanism.routing;
  for (const [rule, expression] of Object.entries({ admissibility, classSuggestion })) {
    const error = jsonataSyntaxError(expression);
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
