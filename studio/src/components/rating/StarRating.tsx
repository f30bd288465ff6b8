import { useT } from '../../i18n';

export interface StarRatingProps {
  id: string;
  label: string;
  max: number;
  value: number | undefined;
  required: boolean;
  error?: string | undefined;
  onChange: (stars: number) => void;
}

/** 1..max stars as a radio group: arrow keys move, the legend names the dimension. */
export function StarRating({ id, label, max, value, required, error, onChange }: StarRatingProps) {
  const t = useT();
  return (
    <fieldset className={`field field-group stars${error ? ' has-error' : ''}`} data-testid={`stars-${id}`}>
      <legend className="field-label">
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      <div className="star-row">
        {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
          <label key={n} className={`star${value !== undefined && n <= value ? ' star-on' : ''}`}>
            <input
              type="radio"
              className="visually-hidden"
              name={`stars-${id}`}
              checked={value === n}
              required={required}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `stars-${id}-error` : undefined}
              onChange={() => onChange(n)}
              data-testid={`stars-${id}-${n}`}
            />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t('rating.starsN', { n })}</span>
          </label>
        ))}
        <span className="star-count" aria-hidden="true">
          {value ? `${value}/${max}` : ''}
        </span>
      </div>
      {error && (
        <p className="field-error" id={`stars-${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
