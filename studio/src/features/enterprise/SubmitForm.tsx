import { useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { splitErrors, underPrefix } from '../../api/error-fields';
import { newIdempotencyKey } from '../../api/idempotency-key';
import type { Case, Definition, FormResource } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { focusFirstInvalid, SchemaFields, useSchemaForm } from '../../components/schema-form';
import { useT } from '../../i18n';
import { checkBasics } from './check-basics';
import { RequestBasics, type Basics } from './RequestBasics';

export interface SubmitFormProps {
  jurisdiction: string;
  definition: Definition;
  intake: FormResource;
  onSubmitted: (kase: Case) => void;
}

/** 提交诉求: channel and title, then the jurisdiction's intake form; errors land on their fields. */
export function SubmitForm({ jurisdiction, definition, intake, onSubmitted }: SubmitFormProps) {
  const t = useT();
  const channels = definition.mechanism.channels;
  const [basics, setBasics] = useState<Basics>({
    channel: channels.length === 1 ? channels[0]!.id : '',
    title: '',
  });
  const [basicErrors, setBasicErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // One key per request being composed: a retried POST after a lost answer creates no duplicate.
  const idempotencyKey = useRef(newIdempotencyKey());
  const form = useSchemaForm(intake.schema);
  const ref = useRef<HTMLFormElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBanner(null);
    const errors = checkBasics(basics, t('form.rule.required'), t('submit.titleLength'));
    setBasicErrors(errors);
    const data = form.check();
    if (!data || Object.keys(errors).length) return focusFirstInvalid(ref.current);
    setBusy(true);
    try {
      const body = { channel: basics.channel, title: basics.title.trim(), data };
      onSubmitted(await api.submitCase(jurisdiction, body, idempotencyKey.current));
    } catch (err) {
      const inData = underPrefix('/data', Object.keys(intake.schema.properties ?? {}));
      const onBasics = (p: string) => (p === '/title' || p === '/channel' ? p.slice(1) : null);
      setBasicErrors(splitErrors(err, onBasics).fields);
      form.setErrors(splitErrors(err, inData).fields);
      setBanner(splitErrors(err, (p) => onBasics(p) ?? inData(p)).banner ? err : null);
      focusFirstInvalid(ref.current);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={ref}
      className="panel schema-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      data-testid="submit-form"
    >
      <h2 className="panel-title">{intake.schema.title ?? t('submit.title')}</h2>
      <p className="form-note">{t('form.requiredNote')}</p>
      <ErrorBanner error={banner} />
      <RequestBasics
        channels={channels}
        value={basics}
        errors={basicErrors}
        disabled={busy}
        onChange={setBasics}
      />
      <SchemaFields schema={intake.schema} ui={intake.ui} form={form} idPrefix="intake" disabled={busy} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="submit-request">
          {busy ? t('common.submitting') : t('submit.submit')}
        </button>
      </div>
    </form>
  );
}
