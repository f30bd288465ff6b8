import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { jurisdictionApi } from '../../api/jurisdiction-client';
import type { PublishResult } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FilePicker } from '../../components/FilePicker';
import { Panel } from '../../components/Panel';
import { useT } from '../../i18n';

/** 导入辖区包: a .zip from another installation, published as version 1 through the publish gate. */
export function PackageImport() {
  const t = useT();
  const [id, setId] = useState('');
  const [file, setFile] = useState<File | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<PublishResult | null>(null);
  const run = async () => {
    if (!file) return;
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      setDone(await jurisdictionApi.importPackage(id.trim(), file));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Panel id="jur-import-title" title={t('jur.import')} testId="jur-import">
      <p className="muted">{t('jur.importHelp')}</p>
      <ErrorBanner error={error} />
      {done && (
        <p data-testid="jur-imported">
          {t('jur.published', { name: done.jurisdiction, version: done.version })}
        </p>
      )}
      <Form layout="vertical" onFinish={() => void run()}>
        <Form.Item label={t('jur.importId')} htmlFor="jur-import-id" extra={t('jur.idHelp')}>
          <Input id="jur-import-id" value={id} onChange={(e) => setId(e.target.value)} maxLength={40} />
        </Form.Item>
        <Form.Item label={t('jur.importFile')}>
          <FilePicker
            id="jur-import-file"
            accept=".zip,application/zip"
            fileName={file?.name ?? null}
            onPick={setFile}
          />
        </Form.Item>
        <Button
          htmlType="submit"
          type="primary"
          loading={busy}
          disabled={!file || !id.trim()}
          data-testid="jur-import-run"
        >
          {t('jur.importRun')}
        </Button>
      </Form>
    </Panel>
  );
}
