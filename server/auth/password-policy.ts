import { InputError } from '../../runtime/common/errors.js';
import { verifyPassword } from './password-hash.js';

/** New passwords: 8–200 characters with at least one letter and one digit, not the current one. */
export function assertAcceptablePassword(password: string, current: string): void {
  const reasons: string[] = [];
  if (password.length < 8) reasons.push('at least 8 characters');
  if (!/\p{L}/u.test(password)) reasons.push('at least one letter');
  if (!/\p{Nd}/u.test(password)) reasons.push('at least one digit');
  if (password === current) reasons.push('different from the current password');
  if (reasons.length)
    throw new InputError(
      'the new password is too weak',
      reasons.map((reason) => ({ path: '/newPassword', reason })),
      'weak_password',
    );
}

/** How many recent passwords (the current one included) a new one must differ from (platform default). */
export const passwordHistoryDepth = 5;

/** The hashes of the user's recent passwords, current first, without repeats, at most `passwordHistoryDepth`. */
export function recentPasswordHashes(current: string | null, history: readonly string[]): string[] {
  const hashes = [current, ...history].filter((h): h is string => !!h);
  return [...new Set(hashes)].slice(0, passwordHistoryDepth);
}

/** 新密码不得与最近使用过的密码相同: refused with `password_reused` (message in Chinese, for the user). */
export async function assertNotRecentlyUsed(password: string, recent: readonly string[]): Promise<void> {
  for (const hash of recent)
    if (await verifyPassword(password, hash))
      throw new InputError(
        `新密码不能与最近 ${passwordHistoryDepth} 次使用过的密码相同`,
        [{ path: '/newPassword', reason: `与最近 ${passwordHistoryDepth} 次使用过的密码之一相同` }],
        'password_reused',
      );
}
