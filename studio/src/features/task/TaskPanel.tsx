import { Button } from 'antd';
import type { Task } from '../../api/types';
import { CountdownBadge } from '../../components/CountdownBadge';
import { useFormat, useT } from '../../i18n';

export interface TaskPanelProps {
  task: Task;
  /** The assignee's display name (never the id). */
  assigneeName: string | null;
  me: string;
  busy: boolean;
  /** false for a 延期审批 item: it is decided, not claimed and worked. */
  claimable: boolean;
  onClaim: () => void;
  onUnclaim: () => void;
}

/** The task's facts (due date, countdown, assignee) and its claim/release button. */
export function TaskPanel({ task, assigneeName, me, busy, claimable, onClaim, onUnclaim }: TaskPanelProps) {
  const t = useT();
  const f = useFormat();
  const open = task.status === 'open';
  return (
    <div className="task-facts" data-testid="task-facts">
      <dl className="facts">
        <div className="fact">
          <dt>{t('inbox.due')}</dt>
          <dd>
            {f.dateTime(task.dueAt)}{' '}
            {open && task.dueAt && (
              <CountdownBadge
                workingDaysLeft={task.workingDaysLeft}
                dueAt={task.dueAt}
                provisional={task.deadlineProvisional}
                testId="task-countdown"
              />
            )}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('inbox.assignee')}</dt>
          <dd data-testid="task-assignee">
            {task.assignee === null
              ? t('inbox.unassigned')
              : task.assignee === me
                ? t('inbox.me')
                : (assigneeName ?? t('taskActions.someone'))}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('task.status')}</dt>
          <dd data-testid="task-status">{t(`taskStatus.${task.status}`)}</dd>
        </div>
      </dl>
      {open && task.assignee === null && claimable && (
        <Button disabled={busy} onClick={onClaim} data-testid="task-claim">
          {t('task.claim')}
        </Button>
      )}
      {open && task.assignee === me && (
        <Button type="text" disabled={busy} onClick={onUnclaim} data-testid="task-unclaim">
          {t('task.unclaim')}
        </Button>
      )}
    </div>
  );
}
