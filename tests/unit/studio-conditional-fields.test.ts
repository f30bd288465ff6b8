/**
 * Conditional forms ask only what applies: jiaxing-etdz's 受理审查 asks for 诉求类别 once 受理 is chosen
 * and for 不予受理理由 once 不予受理 is chosen (its `allOf` if/then, policy 第七条–第九条), and marks
 * neither required before a choice. The studio's interpreting validator reads the same schema.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { RJSFSchema } from '@rjsf/utils';
import { inapplicableFields, withAnsweredConditions } from '../../studio/src/forms/conditional-fields.js';
import { schemaErrors, type Schema } from '../../studio/src/forms/schema-check.js';

const review = JSON.parse(
  readFileSync('definitions/jiaxing-etdz/forms/review.schema.json', 'utf8'),
) as RJSFSchema;
const missing = (data: object) =>
  schemaErrors(withAnsweredConditions(review) as Schema, data)
    .filter((e) => e.keyword === 'required')
    .map((e) => e.params.missingProperty);

test('given the review form with no decision, when it is shown, then neither branch field is shown or required', () => {
  // Given / When nothing chosen yet
  // Then both branch fields are hidden and only the decision itself is missing
  assert.deepEqual(inapplicableFields(review, {}).sort(), ['refusalReason', 'requestClass']);
  assert.deepEqual(missing({}), ['decision']);
});

test('given 受理 chosen, when the form is shown, then 诉求类别 is shown and required, 不予受理理由 is not', () => {
  // Given decision = accept
  const data = { decision: 'accept' };
  // Then
  assert.deepEqual(inapplicableFields(review, data), ['refusalReason']);
  assert.deepEqual(missing(data), ['requestClass']);
});

test('given 不予受理 chosen, when the form is shown, then 不予受理理由 is shown and required', () => {
  const data = { decision: 'refuse' };
  assert.deepEqual(inapplicableFields(review, data), ['requestClass']);
  assert.deepEqual(missing(data), ['refusalReason']);
});
