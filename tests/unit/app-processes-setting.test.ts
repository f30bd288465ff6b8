import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appProcesses } from '../../server/ops/app-cluster.js';

test('APP_PROCESSES: unset is one process; a whole number 1–64 is taken; anything else stops the start', () => {
  // given no setting, then one process (the default)
  assert.equal(appProcesses({}), 1);
  assert.equal(appProcesses({ APP_PROCESSES: '' }), 1);
  // given a whole number in range, then that many
  assert.equal(appProcesses({ APP_PROCESSES: '2' }), 2);
  assert.equal(appProcesses({ APP_PROCESSES: '64' }), 64);
  // given anything else, then the server refuses to start, naming the setting
  for (const bad of ['0', '65', '1.5', 'two', '-1'])
    assert.throws(() => appProcesses({ APP_PROCESSES: bad }), /APP_PROCESSES must be a whole number/);
});
