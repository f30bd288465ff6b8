import type { ErrorTransformer, RJSFValidationError } from '@rjsf/utils';
import type { Lang } from '../i18n';

type Params = Record<string, unknown>;

const zh: Record<string, (p: Params) => string> = {
  required: () => '此项为必填项',
  minLength: (p) => `至少 ${String(p.limit)} 个字`,
  maxLength: (p) => `最多 ${String(p.limit)} 个字`,
  minimum: (p) => `不能小于 ${String(p.limit)}`,
  maximum: (p) => `不能大于 ${String(p.limit)}`,
  exclusiveMinimum: (p) => `必须大于 ${String(p.limit)}`,
  exclusiveMaximum: (p) => `必须小于 ${String(p.limit)}`,
  minItems: (p) => `至少 ${String(p.limit)} 项`,
  maxItems: (p) => `最多 ${String(p.limit)} 项`,
  uniqueItems: () => '不能有重复项',
  pattern: () => '格式不正确',
  format: () => '格式不正确',
  type: () => '类型不正确',
  enum: () => '请从给定选项中选择',
  const: () => '取值不正确',
  additionalProperties: () => '包含不允许的字段',
};

/** rjsf's (ajv's) validation messages in the interface language: Chinese, or ajv's English. */
export function rjsfMessages(lang: Lang): ErrorTransformer {
  return (errors: RJSFValidationError[]) =>
    lang !== 'zh'
      ? errors
      : errors.map((e) => {
          const say = e.name ? zh[e.name] : undefined;
          if (!say) return e;
          const message = say((e.params ?? {}) as Params);
          return { ...e, message, stack: `${e.property ?? ''} ${message}`.trim() };
        });
}
