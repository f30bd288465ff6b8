import { Button } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { taskApi } from '../../api/task-client';
import { CaseData, CaseSummary, Timeline } from '../../components/case-view';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useCaseDefinition } from '../../hooks/use-definition';
import { useT } from '../../i18n';
import { href, usePageTitle, type PageProps } from '../../routing';
import { canSupervise, useSession } from '../../session';
import { CaseComments } from '../case/CaseComments';
import { CaseSupervision } from '../case/CaseSupervision';
import { ExtensionRequests } from './ExtensionRequests';
import { TaskActions } from './TaskActions';
import { TaskPanel } from './TaskPanel';
import { TaskWork } from './TaskWork';
import { Panel } from '../../components/Panel';

/** 办理: `#/tasks/<id>` — the case at a glance, its history, and the task's form to complete. */
export default function TaskPage({ params }: PageProps) {
  const t = useT();
  const { user } = useSession();
  const id = params[0] ?? '';
  const detail = useAsync(() => taskApi.get(id), [id]);
  const caseId = detail.data?.case?.id;
  // GET /tasks/:id carries the case but not its timeline; the case detail adds it.
  const timeline = useAsync(() => (caseId ? api.caseDetail(caseId) : Promise.resolve(null)), [caseId]);
  // the case's own version, as on the case page: its outcomes, fields and rating labels as they were for it
  const { data: definition } = useCaseDefinition(detail.data?.case ?? undefined);
  const [busy, setBusy] = useState(false);
  const [claimError, setClaimError] = useState<unknown>(null);
  usePageTitle(detail.data?.task.name ?? t('task.title'));

  if (detail.loading && !detail.data) return <Loading />;
  if (!detail.data) return <ErrorBanner error={detail.error} onRetry={detail.reload} />;
  const { task, case: kase } = detail.data;
  const claim = (call: (id: string) => Promise<unknown>) => {
    setBusy(true);
    setClaimError(null);
    call(task.id)
      .then(detail.reload, setClaimError)
      .finally(() => setBusy(false));
  };

  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title" data-testid="task-name">
          {task.name}
        </h1>
        <Button href={href('inbox')} type="text" data-testid="back-to-inbox-top">
          {t('task.backToInbox')}
        </Button>
      </div>
      <div className="columns">
        <div className="column-main">
          <Panel id="task-work-title" title={t('task.work')} testId="task-work">
            <ErrorBanner error={claimError} />
            <TaskPanel
              task={task}
              assigneeName={detail.data.assigneeName}
              me={user?.id ?? ''}
              busy={busy}
              claimable={!detail.data.actions.decideExtension}
              onClaim={() => claim(taskApi.claim)}
              onUnclaim={() => claim(taskApi.unclaim)}
            />
            {task.status === 'open' && (
              <TaskActions
                detail={detail.data}
                canUrge={canSupervise(user)}
                onDone={() => (detail.reload(), timeline.reload())}
              />
            )}
            <ExtensionRequests detail={detail.data} onDecided={() => (detail.reload(), timeline.reload())} />
            <TaskWork detail={detail.data} me={user?.id ?? ''} onCompleted={timeline.reload} />
          </Panel>
          {kase && <CaseData kase={kase} definition={definition} />}
          {kase && <CaseSupervision caseId={kase.id} definition={definition} canIssue={false} />}
          {kase && timeline.data && (
            <CaseComments caseId={kase.id} timeline={timeline.data.timeline} onAdded={timeline.reload} />
          )}
        </div>
        <div className="column-side">
          {kase && (
            <CaseSummary
              kase={kase}
              definition={definition}
              workingDaysLeft={timeline.data?.workingDaysLeft ?? null}
            />
          )}
          {timeline.data ? (
            <Timeline events={timeline.data.timeline} definition={definition} />
          ) : (
            timeline.loading && <Loading />
          )}
        </div>
      </div>
    </div>
  );
}
