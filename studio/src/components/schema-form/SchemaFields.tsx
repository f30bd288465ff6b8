import { compactData } from './compact-data';
import type { JsonSchema, UiSchema } from './form-types';
import { orderedFields } from './ordered-fields';
import { requiredFields } from './required-fields';
import { SchemaField } from './SchemaField';
import type { SchemaFormState } from './use-schema-form';
import { uiField } from './ui-field';

export interface SchemaFieldsProps {
  schema: JsonSchema;
  ui?: UiSchema | undefined;
  form: SchemaFormState;
  idPrefix: string;
  disabled?: boolean | undefined;
}

/** The controls of a JSON-Schema object form, in `ui:order`, without the <form> around them. */
export function SchemaFields({ schema, ui, form, idPrefix, disabled }: SchemaFieldsProps) {
  const required = requiredFields(schema, compactData(schema, form.value));
  return (
    <>
      {orderedFields(schema, ui).map((name) => {
        const prop = schema.properties?.[name];
        if (!prop) return null;
        return (
          <SchemaField
            key={name}
            name={name}
            prop={prop}
            ui={uiField(ui, name)}
            idPrefix={idPrefix}
            value={form.value[name]}
            required={required.has(name)}
            error={form.errors[name]}
            disabled={disabled}
            onChange={(v) => form.setField(name, v)}
          />
        );
      })}
    </>
  );
}
