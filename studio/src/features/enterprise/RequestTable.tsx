import { Button, Tag, type TableColumnsType } from 'antd';
import type { Case, Definition } from '../../api/types';
import { definitionLabels } from '../../components/case-view';
import { awaitingRating } from '../../components/rating';
import { ProvisionalTag } from '../../components/ProvisionalTag';
import { CaseNumber } from '../../components/CaseNumber';
import { DataTable } from '../../components/DataTable';
import type { RecordCard } from '../../components/RecordCards';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat, useLabel, useT } from '../../i18n';
import { href } from '../../routing';

export interface RequestTableProps {
  cases: Case[];
  definition: Definition | undefined;
  onRate: (kase: Case) => void;
}

/** Rows of 我的诉求: title, channel, class, status, dates, and 评价 once a request is answered. */
export function RequestTable({ cases, definition, onRate }: RequestTableProps) {
  const t = useT();
  const f = useFormat();
  const label = useLabel();
  const labels = definitionLabels(definition);
  const status = (c: Case) => (
    <>
      <StatusBadge status={c.status} />
      {awaitingRating(c) && <Tag color="warning">{t('mine.awaitingRating')}</Tag>}
    </>
  );
  const deadline = (c: Case) => (
    <>
      {f.deadline(c.deadlineAt)} {c.status === 'open' && c.deadlineProvisional && <ProvisionalTag />}
    </>
  );
  const columns: TableColumnsType<Case> = [
    {
      title: t('case.title'),
      key: 'title',
      render: (_, c) => (
        <>
          <CaseNumber value={c.caseNumber} />
          <a href={href('cases', c.id)} data-testid="my-request-open">
            {c.title}
          </a>
        </>
      ),
    },
    {
      title: t('case.channel'),
      key: 'channel',
      render: (_, c) => label(labels.channel(c.channel), c.channel),
    },
    {
      title: t('case.class'),
      key: 'class',
      render: (_, c) => label(labels.requestClass(c.requestClass), '—'),
    },
    {
      title: t('case.status'),
      key: 'status',
      render: (_, c) => status(c),
    },
    { title: t('case.createdAt'), key: 'createdAt', render: (_, c) => f.date(c.createdAt) },
    {
      title: t('case.deadline'),
      key: 'deadline',
      render: (_, c) => deadline(c),
    },
    {
      title: <span className="visually-hidden">{t('common.actions')}</span>,
      key: 'actions',
      render: (_, c) =>
        awaitingRating(c) &&
        definition && (
          <Button size="small" type="primary" onClick={() => onRate(c)} data-testid="rate-open">
            {t('rating.rate')}
          </Button>
        ),
    },
  ];
  // on a phone, one card per request: title, status, deadline and 评价 without scrolling sideways
  const card = (c: Case): RecordCard => ({
    head: <CaseNumber value={c.caseNumber} />,
    title: <a href={href('cases', c.id)}>{c.title}</a>,
    status: status(c),
    facts: [
      [t('case.deadline'), deadline(c)],
      [t('case.createdAt'), f.date(c.createdAt)],
    ],
    action: awaitingRating(c) && definition && (
      <Button type="primary" block onClick={() => onRate(c)} data-testid="rate-open-card">
        {t('rating.rate')}
      </Button>
    ),
  });
  return (
    <DataTable
      rows={cases}
      columns={columns}
      idOf={(c) => c.id}
      marks={{ table: 'my-requests', row: 'my-request-row', id: 'case-id', card: 'request-card' }}
      card={card}
      label={t('mine.title')}
    />
  );
}
