import { Button } from 'antd';
import { useState } from 'react';
import { directoryApi } from '../../api/directory-client';
import { downloadFile } from '../../api/download';
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
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('dir.entName')}</th>
                <th scope="col">{t('dir.creditCode')}</th>
                <th scope="col">{t('dir.scale')}</th>
                <th scope="col">{t('dir.industry')}</th>
                <th scope="col">{t('dir.area')}</th>
                <th scope="col">{t('dir.tags')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.items.map((e) => (
                <tr key={e.id} data-testid="ent-row">
                  <td>{e.name}</td>
                  <td>{e.creditCode}</td>
                  <td>{e.scale ?? '—'}</td>
                  <td>{e.industry ?? '—'}</td>
                  <td>{e.area ?? '—'}</td>
                  <td>{e.tags.join('、') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && <Pager offset={offset} limit={limit} total={list.data.total} onChange={setOffset} />}
    </section>
  );
}
