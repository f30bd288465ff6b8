import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { RecordCards, usePhone, type RecordCard } from './RecordCards';

export interface DataTableProps<R> {
  rows: R[];
  columns: TableColumnsType<R>;
  idOf: (row: R) => string;
  /**
   * Test marks: `data-testid` of the table and of each row, and `data-<id>` holding the row's id;
   * `card`: each phone card's `data-testid` (the row's when not given).
   */
  marks: { table: string; row: string; id: string; card?: string };
  /** On a phone, one card per row instead of the table (without it the table scrolls sideways). */
  card?: (row: R) => RecordCard;
  /** The list's accessible name (read on its phone cards). */
  label?: string;
}

/** A list as an antd table, unpaged, rows marked for tests; on a phone its cards or a sideways scroll. */
export function DataTable<R extends object>({ rows, columns, idOf, marks, card, label }: DataTableProps<R>) {
  const phone = usePhone();
  if (phone && card) {
    const cardMarks = { table: marks.table, row: marks.card ?? marks.row, id: marks.id };
    return <RecordCards rows={rows} idOf={idOf} card={card} label={label} marks={cardMarks} />;
  }
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
