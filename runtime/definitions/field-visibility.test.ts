import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FormResource } from './definition-bundle.js';
import { fieldVisibility, shownFields } from './field-visibility.js';
import { createAjv } from './validate/create-ajv.js';

const review: FormResource = {
  key: 'review',
  schema: {
    type: 'object',
    properties: { decision: { type: 'string', title: '审查结论', enum: ['accept', 'refuse'] } },
    allOf: [
      {
        if: { properties: { decision: { const: 'refuse' } } },
        then: {
          properties: {
            refusalReason: {
              type: 'string',
              title: '不予受理理由',
              'x-visibility': 'public',
              enum: ['out-of-scope', 'unlawful'],
            },
          },
        },
      },
    ],
    required: ['decision'],
  },
  ui: {
    decision: { 'ui:enumNames': ['受理', '不予受理'] },
    refusalReason: { 'ui:enumNames': ['超出范围', '违法违规'] },
  },
};

test('given no marker, then a field is internal (platform default); a marked one is public', () => {
  assert.equal(fieldVisibility(review, 'decision'), 'internal');
  assert.equal(fieldVisibility(review, 'refusalReason'), 'public');
});

test('given a step result, then the enterprise gets only public fields and staff get all, in words', () => {
  const result = { decision: 'refuse', refusalReason: 'out-of-scope', reviewNote: '内部意见' };
  assert.deepEqual(shownFields(review, result, 'public'), [
    { name: 'refusalReason', title: '不予受理理由', text: '超出范围' },
  ]);
  assert.deepEqual(
    shownFields(review, result, 'internal').map((f) => `${f.title}=${f.text}`),
    ['审查结论=不予受理', '不予受理理由=超出范围', 'reviewNote=内部意见'],
  );
});

test('given a marker other than internal or public, then the form does not compile at publish', () => {
  const bad = { type: 'object', properties: { note: { type: 'string', 'x-visibility': 'everyone' } } };
  assert.throws(() => createAjv(undefined).compile(bad), /x-visibility/);
  assert.doesNotThrow(() => createAjv(undefined).compile(review.schema));
});
