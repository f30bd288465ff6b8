import { useMemo } from 'react';
import type { MonthlyReport } from '../../api/types';
import { useT } from '../../i18n';
import { EChart } from './charts/EChart';
import { palette, textStyle } from './charts/palette';
import { Panel } from '../../components/Panel';

/** 趋势: received, closed and closed-on-time per month over the months before the chosen one. */
export function TrendChart({ months }: { months: MonthlyReport[] }) {
  const t = useT();
  const option = useMemo(() => {
    const series = (name: string, pick: (m: MonthlyReport) => number) => ({
      name,
      type: 'line',
      data: months.map(pick),
    });
    return {
      color: palette,
      textStyle,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        series(t('report.received'), (m) => m.received),
        series(t('report.closed'), (m) => m.closed),
        series(t('report.closedOnTime'), (m) => m.closedOnTime),
      ],
    };
  }, [months, t]);
  const summary = months.map((m) => `${m.month}: ${m.received}/${m.closed}`).join('; ');
  return (
    <Panel id="trend-title" title={t('report.trend')}>
      <EChart option={option} label={`${t('report.trend')} — ${summary}`} testId="chart-trend" />
    </Panel>
  );
}
