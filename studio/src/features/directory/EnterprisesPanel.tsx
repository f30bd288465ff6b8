import { Button } from 'antd';
import { useState } from 'react';
import { directoryApi } from '../../api/directory-client';
import { downloadFile } from '../../api/download';
import type { Enterprise } from '../../api/directory-types';
import { column, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';
import { EnterpriseImport } from './EnterpriseImport';

const limit = 20;

/** 企业名录: search by name, export to .xlsx, import from .xlsx/.csv with an error report. */
export function EnterprisesPanel({ jurisdiction }: { jurisdiction: string }) {
  const t = useT();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const list = useAsync(
    () => directoryApi.enterprises(jurisdiction, { ...(q.trim() ? { q: q.trim() } : {}), limit, offset }),
    [jurisdiction, q, offset],
  );
  const exportAll = () =>
    downloadFile(directoryApi.paths.export(jurisdiction), 'enterprises.xlsx').catch(setError);
  return (
    <section className="panel" aria-labelledby="ent-title" data-testid="dir-enterprises">
      <div className="panel-head">
        <h2 id="ent-title" className="panel-title">
          {t('dir.enterprises')}
        </h2>
        <Button size="small" onClick={() => void exportAll()} data-testid="ent-export">
          {t('dir.export')}
        </Button>
      </div>
      <EnterpriseImport jurisdiction={jurisdiction} onImported={list.reload} />
      <div className="filters" role="search">
        <label className="filter">
          <span>{t('dir.searchName')}</span>
          <input
            type="search"
            value={q}
            onChange={(e) => (setOffset(0), setQ(e.target.value))}
            data-testid="ent-search"
          />
        </label>
      </div>
      <ErrorBanner error={list.error ?? error} onRetry={list.error ? list.reload : undefined} />
      {list.loading && !list.data ? (
        <Loading />
      ) : (
        <DataTable<Enterprise>
          rows={list.data?.items ?? []}
          idOf={(e) => e.id}
          marks={{ table: 'ent-table', row: 'ent-row', id: 'enterprise' }}
          columns={[
            column('name', t('dir.entName'), (e) => e.name),
            column('creditCode', t('dir.creditCode'), (e) => e.creditCode),
            column('scale', t('dir.scale'), (e) => e.scale ?? '—'),
            column('industry', t('dir.industry'), (e) => e.industry ?? '—'),
            column('area', t('dir.area'), (e) => e.area ?? '—'),
            column('tags', t('dir.tags'), (e) => e.tags.join('、') || '—'),
          ]}
        />
      )}
      {list.data && <Pager offset={offset} limit={limit} total={list.data.total} onChange={setOffset} />}
    </section>
  );
}
