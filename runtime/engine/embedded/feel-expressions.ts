import type { JsonObject, JsonValue } from '../../common/json.js';
import { evaluateFeel, isFeel } from '../../expressions/feel-evaluator.js';
import { loopCollectionMarker } from './process-model.js';

interface ExpressionsLike {
  resolveExpression(expression: unknown, message?: unknown): unknown;
  isExpression(text: unknown): boolean;
  hasExpression(text: unknown): boolean;
}

/** A multi-instance body asks for its collection: (element id, body executionId) -> the list. */
export type LoopCollection = (elementId: string, bodyExecutionId: string) => JsonValue[];

interface BodyMessage {
  content?: { id?: string; executionId?: string };
}

/**
 * bpmn-elements' pluggable expression resolver, speaking FEEL wherever Zeebe would: a value
 * starting with `=` is evaluated against the instance's process variables (kept by the adapter,
 * not by bpmn-engine); any other value is a static literal, as in Zeebe. A multi-instance body's
 * collection is answered by `loopCollection` (the adapter's durable list).
 */
export function feelExpressions(
  variables: () => JsonObject,
  loopCollection?: LoopCollection,
): ExpressionsLike {
  const feel = (text: unknown): text is string => typeof text === 'string' && isFeel(text);
  return {
    resolveExpression: (expression, message) => {
      if (expression === loopCollectionMarker && loopCollection) {
        const content = (message as BodyMessage | undefined)?.content ?? {};
        return loopCollection(String(content.id), String(content.executionId));
      }
      return feel(expression) ? evaluateFeel(expression, variables()) : expression;
    },
    isExpression: feel,
    hasExpression: feel,
  };
}
