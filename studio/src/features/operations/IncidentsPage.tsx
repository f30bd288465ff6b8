import { useState } from 'react';
import { operationsApi, type Incident } from '../../api/operations-client';
import { ConfirmButton } from '../../components/ConfirmButton';
import { column, DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useFormat, useT } from '../../i18n';
import { href, usePageTitle } from '../../routing';
import { useSession } from '../../session';

/**
 * 流程异常: the jurisdiction's open engine incidents (a job out of retries, an uncaught BPMN error)
 * with their case; the administrator retries one once its cause is fixed (confirmed first), and
 * the list shows what is left.
 */
export default function IncidentsPage() {
  const t = useT();
  // a failed job's message starts with its type (`case.admissibility: …`): named in words
  const readableMessage = (message: string) => {
    const at = message.indexOf(': ');
    if (at < 0) return message;
    const type = message.slice(0, at);
    // (a routing rule's failure names the rule by its key, which the step's name already says)
    const detail = message.slice(at + 2).replace(/(路由规则) [A-Za-z][\w-]*: /, '$1：');
    return `${t.lookup('job', type, t('ops.jobFailed'))}：${detail}`;
  };
  const f = useFormat();
  const { jurisdiction } = useSession();
  const j = jurisdiction ?? '';
  const incidents = useAsync(() => operationsApi.incidents(j), [j]);
  const [error, setError] = useState<unknown>(null);
  const [retried, setRetried] = useState<string | null>(null);
  usePageTitle(t('ops.incidents'));
  const retry = (incident: Incident) => {
    setError(null);
    operationsApi
      .retry(j, incident.incidentKey)
      .then(() => (setRetried(incident.caseTitle), incidents.reload()), setError);
  };
  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title">{t('ops.incidents')}</h1>
      </div>
      <p className="field-help">{t('ops.incidentsHelp')}</p>
      <ErrorBanner error={error ?? incidents.error} />
      {retried && (
        <p className="banner banner-success" role="status" data-testid="incident-retried">
          {t('ops.retried', { title: retried })}
        </p>
      )}
      {incidents.loading && !incidents.data ? (
        <Loading />
      ) : (incidents.data ?? []).length === 0 ? (
        <EmptyState title={t('ops.noIncidents')} />
      ) : (
        <DataTable<Incident>
          rows={incidents.data ?? []}
          idOf={(i) => i.incidentKey}
          marks={{ table: 'incident-table', row: 'incident-row', id: 'incident' }}
          columns={[
            column('case', t('ops.case'), (i) => <a href={href('cases', i.caseId)}>{i.caseTitle}</a>),
            column('at', t('ops.at'), (i) => f.dateTime(i.at)),
            column('kind', t('ops.kind'), (i) => (i.jobKey ? t('ops.jobFailed') : t('ops.bpmnError'))),
            column('message', t('ops.message'), (i) => (
              <span className="muted">{readableMessage(i.message)}</span>
            )),
            column('retry', t('ops.action'), (i) => (
              <ConfirmButton
                size="small"
                question={t('ops.confirmRetry', { title: i.caseTitle })}
                onConfirm={() => retry(i)}
                testId="incident-retry"
              >
                {t('ops.retry')}
              </ConfirmButton>
            )),
          ]}
        />
      )}
    </div>
  );
}
