/**
 * 校验提示: what a person filling a form reads when a value is refused, in Chinese — ajv's own
 * messages through ajv-i18n's zh locale, and, for the platform's formats (`form-formats.ts`), a
 * message that says what is wrong with the value instead of naming the format. Used by the server
 * for submitted form data, whose error details the studio shows beside the field.
 */
import type { ErrorObject } from 'ajv';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import { creditCodeCheckChar } from './credit-code.js';
import type { formFormats } from './form-formats.js';

const localizeZh = localizeZhModule as unknown as (errors: ErrorObject[] | null | undefined) => void;

/** One message per platform format (a new format without a message does not compile). */
export const formatMessagesZh: Record<keyof typeof formFormats, (value: unknown) => string> = {
  'credit-code': (value) => {
    const code = typeof value === 'string' ? value : '';
    if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(code))
      return '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）';
    return creditCodeCheckChar(code.slice(0, 17)) === null
      ? '统一社会信用代码含有不允许的字符'
      : '统一社会信用代码校验位不正确';
  },
  'mobile-cn': () => '请输入 11 位手机号码',
};

const isPlatformFormat = (f: unknown): f is keyof typeof formFormats =>
  typeof f === 'string' && Object.hasOwn(formatMessagesZh, f);

/** The value a JSON pointer (`/contact/phone`) names in `data`. */
function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

/** Each error with its `message` in Chinese (ajv's own are rewritten in place, as ajv-i18n does). */
export function localizeFormErrors(errors: ErrorObject[], data: unknown): ErrorObject[] {
  localizeZh(errors);
  for (const e of errors) {
    // the detail's path already names the field: ajv-i18n's text would repeat its key
    if (e.keyword === 'required') e.message = '此项为必填项';
    if (e.keyword === 'additionalProperties') e.message = '不允许填写此项';
    const format = (e.params as { format?: unknown }).format;
    if (e.keyword === 'format' && isPlatformFormat(format))
      e.message = formatMessagesZh[format](valueAt(data, e.instancePath));
  }
  return errors;
}
