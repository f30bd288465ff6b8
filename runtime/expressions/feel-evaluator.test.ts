import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateFeel, evaluateList } from './feel-evaluator.js';

test('a FEEL condition evaluates against variables, not as a truthy string', () => {
  assert.equal(evaluateFeel('=decision = "accept"', { decision: 'refuse' }), false);
  assert.equal(evaluateFeel('=decision = "accept"', { decision: 'accept' }), true);
});

test('static values pass through unchanged', () => {
  assert.equal(evaluateFeel('PT1H', {}), 'PT1H');
});

test('FEEL temporal results become ISO strings', () => {
  assert.equal(evaluateFeel('=date and time("2026-03-16T23:59:59+08:00")', {}), '2026-03-16T23:59:59+08:00');
});

test('candidate groups accept a FEEL list, a FEEL string or a static CSV', () => {
  assert.deepEqual(evaluateList('=[g, "b"]', { g: 'a' }), ['a', 'b']);
  assert.deepEqual(evaluateList('=handlerGroup', { handlerGroup: 'dept' }), ['dept']);
  assert.deepEqual(evaluateList('qifuban, leaders', {}), ['qifuban', 'leaders']);
});
