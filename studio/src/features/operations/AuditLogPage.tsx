import { useState } from 'react';
import { directoryApi } from '../../api/directory-client';
import { operationsApi, type AuditEntry, type AuditQuery } from '../../api/operations-client';
import { column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { SelectFilter } from '../../components/SelectFilter';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useAsync } from '../../hooks/use-async';
import { useFormat, useLang, useT } from '../../i18n';
import { usePageTitle } from '../../routing';
import { useSession } from '../../session';
import { auditActionName, auditActions } from './audit-actions';

const pageSize = 20;
/** A date input's day as the start (or end) of that day in the browser's time zone, ISO. */
const dayEdge = (day: string, end: boolean) =>
  day ? new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString() : undefined;

/** 审计日志: who did what and when, newest first, filtered by person, action and date range; names only. */
export default function AuditLogPage() {
  const t = useT();
  const f = useFormat();
  const { lang } = useLang();
  const { jurisdiction } = useSession();
  const [actorId, setActorId] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [offset, setOffset] = useState(0);
  usePageTitle(t('ops.audit'));
  const staff = useAsync(() => directoryApi.staff(jurisdiction ?? ''), [jurisdiction]);
  const query: AuditQuery = {
    ...(actorId ? { actorId } : {}),
    ...(action ? { action } : {}),
    ...(from ? { from: dayEdge(from, false) } : {}),
    ...(to ? { to: dayEdge(to, true) } : {}),
    limit: pageSize,
    offset,
  };
  const entries = useAsync(() => operationsApi.audit(query), [actorId, action, from, to, offset]);
  const filter = (set: (v: string) => void) => (v: string) => (set(v), setOffset(0));
  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title">{t('ops.audit')}</h1>
      </div>
      <div className="filters" data-testid="audit-filters">
        <SelectFilter
          label={t('ops.actor')}
          value={actorId}
          onChange={filter(setActorId)}
          placeholder={t('ops.everyone')}
          choices={(staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }))}
          testId="audit-actor"
        />
        <SelectFilter
          label={t('ops.actionName')}
          value={action}
          onChange={filter(setAction)}
          placeholder={t('ops.allActions')}
          choices={auditActions.map(([code]) => ({ value: code, label: auditActionName(code, lang) }))}
          testId="audit-action"
        />
        <Field id="audit-from" label={t('ops.from')}>
          <input id="audit-from" type="date" value={from} onChange={(e) => filter(setFrom)(e.target.value)} />
        </Field>
        <Field id="audit-to" label={t('ops.to')}>
          <input id="audit-to" type="date" value={to} onChange={(e) => filter(setTo)(e.target.value)} />
        </Field>
      </div>
      <ErrorBanner error={entries.error} onRetry={entries.reload} />
      {entries.loading && !entries.data ? (
        <Loading />
      ) : (entries.data?.items ?? []).length === 0 ? (
        <EmptyState title={t('ops.noEntries')} />
      ) : (
        <>
          <DataTable<AuditEntry>
            rows={entries.data?.items ?? []}
            idOf={(e) => e.id}
            marks={{ table: 'audit-table', row: 'audit-row', id: 'entry' }}
            columns={[
              column('at', t('ops.at'), (e) => f.dateTime(e.at)),
              column('actor', t('ops.actor'), (e) => e.actorName ?? t('ops.anonymous')),
              column('action', t('ops.actionName'), (e) => auditActionName(e.action, lang)),
              column('status', t('ops.outcome'), (e) => (e.status < 400 ? t('ops.ok') : t('ops.refused'))),
            ]}
          />
          <Pager total={entries.data?.total ?? 0} offset={offset} limit={pageSize} onChange={setOffset} />
        </>
      )}
    </div>
  );
}
