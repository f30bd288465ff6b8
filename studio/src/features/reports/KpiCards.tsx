import type { UnitFigures } from '../../api/report-types';
import { useFormat, useT } from '../../i18n';
import { href } from '../../routing';
import { shiftMonth } from './month';
import { StatCard } from './StatCard';

/** The 台账 of the month's received cases, narrowed by `extra` (a card's drill-down). */
function ledgerLink(month: string, extra: Record<string, string> = {}): string {
  const last = new Date(Date.parse(`${shiftMonth(month, 1)}-01T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  return href('ledger', new URLSearchParams({ from: `${month}-01`, to: last, ...extra }).toString());
}

const tone = (rate: number | null, good = 0.9) => (rate === null ? undefined : rate >= good ? 'ok' : 'warn');

/** The month's headline KPIs for the whole jurisdiction. */
export function KpiCards({ total: k, month }: { total: UnitFigures; month: string }) {
  const t = useT();
  const f = useFormat();
  const days = (n: number | null) => (n === null ? '—' : t('report.days', { n: Math.round(n * 10) / 10 }));
  return (
    <dl className="stats" data-testid="report-cards">
      <StatCard
        label={t('report.received')}
        value={k.received}
        testId="stat-received"
        link={ledgerLink(month)}
      />
      <StatCard
        label={t('report.open')}
        value={k.inProgress}
        testId="stat-open"
        link={ledgerLink(month, { status: 'open' })}
      />
      <StatCard
        label={t('report.closed')}
        value={k.closed}
        testId="stat-closed"
        link={ledgerLink(month, { status: 'closed' })}
      />
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
        link={ledgerLink(month, { overdue: 'true' })}
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
