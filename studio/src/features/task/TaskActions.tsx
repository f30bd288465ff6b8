import { Button } from 'antd';
import { useState } from 'react';
import type { TaskDetail } from '../../api/types';
import { taskApi } from '../../api/task-client';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n';
import { Field } from '../../components/Field';
import { AssigneePicker } from './AssigneePicker';

type Action = 'giveBack' | 'extension' | 'reassign' | 'urge';

export interface TaskActionsProps {
  detail: TaskDetail;
  /** 催办 is for those who supervise (企服办, leaders). */
  canUrge: boolean;
  onDone: () => void;
}

/**
 * The actions the server offers on this task (`detail.actions`: the mechanism decides 延期 and
 * whether 退回 is an action or a choice in the form): 退回, 申请延期, 改派 and 催办, each with a
 * reason, a confirmation where it is consequential, and its state after.
 */
export function TaskActions({ detail, canUrge, onDone }: TaskActionsProps) {
  const t = useT();
  const { task, actions } = detail;
  const [open, setOpen] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [days, setDays] = useState(1);
  const [assignee, setAssignee] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Action | null>(null);
  const offered: Record<Action, boolean> = {
    giveBack: actions.giveBack,
    extension: actions.extension,
    reassign: actions.reassign,
    urge: canUrge && task.status === 'open' && !actions.decideExtension,
  };
  const available = (Object.keys(offered) as Action[]).filter((a) => offered[a]);
  if (available.length === 0 && !done && !actions.returnInForm) return null;

  const start = (a: Action) => (setOpen(a), setReason(''), setError(null), setDone(null));
  const calls: Record<Action, () => Promise<unknown>> = {
    giveBack: () => taskApi.giveBack(task.id, reason.trim()),
    extension: () => taskApi.requestExtension(task.id, days, reason.trim()),
    reassign: () => taskApi.reassign(task.id, assignee, reason.trim()),
    urge: () => taskApi.urge(task.id, reason.trim()),
  };
  const send = () => {
    if (!open) return;
    setBusy(true);
    setError(null);
    calls[open]()
      .then(() => (setDone(open), setOpen(null), onDone()), setError)
      .finally(() => setBusy(false));
  };
  const ready = (open === 'urge' || reason.trim().length >= 2) && (open !== 'reassign' || assignee !== '');
  return (
    <>
      {actions.returnInForm && task.status === 'open' && (
        <p className="field-help" data-testid="return-in-form">
          {t('taskActions.returnInForm')}
        </p>
      )}
      <div className="task-actions">
        {available.map((a) => (
          <Button
            key={a}
            size="small"
            aria-expanded={open === a}
            onClick={() => start(a)}
            data-testid={`task-action-${a}`}
          >
            {t(`taskActions.${a}`)}
          </Button>
        ))}
      </div>
      {done && (
        <p className="banner banner-success" role="status" data-testid="task-action-done">
          {t(`taskActions.done.${done}`)}
        </p>
      )}
      {open && available.includes(open) && (
        <form
          className="task-action-form"
          onSubmit={(e) => e.preventDefault()}
          data-testid={`task-action-form-${open}`}
        >
          <h3 className="form-title">{t(`taskActions.${open}`)}</h3>
          <ErrorBanner error={error} />
          {open === 'extension' && (
            <Field id="task-action-days" label={t('task.extensionDays')}>
              <input
                id="task-action-days"
                type="number"
                min={1}
                max={actions.maxExtensionWorkingDays}
                value={days}
                onChange={(e) => setDays(Number(e.target.value))}
                data-testid="task-action-days"
              />
              <p className="field-help">
                {t('taskActions.maxDays', { days: actions.maxExtensionWorkingDays })}
              </p>
            </Field>
          )}
          {open === 'reassign' && <AssigneePicker taskId={task.id} value={assignee} onChange={setAssignee} />}
          <Field id="task-action-reason" label={open === 'urge' ? t('task.urgeMessage') : t('task.reason')}>
            <textarea
              id="task-action-reason"
              rows={3}
              value={reason}
              aria-describedby="task-action-reason-help"
              onChange={(e) => setReason(e.target.value)}
              data-testid="task-action-reason"
            />
            {open !== 'urge' && (
              <p className="field-help" id="task-action-reason-help">
                {t('task.reasonHint')}
              </p>
            )}
          </Field>
          <div className="form-actions">
            <ConfirmButton
              type="primary"
              disabled={busy || !ready}
              question={t(`taskActions.confirm.${open}`)}
              onConfirm={send}
              testId="task-action-send"
            >
              {t('task.send')}
            </ConfirmButton>
            <Button onClick={() => setOpen(null)}>{t('task.cancel')}</Button>
          </div>
        </form>
      )}
    </>
  );
}
