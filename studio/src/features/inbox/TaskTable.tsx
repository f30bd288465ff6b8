import type { Task } from '../../api/types';
import { CountdownBadge } from '../../components/CountdownBadge';
import { useFormat, useT } from '../../i18n';
import { href } from '../../routing';

export interface TaskTableProps {
  tasks: Task[];
  me: string;
  busyId: string | null;
  onClaim: (task: Task) => void;
  onUnclaim: (task: Task) => void;
}

/** Inbox rows: case, task, due date, working-day countdown, assignee and the row's actions. */
export function TaskTable({ tasks, me, busyId, onClaim, onUnclaim }: TaskTableProps) {
  const t = useT();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="task-table">
        <thead>
          <tr>
            <th scope="col">{t('inbox.case')}</th>
            <th scope="col">{t('inbox.task')}</th>
            <th scope="col">{t('inbox.due')}</th>
            <th scope="col">{t('inbox.left')}</th>
            <th scope="col">{t('inbox.assignee')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} data-testid="task-row" data-task-id={task.id}>
              <td>
                <a href={href('cases', task.caseId)}>{task.caseTitle || task.caseId}</a>
              </td>
              <td>{task.name}</td>
              <td>{f.dateTime(task.dueAt)}</td>
              <td>
                <CountdownBadge
                  workingDaysLeft={task.workingDaysLeft}
                  dueAt={task.dueAt}
                  provisional={task.deadlineProvisional}
                />
              </td>
              <td>
                {task.assignee === null
                  ? t('inbox.unassigned')
                  : task.assignee === me
                    ? t('inbox.me')
                    : task.assignee}
              </td>
              <td className="actions">
                {task.assignee === null && (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busyId === task.id}
                    onClick={() => onClaim(task)}
                    data-testid="task-claim"
                  >
                    {t('task.claim')}
                  </button>
                )}
                {task.assignee === me && (
                  <button
                    type="button"
                    className="btn btn-small btn-ghost"
                    disabled={busyId === task.id}
                    onClick={() => onUnclaim(task)}
                    data-testid="task-unclaim"
                  >
                    {t('task.unclaim')}
                  </button>
                )}
                <a
                  className="btn btn-small btn-primary"
                  href={href('tasks', task.id)}
                  data-testid="task-open"
                >
                  {t('task.open')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
