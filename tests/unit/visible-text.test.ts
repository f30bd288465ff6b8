/**
 * The e2e text checker (tests/e2e/visible-text.ts) itself: it must flag what issue 15 found on
 * screen — English validator messages, user ids, raw group ids and event keys — and let Chinese text,
 * units, file names and credit codes pass.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textProblems } from '../e2e/visible-text.js';

test('given the leaks issue 15 found, then each is flagged', () => {
  const problems = textProblems(
    'must match "then" schema 办理人 user_8ad5c1 答复：dept-public-security 已办 sla.paused reported-up 嘉兴 jiaxing-etdz',
  );
  for (const found of [
    'English "must"',
    'user id "user_8ad5c1"',
    'raw key "dept-public-security"',
    'raw key "sla.paused"',
    'raw key "reported-up"',
    'raw key "jiaxing-etdz"',
  ])
    assert.ok(problems.includes(found), `${found} in ${problems.join(' | ')}`);
  assert.ok(!problems.some((p) => p.includes('"dept"') || p.includes('"user"')), 'a key is reported once');
});

test('given Chinese text with units, file names and a credit code, then nothing is flagged', () => {
  assert.deepEqual(
    textProblems(
      '文件过大，最大 10 MB；营业执照.pdf 已上传；统一社会信用代码 91320505MA1N2B3C4W；导出 Excel',
    ),
    [],
  );
});
