import { useT } from '../../i18n';
import { List, Tag } from 'antd';
import type { DefinitionProblem } from '../../api/definition-types';

/** Validation findings, each with its location (`file#element/pointer`) and reason. */
export function ProblemList({ problems, testId }: { problems: DefinitionProblem[]; testId: string }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <section aria-label={t('admin.problems')} data-testid={testId}>
      <List
        size="small"
        bordered
        dataSource={problems}
        renderItem={(p) => (
          <List.Item>
            <Tag color={p.severity === 'error' ? 'red' : 'gold'}>{p.severity}</Tag>
            <code className="admin-path">{p.path}</code> {p.reason}
          </List.Item>
        )}
      />
    </section>
  );
}
