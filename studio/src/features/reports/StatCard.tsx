export interface StatCardProps {
  label: string;
  value: string | number;
  note?: string | undefined;
  tone?: 'ok' | 'warn' | 'alert' | undefined;
  testId: string;
  /** Drill-down: the 台账 with the query behind the figure. */
  link?: string | undefined;
}

/** One figure of the monthly report as a card. */
export function StatCard({ label, value, note, tone, testId, link }: StatCardProps) {
  return (
    <div className={`stat${tone ? ` stat-${tone}` : ''}`} data-testid={testId}>
      <dt className="stat-label">{label}</dt>
      <dd className="stat-value">
        {link ? (
          <a href={link} data-testid={`${testId}-drill`}>
            {value}
          </a>
        ) : (
          value
        )}
      </dd>
      {note && <dd className="stat-note">{note}</dd>}
    </div>
  );
}
