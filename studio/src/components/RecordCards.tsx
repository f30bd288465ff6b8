import { Grid } from 'antd';
import type { ReactNode } from 'react';

/** One record as a phone card: number and markers on top, the title (a link), its state, facts, action. */
export interface RecordCard {
  head?: ReactNode;
  title: ReactNode;
  status?: ReactNode;
  facts: [label: string, value: ReactNode][];
  action?: ReactNode;
}

export interface RecordCardsProps<R> {
  rows: R[];
  idOf: (row: R) => string;
  card: (row: R) => RecordCard;
  /** The list's accessible name. */
  label?: string;
  /** Test marks: `data-testid` of the list and of each card, and `data-<id>` holding the row's id. */
  marks: { table: string; row: string; id?: string };
  /** Shown when there are no rows. */
  empty?: ReactNode;
}

/** Narrower than a tablet (antd `md`, 768 px): lists show cards, not tables wider than the screen. */
export function usePhone(): boolean {
  return !(Grid.useBreakpoint().md ?? true);
}

/** A list on a phone (390 px): one card per record, nothing to scroll sideways (我的诉求, 台账, 待办). */
export function RecordCards<R>({ rows, idOf, card, label, marks, empty }: RecordCardsProps<R>) {
  return (
    <ul className="request-cards" data-testid={marks.table} aria-label={label}>
      {rows.length === 0 && empty && <li>{empty}</li>}
      {rows.map((row) => {
        const c = card(row);
        const facts = c.facts.filter(([, value]) => value !== '' && value !== null && value !== undefined);
        return (
          <li
            key={idOf(row)}
            className="request-card"
            data-testid={marks.row}
            {...(marks.id ? { [`data-${marks.id}`]: idOf(row) } : {})}
          >
            {c.head && <div className="request-card-head">{c.head}</div>}
            <div className="request-card-title">{c.title}</div>
            {c.status && <div className="request-card-status">{c.status}</div>}
            {facts.length > 0 && (
              <dl className="request-card-facts">
                {facts.map(([term, value]) => [
                  <dt key={`${term}-t`}>{term}</dt>,
                  <dd key={`${term}-d`}>{value}</dd>,
                ])}
              </dl>
            )}
            {c.action}
          </li>
        );
      })}
    </ul>
  );
}
