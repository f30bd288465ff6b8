import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** What a list shows when there is nothing in it. */
export function EmptyState({
  title,
  children,
  testId,
}: {
  title: string;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={title} data-testid={testId ?? 'empty'}>
      {children}
    </Empty>
  );
}
