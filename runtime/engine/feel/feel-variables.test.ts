import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feelVariables } from './feel-variables.js';

describe('feelVariables: what a condition reads', () => {
  it('names the variables, not functions, path members or iteration names', () => {
    assert.deepEqual(feelVariables('=decision = "refuse"'), ['decision']);
    assert.deepEqual(feelVariables('=count(coUnits) > 0 and rating.level = "x"').sort(), [
      'coUnits',
      'rating',
    ]);
    assert.deepEqual(feelVariables('=some x in items satisfies x > limit').sort(), ['items', 'limit']);
    assert.deepEqual(feelVariables('static'), []);
  });
});
