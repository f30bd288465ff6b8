import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { supervisingRoles } from '../../runtime/definitions/mechanism.js';
import { policy, roles } from '../../server/auth/permissions.js';

/**
 * defs:validate accepts in `supervision.issuerRoles` only `supervisingRoles`; they must be exactly the
 * roles the HTTP layer lets through to the supervision route (`case.supervise`), or a mechanism could
 * name a role no account can use (湖州's former `supervisor`).
 */
describe('supervising roles', () => {
  it('are the roles permitted case.supervise', () => {
    const permitted = roles.filter((r) => r !== 'platform-admin' && policy[r].includes('case.supervise'));
    assert.deepEqual([...permitted].sort(), [...supervisingRoles].sort());
  });
});
