/**
 * Formats every form schema may use beyond JSON Schema's own, the same on the server (ajv) and in
 * the studio (rjsf's ajv): `credit-code` — a 统一社会信用代码 with its GB 32100-2015 check
 * character; `mobile-cn` — a mainland mobile number.
 */
import { creditCodeProblem } from './credit-code.js';

export const formFormats = {
  'credit-code': (value: string): boolean => creditCodeProblem(value) === null,
  'mobile-cn': /^1[3-9]\d{9}$/,
} as const;

/** Registers the platform's formats on an Ajv instance (anything with `addFormat`). */
export function addFormFormats<
  A extends { addFormat(name: string, format: RegExp | ((v: string) => boolean)): unknown },
>(ajv: A): A {
  for (const [name, format] of Object.entries(formFormats)) ajv.addFormat(name, format);
  return ajv;
}
