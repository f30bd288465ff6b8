import { Button, Space, Tag, type TableColumnsType } from 'antd';
import type { Mechanism, Task } from '../../api/types';
import { CaseNumber } from '../../components/CaseNumber';
import { CountdownBadge } from '../../components/CountdownBadge';
import { DataTable } from '../../components/DataTable';
import type { RecordCard } from '../../components/RecordCards';
import { useFormat, useLabel, useT } from '../../i18n';
import { href } from '../../routing';

export interface TaskTableProps {
  /** 已办: completion time and outcome instead of the deadline, countdown and claim actions. */
  done?: boolean;
  /** 全部在办 for a leader: it oversees, so rows open the case page and offer no claim. */
  readOnly?: boolean;
  tasks: Task[];
  /** The mechanism's groups, to name an unclaimed task's group. */
  groups: Mechanism['groups'];
  me: string;
  busyId: string | null;
  onClaim: (task: Task) => void;
  onUnclaim: (task: Task) => void;
}

/** Inbox rows: case, task, due date, working-day countdown, assignee and the row's actions; cards on a phone. */
export function TaskTable(props: TaskTableProps) {
  const { done = false, readOnly = false, tasks, groups, me, busyId, onClaim, onUnclaim } = props;
  const t = useT();
  const f = useFormat();
  const label = useLabel();
  const groupNames = (task: Task) =>
    task.candidateGroups
      .map((id) => label(groups.find((g) => g.id === id)?.label, ''))
      .filter(Boolean)
      .join('、');
  const assignee = (task: Task) => {
    if (task.assignee === me) return t('inbox.me');
    if (task.assignee !== null) return task.assigneeName ?? t('timeline.staff');
    const group = groupNames(task);
    return group ? `${t('inbox.unassigned')}（${group}）` : t('inbox.unassigned');
  };
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
  const caseLink = (task: Task) => (
    <a href={href('cases', task.caseId)}>{task.caseTitle || task.caseNumber}</a>
  );
  const urged = (task: Task) =>
    task.urged && (
      <Tag
        color="red"
        className="urge-marker"
        title={t('inbox.urgedTitle', { message: task.urged.lastMessage })}
        data-testid="urge-marker"
      >
        {t('inbox.urged', { n: task.urged.count })}
      </Tag>
    );
  const countdown = (task: Task) => (
    <CountdownBadge
      workingDaysLeft={task.workingDaysLeft}
      dueAt={task.dueAt}
      provisional={task.deadlineProvisional}
    />
  );
  const outcome = (task: Task) =>
    task.outcome ? t.lookup('outcome', task.outcome, t('inbox.outcome.done')) : t('inbox.outcome.done');
  const viewCase = (task: Task) => (
    <Button size="small" href={href('cases', task.caseId)} data-testid="task-case-open">
      {t('inbox.viewCase')}
    </Button>
  );
  const actions = (task: Task) =>
    done || readOnly ? (
      viewCase(task)
    ) : (
      <Space size="small" wrap>
        {task.assignee === null && rowAction(task, 'claim')}
        {task.assignee === me && rowAction(task, 'unclaim')}
        <Button size="small" type="primary" href={href('tasks', task.id)} data-testid="task-open">
          {t('task.open')}
        </Button>
      </Space>
    );
  const columns: TableColumnsType<Task> = [
    {
      title: t('inbox.case'),
      key: 'case',
      render: (_, task) => (
        <>
          <CaseNumber value={task.caseNumber} />
          {caseLink(task)}
        </>
      ),
    },
    {
      title: t('inbox.task'),
      key: 'name',
      render: (_, task) => (
        <>
          {task.name}
          {urged(task)}
        </>
      ),
    },
  ];
  const doneColumns: TableColumnsType<Task> = [
    { title: t('inbox.completedAt'), key: 'completed', render: (_, task) => f.dateTime(task.completedAt) },
    { title: t('inbox.outcome'), key: 'outcome', render: (_, task) => outcome(task) },
  ];
  const openColumns: TableColumnsType<Task> = [
    { title: t('inbox.due'), key: 'due', render: (_, task) => f.deadline(task.dueAt) },
    { title: t('inbox.left'), key: 'left', render: (_, task) => countdown(task) },
    { title: t('inbox.assignee'), key: 'assignee', render: (_, task) => assignee(task) },
  ];
  const actionColumn: TableColumnsType<Task>[number] = {
    title: <span className="visually-hidden">{t('common.actions')}</span>,
    key: 'actions',
    render: (_, task) => actions(task),
  };
  // on a phone, one card per task: the case, the step, its deadline or result, and the action
  const card = (task: Task): RecordCard => ({
    head: (
      <>
        <CaseNumber value={task.caseNumber} />
        {urged(task)}
      </>
    ),
    title: caseLink(task),
    facts: [
      [t('inbox.task'), task.name],
      ...((done
        ? [
            [t('inbox.completedAt'), f.dateTime(task.completedAt)],
            [t('inbox.outcome'), outcome(task)],
          ]
        : [
            [t('inbox.due'), f.deadline(task.dueAt)],
            [t('inbox.left'), countdown(task)],
            [t('inbox.assignee'), assignee(task)],
          ]) as RecordCard['facts']),
    ],
    action: actions(task),
  });
  return (
    <DataTable
      rows={tasks}
      columns={[...columns, ...(done ? doneColumns : openColumns), actionColumn]}
      idOf={(task) => task.id}
      marks={{ table: 'task-table', row: 'task-row', id: 'task-id' }}
      card={card}
      label={t('inbox.title')}
    />
  );
}
