/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (digits and capitals
 * without I, O, Z, S, V); the last is a check character over the first 17 with weights 3^i mod 31.
 */
const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null when one is outside the set. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = charset.indexOf(first17[i] ?? '?');
    if (value < 0) return null;
    sum += value * (weights[i] ?? 0);
  }
  return charset[(31 - (sum % 31)) % 31] ?? null;
}

/** Why a credit code is invalid, or null when it is valid. */
export function creditCodeProblem(code: string): string | null {
  if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(code)) return '18 characters of 0-9 and A-Z without I, O, Z, S, V';
  const expected = creditCodeCheckChar(code.slice(0, 17));
  return expected === code[17] ? null : `check character should be ${expected}`;
}
