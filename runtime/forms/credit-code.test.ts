import assert from 'node:assert/strict';
import { it } from 'node:test';
import { creditCodeCheckChar, creditCodeProblem } from './credit-code.js';

it('accepts published 统一社会信用代码 and rejects a wrong check character (GB 32100-2015)', () => {
  // 阿里巴巴（中国）有限公司 and 腾讯科技（深圳）有限公司, as printed on their business licences
  assert.equal(creditCodeProblem('91330100716105852F'), null);
  assert.equal(creditCodeProblem('9144030071526726XG'), null);
  assert.equal(creditCodeCheckChar('91330100716105852'), 'F');
  assert.match(creditCodeProblem('91330100716105852E') ?? '', /should be F/);
  assert.match(creditCodeProblem('9133010071610585IF') ?? '', /without I/);
  assert.match(creditCodeProblem('913301007161058') ?? '', /18 characters/);
});
