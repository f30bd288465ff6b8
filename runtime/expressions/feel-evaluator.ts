import type { JsonObject, JsonValue } from '../common/json.js';
import { budgetError } from './expression-budget.js';
import { expressionEvaluator } from './expression-evaluator.js';
import { exceeded } from './expression-protocol.js';

/** True when a Zeebe attribute value is a FEEL expression (`=expr`) rather than a static value. */
export function isFeel(value: string): boolean {
  return value.startsWith('=');
}

/** The tenant an expression is evaluated for: the case's jurisdiction, when the variables name it. */
function tenantOf(variables: JsonObject): string {
  return typeof variables.jurisdiction === 'string' ? variables.jurisdiction : '';
}

/**
 * Evaluate `=expr` against variables (static values pass through) with the expression evaluator:
 * in-process when proven bounded (bounded-feel.ts), else on its synchronous lane; past the budget
 * it throws ExpressionBudgetError.
 */
export function evaluateFeel(expression: string, variables: JsonObject): JsonValue {
  if (!isFeel(expression)) return expression;
  const text = expression.slice(1);
  const evaluator = expressionEvaluator();
  const outcome = evaluator.evaluateNow(tenantOf(variables), {
    language: 'feel',
    expression: text,
    input: variables,
  });
  if (outcome.ok) return outcome.value;
  if (exceeded(outcome))
    throw budgetError(evaluator.budget, outcome, `FEEL 表达式 ${abbreviated(expression)} `);
  throw new Error(outcome.error);
}

/** At most 80 characters of an expression, for messages. */
export function abbreviated(expression: string): string {
  return expression.length > 80 ? `${expression.slice(0, 77)}…` : expression;
}

/** Candidate groups: `=expr` yielding a list or a comma-separated string, or a static CSV. */
export function evaluateList(expression: string | undefined, variables: JsonObject): string[] {
  if (!expression) return [];
  const value = evaluateFeel(expression, variables);
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map((v) => String(v).trim()).filter((v) => v.length > 0);
}
