import type { UnitFigures } from '../../api/report-types';
import { useFormat, useT } from '../../i18n';
import { StatCard } from './StatCard';

const tone = (rate: number | null, good = 0.9) => (rate === null ? undefined : rate >= good ? 'ok' : 'warn');

/** The month's headline KPIs for the whole jurisdiction. */
export function KpiCards({ total: k }: { total: UnitFigures }) {
  const t = useT();
  const f = useFormat();
  const days = (n: number | null) => (n === null ? '—' : t('report.days', { n: Math.round(n * 10) / 10 }));
  return (
    <dl className="stats" data-testid="report-cards">
      <StatCard label={t('report.received')} value={k.received} testId="stat-received" />
      <StatCard label={t('report.open')} value={k.inProgress} testId="stat-open" />
      <StatCard label={t('report.closed')} value={k.closed} testId="stat-closed" />
      <StatCard
        label={t('report.onTimeRate')}
        value={f.percent(k.onTimeRate)}
        tone={tone(k.onTimeRate)}
        testId="stat-on-time"
      />
      <StatCard
        label={t('report.overdue')}
        value={k.overdue}
        tone={k.overdue ? 'alert' : undefined}
        testId="stat-overdue"
      />
      <StatCard
        label={t('report.avgDays')}
        value={days(k.avgHandlingDays)}
        note={k.p90HandlingDays === null ? undefined : t('report.p90', { n: k.p90HandlingDays })}
        testId="stat-days"
      />
      <StatCard
        label={t('report.avgResponse')}
        value={days(k.avgResponseDays)}
        note={t('report.responded', { n: k.responded })}
        testId="stat-response"
      />
      <StatCard label={t('report.urgings')} value={k.urgings} testId="stat-urgings" />
      <StatCard
        label={t('report.satisfaction')}
        value={f.percent(k.satisfactionRate)}
        tone={tone(k.satisfactionRate)}
        note={k.unrated ? t('report.unrated', { n: k.unrated }) : undefined}
        testId="stat-satisfaction"
      />
      <StatCard
        label={t('report.reopenRate')}
        value={f.percent(k.reopenRate)}
        tone={k.reopened ? 'warn' : undefined}
        testId="stat-reopen"
      />
    </dl>
  );
}
