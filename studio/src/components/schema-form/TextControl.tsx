import type { PropertySchema, UiField } from './form-types';
import { describedBy, type fieldIds } from './field-ids';
import { typeOf } from './ui-field';

export interface TextControlProps {
  name: string;
  prop: PropertySchema;
  ui: UiField;
  ids: ReturnType<typeof fieldIds>;
  multiline: boolean;
  value: unknown;
  required: boolean;
  invalid: boolean;
  hasHelp: boolean;
  disabled?: boolean | undefined;
  onChange: (value: string) => void;
}

const inputTypes: Record<string, string> = { email: 'email', date: 'date', uri: 'url' };

/** A string or number as <input>/<textarea>; numbers stay text until the form is sent. */
export function TextControl(props: TextControlProps) {
  const { name, prop, ids, value, required, invalid, disabled, onChange } = props;
  const numeric = ['number', 'integer'].includes(typeOf(prop));
  const common = {
    id: ids.id,
    value: value === undefined || value === null ? '' : String(value),
    required,
    disabled,
    placeholder: props.ui['ui:placeholder'],
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(ids, props.hasHelp, invalid),
    'data-testid': `field-${name}`,
  };
  if (props.multiline) {
    return <textarea {...common} rows={5} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <input
      {...common}
      type={numeric ? 'text' : (inputTypes[prop.format ?? ''] ?? 'text')}
      inputMode={numeric ? (typeOf(prop) === 'integer' ? 'numeric' : 'decimal') : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
