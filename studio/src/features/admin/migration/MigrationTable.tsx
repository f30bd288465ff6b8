import { useT } from '../../../i18n';
import { Tag, type TableColumnsType } from 'antd';
import type { CaseMigrationCheck } from '../../../api/definition-types';
import { href } from '../../../routing';
import { StackedTable } from '../StackedTable';

/** 预演结果: per open case, where it is, whether it can move, and why not — by step names, in words. */
export function MigrationTable({ cases }: { cases: CaseMigrationCheck[] }) {
  const t = useT();
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
  return (
    <StackedTable<CaseMigrationCheck>
      rows={cases}
      rowKey="caseId"
      columns={columns}
      stackedTitle={t('admin.caseTitle')}
      stack={(c) => (
        <>
          {title(c)}
          <span>
            {t('admin.activeElements')}：{steps(c)}
          </span>
          {movable(c)}
          {c.problems.length > 0 && reasons(c)}
        </>
      )}
      testId="migration-table"
    />
  );
}
