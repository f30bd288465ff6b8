import Form from '@rjsf/antd';
import type { FormProps } from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { useMemo, useState } from 'react';
import { useLang, useT } from '../i18n';
import { rjsfStrings } from '../i18n/rjsf-strings';
import { inapplicableFields, withAnsweredConditions } from './conditional-fields';
import { DescriptionFieldTemplate } from './DescriptionFieldTemplate';
import { FieldTemplate } from './FieldTemplate';
import { formValidator } from './form-validator';
import { SelectWidget } from './SelectWidget';
import { TitleFieldTemplate } from './TitleFieldTemplate';
import { validationMessages } from './validation-messages';

type Data = Record<string, unknown>;
const widgets = { SelectWidget };
const templates = { FieldTemplate, TitleFieldTemplate, DescriptionFieldTemplate };

export type StudioFormProps = Omit<
  FormProps<Data>,
  'validator' | 'transformErrors' | 'translateString' | 'templates' | 'widgets' | 'onSubmit' | 'schema'
> & {
  schema: RJSFSchema;
  /** The data with the fields that do not apply removed (a branch not chosen sends nothing). */
  onSubmit?: (data: Data) => void;
};

/** Server field errors (`{ answer: 'reason' }`) as rjsf's extra errors. */
export function toErrorSchema(fields: Record<string, string>): ErrorSchema | undefined {
  const entries = Object.entries(fields);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([k, reason]) => [k, { __errors: [reason] }])) as ErrorSchema;
}

/**
 * Every form of the studio: rjsf with the antd theme, its widgets and templates, the interpreting
 * validator, messages and rjsf's own strings in the interface language; a condition's fields shown
 * (and required) only once the choice that asks for them is made.
 */
export function StudioForm({ schema, uiSchema, formData, onChange, onSubmit, ...rest }: StudioFormProps) {
  const t = useT();
  const { lang } = useLang();
  const [own, setOwn] = useState<unknown>(formData);
  const data = formData ?? own;
  const asked = useMemo(() => withAnsweredConditions(schema), [schema]);
  const hidden = useMemo(() => inapplicableFields(schema, data), [schema, data]);
  const ui = useMemo<UiSchema>(
    () => ({
      ...uiSchema,
      ...Object.fromEntries(hidden.map((f) => [f, { ...uiSchema?.[f], 'ui:widget': 'hidden' }])),
    }),
    [uiSchema, hidden],
  );
  const transformErrors = useMemo(() => validationMessages(t, schema), [t, schema]);
  // Once a submit has shown the errors, each one goes as soon as its field is put right.
  const [tried, setTried] = useState(false);
  return (
    <Form
      {...rest}
      liveValidate={tried ? 'onChange' : rest.liveValidate}
      schema={asked}
      uiSchema={ui}
      formData={data}
      validator={formValidator}
      transformErrors={transformErrors}
      translateString={rjsfStrings(lang)}
      widgets={widgets}
      templates={templates}
      onChange={(e, id) => {
        setOwn(e.formData);
        onChange?.(e, id);
      }}
      onError={(errors) => {
        setTried(true);
        rest.onError?.(errors);
      }}
      onSubmit={(e) => {
        const all = { ...(e.formData ?? {}) } as Data;
        for (const f of hidden) delete all[f];
        onSubmit?.(all);
      }}
    />
  );
}
