import { Tag } from 'antd';
import { useState } from 'react';
import { taskApi } from '../../api/task-client';
import type { ExtensionState, TaskDetail } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorBanner } from '../../components/ErrorBanner';
import { NoteField } from '../../components/NoteField';
import { useFormat, useT } from '../../i18n';

const colors = { pending: 'processing', approved: 'success', refused: 'error' } as const;

/** One request: who asked for how many working days and why; the decision, by whom, the new deadline. */
function RequestFacts({ request }: { request: ExtensionState }) {
  const t = useT();
  const f = useFormat();
  return (
    <li className="extension-request" data-testid="extension-request">
      <p>
        <Tag color={colors[request.status]} data-testid="extension-status">
          {t(`taskActions.extension.${request.status}`)}
        </Tag>
        {t('taskActions.extension.asked', {
          name: request.requestedByName ?? t('taskActions.someone'),
          days: request.workingDays,
          at: f.dateTime(request.requestedAt),
        })}
      </p>
      <p className="muted">
        {t('task.reason')}：{request.reason}
      </p>
      {request.status !== 'pending' && (
        <p data-testid="extension-decision">
          {t('taskActions.extension.decided', {
            name: request.decidedByName ?? t('taskActions.someone'),
            at: f.dateTime(request.decidedAt),
          })}
          {request.decisionReason ? `：${request.decisionReason}` : ''}
          {request.deadlineAt && (
            <strong> {t('taskActions.extension.newDeadline', { at: f.deadline(request.deadlineAt) })}</strong>
          )}
        </p>
      )}
    </li>
  );
}

/**
 * 延期申请 on a task page: the handler sees its requests and their decisions; on a 延期审批 item the
 * dispatcher reads the request and approves or refuses it with a reason (confirmed first).
 */
export function ExtensionRequests({ detail, onDecided }: { detail: TaskDetail; onDecided: () => void }) {
  const t = useT();
  const f = useFormat();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { extensions, actions, case: kase } = detail;
  if (extensions.length === 0) return null;
  const pending = extensions.find((e) => e.status === 'pending');
  const decide = (approve: boolean) => {
    if (!pending || !kase) return;
    setBusy(true);
    setError(null);
    taskApi
      .decideExtension(kase.id, pending.requestId, approve, reason.trim())
      .then(onDecided, setError)
      .finally(() => setBusy(false));
  };
  return (
    <div className="extension-requests" data-testid="extension-requests">
      <h3 className="form-title">{t('taskActions.extension.title')}</h3>
      <ul className="plain-list">
        {extensions.map((r) => (
          <RequestFacts key={r.requestId} request={r} />
        ))}
      </ul>
      {actions.decideExtension && pending && (
        <form
          className="task-action-form"
          onSubmit={(e) => e.preventDefault()}
          data-testid="extension-decide"
        >
          <p>{t('taskActions.extension.currentDeadline', { at: f.deadline(kase?.deadlineAt) })}</p>
          <ErrorBanner error={error} />
          <NoteField action="extension-decision" value={reason} onChange={setReason} />
          <div className="form-actions">
            <ConfirmButton
              type="primary"
              disabled={busy || reason.trim().length < 2}
              question={t('taskActions.extension.confirmApprove', { days: pending.workingDays })}
              onConfirm={() => decide(true)}
              testId="extension-approve"
            >
              {t('taskActions.extension.approve')}
            </ConfirmButton>
            <ConfirmButton
              danger
              disabled={busy || reason.trim().length < 2}
              question={t('taskActions.extension.confirmRefuse')}
              onConfirm={() => decide(false)}
              testId="extension-refuse"
            >
              {t('taskActions.extension.refuse')}
            </ConfirmButton>
          </div>
        </form>
      )}
    </div>
  );
}
