import { useT } from '../../i18n';
import type { PropertySchema, UiField } from './form-types';
import { describedBy, type fieldIds } from './field-ids';
import { enumLabels } from './ui-field';

export interface ChoiceControlProps {
  name: string;
  prop: PropertySchema;
  ui: UiField;
  ids: ReturnType<typeof fieldIds>;
  asRadio: boolean;
  value: unknown;
  required: boolean;
  invalid: boolean;
  hasHelp: boolean;
  disabled?: boolean | undefined;
  onChange: (value: unknown) => void;
}

/** An enum (or boolean) as a select or a radio group; options keep their JSON types. */
export function ChoiceControl(props: ChoiceControlProps) {
  const { name, ids, value, required, invalid, disabled, onChange } = props;
  const t = useT();
  const options = enumLabels(props.prop, props.ui);
  const selected = options.findIndex((o) => o.value === value);
  const described = describedBy(ids, props.hasHelp, invalid);
  if (props.asRadio) {
    return (
      <div className="radio-row">
        {options.map((o, i) => (
          <label key={i} className="radio">
            <input
              type="radio"
              name={ids.id}
              id={`${ids.id}-${i}`}
              checked={selected === i}
              disabled={disabled}
              required={required}
              aria-invalid={invalid || undefined}
              aria-describedby={described}
              data-testid={`field-${name}-${String(o.value)}`}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    );
  }
  return (
    <select
      id={ids.id}
      value={selected === -1 ? '' : String(selected)}
      required={required}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-describedby={described}
      data-testid={`field-${name}`}
      onChange={(e) => onChange(e.target.value === '' ? undefined : options[Number(e.target.value)]?.value)}
    >
      <option value="">{t('form.choose')}</option>
      {options.map((o, i) => (
        <option key={i} value={String(i)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
