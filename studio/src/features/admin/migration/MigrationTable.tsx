import { Table, Tag } from 'antd';
import type { CaseMigrationCheck } from '../../../api/definition-types';
import { href } from '../../../routing';
import { useAdminText, type AdminKey } from '../admin-text';

/** 预演结果: per open case, where it is, whether it can move, and why not — by step names, in words. */
export function MigrationTable({ cases }: { cases: CaseMigrationCheck[] }) {
  const tx = useAdminText();
  const why = (c: CaseMigrationCheck) =>
    c.problems.map((p) => {
      const step = c.activeElements.find((a) => a.elementId === p.elementId)?.name;
      const text = tx(`problem.${p.code}` as AdminKey);
      return step ? `「${step}」${text}` : text;
    });
  return (
    <Table<CaseMigrationCheck>
      size="small"
      rowKey="caseId"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={cases}
      data-testid="migration-table"
      columns={[
        {
          title: tx('caseTitle'),
          dataIndex: 'title',
          render: (title: string, c) => <a href={href('cases', c.caseId)}>{title}</a>,
        },
        {
          title: tx('activeElements'),
          key: 'active',
          render: (_: unknown, c) => c.activeElements.map((a) => a.name).join('、'),
        },
        {
          title: tx('movable'),
          dataIndex: 'movable',
          render: (movable: boolean) => (
            <Tag color={movable ? 'success' : 'error'}>{movable ? tx('canMove') : tx('cannotMove')}</Tag>
          ),
        },
        {
          title: tx('reasons'),
          key: 'why',
          render: (_: unknown, c) =>
            c.problems.length ? (
              <ul className="admin-reasons">
                {why(c).map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
