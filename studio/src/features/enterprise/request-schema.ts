import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { Channel, FormResource } from '../../api/types';

export interface RequestSchemaTexts {
  channel: string;
  title: string;
  titleHelp: string;
  label: (channel: Channel) => string;
}

/** The keys of 渠道 and 标题 in the composed form: `channel`/`title`, `_channel`/`_title` if the intake has them. */
export function basicKeys(intake: FormResource): { channel: string; title: string } {
  const own = intake.schema.properties ?? {};
  return { channel: 'channel' in own ? '_channel' : 'channel', title: 'title' in own ? '_title' : 'title' };
}

/**
 * 提交诉求 as one form: channel (渠道) and title (标题, 2–200 characters as the server checks) before
 * the jurisdiction's intake form, whose fields, conditions and UI hints are kept as they are.
 */
export function requestSchema(
  intake: FormResource,
  channels: Channel[],
  texts: RequestSchemaTexts,
): { schema: RJSFSchema; ui: UiSchema } {
  const keys = basicKeys(intake);
  const { title: _formTitle, $schema: _draft, ...own } = intake.schema as RJSFSchema;
  const schema: RJSFSchema = {
    ...own,
    required: [keys.channel, keys.title, ...(intake.schema.required ?? [])],
    properties: {
      [keys.channel]: {
        type: 'string',
        title: texts.channel,
        oneOf: channels.map((c) => ({ const: c.id, title: texts.label(c) })),
      },
      [keys.title]: { type: 'string', title: texts.title, minLength: 2, maxLength: 200 },
      ...(own.properties ?? {}),
    },
  };
  const order = intake.ui['ui:order'] ?? [];
  const ui: UiSchema = {
    ...intake.ui,
    'ui:order': [keys.channel, keys.title, ...order, ...(order.includes('*') ? [] : ['*'])],
    [keys.title]: { 'ui:help': texts.titleHelp },
  };
  return { schema, ui };
}
