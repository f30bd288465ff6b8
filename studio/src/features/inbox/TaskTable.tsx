import { Button, Space, Tag, type TableColumnsType } from 'antd';
import type { Task } from '../../api/types';
import { CaseNumber } from '../../components/CaseNumber';
import { CountdownBadge } from '../../components/CountdownBadge';
import { DataTable } from '../../components/DataTable';
import { useFormat, useT } from '../../i18n';
import { href } from '../../routing';

export interface TaskTableProps {
  /** 已办: completion time and outcome instead of the deadline, countdown and claim actions. */
  done?: boolean;
  tasks: Task[];
  me: string;
  busyId: string | null;
  onClaim: (task: Task) => void;
  onUnclaim: (task: Task) => void;
}

/** Inbox rows: case, task, due date, working-day countdown, assignee and the row's actions. */
export function TaskTable({ done = false, tasks, me, busyId, onClaim, onUnclaim }: TaskTableProps) {
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
      render: (_, task) => (
        <>
          <CaseNumber value={task.caseNumber} />
          <a href={href('cases', task.caseId)}>{task.caseTitle || task.caseNumber}</a>
        </>
      ),
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
  ];
  const doneColumns: TableColumnsType<Task> = [
    { title: t('inbox.completedAt'), key: 'completed', render: (_, task) => f.dateTime(task.completedAt) },
    {
      title: t('inbox.outcome'),
      key: 'outcome',
      render: (_, task) =>
        task.outcome ? t.lookup('outcome', task.outcome, t('inbox.outcome.done')) : t('inbox.outcome.done'),
    },
    {
      title: <span className="visually-hidden">{t('common.actions')}</span>,
      key: 'actions',
      render: (_, task) => (
        <Button size="small" href={href('cases', task.caseId)} data-testid="task-case-open">
          {t('inbox.viewCase')}
        </Button>
      ),
    },
  ];
  const openColumns: TableColumnsType<Task> = [
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
      columns={[...columns, ...(done ? doneColumns : openColumns)]}
      idOf={(task) => task.id}
      marks={{ table: 'task-table', row: 'task-row', id: 'task-id' }}
    />
  );
}
