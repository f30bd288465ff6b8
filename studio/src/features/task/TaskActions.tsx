import { Button, Modal } from 'antd';
import { useState, type FormEvent } from 'react';
import type { Task } from '../../api/types';
import { taskApi } from '../../api/task-client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n';
import { Field } from '../../components/Field';

type Action = 'giveBack' | 'extension' | 'urge';

export interface TaskActionsProps {
  task: Task;
  me: string;
  /** 催办 is for those who supervise (企服办, leaders). */
  canUrge: boolean;
  onDone: () => void;
}

/** 退回 (with a reason), 延期申请 (working days + reason) and 催办 on an open task. */
export function TaskActions({ task, me, canUrge, onDone }: TaskActionsProps) {
  const t = useT();
  const [open, setOpen] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [days, setDays] = useState(3);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Action | null>(null);
  const mine = task.assignee === me;
  const available: Action[] =
    task.status !== 'open'
      ? []
      : [...(mine ? (['giveBack', 'extension'] as const) : []), ...(canUrge ? (['urge'] as const) : [])];
  if (available.length === 0 && !done) return null;

  const start = (a: Action) => (setOpen(a), setReason(''), setError(null), setDone(null));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!open) return;
    const calls: Record<Action, () => Promise<unknown>> = {
      giveBack: () => taskApi.giveBack(task.id, reason.trim()),
      extension: () => taskApi.requestExtension(task.id, days, reason.trim()),
      urge: () => taskApi.urge(task.id, reason.trim()),
    };
    const send = () => {
      setBusy(true);
      setError(null);
      return calls[open]()
        .then(() => (setDone(open), setOpen(null), onDone()), setError)
        .finally(() => setBusy(false));
    };
    // 催办 notifies the assignee and counts against the day's limit: confirm first
    if (open !== 'urge') return void send();
    Modal.confirm({
      title: t('task.urgeConfirm'),
      content: t('task.urgeConfirmBody'),
      okText: t('task.urgeSend'),
      cancelText: t('task.cancel'),
      onOk: send,
    });
  };
  return (
    <>
      <div className="task-actions">
        {available.map((a) => (
          <Button
            key={a}
            size="small"
            aria-expanded={open === a}
            onClick={() => start(a)}
            data-testid={`task-action-${a}`}
          >
            {t(`task.${a}`)}
          </Button>
        ))}
      </div>
      {done && (
        <p className="banner banner-success" role="status" data-testid="task-action-done">
          {t(`task.actionDone.${done}`)}
        </p>
      )}
      {open && available.includes(open) && (
        <form className="task-action-form" onSubmit={submit} data-testid={`task-action-form-${open}`}>
          <h3 className="form-title">{t(`task.${open}Title`)}</h3>
          <ErrorBanner error={error} />
          {open === 'extension' && (
            <Field id="task-action-days" label={t('task.extensionDays')}>
              <input
                id="task-action-days"
                type="number"
                min={1}
                max={60}
                value={days}
                onChange={(e) => setDays(Number(e.target.value))}
              />
            </Field>
          )}
          <Field id="task-action-reason" label={open === 'urge' ? t('task.urgeMessage') : t('task.reason')}>
            <textarea
              id="task-action-reason"
              rows={3}
              value={reason}
              required
              minLength={2}
              aria-describedby="task-action-reason-help"
              onChange={(e) => setReason(e.target.value)}
              data-testid="task-action-reason"
            />
            <p className="field-help" id="task-action-reason-help">
              {t(open === 'urge' ? 'task.urgeHint' : 'task.reasonHint')}
            </p>
          </Field>
          <div className="form-actions">
            <Button htmlType="submit" type="primary" disabled={busy} data-testid="task-action-send">
              {t('task.send')}
            </Button>
            <Button onClick={() => setOpen(null)}>{t('task.cancel')}</Button>
          </div>
        </form>
      )}
    </>
  );
}
