import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRoutingRules, jsonataSyntaxError } from './routing-rules-check.js';
import { mechanismOf, minimalBundle } from './fixtures/minimal-bundle.js';

void test('the fixture routing rules compile', async () => {
  // given the minimal fixture / when its routing rules are compiled / then nothing is reported
  assert.deepEqual(checkRoutingRules(mechanismOf(await minimalBundle())), []);
});

void test('a JSONata syntax error is reported at its routing rule', async () => {
  // given a class suggestion with an unclosed bracket
  const mechanism = mechanismOf(await minimalBundle());
  mechanism.routing.classSuggestion = "$contains(data.description, '协调' ? 'coordination'";
  // when checked
  const problems = checkRoutingRules(mechanism);
  // then the problem names mechanism.json and the rule's path
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.file, 'mechanism.json');
  assert.equal(problems[0]?.path, '/routing/classSuggestion');
  assert.match(problems[0]?.reason ?? '', /^invalid JSONata: .+ at position \d+$/);
});

void test('unknown fields are not syntax errors: they only evaluate to nothing', () => {
  // given an expression over fields no case may have / when compiled / then it is fine
  assert.equal(jsonataSyntaxError('enterprise.noSuchField.deeper = 1'), null);
});
