import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InputError } from '../../runtime/common/errors.js';
import { hashPassword } from './password-hash.js';
import {
  assertAcceptablePassword,
  assertNotRecentlyUsed,
  defaultPasswordPolicy,
  recentPasswordHashes,
} from './password-policy.js';

const refusal = (fn: () => void): InputError => {
  try {
    fn();
  } catch (err) {
    return err as InputError;
  }
  assert.fail('accepted');
};

describe('口令策略 (password policy)', () => {
  it('by default asks for 8 characters of 3 of the 4 classes (等保三级), each unmet rule in Chinese', () => {
    assert.doesNotThrow(() => assertAcceptablePassword('Better2027', 'old'));
    assert.doesNotThrow(() => assertAcceptablePassword('better-2027', 'old'));
    const weak = refusal(() => assertAcceptablePassword('abc12', 'old'));
    assert.equal(weak.code, 'weak_password');
    assert.deepEqual(
      weak.details.map((d) => d.reason),
      ['至少 8 个字符', '至少包含大写字母、小写字母、数字、其他字符中的 3 类（现有 2 类）'],
    );
    assert.ok(weak.details.every((d) => d.path === '/newPassword'));
    const same = refusal(() => assertAcceptablePassword('Better2027', 'Better2027'));
    assert.deepEqual(
      same.details.map((d) => d.reason),
      ['不能与当前密码相同'],
    );
  });

  it('counts characters, not UTF-16 units, and classes in any script', () => {
    // 7 characters, 3 classes: one short
    assert.equal(refusal(() => assertAcceptablePassword('密码Ab1😀x', 'old')).details.length, 1);
    assert.doesNotThrow(() => assertAcceptablePassword('密码Ab1😀xy', 'old'));
  });

  it('follows an installation that asks for more', () => {
    const strict = { ...defaultPasswordPolicy, minLength: 12, classes: 4 };
    const r = refusal(() => assertAcceptablePassword('Better2027', 'old', strict, '/password'));
    assert.deepEqual(
      r.details.map((d) => [d.path, d.reason]),
      [
        ['/password', '至少 12 个字符'],
        ['/password', '至少包含大写字母、小写字母、数字、其他字符中的 4 类（现有 3 类）'],
      ],
    );
    assert.doesNotThrow(() => assertAcceptablePassword('Better-2027!x', 'old', strict));
  });

  it('refuses one of the recent passwords, as many as the policy keeps', async () => {
    const hashes = await Promise.all(['Aa-00001', 'Aa-00002', 'Aa-00003'].map((p) => hashPassword(p)));
    const two = recentPasswordHashes(hashes[0] ?? null, hashes.slice(1), 2);
    assert.equal(two.length, 2);
    await assert.rejects(assertNotRecentlyUsed('Aa-00002', two, { ...defaultPasswordPolicy, history: 2 }), {
      code: 'password_reused',
      message: '新密码不能与最近 2 次使用过的密码相同',
    });
    // the third is beyond a history of 2
    await assert.doesNotReject(assertNotRecentlyUsed('Aa-00003', two));
  });
});
