import { Button, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { VersionRecord, VersionSummary } from '../../../api/definition-types';
import { definitionsApi } from '../../../api/definitions-client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useAsync } from '../../../hooks/use-async';
import { useFormat } from '../../../i18n';
import { useAdminText } from '../admin-text';
import { VersionDiff } from './VersionDiff';

interface Props {
  jurisdiction: string;
  current: VersionRecord;
  onPublished: (v: VersionRecord) => void;
}

/** 版本: immutable published versions, a diff between any two, rollback by publishing an old one again. */
export default function VersionsPanel({ jurisdiction, current, onPublished }: Props) {
  const tx = useAdminText();
  const fmt = useFormat();
  const list = useAsync(() => definitionsApi.versions(jurisdiction), [jurisdiction, current.version]);
  const versions = [...(list.data ?? [])].sort((x, y) => y.version - x.version);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const a = from ?? versions[1]?.version ?? current.version;
  const b = to ?? current.version;
  const pair = useAsync(
    () => Promise.all([definitionsApi.version(jurisdiction, a), definitionsApi.version(jurisdiction, b)]),
    [jurisdiction, a, b],
  );
  const [error, setError] = useState<unknown>(null);
  async function rollback(v: number) {
    try {
      const r = await definitionsApi.republish(jurisdiction, v);
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
        dataSource={versions}
        columns={[
          {
            title: tx('versions'),
            dataIndex: 'version',
            render: (v: number) => (
              <span data-testid={`version-${v}`}>
                v{v} {v === current.version && <Tag>{tx('current')}</Tag>}
              </span>
            ),
          },
          { title: tx('publishedAt'), dataIndex: 'publishedAt', render: (s: string) => fmt.dateTime(s) },
          { title: tx('publishedBy'), dataIndex: 'publishedBy' },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, v: VersionSummary) =>
              v.version !== current.version && (
                <Popconfirm title={tx('rollback')} onConfirm={() => void rollback(v.version)}>
                  <Button size="small" data-testid={`rollback-${v.version}`}>
                    {tx('rollback')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
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
