import { useT } from '../../../i18n';
import { Alert, Button, Grid, Modal, Select, Space, Typography, type ButtonProps } from 'antd';
import { NoteField } from '../../../components/NoteField';
import { Fragment, useState } from 'react';
import type { CaseMigrationCheck, VersionRecord } from '../../../api/definition-types';
import { definitionsApi } from '../../../api/definitions-client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useAsync } from '../../../hooks/use-async';
import { MigrationTable } from './MigrationTable';

/**
 * 迁移: move open cases from one version to another — choose the versions, dry-run (per case: its
 * current steps, movable or not and why), then execute with a note recorded on every moved case.
 */
export default function MigrationPanel({
  jurisdiction,
  current,
}: {
  jurisdiction: string;
  current: VersionRecord;
}) {
  const t = useT();
  const list = useAsync(() => definitionsApi.versions(jurisdiction), [jurisdiction, current.version]);
  const versions = [...(list.data ?? [])].sort((x, y) => y.version - x.version);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const source = from ?? versions[1]?.version ?? current.version;
  const target = to ?? current.version;
  const open = useAsync(() => definitionsApi.openCases(jurisdiction, source), [jurisdiction, source]);
  const [cases, setCases] = useState<CaseMigrationCheck[] | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const plan = { fromVersion: source, toVersion: target };
  const movable = cases?.filter((c) => c.movable).length ?? 0;

  async function dryRun() {
    setBusy(true);
    setError(null);
    try {
      setCases((await definitionsApi.migrationDryRun(jurisdiction, plan)).cases);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  async function execute() {
    setBusy(true);
    try {
      const r = await definitionsApi.migrate(jurisdiction, plan, note.trim());
      setConfirming(false);
      setDone(t('admin.migrateDone', { migrated: r.migrated.length, refused: r.refused.length }));
      setNote('');
      open.reload();
      setCases((await definitionsApi.migrationDryRun(jurisdiction, plan)).cases);
    } catch (e) {
      setConfirming(false);
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const options = versions.map((v) => ({
    value: v.version,
    label: `v${v.version}${v.note ? ` · ${v.note}` : ''}`,
  }));
  const pick = (set: (v: number) => void) => (v: number) => (set(v), setCases(null), setDone(null));
  // a phone: one control a line, each version list as wide as the screen (a note-long option list
  // beside a narrow select would run past the screen's edge)
  const narrow = Grid.useBreakpoint().xs === true;
  const selectWidth = narrow ? { width: '100%' } : undefined;
  return (
    <div data-testid="migration" className="admin-migration">
      <Typography.Paragraph>{t('admin.migrationIntro')}</Typography.Paragraph>
      <ErrorBanner error={list.error ?? open.error ?? error} />
      <Space wrap orientation={narrow ? 'vertical' : 'horizontal'} style={selectWidth}>
        {(['from', 'to'] as const).map((end) => (
          <Fragment key={end}>
            <label htmlFor={`migration-${end}`}>
              {t(end === 'from' ? 'admin.fromVersion' : 'admin.toVersion')}
            </label>
            <Select
              id={`migration-${end}`}
              value={end === 'from' ? source : target}
              onChange={pick(end === 'from' ? setFrom : setTo)}
              options={options}
              data-testid={`migration-${end}`}
              style={selectWidth}
              popupMatchSelectWidth={narrow}
            />
          </Fragment>
        ))}
        <Button
          onClick={() => void dryRun()}
          loading={busy}
          disabled={source === target}
          data-testid="migration-dry-run"
        >
          {t('admin.dryRun')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" data-testid="migration-open">
        {source === target
          ? t('admin.sameVersion')
          : open.data && t('admin.openCasesOn', { count: open.data.count, version: source })}
      </Typography.Paragraph>
      {done && <Alert type="success" showIcon title={done} data-testid="migration-done" />}
      {cases &&
        (cases.length ? (
          <MigrationTable cases={cases} />
        ) : (
          <Alert type="info" title={t('admin.nothingToMigrate')} />
        ))}
      {cases && movable > 0 && (
        <div className="admin-migrate-form">
          <NoteField action="migration" value={note} onChange={setNote} />
          <Button
            type="primary"
            disabled={!note.trim()}
            onClick={() => setConfirming(true)}
            data-testid="migration-execute"
          >
            {t('admin.migrate')}（{movable}）
          </Button>
        </div>
      )}
      {confirming && (
        <Modal
          open
          title={t('admin.migrateConfirm', { count: movable, from: source, to: target })}
          okText={t('admin.migrate')}
          cancelText={t('admin.cancel')}
          onOk={() => void execute()}
          onCancel={() => setConfirming(false)}
          okButtonProps={{ loading: busy, 'data-testid': 'migrate-confirm' } as ButtonProps}
        >
          <Typography.Paragraph>{note}</Typography.Paragraph>
        </Modal>
      )}
    </div>
  );
}
