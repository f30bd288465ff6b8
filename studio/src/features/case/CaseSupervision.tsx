import { Tag } from 'antd';
import { caseWorkApi } from '../../api/case-work-client';
import type { Definition } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { useAsync } from '../../hooks/use-async';
import { useFormat, useLabel, useT } from '../../i18n';
import { IssueOrder } from './IssueOrder';

const statusColor = { open: 'processing', answered: 'success', withdrawn: 'default' } as const;

/**
 * 督办单 / 领导批示 of a case: each order's instruction, issuer, target unit, deadline and answer; those
 * the mechanism lets issue (`supervision.issuerRoles`; 领导批示: leaders) issue a new one. The target
 * unit answers from its inbox (督办件办理).
 */
export function CaseSupervision({
  caseId,
  definition,
  canIssue,
  kinds = [],
}: {
  caseId: string;
  definition: Definition | undefined;
  canIssue: boolean;
  kinds?: ('supervision' | 'leader-instruction')[];
}) {
  const t = useT();
  const f = useFormat();
  const label = useLabel();
  const orders = useAsync(() => caseWorkApi.supervision(caseId), [caseId]);
  const groups = definition?.mechanism.groups ?? [];
  const groupName = (id: string) => {
    const g = groups.find((x) => x.id === id);
    return g ? label(g.label) : t('caseWork.unknownUnit');
  };
  const list = orders.data ?? [];
  if (!canIssue && list.length === 0) return null;
  return (
    <Panel id="case-supervision-title" title={t('caseWork.supervision')} testId="case-supervision">
      <ErrorBanner error={orders.error} onRetry={orders.reload} />
      {list.length === 0 ? (
        <EmptyState title={t('caseWork.noOrders')} />
      ) : (
        <ul className="plain-list">
          {list.map((o) => (
            <li key={o.id} className="supervision-order" data-testid="supervision-order">
              <p>
                <Tag>{t(`caseWork.kind.${o.kind}`)}</Tag>
                <Tag color={statusColor[o.status]} data-testid="supervision-status">
                  {t(`caseWork.orderStatus.${o.status}`)}
                </Tag>
              </p>
              <p>{o.instruction}</p>
              <p className="muted">
                {t('caseWork.issued', {
                  name: o.issuedByName ?? t('taskActions.someone'),
                  at: f.dateTime(o.issuedAt),
                  unit: groupName(o.targetGroup),
                  due: f.deadline(o.dueAt),
                })}
              </p>
              {o.answer && (
                <p data-testid="supervision-answer">
                  <strong>
                    {t('caseWork.answered', {
                      name: o.answeredByName ?? t('taskActions.someone'),
                      at: f.dateTime(o.answeredAt),
                    })}
                  </strong>
                  {o.answer}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {canIssue && kinds.length > 0 && (
        <IssueOrder caseId={caseId} groups={groups} kinds={kinds} onIssued={orders.reload} />
      )}
    </Panel>
  );
}
