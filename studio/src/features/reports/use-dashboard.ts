import { api } from '../../api/client';
import type { KpiReport } from '../../api/report-types';
import type { MonthlyReport } from '../../api/types';
import { useAsync, type AsyncState } from '../../hooks/use-async';
import { shiftMonth } from './month';

export interface Dashboard {
  kpi: KpiReport;
  /** The chosen month and the five before it, oldest first; the last is the chosen month. */
  trend: MonthlyReport[];
}

const trendMonths = 6;

/** Loads the month's KPIs and the monthly summaries the trend chart needs. */
export function useDashboard(jurisdiction: string, month: string): AsyncState<Dashboard> {
  return useAsync(async () => {
    const months = Array.from({ length: trendMonths }, (_, i) => shiftMonth(month, i - trendMonths + 1));
    const [kpi, trend] = await Promise.all([
      api.kpiReport(jurisdiction, month),
      Promise.all(months.map((m) => api.monthlyReport(jurisdiction, m))),
    ]);
    return { kpi, trend };
  }, [jurisdiction, month]);
}
