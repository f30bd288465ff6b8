import type { CaseTask } from '../../api/types';
import { column, DataTable } from '../../components/DataTable';
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
        <DataTable<CaseTask>
          rows={tasks}
          idOf={(task) => task.id}
          marks={{ table: 'case-task-table', row: 'case-task-row', id: 'task' }}
          columns={[
            column('name', t('inbox.task'), (task) =>
              linkable && task.status === 'open' ? (
                <a href={href('tasks', task.id)}>{task.name}</a>
              ) : (
                task.name
              ),
            ),
            column('status', t('task.status'), (task) => t(`taskStatus.${task.status}`)),
            column('assignee', t('inbox.assignee'), (task) =>
              task.assignee ? (task.assigneeName ?? t('taskActions.someone')) : t('inbox.unassigned'),
            ),
            column('due', t('inbox.due'), (task) => (
              <>
                {f.dateTime(task.dueAt)}{' '}
                {task.status === 'open' && task.deadlineProvisional && <ProvisionalTag />}
              </>
            )),
            column('completed', t('case.completedAt'), (task) => f.dateTime(task.completedAt)),
          ]}
        />
      )}
    </Panel>
  );
}
