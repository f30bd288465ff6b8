import { InputError } from '../../runtime/common/errors.js';
import { verifyPassword } from './password-hash.js';

/**
 * 口令策略: what a new password must be. Defaults follow what GB/T 22239-2019 level 3 (等保三级)
 * assessments expect of 身份鉴别 — 口令具有复杂度要求并定期更换: at least 8 characters of at least 3
 * of the 4 character classes, not one of the last 5, changed at least every 90 days. Each is
 * configurable per installation (README "Configuration reference": PASSWORD_*), never below the
 * floor in `passwordPolicyFloor`.
 */
export interface PasswordPolicy {
  /** PASSWORD_MIN_LENGTH — shortest password (default 8, at least 8). */
  minLength: number;
  /** PASSWORD_CLASSES — how many of upper-case, lower-case, digit and other a password needs (default 3, 2–4). */
  classes: number;
  /** PASSWORD_HISTORY — recent passwords (the current one included) a new one must differ from (default 5, 1–24). */
  history: number;
  /** PASSWORD_MAX_AGE_DAYS — a password older than this must be changed at sign-in (default 90; 0: never). */
  maxAgeDays: number;
}

export const defaultPasswordPolicy: PasswordPolicy = { minLength: 8, classes: 3, history: 5, maxAgeDays: 90 };

/**
 * Whether the password is past its age at `now` (定期更换). A password set before its time was kept
 * (`passwordChangedAt` null) has no known age and is not expired.
 */
export function passwordExpired(
  user: { passwordChangedAt: string | null },
  now: Date,
  policy: PasswordPolicy,
): boolean {
  if (policy.maxAgeDays === 0 || user.passwordChangedAt === null) return false;
  return now.getTime() - Date.parse(user.passwordChangedAt) > policy.maxAgeDays * 86_400_000;
}

/** The session may only change the password: an initial one (admin reset) or one past its age. */
export function passwordChangeRequired(
  user: { mustChangePassword: boolean; passwordChangedAt: string | null },
  now: Date,
  policy: PasswordPolicy,
): boolean {
  return user.mustChangePassword || passwordExpired(user, now, policy);
}

/** The account with a password a person just set (changed, or set through an activation link). */
export function withPasswordSet<U extends { passwordHash: string | null }>(
  user: U,
  passwordHash: string,
  now: Date,
): U & { passwordHash: string; mustChangePassword: false; passwordChangedAt: string } {
  return { ...user, passwordHash, mustChangePassword: false, passwordChangedAt: now.toISOString() };
}

/** The weakest policy an installation may configure. */
export const passwordPolicyFloor = { minLength: 8, classes: 2, history: 1 } as const;

const characterClasses: { test: RegExp; name: string }[] = [
  { test: /\p{Lu}/u, name: '大写字母' },
  { test: /\p{Ll}/u, name: '小写字母' },
  { test: /\p{Nd}/u, name: '数字' },
  { test: /[^\p{Lu}\p{Ll}\p{Nd}]/u, name: '其他字符' },
];

/**
 * Refuses a weak new password (`weak_password`, one detail per unmet rule, in Chinese for the
 * person typing it) at `path`.
 */
export function assertAcceptablePassword(
  password: string,
  current: string,
  policy: PasswordPolicy = defaultPasswordPolicy,
  path = '/newPassword',
): void {
  const reasons: string[] = [];
  if ([...password].length < policy.minLength) reasons.push(`至少 ${policy.minLength} 个字符`);
  const present = characterClasses.filter((c) => c.test.test(password)).length;
  if (present < policy.classes)
    reasons.push(
      `至少包含${characterClasses.map((c) => c.name).join('、')}中的 ${policy.classes} 类（现有 ${present} 类）`,
    );
  if (password === current) reasons.push('不能与当前密码相同');
  if (reasons.length)
    throw new InputError(
      `新密码不符合口令策略：${reasons.join('；')}`,
      reasons.map((reason) => ({ path, reason })),
      'weak_password',
    );
}

/** The hashes of the user's recent passwords, current first, without repeats, at most `depth`. */
export function recentPasswordHashes(
  current: string | null,
  history: readonly string[],
  depth: number = defaultPasswordPolicy.history,
): string[] {
  const hashes = [current, ...history].filter((h): h is string => !!h);
  return [...new Set(hashes)].slice(0, depth);
}

/** 新密码不得与最近使用过的密码相同: refused with `password_reused` (message in Chinese, for the user). */
export async function assertNotRecentlyUsed(
  password: string,
  recent: readonly string[],
  policy: PasswordPolicy = defaultPasswordPolicy,
  path = '/newPassword',
): Promise<void> {
  for (const hash of recent)
    if (await verifyPassword(password, hash))
      throw new InputError(
        `新密码不能与最近 ${policy.history} 次使用过的密码相同`,
        [{ path, reason: `与最近 ${policy.history} 次使用过的密码之一相同` }],
        'password_reused',
      );
}
