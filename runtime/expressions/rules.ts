/**
 * JSONata rules of a mechanism (分办规则, 政策计算器, 一企一策) evaluated for a tenant through the
 * expression evaluator, in one batch per call: past the budget ExpressionBudgetError (naming the
 * rule), a rule that fails at run time an Error.
 */
import type { JsonObject, JsonValue } from '../common/json.js';
import { budgetError } from './expression-budget.js';
import { expressionEvaluator } from './expression-evaluator.js';
import { exceeded } from './expression-protocol.js';

export interface NamedRule {
  /** What the rule is, for messages (e.g. `路由规则 admissibility`). */
  name: string;
  /** Where it is in mechanism.json (JSON pointer). */
  path: string;
  expression: string;
}

/** Each rule's value on the same input, in order. */
export async function evaluateRules(
  tenant: string,
  rules: NamedRule[],
  input: JsonObject,
): Promise<JsonValue[]> {
  const evaluator = expressionEvaluator();
  const items = rules.map((r) => ({ language: 'jsonata' as const, expression: r.expression, input }));
  const outcomes = await evaluator.evaluate(tenant, items);
  return outcomes.map((outcome, i) => {
    const rule = rules[i] as NamedRule;
    if (outcome.ok) return outcome.value;
    if (exceeded(outcome)) throw budgetError(evaluator.budget, outcome, `${rule.name} `, rule.path);
    throw new Error(`${rule.name}: ${outcome.error}`);
  });
}
