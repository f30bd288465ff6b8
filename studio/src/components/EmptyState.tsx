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
    <div className="empty" data-testid={testId ?? 'empty'}>
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}
