import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { focusFirstInvalid } from './focus-first-invalid';
import type { FieldErrors, FormData, JsonSchema, UiSchema } from './form-types';
import { SchemaFields } from './SchemaFields';
import { useSchemaForm } from './use-schema-form';

export interface SchemaFormProps {
  schema: JsonSchema;
  ui?: UiSchema | undefined;
  initial?: FormData;
  /** Sends valid data; resolves to field errors the server reported (or nothing). */
  onSubmit: (data: FormData) => Promise<FieldErrors | null | void>;
  submitLabel: string;
  idPrefix: string;
  testId: string;
  disabled?: boolean;
  showTitle?: boolean;
  /** Extra buttons next to submit. */
  actions?: ReactNode;
}

/** A whole form from JSON Schema: fields, client checks, server field errors, submit button. */
export function SchemaForm(props: SchemaFormProps) {
  const { schema, ui, onSubmit, idPrefix, testId, disabled } = props;
  const t = useT();
  const form = useSchemaForm(schema, props.initial);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const data = form.check();
    if (!data) return focusFirstInvalid(ref.current);
    setBusy(true);
    try {
      const serverErrors = await onSubmit(data);
      if (serverErrors && Object.keys(serverErrors).length) {
        form.setErrors(serverErrors);
        focusFirstInvalid(ref.current);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={ref} className="schema-form" noValidate onSubmit={(e) => void submit(e)} data-testid={testId}>
      {props.showTitle && schema.title && <h3 className="form-title">{schema.title}</h3>}
      <p className="form-note">{t('form.requiredNote')}</p>
      <SchemaFields schema={schema} ui={ui} form={form} idPrefix={idPrefix} disabled={disabled || busy} />
      <div className="form-actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={disabled || busy}
          data-testid={`${testId}-submit`}
        >
          {busy ? t('common.submitting') : props.submitLabel}
        </button>
        {props.actions}
      </div>
    </form>
  );
}
