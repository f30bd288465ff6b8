import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withUnitNames } from './unit-names.js';

const source = { kind: 'platform-default' } as never;
const mechanism = {
  groups: [
    { id: 'dept-public-security', label: { zh: '公安部门', en: 'Public security' }, source },
    { id: 'dept-public', label: { zh: '公共部门', en: 'Public' }, source },
  ],
};

test('given an answer with co-unit opinions by group id, then every id reads as the unit name', () => {
  const answer = '已办结（协办单位意见：dept-public-security：同意；dept-public：无异议）';
  assert.equal(withUnitNames(answer, mechanism), '已办结（协办单位意见：公安部门：同意；公共部门：无异议）');
});

test('given text that only contains an id inside a longer word, then it is left alone', () => {
  assert.equal(withUnitNames('see dept-publicity-office', mechanism), 'see dept-publicity-office');
});
