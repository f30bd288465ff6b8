import type { ReactNode } from 'react';

export interface BreakdownProps {
  title: string;
  rows: { id: string; label: string; count: number }[];
  emptyText: string;
  testId: string;
  /** Shown above the table (a chart of the same rows). */
  children?: ReactNode;
}

/** A labelled count per category with a proportional bar (by class, by rating level). */
export function Breakdown({ title, rows, emptyText, testId, children }: BreakdownProps) {
  const total = rows.reduce((a, r) => a + r.count, 0);
  return (
    <section className="panel" aria-label={title} data-testid={testId}>
      <h2 className="panel-title">{title}</h2>
      {total > 0 && children}
      {total === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <table className="table breakdown">
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.count}</td>
                <td className="bar-cell" aria-hidden="true">
                  <span className="bar" style={{ width: `${(r.count / total) * 100}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
