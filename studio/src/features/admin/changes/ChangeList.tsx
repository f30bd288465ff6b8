import { useT } from '../../../i18n';
import { List, Tag } from 'antd';
import type { ChangeLine } from './change-line';

const colors: Record<ChangeLine['kind'], string> = { added: 'success', removed: 'error', changed: 'blue' };

/** Changes in words, each with its kind and section; an empty list says there are none. */
export function ChangeList({
  items,
  loading,
  testId,
}: {
  items: ChangeLine[];
  loading?: boolean;
  testId: string;
}) {
  const t = useT();
  return (
    <List
      size="small"
      loading={loading ?? false}
      data-testid={testId}
      locale={{ emptyText: t('admin.noDiff') }}
      dataSource={items}
      renderItem={(c) => (
        <List.Item className="admin-change">
          <Tag color={colors[c.kind]}>{t(`admin.${c.kind}`)}</Tag>
          <span className="admin-change-section">{c.section}</span> <span>{c.text}</span>
        </List.Item>
      )}
    />
  );
}
