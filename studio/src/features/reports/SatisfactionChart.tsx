import { useMemo } from 'react';
import { useT } from '../../i18n';
import { Breakdown } from './Breakdown';
import { EChart } from './charts/EChart';
import { colors, textStyle } from './charts/palette';

export interface LevelCount {
  id: string;
  label: string;
  count: number;
}

/** 满意度分布: the month's ratings per level of the jurisdiction's scale, as a ring and a table. */
export function SatisfactionChart({ rows }: { rows: LevelCount[] }) {
  const t = useT();
  const option = useMemo(
    () => ({
      color: [colors.green, colors.amber, colors.red, colors.purple, colors.teal],
      textStyle,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '68%'],
          center: ['50%', '44%'],
          label: { formatter: '{b} {c}' },
          data: rows.map((r) => ({ name: r.label, value: r.count })),
        },
      ],
    }),
    [rows],
  );
  const summary = rows.map((r) => `${r.label} ${r.count}`).join('; ');
  return (
    <Breakdown
      title={t('report.ratings')}
      emptyText={t('report.noRatings')}
      testId="report-ratings"
      rows={rows}
    >
      <EChart
        option={option}
        label={`${t('report.ratings')} — ${summary}`}
        testId="chart-ratings"
        height={220}
      />
    </Breakdown>
  );
}
