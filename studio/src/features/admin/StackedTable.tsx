import { Grid, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';

export interface StackedTableProps<T> {
  rows: T[];
  rowKey: keyof T & string;
  columns: TableColumnsType<T>;
  /** On a phone: one column of this title, each row's cells stacked by `stack`. */
  stackedTitle: string;
  stack: (row: T) => ReactNode;
  testId?: string;
}

/** A small table that scrolls sideways on a wide screen and stacks each row on a phone (390 px). */
export function StackedTable<T extends object>(props: StackedTableProps<T>) {
  const narrow = Grid.useBreakpoint().xs === true;
  const stacked: TableColumnsType<T> = [
    {
      title: props.stackedTitle,
      key: 'stacked',
      render: (_: unknown, row: T) => <div className="admin-stacked">{props.stack(row)}</div>,
    },
  ];
  return (
    <Table<T>
      size="small"
      rowKey={props.rowKey}
      pagination={false}
      {...(narrow ? {} : { scroll: { x: 'max-content' } })}
      dataSource={props.rows}
      data-testid={props.testId}
      columns={narrow ? stacked : props.columns}
    />
  );
}
