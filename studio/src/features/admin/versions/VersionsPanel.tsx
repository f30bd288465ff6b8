import { Button, Select, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { VersionRecord, VersionSummary } from '../../../api/definition-types';
import { definitionsApi } from '../../../api/definitions-client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useAsync } from '../../../hooks/use-async';
import { useFormat, useT } from '../../../i18n';
import { StackedTable } from '../StackedTable';
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
  const t = useT();
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
  /** One side of 对比: a version to compare. */
  const versionPick = (side: 'A' | 'B', value: number, onChange: (v: number) => void, testId: string) => (
    <Select
      aria-label={`${t('admin.compare')} ${side}`}
      value={value}
      onChange={onChange}
      options={options}
      data-testid={testId}
    />
  );
  const label = (v: VersionSummary) => (
    <span data-testid={`version-${v.version}`}>
      v{v.version} {v.version === current.version && <Tag color="blue">{t('admin.current')}</Tag>}
      {v.rollbackOf !== null && <Tag color="warning">{t('admin.rollbackTo', { version: v.rollbackOf })}</Tag>}
    </span>
  );
  const publisher = (v: VersionSummary) =>
    v.publishedByName ?? (v.publishedBy === 'definitions-folder' ? t('admin.systemPublisher') : '—');
  const note = (v: VersionSummary) => v.note ?? <span className="admin-muted">{t('admin.noNote')}</span>;
  const action = (v: VersionSummary) =>
    v.version !== current.version && (
      <Button size="small" onClick={() => setRollingBack(v.version)} data-testid={`rollback-${v.version}`}>
        {t('admin.rollback')}
      </Button>
    );
  const columns: TableColumnsType<VersionSummary> = [
    { title: t('admin.versions'), key: 'version', render: (_: unknown, v) => label(v) },
    { title: t('admin.publishedAt'), dataIndex: 'publishedAt', render: (s: string) => fmt.dateTime(s) },
    { title: t('admin.publishedBy'), key: 'publishedBy', render: (_: unknown, v) => publisher(v) },
    { title: t('admin.note'), key: 'note', render: (_: unknown, v) => note(v) },
    { title: '', key: 'actions', render: (_: unknown, v) => action(v) },
  ];
  return (
    <div data-testid="versions">
      <ErrorBanner error={list.error ?? error ?? pair.error} />
      <StackedTable<VersionSummary>
        rows={versions}
        rowKey="version"
        columns={columns}
        stackedTitle={t('admin.versions')}
        stack={(v) => (
          <>
            {label(v)}
            <span className="admin-muted">
              {fmt.dateTime(v.publishedAt)} · {publisher(v)}
            </span>
            <span>{note(v)}</span>
            {action(v)}
          </>
        )}
      />
      {rollingBack !== null && (
        <RollbackDialog
          version={rollingBack}
          onCancel={() => setRollingBack(null)}
          onConfirm={(note) => rollback(rollingBack, note)}
        />
      )}
      <Space className="admin-compare" wrap>
        <span>{t('admin.compare')}</span>
        {versionPick('A', a, setFrom, 'diff-from')}
        <span>{t('admin.with')}</span>
        {versionPick('B', b, setTo, 'diff-to')}
      </Space>
      {pair.data && <VersionDiff a={pair.data[0]} b={pair.data[1]} />}
    </div>
  );
}
