import { useRef, useState } from 'react';
import { attachmentApi } from '../../api/attachment-client';
import { downloadFile } from '../../api/download';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FilePicker } from '../../components/FilePicker';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useFormat, useT } from '../../i18n';
import { Panel } from '../../components/Panel';
import { Field } from '../../components/Field';

const kb = (n: number) =>
  n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

/** 附件: the case's files (download) and an upload (PDF, images, Word, Excel; size-limited by the server). */
export function CaseAttachments({ caseId, canUpload }: { caseId: string; canUpload: boolean }) {
  const t = useT();
  const f = useFormat();
  const list = useAsync(() => attachmentApi.list(caseId), [caseId]);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const upload = (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    attachmentApi
      .upload(caseId, file)
      .then(list.reload, setError)
      .finally(() => {
        setBusy(false);
        if (input.current) input.current.value = '';
      });
  };
  const items = list.data?.items ?? [];
  return (
    <Panel id="attachments-title" title={t('case.attachments')} testId="case-attachments">
      <ErrorBanner error={list.error ?? error} onRetry={list.error ? list.reload : undefined} />
      {list.loading && !list.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted">{t('case.noAttachments')}</p>
      ) : (
        <ul className="attachment-list">
          {items.map((a) => (
            <li key={a.id} data-testid="attachment-row">
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  void downloadFile(attachmentApi.path(caseId, a.id), a.fileName).catch(setError)
                }
              >
                {a.fileName}
              </button>{' '}
              <span className="muted">
                {kb(a.size)} · {f.dateTime(a.uploadedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        <Field id="attachment-file" label={t('case.addAttachment')}>
          <FilePicker
            ref={input}
            id="attachment-file"
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx"
            disabled={busy}
            describedBy="attachment-help"
            onPick={upload}
          />
          <p className="field-help" id="attachment-help">
            {t('case.attachmentHelp')}
          </p>
        </Field>
      )}
    </Panel>
  );
}
