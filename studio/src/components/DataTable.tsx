import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';

export interface DataTableProps<R> {
  rows: R[];
  columns: TableColumnsType<R>;
  idOf: (row: R) => string;
  /** `data-testid` of the table and of each row; the row's id goes in `data-<rowIdAttribute>`. */
  testId: string;
  rowTestId: string;
  rowIdAttribute: string;
}

/** A list as an antd table, unpaged, scrolling sideways inside its frame on a phone, rows marked for tests. */
export function DataTable<R extends object>({
  rows,
  columns,
  idOf,
  testId,
  rowTestId,
  rowIdAttribute,
}: DataTableProps<R>) {
  const onRow = (row: R) =>
    ({ 'data-testid': rowTestId, [`data-${rowIdAttribute}`]: idOf(row) }) as HTMLAttributes<HTMLElement>;
  return (
    <div data-testid={testId}>
      <Table<R>
        rowKey={idOf}
        columns={columns}
        dataSource={rows}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        onRow={onRow}
      />
    </div>
  );
}
