import type { JsonObject } from '../../common/json.js';
import { evaluateFeel, isFeel } from '../feel/feel-evaluator.js';

interface ExpressionsLike {
  resolveExpression(expression: unknown): unknown;
  isExpression(text: unknown): boolean;
  hasExpression(text: unknown): boolean;
}

/**
 * bpmn-elements' pluggable expression resolver, speaking FEEL wherever Zeebe would: a value
 * starting with `=` is evaluated against the instance's process variables (kept by the adapter,
 * not by bpmn-engine); any other value is a static literal, as in Zeebe.
 */
export function feelExpressions(variables: () => JsonObject): ExpressionsLike {
  const feel = (text: unknown): text is string => typeof text === 'string' && isFeel(text);
  return {
    resolveExpression: (expression) =>
      feel(expression) ? evaluateFeel(expression, variables()) : expression,
    isExpression: feel,
    hasExpression: feel,
  };
}
