import type { ErrorSchema } from '@rjsf/utils';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client';
import { splitErrors, underPrefix } from '../../api/error-fields';
import { newIdempotencyKey } from '../../api/idempotency-key';
import type { Case, Definition, FormResource } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { StudioForm, toErrorSchema } from '../../forms/StudioForm';
import { useLabel, useT } from '../../i18n';
import { IntakeFiles, useIntakeFiles } from './IntakeFiles';
import { basicKeys, requestSchema } from './request-schema';

export interface SubmitFormProps {
  jurisdiction: string;
  definition: Definition;
  intake: FormResource;
  onSubmitted: (kase: Case) => void;
}

type Data = Record<string, unknown>;

/**
 * The enterprise's own name and 统一社会信用代码 from its account (GET /me), filled into the intake
 * form's `enterpriseName` and `creditCode` (every shipped intake form names them so) unless typed.
 */
function useOwnEnterprise(intake: FormResource, setData: (f: (d: Data) => Data) => void): void {
  useEffect(() => {
    const fields = intake.schema.properties ?? {};
    let live = true;
    api
      .me()
      .then(({ enterprise }) => {
        if (!live || !enterprise) return;
        const own: Data = {};
        if ('enterpriseName' in fields) own.enterpriseName = enterprise.name;
        if ('creditCode' in fields) own.creditCode = enterprise.creditCode;
        setData((d) => ({ ...own, ...d }));
      })
      .catch(() => undefined); // without it, the enterprise types them
    return () => {
      live = false;
    };
  }, [intake, setData]);
}

/** 提交诉求: channel and title, then the jurisdiction's intake form; errors land on their fields. */
export function SubmitForm({ jurisdiction, definition, intake, onSubmitted }: SubmitFormProps) {
  const t = useT();
  const label = useLabel();
  const channels = definition.mechanism.channels;
  const keys = basicKeys(intake);
  const { schema, ui } = useMemo(
    () =>
      requestSchema(intake, channels, {
        channel: t('submit.channel'),
        title: t('submit.titleField'),
        titleHelp: t('submit.titleHelp'),
        label: (c) => label(c.label, c.id),
      }),
    [intake, channels, t, label],
  );
  const [data, setData] = useState<Data>(channels.length === 1 ? { [keys.channel]: channels[0]!.id } : {});
  const [serverErrors, setServerErrors] = useState<ErrorSchema | undefined>(undefined);
  const [banner, setBanner] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // the case once created: its picked files upload right after; a failed one can be retried
  const [created, setCreated] = useState<Case | null>(null);
  const [uploadFailed, setUploadFailed] = useState(false);
  const files = useIntakeFiles();
  useOwnEnterprise(intake, setData);
  // One key per request being composed: a retried POST after a lost answer creates no duplicate.
  const idempotencyKey = useRef(newIdempotencyKey());

  const uploadFiles = async (kase: Case) => {
    setBusy(true);
    const allDone = await files.upload(kase.id);
    setBusy(false);
    setUploadFailed(!allDone);
    if (allDone) onSubmitted(kase);
  };

  const submit = async (all: Data) => {
    if (created) return uploadFiles(created);
    setBanner(null);
    const { [keys.channel]: channel, [keys.title]: title, ...rest } = all;
    setBusy(true);
    try {
      const body = { channel: String(channel), title: String(title).trim(), data: rest };
      const kase = await api.submitCase(jurisdiction, body, idempotencyKey.current);
      setCreated(kase);
      setBusy(false);
      await uploadFiles(kase);
    } catch (err) {
      const inData = underPrefix('/data', Object.keys(intake.schema.properties ?? {}));
      const basics: Record<string, string> = { '/channel': keys.channel, '/title': keys.title };
      const fieldOf = (p: string) => basics[p] ?? inData(p);
      const split = splitErrors(err, fieldOf);
      setServerErrors(toErrorSchema(split.fields));
      setBanner(split.banner ? err : null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={intake.schema.title ?? t('submit.title')} data-testid="submit-form">
      <Typography.Paragraph type="secondary">{t('form.requiredNote')}</Typography.Paragraph>
      <ErrorBanner error={banner} />
      <StudioForm
        schema={schema}
        uiSchema={ui}
        formData={data}
        idPrefix="intake"
        idSeparator="_"
        disabled={busy || created !== null}
        showErrorList={false}
        liveValidate="onBlur"
        focusOnFirstError
        noHtml5Validate
        extraErrors={serverErrors}
        onError={() => undefined} // errors are shown on their fields
        onChange={(e) => setData(e.formData ?? {})}
        onSubmit={(all) => void submit(all)}
      >
        <IntakeFiles
          files={files.files}
          locked={created !== null}
          onAdd={files.add}
          onRemove={files.remove}
        />
        {uploadFailed && created ? (
          <Alert
            type="warning"
            role="alert"
            data-testid="intake-files-failed"
            message={t('submit.filesFailed')}
            description={
              <Space wrap>
                <Button
                  onClick={() => void uploadFiles(created)}
                  loading={busy}
                  data-testid="intake-files-retry"
                >
                  {t('submit.filesRetry')}
                </Button>
                <Button onClick={() => onSubmitted(created)} disabled={busy} data-testid="intake-files-skip">
                  {t('submit.filesSkip')}
                </Button>
              </Space>
            }
          />
        ) : (
          <Button type="primary" htmlType="submit" loading={busy} data-testid="submit-request">
            {t('submit.submit')}
          </Button>
        )}
      </StudioForm>
    </Card>
  );
}
