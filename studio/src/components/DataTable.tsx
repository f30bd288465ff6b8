import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';

export interface DataTableProps<R> {
  rows: R[];
  columns: TableColumnsType<R>;
  idOf: (row: R) => string;
  /** Test marks: `data-testid` of the table and of each row, and `data-<id>` holding the row's id. */
  marks: { table: string; row: string; id: string };
}

/** A list as an antd table, unpaged, scrolling sideways inside its frame on a phone, rows marked for tests. */
export function DataTable<R extends object>({ rows, columns, idOf, marks }: DataTableProps<R>) {
  const onRow = (row: R) =>
    ({ 'data-testid': marks.row, [`data-${marks.id}`]: idOf(row) }) as HTMLAttributes<HTMLElement>;
  return (
    <div data-testid={marks.table}>
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

/** One column: its key, its heading and what a row shows in it. */
export function column<R>(
  key: string,
  title: ReactNode,
  cell: (row: R) => ReactNode,
): TableColumnsType<R>[number] {
  return { key, title, render: (_: unknown, row: R) => cell(row) };
}
