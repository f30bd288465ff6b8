import type { RJSFSchema } from '@rjsf/utils';

/**
 * Where a rule comes from (`RuleSource`), as the settings form shows it: one object with a labelled
 * choice of kind (政策原文 / 平台默认值) and the clause, quote or note fields, instead of the schema's
 * `oneOf` of two objects (rjsf renders that as an unlabelled switch and fills optional sources with
 * an empty option). The server still validates the real schema: a policy rule needs clause and quote.
 */
export function withPlainRuleSource(schema: RJSFSchema): RJSFSchema {
  const definitions = (schema.definitions ?? {}) as Record<string, RJSFSchema>;
  if (!definitions.ruleSource) return schema;
  const text = (maxLength: number): RJSFSchema => ({ type: 'string', maxLength });
  const ruleSource: RJSFSchema = {
    type: 'object',
    description: definitions.ruleSource.description,
    required: ['kind'],
    properties: {
      kind: {
        type: 'string',
        oneOf: [
          { const: 'policy', title: '政策原文 (policy)' },
          { const: 'default', title: '平台默认值 (platform default)' },
        ],
      },
      clause: text(40),
      quote: text(1000),
      note: text(1000),
    },
  };
  return { ...schema, definitions: { ...definitions, ruleSource } };
}
