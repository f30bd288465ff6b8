import { InputError } from '../../runtime/common/errors.js';

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
