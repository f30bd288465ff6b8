export interface StatCardProps {
  label: string;
  value: string | number;
  note?: string | undefined;
  tone?: 'ok' | 'warn' | 'alert' | undefined;
  testId: string;
}

/** One figure of the monthly report as a card. */
export function StatCard({ label, value, note, tone, testId }: StatCardProps) {
  return (
    <div className={`stat${tone ? ` stat-${tone}` : ''}`} data-testid={testId}>
      <dt className="stat-label">{label}</dt>
      <dd className="stat-value">{value}</dd>
      {note && <dd className="stat-note">{note}</dd>}
    </div>
  );
}
