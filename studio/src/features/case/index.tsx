import { Button } from 'antd';
import { api } from '../../api/client';
import { CaseData, CaseSummary, Timeline } from '../../components/case-view';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useDefinition } from '../../hooks/use-definition';
import { useLiveUpdates } from '../../hooks/use-live-updates';
import { useT } from '../../i18n';
import { usePageTitle, type PageProps } from '../../routing';
import { isEnterprise, isStaff, useSession } from '../../session';
import { CaseAttachments } from './CaseAttachments';
import { CaseComments } from './CaseComments';
import { CaseSupervision } from './CaseSupervision';
import { issuerRolesOf, supervisionKinds } from './supervision-kinds';
import { CaseRating } from './CaseRating';
import { CaseTasks } from './CaseTasks';

/** 诉求详情: `#/cases/<id>` — summary and deadline, request data, tasks, rating and timeline. */
export default function CasePage({ params }: PageProps) {
  const t = useT();
  const { user } = useSession();
  const id = params[0] ?? '';
  const detail = useAsync(() => api.caseDetail(id), [id]);
  const { data: definition } = useDefinition(detail.data?.case.jurisdiction ?? user?.jurisdiction ?? null);
  usePageTitle(detail.data?.case.title ?? t('case.pageTitle'));
  useLiveUpdates(['case.event'], detail.reload);

  if (detail.loading && !detail.data) return <Loading />;
  if (!detail.data) return <ErrorBanner error={detail.error} onRetry={detail.reload} />;
  const { case: kase, timeline, tasks, rating, workingDaysLeft, awaiting } = detail.data;
  const kinds = supervisionKinds(user?.roles ?? [], issuerRolesOf(definition));
  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title">{t('case.pageTitle')}</h1>
        <Button type="text" onClick={() => history.back()} data-testid="case-back">
          {t('common.back')}
        </Button>
      </div>
      <div className="columns">
        <div className="column-main">
          <CaseSummary kase={kase} definition={definition} workingDaysLeft={workingDaysLeft} />
          <CaseData kase={kase} definition={definition} />
          <CaseAttachments caseId={kase.id} canUpload={kase.status === 'open'} />
          {!isEnterprise(user) && <CaseTasks tasks={tasks} linkable={isStaff(user)} />}
          {!isEnterprise(user) && (
            <CaseSupervision
              caseId={kase.id}
              definition={definition}
              canIssue={kase.status === 'open' && kinds.length > 0}
              kinds={kinds}
            />
          )}
          {!isEnterprise(user) && (
            <CaseComments caseId={kase.id} timeline={timeline} onAdded={detail.reload} />
          )}
        </div>
        <div className="column-side">
          <CaseRating
            kase={kase}
            rating={rating}
            definition={definition}
            canRate={isEnterprise(user) && awaiting === 'rating'}
            onRated={detail.reload}
          />
          <Timeline events={timeline} definition={definition} />
        </div>
      </div>
    </div>
  );
}
