import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useDefinition } from '../../hooks/use-definition';
import { useLabel, useT } from '../../i18n';
import { navigate, usePageTitle, type PageProps } from '../../routing';
import { useSession } from '../../session';
import { Breakdown } from './Breakdown';
import { currentMonth, isMonth } from './month';
import { MonthPicker } from './MonthPicker';
import { ReportCards } from './ReportCards';

/** 按月分析: `#/reports/<YYYY-MM>` — the month's summary cards for a leader. */
export default function ReportsPage({ params }: PageProps) {
  const t = useT();
  const label = useLabel();
  const { jurisdiction } = useSession();
  const month = isMonth(params[0]) ? params[0] : currentMonth();
  const j = jurisdiction ?? '';
  const report = useAsync(() => api.monthlyReport(j, month), [j, month]);
  const { data: definition } = useDefinition(jurisdiction);
  usePageTitle(t('report.title'));
  const m = definition?.mechanism;
  const r = report.data;

  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title">{t('report.title')}</h1>
        <MonthPicker month={month} onChange={(next) => navigate(['reports', next], true)} />
      </div>
      <ErrorBanner error={report.error} onRetry={report.reload} />
      {report.loading && !r ? (
        <Loading />
      ) : (
        r && (
          <div aria-busy={report.loading}>
            <p className="muted" data-testid="report-heading">
              {t('report.subtitle', { month: r.month, name: label(m?.name, j) })}
            </p>
            <ReportCards report={r} />
            <div className="columns columns-even">
              <Breakdown
                title={t('report.byClass')}
                emptyText={t('report.nothing')}
                testId="report-by-class"
                rows={(m?.requestClasses ?? []).map((c) => ({
                  id: c.id,
                  label: label(c.label, c.id),
                  count: r.byClass[c.id] ?? 0,
                }))}
              />
              <Breakdown
                title={t('report.ratings')}
                emptyText={t('report.noRatings')}
                testId="report-ratings"
                rows={(m?.evaluation.levels ?? []).map((l) => ({
                  id: l.id,
                  label: label(l.label, l.id),
                  count: r.ratings[l.id] ?? 0,
                }))}
              />
            </div>
          </div>
        )
      )}
    </div>
  );
}
