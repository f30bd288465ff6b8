import { useState } from 'react';
import { api } from '../../api/client';
import { exceptionKinds, type ExceptionKind } from '../../api/report-types';
import type { Case } from '../../api/types';
import { column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProvisionalTag } from '../../components/ProvisionalTag';
import { Loading } from '../../components/Loading';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../hooks/use-async';
import { useFormat, useT } from '../../i18n';
import { href } from '../../routing';
import { Panel } from '../../components/Panel';

export interface ExceptionListsProps {
  jurisdiction: string;
  counts: Record<ExceptionKind, number>;
}

/** 异常件: 预警件, 不满意件, 超期办结件, 二次交办件, 领导批示件 — one tab each with its count. */
export function ExceptionLists({ jurisdiction, counts }: ExceptionListsProps) {
  const t = useT();
  const f = useFormat();
  const [kind, setKind] = useState<ExceptionKind>('warning');
  const list = useAsync(() => api.exceptions(jurisdiction, kind, { limit: 10 }), [jurisdiction, kind]);
  return (
    <Panel id="exceptions-title" title={t('report.exceptions')} testId="report-exceptions">
      <div role="tablist" aria-label={t('report.exceptions')} className="tabs">
        {exceptionKinds.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`exc-tab-${k}`}
            aria-selected={k === kind}
            aria-controls="exc-panel"
            className={`tab${counts[k] ? ' tab-alert' : ''}`}
            onClick={() => setKind(k)}
            data-testid={`exc-tab-${k}`}
          >
            {t(`report.exc.${k}`)}
            <span className="tab-count">{counts[k]}</span>
          </button>
        ))}
      </div>
      <div id="exc-panel" role="tabpanel" aria-labelledby={`exc-tab-${kind}`} className="tab-panel">
        <ErrorBanner error={list.error} onRetry={list.reload} />
        {list.loading && !list.data ? (
          <Loading />
        ) : list.data?.items.length === 0 ? (
          <EmptyState title={t('report.excEmpty')} testId="exc-empty" />
        ) : (
          <DataTable<Case>
            rows={list.data?.items ?? []}
            idOf={(c) => c.id}
            marks={{ table: 'exc-table', row: 'exc-row', id: 'case' }}
            columns={[
              column('case', t('inbox.case'), (c) => <a href={href('cases', c.id)}>{c.title}</a>),
              column('status', t('case.status'), (c) => <StatusBadge status={c.status} />),
              column('created', t('case.createdAt'), (c) => f.dateTime(c.createdAt)),
              column('deadline', t('case.deadline'), (c) => (
                <>
                  {f.deadline(c.deadlineAt)}{' '}
                  {c.status === 'open' && c.deadlineProvisional && <ProvisionalTag />}
                </>
              )),
            ]}
          />
        )}
      </div>
    </Panel>
  );
}
