import { Button } from 'antd';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { directoryApi, type SheetKind } from '../../api/directory-client';
import { downloadFile } from '../../api/download';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FilePicker } from '../../components/FilePicker';
import { useT } from '../../i18n';

/**
 * 批量导入: an .xlsx/.csv of enterprises (or the staff sheet, 工作人员表), all rows or none. When rows
 * are refused, the problems are listed and the same file can come back as an error report (the
 * sheet with an 错误 column).
 */
const fileLabel = {
  enterprises: 'dir.importFile',
  staff: 'dir.importStaffFile',
  'service-areas': 'dir.importAreasFile',
} as const;

export function EnterpriseImport({
  jurisdiction,
  onImported,
  sheet = 'enterprises',
}: {
  jurisdiction: string;
  onImported: () => void;
  sheet?: SheetKind;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [imported, setImported] = useState<number | null>(null);
  const refused = error instanceof ApiError && error.status === 422;
  // the enterprise form keeps its original test ids; the staff sheet's are prefixed
  const prefix = sheet === 'enterprises' ? '' : `${sheet}-`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setImported(null);
    directoryApi
      .importSheet(jurisdiction, sheet, file)
      .then((r) => (setImported(r.rows), onImported()), setError)
      .finally(() => setBusy(false));
  };
  const report = () => {
    if (!file) return;
    const body = new FormData();
    body.set('file', file);
    downloadFile(directoryApi.paths.importReport(jurisdiction, sheet), 'import-errors.xlsx', {
      method: 'POST',
      body,
      fileStatuses: [422],
    }).catch(setError);
  };
  return (
    <form className="import-form" onSubmit={submit} data-testid={`${prefix}dir-import`}>
      <label className="field-label" htmlFor={`${prefix}import-file`}>
        {t(fileLabel[sheet])}
      </label>
      <div className="form-actions">
        <FilePicker
          ref={input}
          id={`${prefix}import-file`}
          accept=".xlsx,.csv"
          fileName={file?.name ?? null}
          onPick={(f) => setFile(f ?? null)}
        />
        <Button htmlType="submit" disabled={!file || busy} data-testid={`${prefix}import-submit`}>
          {t('dir.import')}
        </Button>
      </div>
      {imported !== null && (
        <p className="banner banner-success" role="status" data-testid="import-done">
          {t('dir.imported', { n: imported })}
        </p>
      )}
      <ErrorBanner error={error} />
      {refused && (
        <Button size="small" onClick={report} data-testid="import-report">
          {t('dir.importReport')}
        </Button>
      )}
    </form>
  );
}
