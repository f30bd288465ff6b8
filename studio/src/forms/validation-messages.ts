import type { ErrorTransformer, RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import type { Translate } from '../i18n';

/** The schema of the field an error names (`.contact.phone` → properties.contact.properties.phone). */
function fieldSchema(root: RJSFSchema, property: string | undefined): RJSFSchema | undefined {
  let node: RJSFSchema | undefined = root;
  for (const name of (property ?? '').split('.').filter(Boolean)) {
    const next: unknown = node?.properties?.[name];
    node = typeof next === 'object' && next !== null ? (next as RJSFSchema) : undefined;
  }
  return node;
}

/**
 * rjsf's validation errors as the person filling the form should read them, in the interface
 * language: one message a field, never a keyword, JSON pointer or pattern. A field with a named
 * format (`credit-code`, `mobile-cn` …) says what is wrong with its value; the `if` keyword's own
 * error ("must match then schema") is dropped — the field the branch requires carries the message.
 */
export function validationMessages(t: Translate, schema: RJSFSchema): ErrorTransformer {
  const say = (e: RJSFValidationError): string | null => {
    const params = (e.params ?? {}) as Record<string, unknown>;
    const limit = typeof params.limit === 'number' ? params.limit : '';
    const format =
      fieldSchema(schema, e.property)?.format ?? (e.name === 'format' ? params.format : undefined);
    if (e.name === 'if') return null;
    if ((e.name === 'format' || e.name === 'pattern') && typeof format === 'string')
      return t.lookup('form.format', format, t('form.rule.format'));
    return t.lookup('form.rule', e.name ?? '', t('form.rule.format'), { limit });
  };
  return (errors) => {
    const seen = new Set<string>();
    return errors.flatMap((e) => {
      const message = say(e);
      const key = `${e.property ?? ''}\u0000${message ?? ''}`;
      if (message === null || seen.has(key)) return [];
      seen.add(key);
      return [{ ...e, message, stack: message }];
    });
  };
}
