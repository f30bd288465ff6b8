import type { HTMLAttributes } from 'react';

/** antd Table's `onRow` that marks each row for tests: `data-testid` and the row's id attribute. */
export function rowTestId<R>(testId: string, idAttribute: string, idOf: (row: R) => string) {
  return (row: R) => ({ 'data-testid': testId, [idAttribute]: idOf(row) }) as HTMLAttributes<HTMLElement>;
}
