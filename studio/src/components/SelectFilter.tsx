export interface Choice {
  value: string;
  label: string;
}

export interface SelectFilterProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  choices: Choice[];
  testId: string;
  /** The empty first choice (请选择), when there is one. */
  placeholder?: string;
  required?: boolean;
}

/** A labelled native select in a filter row (a phone's own picker; tests choose by label). */
export function SelectFilter({
  label,
  value,
  onChange,
  choices,
  testId,
  placeholder,
  required,
}: SelectFilterProps) {
  return (
    <label className="filter">
      <span>{label}</span>
      <select
        value={value}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
