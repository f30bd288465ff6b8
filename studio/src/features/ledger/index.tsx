import { Button, DatePicker, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { downloadFile } from '../../api/download';
import { request } from '../../api/http';
import { CaseNumber } from '../../components/CaseNumber';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RecordCards, usePhone, type RecordCard } from '../../components/RecordCards';
import { useDefinition } from '../../hooks/use-definition';
import { useFormat, useLabel, useT } from '../../i18n';
import { href, type PageProps } from '../../routing';
import { useSession } from '../../session';

interface Row {
  id: string;
  caseNumber: string | null;
  title: string;
  status: 'open' | 'closed' | 'refused';
  requestClass: string | null;
  enterpriseName: string | null;
  orgUnitName: string | null;
  deadlineAt: string | null;
  overdue: boolean;
}
interface LedgerPage {
  items: Row[];
  /** Counted on the first page only. */
  total: number | null;
  /** The count stopped at its cap: more matched ("10000+"). */
  totalCapped: boolean;
  next: string | null;
}
interface SavedQuery {
  id: string;
  name: string;
  query: Record<string, string>;
}
type Filters = Record<string, string>;

/** The filters a page address carries (`#/ledger/overdue=true&status=open`): dashboard drill-downs. */
function filtersOf(params: string[]): Filters {
  return Object.fromEntries(new URLSearchParams(params[0] ?? '').entries());
}

/** 台账: a query form, the matching cases (keyset pages), saved queries and the .xlsx export. */
export default function LedgerPage({ params }: PageProps) {
  const t = useT();
  const f = useFormat();
  const label = useLabel();
  const { jurisdiction } = useSession();
  const j = encodeURIComponent(jurisdiction ?? '');
  const { data: definition } = useDefinition(jurisdiction);
  const [filters, setFilters] = useState<Filters>(() => filtersOf(params));
  const [applied, setApplied] = useState<Filters>(filters);
  const [cursor, setCursor] = useState<string | null>(null);
  const [page, setPage] = useState<LedgerPage | null>(null);
  const [total, setTotal] = useState('0');
  const [saved, setSaved] = useState<SavedQuery[]>([]);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // a phone gets one card per case instead of a table wider than the screen
  const phone = usePhone();
  const qs = (extra: Filters = {}) => new URLSearchParams({ ...applied, ...extra }).toString();

  useEffect(() => {
    setError(null);
    request<LedgerPage>(`/jurisdictions/${j}/ledger?${qs(cursor ? { cursor } : {})}`)
      .then(
        (next) => (
          setPage(next),
          next.total !== null && setTotal(`${next.total}${next.totalCapped ? '+' : ''}`)
        ),
      )
      .catch(setError);
  }, [j, applied, cursor]);
  const loadSaved = useCallback(() => {
    request<SavedQuery[]>(`/jurisdictions/${j}/ledger/queries`).then(setSaved).catch(setError);
  }, [j]);
  useEffect(loadSaved, [loadSaved]);

  const set = (key: string) => (value: string | undefined) =>
    setFilters((old) => {
      const next = { ...old };
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });
  const search = (next: Filters = filters) => {
    setFilters(next);
    setApplied(next);
    setCursor(null);
  };
  const mechanism = definition?.mechanism;
  const options = (items: { id: string; label: { zh: string; en?: string } }[] | undefined) =>
    (items ?? []).map((i) => ({ value: i.id, label: label(i.label) }));
  const select = (key: string, placeholder: string, opts: { value: string; label: string }[]) => (
    <Select
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      value={filters[key]}
      onChange={set(key)}
      options={opts}
      data-testid={`ledger-${key}`}
      style={{ minWidth: 140 }}
    />
  );
  const className = (r: Row) =>
    label(mechanism?.requestClasses.find((c) => c.id === r.requestClass)?.label, '');
  const status = (r: Row) => (
    <Space size={4}>
      {t(`ledger.status.${r.status}`)}
      {r.overdue && <Tag color="red">{t('ledger.overdue.true')}</Tag>}
    </Space>
  );
  const text = (key: string, placeholder: string) => (
    <Input
      placeholder={placeholder}
      aria-label={placeholder}
      value={filters[key] ?? ''}
      onChange={(e) => set(key)(e.target.value)}
      data-testid={`ledger-${key}`}
    />
  );
  const columns: TableColumnsType<Row> = [
    {
      title: t('ledger.caseNumber'),
      key: 'no',
      render: (_, r) => (
        <a href={href('cases', r.id)} data-testid="ledger-open">
          <CaseNumber value={r.caseNumber} />
        </a>
      ),
    },
    { title: t('ledger.col.title'), dataIndex: 'title', key: 'title' },
    { title: t('ledger.col.enterprise'), key: 'ent', render: (_, r) => r.enterpriseName ?? '' },
    { title: t('ledger.class'), key: 'class', render: (_, r) => className(r) },
    { title: t('ledger.status'), key: 'status', render: (_, r) => status(r) },
    { title: t('ledger.col.deadline'), key: 'deadline', render: (_, r) => f.deadline(r.deadlineAt) },
    { title: t('ledger.col.unit'), key: 'unit', render: (_, r) => r.orgUnitName ?? '' },
  ];
  const card = (r: Row): RecordCard => ({
    head: (
      <>
        <CaseNumber value={r.caseNumber} />
        {status(r)}
      </>
    ),
    title: <a href={href('cases', r.id)}>{r.title}</a>,
    facts: [
      [t('ledger.col.enterprise'), r.enterpriseName ?? ''],
      [t('ledger.class'), className(r)],
      [t('ledger.col.unit'), r.orgUnitName ?? ''],
      [t('ledger.col.deadline'), f.deadline(r.deadlineAt)],
    ],
  });
  const exportFile = () => {
    setBusy(true);
    downloadFile(`/jurisdictions/${j}/ledger.xlsx?${qs()}`, '诉求台账.xlsx')
      .catch(setError)
      .finally(() => setBusy(false));
  };
  const saveQuery = () =>
    request(`/jurisdictions/${j}/ledger/queries`, { method: 'POST', body: { name, query: applied } })
      .then(() => (setName(''), loadSaved()))
      .catch(setError);
  const removeQuery = (id: string) =>
    request(`/jurisdictions/${j}/ledger/queries/${id}`, { method: 'DELETE' }).then(loadSaved).catch(setError);

  return (
    <main id="main" className="page ledger-page" data-testid="ledger-page">
      <h1>{t('ledger.title')}</h1>
      <form
        className="ledger-form"
        onSubmit={(e) => {
          e.preventDefault();
          search();
        }}
      >
        {text('caseNumber', t('ledger.caseNumber'))}
        {text('enterprise', t('ledger.enterprise'))}
        <DatePicker.RangePicker
          aria-label={t('ledger.from')}
          placeholder={[t('ledger.from'), t('ledger.to')]}
          onChange={(_, [from, to]) => (set('from')(from), set('to')(to))}
        />
        {select(
          'status',
          t('ledger.status'),
          (['open', 'closed', 'refused'] as const).map((s) => ({ value: s, label: t(`ledger.status.${s}`) })),
        )}
        {select('requestClass', t('ledger.class'), options(mechanism?.requestClasses))}
        {select('tier', t('ledger.tier'), options(mechanism?.tiers))}
        {select('channel', t('ledger.channel'), options(mechanism?.channels))}
        {select('overdue', t('ledger.overdue'), [
          { value: 'true', label: t('ledger.overdue.true') },
          { value: 'false', label: t('ledger.overdue.false') },
        ])}
        {select('order', t('ledger.order'), [
          { value: 'newest', label: t('ledger.order.newest') },
          { value: 'oldest', label: t('ledger.order.oldest') },
        ])}
        <Space wrap className="ledger-actions">
          <Button type="primary" htmlType="submit" data-testid="ledger-search">
            {t('ledger.search')}
          </Button>
          <Button onClick={() => search({})}>{t('ledger.reset')}</Button>
          <Button disabled={busy} onClick={exportFile} data-testid="ledger-export">
            {busy ? t('ledger.exporting') : t('ledger.export')}
          </Button>
        </Space>
      </form>
      <Space wrap className="ledger-saved">
        <span>{t('ledger.saved')}：</span>
        {saved.map((q) => (
          <Tag key={q.id} closable onClose={() => void removeQuery(q.id)}>
            <a onClick={() => search(q.query)}>{q.name}</a>
          </Tag>
        ))}
        <Input
          size="small"
          placeholder={t('ledger.saveName')}
          aria-label={t('ledger.saveName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          style={{ width: 140 }}
        />
        <Button
          size="small"
          disabled={!name.trim()}
          onClick={() => void saveQuery()}
          data-testid="ledger-save"
        >
          {t('ledger.save')}
        </Button>
      </Space>
      {error !== null && <ErrorBanner error={error} />}
      <p data-testid="ledger-total">{t('ledger.total', { n: total })}</p>
      {phone ? (
        <RecordCards
          rows={page?.items ?? []}
          idOf={(r) => r.id}
          card={card}
          label={t('ledger.title')}
          marks={{ table: 'ledger-table', row: 'ledger-card', id: 'case-id' }}
          empty={t('ledger.empty')}
        />
      ) : (
        <div className="table-scroll" data-testid="ledger-table">
          <Table
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={page?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('ledger.empty') }}
          />
        </div>
      )}
      <Space>
        <Button disabled={cursor === null} onClick={() => setCursor(null)}>
          {t('ledger.first')}
        </Button>
        <Button
          disabled={!page?.next}
          onClick={() => setCursor(page?.next ?? null)}
          data-testid="ledger-next"
        >
          {t('ledger.next')}
        </Button>
      </Space>
    </main>
  );
}
