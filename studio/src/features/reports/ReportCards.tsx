import type { MonthlyReport } from '../../api/types';
import { useFormat, useT } from '../../i18n';
import { StatCard } from './StatCard';

/** The month's headline figures: received, open, closed (on time / late), refused, overdue, 催办, 升级, 满意率. */
export function ReportCards({ report: r }: { report: MonthlyReport }) {
  const t = useT();
  const f = useFormat();
  const closedTotal = r.closedOnTime + r.closedLate;
  const onTimeRate = closedTotal ? r.closedOnTime / closedTotal : null;
  return (
    <dl className="stats" data-testid="report-cards">
      <StatCard label={t('report.received')} value={r.received} testId="stat-received" />
      <StatCard label={t('report.open')} value={r.open} testId="stat-open" />
      <StatCard label={t('report.closed')} value={r.closed} testId="stat-closed" />
      <StatCard label={t('report.refused')} value={r.refused} testId="stat-refused" />
      <StatCard
        label={t('report.onTimeRate')}
        value={f.percent(onTimeRate)}
        note={t('report.onTimeNote', { onTime: r.closedOnTime, late: r.closedLate })}
        tone={onTimeRate === null ? undefined : onTimeRate >= 0.9 ? 'ok' : 'warn'}
        testId="stat-on-time"
      />
      <StatCard
        label={t('report.overdueOpen')}
        value={r.overdueOpen}
        tone={r.overdueOpen ? 'alert' : undefined}
        testId="stat-overdue"
      />
      <StatCard label={t('report.urgings')} value={r.urgings} testId="stat-urgings" />
      <StatCard
        label={t('report.escalations')}
        value={r.escalations}
        tone={r.escalations ? 'warn' : undefined}
        testId="stat-escalations"
      />
      <StatCard
        label={t('report.satisfaction')}
        value={f.percent(r.satisfactionRate)}
        tone={r.satisfactionRate === null ? undefined : r.satisfactionRate >= 0.9 ? 'ok' : 'warn'}
        testId="stat-satisfaction"
      />
    </dl>
  );
}
