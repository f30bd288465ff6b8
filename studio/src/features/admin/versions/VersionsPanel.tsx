import { Button, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { VersionRecord, VersionSummary } from '../../../api/definition-types';
import { definitionsApi } from '../../../api/definitions-client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useAsync } from '../../../hooks/use-async';
import { useFormat } from '../../../i18n';
import { useAdminText } from '../admin-text';
import { RollbackDialog } from './RollbackDialog';
import { VersionDiff } from './VersionDiff';

interface Props {
  jurisdiction: string;
  current: VersionRecord;
  onPublished: (v: VersionRecord) => void;
}

/**
 * 版本: immutable published versions with who published them, their change notes and rollbacks; a
 * diff in words between any two; rollback by publishing an old one again (with a note).
 */
export default function VersionsPanel({ jurisdiction, current, onPublished }: Props) {
  const tx = useAdminText();
  const fmt = useFormat();
  const list = useAsync(() => definitionsApi.versions(jurisdiction), [jurisdiction, current.version]);
  const versions = [...(list.data ?? [])].sort((x, y) => y.version - x.version);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [rollingBack, setRollingBack] = useState<number | null>(null);
  const a = from ?? versions[1]?.version ?? current.version;
  const b = to ?? current.version;
  const pair = useAsync(
    () => Promise.all([definitionsApi.version(jurisdiction, a), definitionsApi.version(jurisdiction, b)]),
    [jurisdiction, a, b],
  );
  const [error, setError] = useState<unknown>(null);
  async function rollback(v: number, note: string) {
    try {
      const r = await definitionsApi.republish(jurisdiction, v, note);
      setRollingBack(null);
      onPublished(await definitionsApi.version(jurisdiction, r.version));
    } catch (e) {
      setError(e);
    }
  }
  const options = versions.map((v) => ({ value: v.version, label: `v${v.version}` }));
  return (
    <div data-testid="versions">
      <ErrorBanner error={list.error ?? error ?? pair.error} />
      <Table<VersionSummary>
        size="small"
        rowKey="version"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={versions}
        columns={[
          {
            title: tx('versions'),
            dataIndex: 'version',
            render: (v: number, row: VersionSummary) => (
              <span data-testid={`version-${v}`}>
                v{v} {v === current.version && <Tag color="blue">{tx('current')}</Tag>}
                {row.rollbackOf !== null && (
                  <Tag color="warning">{tx('rollbackTo', { version: row.rollbackOf })}</Tag>
                )}
              </span>
            ),
          },
          { title: tx('publishedAt'), dataIndex: 'publishedAt', render: (s: string) => fmt.dateTime(s) },
          {
            title: tx('publishedBy'),
            key: 'publishedBy',
            render: (_: unknown, v: VersionSummary) =>
              v.publishedByName ?? (v.publishedBy === 'definitions-folder' ? tx('systemPublisher') : '—'),
          },
          {
            title: tx('note'),
            dataIndex: 'note',
            render: (n: string | null) => n ?? <span className="admin-muted">{tx('noNote')}</span>,
          },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, v: VersionSummary) =>
              v.version !== current.version && (
                <Button
                  size="small"
                  onClick={() => setRollingBack(v.version)}
                  data-testid={`rollback-${v.version}`}
                >
                  {tx('rollback')}
                </Button>
              ),
          },
        ]}
      />
      {rollingBack !== null && (
        <RollbackDialog
          version={rollingBack}
          onCancel={() => setRollingBack(null)}
          onConfirm={(note) => rollback(rollingBack, note)}
        />
      )}
      <Space className="admin-compare" wrap>
        <span>{tx('compare')}</span>
        <Select
          aria-label={`${tx('compare')} A`}
          value={a}
          onChange={setFrom}
          options={options}
          data-testid="diff-from"
        />
        <span>{tx('with')}</span>
        <Select
          aria-label={`${tx('compare')} B`}
          value={b}
          onChange={setTo}
          options={options}
          data-testid="diff-to"
        />
      </Space>
      {pair.data && <VersionDiff a={pair.data[0]} b={pair.data[1]} />}
    </div>
  );
}
