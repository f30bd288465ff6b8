import type { JsonObject, JsonValue } from '../common/json.js';
import type { EvaluationOutcome, ExpressionItem } from './expression-protocol.js';

export declare const maxResultChars: number;
export declare function feelToJson(value: unknown): JsonValue;
export declare function evaluateFeelText(expression: string, variables: JsonObject): JsonValue;
export declare function evaluateItem(tenant: string, item: ExpressionItem): Promise<EvaluationOutcome>;
