import { Button, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { jurisdictionApi } from '../../api/jurisdiction-client';
import type { Jurisdiction } from '../../api/types';
import { column, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { useAsync } from '../../hooks/use-async';
import { useLabel, useT } from '../../i18n';
import { href, navigate } from '../../routing';
import { useSession } from '../../session';

/** Every jurisdiction with its current version and status; export, archive (停用) and restore (恢复). */
export function JurisdictionList() {
  const t = useT();
  const label = useLabel();
  const { setJurisdiction } = useSession();
  const list = useAsync(() => jurisdictionApi.list(), []);
  const [error, setError] = useState<unknown>(null);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      list.reload();
    } catch (err) {
      setError(err);
    }
  };
  const open = (j: Jurisdiction) => {
    setJurisdiction(j.id);
    navigate(['admin']);
  };
  return (
    <Panel id="jur-list-title" title={t('jur.list')} testId="jur-list">
      <Space wrap style={{ marginBottom: 12 }}>
        <a className="btn btn-primary" href={href('jurisdictions', 'new')} data-testid="jur-new">
          {t('jur.new')}
        </a>
      </Space>
      <ErrorBanner error={error ?? list.error} onRetry={list.reload} />
      <DataTable<Jurisdiction>
        rows={list.data ?? []}
        idOf={(j) => j.id}
        marks={{ table: 'jur-table', row: 'jur-row', id: 'jurisdiction' }}
        columns={[
          column('name', t('jur.name'), (j) => label(j.name, j.id)),
          column('version', t('jur.version'), (j) => t('jur.versionN', { version: j.version })),
          column('status', t('jur.status'), (j) =>
            j.status === 'archived' ? (
              <Tag color="#595959">{t('jur.archived')}</Tag>
            ) : (
              <Tag color="#237804">{t('jur.active')}</Tag>
            ),
          ),
          column('actions', '', (j) => (
            <Space size={4} wrap>
              <Button size="small" onClick={() => open(j)}>
                {t('jur.open')}
              </Button>
              <Button
                size="small"
                onClick={() => void act(() => jurisdictionApi.exportPackage(j.id))}
                data-testid="jur-export"
              >
                {t('jur.export')}
              </Button>
              {j.status === 'archived' ? (
                <Button
                  size="small"
                  onClick={() => void act(() => jurisdictionApi.restore(j.id))}
                  data-testid="jur-restore"
                >
                  {t('jur.restore')}
                </Button>
              ) : (
                <Popconfirm
                  title={t('jur.archiveConfirm', { name: label(j.name, j.id) })}
                  onConfirm={() => void act(() => jurisdictionApi.archive(j.id))}
                >
                  <Button size="small" danger data-testid="jur-archive">
                    {t('jur.archive')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          )),
        ]}
      />
    </Panel>
  );
}
