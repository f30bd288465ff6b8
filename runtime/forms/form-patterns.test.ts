import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FormValidator } from '../cases/form-validator.js';
import { InputError } from '../common/errors.js';
import { patternProblem, re2RegExp } from './form-patterns.js';

test('the shipped patterns run in RE2 with JavaScript meaning', () => {
  const creditCode = re2RegExp('^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$', 'u');
  assert.equal(creditCode.test('91330400MA29G0XX1A'), true);
  assert.equal(creditCode.test('91330400MA29G0XX1'), false);
  assert.equal(re2RegExp('^[\\u4e00-\\u9fa5]+$', 'u').test('王五'), true);
});

test('a catastrophic pattern on a long input is answered (linear time, no backtracking)', () => {
  // given (a+)+$, which makes a backtracking engine explore 2^n paths on "aaa…a!"
  const validator = new FormValidator();
  const schema = { type: 'object', properties: { name: { type: 'string', pattern: '(a+)+$' } } };
  // when 40 a's and a "!" are validated, then the answer is a refusal (no hang)
  assert.throws(
    () => validator.validate(schema, { name: `${'a'.repeat(40)}!` }, '/data'),
    (e: unknown) => e instanceof InputError && e.details[0]?.path === '/data/name',
  );
  validator.validate(schema, { name: 'aaaa' }, '/data');
});

test('each pattern of a schema keeps its own meaning (ajv caches patterns by their source)', () => {
  const validator = new FormValidator();
  const schema = {
    type: 'object',
    properties: {
      day: { type: 'string', pattern: '^[0-9]{2}$' },
      code: { type: 'string', pattern: '^[A-Z]+$' },
    },
  };
  validator.validate(schema, { day: '07', code: 'AB' }, '/data');
  assert.throws(() => validator.validate(schema, { day: '07', code: '07' }, '/data'), InputError);
});

test('backreferences and lookaround are named in Chinese', () => {
  assert.match(patternProblem('(a)\\1') ?? '', /反向引用 \\1/);
  assert.match(patternProblem('(?<y>a)\\k<y>') ?? '', /反向引用/);
  assert.match(patternProblem('a(?!b)') ?? '', /环视/);
  assert.equal(patternProblem('\\\\1'), null);
});
