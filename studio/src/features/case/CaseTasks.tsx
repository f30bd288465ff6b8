import type { CaseTask } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ProvisionalTag } from '../../components/ProvisionalTag';
import { useFormat, useT } from '../../i18n';
import { href } from '../../routing';
import { Panel } from '../../components/Panel';

/** The case's tasks: what was or is to be done, by whom, by when. */
export function CaseTasks({ tasks, linkable }: { tasks: CaseTask[]; linkable: boolean }) {
  const t = useT();
  const f = useFormat();
  return (
    <Panel id="case-tasks-title" title={t('case.tasks')} testId="case-tasks">
      {tasks.length === 0 ? (
        <EmptyState title={t('case.noTasks')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('inbox.task')}</th>
                <th scope="col">{t('task.status')}</th>
                <th scope="col">{t('inbox.assignee')}</th>
                <th scope="col">{t('inbox.due')}</th>
                <th scope="col">{t('case.completedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id} data-testid="case-task-row">
                  <td>
                    {linkable && task.status === 'open' ? (
                      <a href={href('tasks', task.id)}>{task.name}</a>
                    ) : (
                      task.name
                    )}
                  </td>
                  <td>{t(`taskStatus.${task.status}`)}</td>
                  <td>{task.assignee ?? t('inbox.unassigned')}</td>
                  <td>
                    {f.dateTime(task.dueAt)}{' '}
                    {task.status === 'open' && task.deadlineProvisional && <ProvisionalTag />}
                  </td>
                  <td>{f.dateTime(task.completedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
