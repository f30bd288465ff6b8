import { ChoiceControl } from './ChoiceControl';
import { FieldShell } from './FieldShell';
import type { PropertySchema, UiField } from './form-types';
import { describedBy, fieldIds } from './field-ids';
import { TextControl } from './TextControl';
import { widgetOf } from './ui-field';

export interface SchemaFieldProps {
  name: string;
  prop: PropertySchema;
  ui: UiField;
  idPrefix: string;
  value: unknown;
  required: boolean;
  error?: string | undefined;
  disabled?: boolean | undefined;
  onChange: (value: unknown) => void;
}

/** One property of the schema: label, control by widget, help and error. */
export function SchemaField(props: SchemaFieldProps) {
  const { name, prop, ui, value, required, error, disabled, onChange } = props;
  const ids = fieldIds(props.idPrefix, name);
  const label = prop.title ?? name;
  const help = ui['ui:help'] ?? prop.description;
  const widget = widgetOf(prop, ui);
  const invalid = Boolean(error);
  if (widget === 'checkbox') {
    return (
      <FieldShell ids={ids} label={label} required={required} help={help} error={error} layout="inline">
        <input
          type="checkbox"
          id={ids.id}
          checked={value === true}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(ids, Boolean(help), invalid)}
          data-testid={`field-${name}`}
          onChange={(e) => onChange(e.target.checked)}
        />
      </FieldShell>
    );
  }
  const shared = { name, prop, ui, ids, value, required, invalid, hasHelp: Boolean(help), disabled };
  const control =
    widget === 'radio' || widget === 'select' ? (
      <ChoiceControl {...shared} asRadio={widget === 'radio'} onChange={onChange} />
    ) : (
      <TextControl {...shared} multiline={widget === 'textarea'} onChange={onChange} />
    );
  return (
    <FieldShell
      ids={ids}
      label={label}
      required={required}
      help={help}
      error={error}
      layout={widget === 'radio' ? 'group' : 'block'}
    >
      {control}
    </FieldShell>
  );
}
