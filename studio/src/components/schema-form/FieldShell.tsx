import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import type { fieldIds } from './field-ids';

export interface FieldShellProps {
  ids: ReturnType<typeof fieldIds>;
  label: string;
  required: boolean;
  help?: string | undefined;
  error?: string | undefined;
  /** `group`: radio groups, labelled by a fieldset legend; `inline`: a checkbox before its label. */
  layout?: 'block' | 'group' | 'inline';
  children: ReactNode;
}

/** Label, required marker, help text and error message around one control. */
export function FieldShell({ ids, label, required, help, error, layout, children }: FieldShellProps) {
  const t = useT();
  const caption = (
    <>
      {label}
      {required && (
        <span className="required" aria-hidden="true" title={t('form.requiredMark')}>
          {' '}
          *
        </span>
      )}
    </>
  );
  const notes = (
    <>
      {help && (
        <p className="field-help" id={ids.help}>
          {help}
        </p>
      )}
      {error && (
        <p className="field-error" id={ids.error} data-testid={`${ids.id}-error`}>
          {error}
        </p>
      )}
    </>
  );
  const errorClass = error ? ' has-error' : '';
  if (layout === 'inline') {
    return (
      <div className={`field field-check${errorClass}`}>
        <div className="check-row">
          {children}
          <label className="field-label" htmlFor={ids.id}>
            {caption}
          </label>
        </div>
        {notes}
      </div>
    );
  }
  if (layout === 'group') {
    return (
      <fieldset className={`field field-group${errorClass}`} id={ids.id}>
        <legend className="field-label">{caption}</legend>
        {children}
        {notes}
      </fieldset>
    );
  }
  return (
    <div className={`field${errorClass}`}>
      <label className="field-label" htmlFor={ids.id}>
        {caption}
      </label>
      {children}
      {notes}
    </div>
  );
}
