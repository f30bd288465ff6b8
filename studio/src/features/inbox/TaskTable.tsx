import { Button, Space, Tag, type TableColumnsType } from 'antd';
import type { Task } from '../../api/types';
import { CountdownBadge } from '../../components/CountdownBadge';
import { DataTable } from '../../components/DataTable';
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
  const assignee = (task: Task) =>
    task.assignee === null ? t('inbox.unassigned') : task.assignee === me ? t('inbox.me') : task.assignee;
  const rowAction = (task: Task, action: 'claim' | 'unclaim') => (
    <Button
      size="small"
      type={action === 'claim' ? 'default' : 'text'}
      disabled={busyId === task.id}
      onClick={() => (action === 'claim' ? onClaim : onUnclaim)(task)}
      data-testid={`task-${action}`}
    >
      {t(`task.${action}`)}
    </Button>
  );
  const columns: TableColumnsType<Task> = [
    {
      title: t('inbox.case'),
      key: 'case',
      render: (_, task) => <a href={href('cases', task.caseId)}>{task.caseTitle || task.caseId}</a>,
    },
    {
      title: t('inbox.task'),
      key: 'name',
      render: (_, task) => (
        <>
          {task.name}
          {task.urged && (
            <Tag
              color="red"
              className="urge-marker"
              title={t('inbox.urgedTitle', { message: task.urged.lastMessage })}
              data-testid="urge-marker"
            >
              {t('inbox.urged', { n: task.urged.count })}
            </Tag>
          )}
        </>
      ),
    },
    { title: t('inbox.due'), key: 'due', render: (_, task) => f.deadline(task.dueAt) },
    {
      title: t('inbox.left'),
      key: 'left',
      render: (_, task) => (
        <CountdownBadge
          workingDaysLeft={task.workingDaysLeft}
          dueAt={task.dueAt}
          provisional={task.deadlineProvisional}
        />
      ),
    },
    { title: t('inbox.assignee'), key: 'assignee', render: (_, task) => assignee(task) },
    {
      title: <span className="visually-hidden">{t('common.actions')}</span>,
      key: 'actions',
      render: (_, task) => (
        <Space size="small">
          {task.assignee === null && rowAction(task, 'claim')}
          {task.assignee === me && rowAction(task, 'unclaim')}
          <Button size="small" type="primary" href={href('tasks', task.id)} data-testid="task-open">
            {t('task.open')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <DataTable
      rows={tasks}
      columns={columns}
      idOf={(task) => task.id}
      marks={{ table: 'task-table', row: 'task-row', id: 'task-id' }}
    />
  );
}
