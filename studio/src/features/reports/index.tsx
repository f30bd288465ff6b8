import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useDefinition } from '../../hooks/use-definition';
import { useLabel, useT } from '../../i18n';
import { navigate, usePageTitle, type PageProps } from '../../routing';
import { useSession } from '../../session';
import { Breakdown } from './Breakdown';
import { ExceptionLists } from './ExceptionLists';
import { ExportButton } from './ExportButton';
import { KpiCards } from './KpiCards';
import { currentMonth, isMonth } from './month';
import { MonthPicker } from './MonthPicker';
import { SatisfactionChart } from './SatisfactionChart';
import { TrendChart } from './TrendChart';
import { UnitOnTimeChart } from './UnitOnTimeChart';
import { useDashboard } from './use-dashboard';

/** 领导驾驶舱: `#/reports/<YYYY-MM>` — KPIs, trend, units, satisfaction and 异常件 of a month. */
export default function ReportsPage({ params }: PageProps) {
  const t = useT();
  const label = useLabel();
  const { jurisdiction } = useSession();
  const month = isMonth(params[0]) ? params[0] : currentMonth();
  const j = jurisdiction ?? '';
  const dashboard = useDashboard(j, month);
  const { data: definition } = useDefinition(jurisdiction);
  usePageTitle(t('report.dashboard'));
  const m = definition?.mechanism;
  const d = dashboard.data;
  const thisMonth = d?.trend[d.trend.length - 1];

  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title">{t('report.dashboard')}</h1>
        <div className="page-actions">
          <MonthPicker month={month} onChange={(next) => navigate(['reports', next], true)} />
          <ExportButton jurisdiction={j} month={month} />
        </div>
      </div>
      <ErrorBanner error={dashboard.error} onRetry={dashboard.reload} />
      {dashboard.loading && !d ? (
        <Loading />
      ) : (
        d &&
        thisMonth && (
          <div aria-busy={dashboard.loading}>
            <p className="muted" data-testid="report-heading">
              {t('report.subtitle', { month, name: label(m?.name, j) })}
            </p>
            <KpiCards total={d.kpi.total} month={month} />
            <div className="columns columns-even">
              <TrendChart months={d.trend} />
              <UnitOnTimeChart units={d.kpi.units} />
            </div>
            <div className="columns columns-even">
              <SatisfactionChart
                rows={(m?.evaluation.levels ?? []).map((l) => ({
                  id: l.id,
                  label: label(l.label, l.id),
                  count: d.kpi.total.ratings[l.id] ?? 0,
                }))}
              />
              <Breakdown
                title={t('report.byClass')}
                emptyText={t('report.nothing')}
                testId="report-by-class"
                rows={(m?.requestClasses ?? []).map((c) => ({
                  id: c.id,
                  label: label(c.label, c.id),
                  count: thisMonth.byClass[c.id] ?? 0,
                }))}
              />
            </div>
            <ExceptionLists jurisdiction={j} counts={d.kpi.exceptions} />
          </div>
        )
      )}
    </div>
  );
}
