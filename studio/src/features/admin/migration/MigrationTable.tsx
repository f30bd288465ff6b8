import { useT } from '../../../i18n';
import { Grid, Table, Tag, type TableColumnsType } from 'antd';
import type { CaseMigrationCheck } from '../../../api/definition-types';
import { href } from '../../../routing';

/** 预演结果: per open case, where it is, whether it can move, and why not — by step names, in words. */
export function MigrationTable({ cases }: { cases: CaseMigrationCheck[] }) {
  const t = useT();
  const narrow = Grid.useBreakpoint().xs === true; // a phone: one column, each case stacked
  const why = (c: CaseMigrationCheck) =>
    c.problems.map((p) => {
      const step = c.activeElements.find((a) => a.elementId === p.elementId)?.name;
      const text = t.lookup('admin.problem', p.code, p.code);
      return step ? `「${step}」${text}` : text;
    });
  const title = (c: CaseMigrationCheck) => <a href={href('cases', c.caseId)}>{c.title}</a>;
  const steps = (c: CaseMigrationCheck) => c.activeElements.map((a) => a.name).join('、');
  const movable = (c: CaseMigrationCheck) => (
    <Tag color={c.movable ? 'success' : 'error'}>
      {c.movable ? t('admin.canMove') : t('admin.cannotMove')}
    </Tag>
  );
  const reasons = (c: CaseMigrationCheck) =>
    c.problems.length ? (
      <ul className="admin-reasons">
        {why(c).map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    ) : (
      '—'
    );
  const columns: TableColumnsType<CaseMigrationCheck> = [
    { title: t('admin.caseTitle'), key: 'title', render: (_: unknown, c) => title(c) },
    { title: t('admin.activeElements'), key: 'active', render: (_: unknown, c) => steps(c) },
    { title: t('admin.movable'), key: 'movable', render: (_: unknown, c) => movable(c) },
    { title: t('admin.reasons'), key: 'why', render: (_: unknown, c) => reasons(c) },
  ];
  const stacked: TableColumnsType<CaseMigrationCheck> = [
    {
      title: t('admin.caseTitle'),
      key: 'stacked',
      render: (_: unknown, c) => (
        <div className="admin-stacked">
          {title(c)}
          <span>
            {t('admin.activeElements')}：{steps(c)}
          </span>
          {movable(c)}
          {c.problems.length > 0 && reasons(c)}
        </div>
      ),
    },
  ];
  return (
    <Table<CaseMigrationCheck>
      size="small"
      rowKey="caseId"
      pagination={false}
      {...(narrow ? {} : { scroll: { x: 'max-content' } })}
      dataSource={cases}
      data-testid="migration-table"
      columns={narrow ? stacked : columns}
    />
  );
}
