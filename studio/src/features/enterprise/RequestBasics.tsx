import type { Channel } from '../../api/types';
import { useLabel, useT } from '../../i18n';

export interface Basics {
  channel: string;
  title: string;
}

export interface RequestBasicsProps {
  channels: Channel[];
  value: Basics;
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (next: Basics) => void;
}

/** The two fields every request has besides its intake form: channel (渠道) and title (标题). */
export function RequestBasics({ channels, value, errors, disabled, onChange }: RequestBasicsProps) {
  const t = useT();
  const label = useLabel();
  const describe = (name: string) => (errors[name] ? `submit-${name}-error` : undefined);
  const error = (name: string) =>
    errors[name] && (
      <p className="field-error" id={`submit-${name}-error`}>
        {errors[name]}
      </p>
    );
  const req = (
    <span className="required" aria-hidden="true">
      {' '}
      *
    </span>
  );
  return (
    <>
      <div className={`field${errors.channel ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor="submit-channel">
          {t('submit.channel')}
          {req}
        </label>
        <select
          id="submit-channel"
          value={value.channel}
          required
          disabled={disabled}
          aria-invalid={errors.channel ? true : undefined}
          aria-describedby={describe('channel')}
          onChange={(e) => onChange({ ...value, channel: e.target.value })}
          data-testid="submit-channel"
        >
          <option value="">{t('form.choose')}</option>
          {channels.map((c) => (
            <option key={c.id} value={c.id}>
              {label(c.label, c.id)}
            </option>
          ))}
        </select>
        {error('channel')}
      </div>
      <div className={`field${errors.title ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor="submit-title">
          {t('submit.titleField')}
          {req}
        </label>
        <input
          id="submit-title"
          value={value.title}
          required
          maxLength={200}
          disabled={disabled}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describe('title') ?? 'submit-title-help'}
          onChange={(e) => onChange({ ...value, title: e.target.value })}
          data-testid="submit-title"
        />
        <p className="field-help" id="submit-title-help">
          {t('submit.titleHelp')}
        </p>
        {error('title')}
      </div>
    </>
  );
}
