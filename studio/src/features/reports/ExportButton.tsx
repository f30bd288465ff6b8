import { Button } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../api/download';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n';

/** 导出 Excel: the month's KPI workbook (summary + 单位排名) as the server builds it. */
export function ExportButton({ jurisdiction, month }: { jurisdiction: string; month: string }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const path = `/jurisdictions/${encodeURIComponent(jurisdiction)}/reports/kpi.xlsx?month=${month}`;
  const run = () => {
    setBusy(true);
    setError(null);
    downloadFile(path, `kpi-${jurisdiction}-${month}.xlsx`)
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Button disabled={busy} onClick={run} data-testid="report-export">
        {busy ? t('report.exporting') : t('report.export')}
      </Button>
      {error !== null && <ErrorBanner error={error} />}
    </>
  );
}
