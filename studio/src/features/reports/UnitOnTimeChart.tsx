import { useMemo } from 'react';
import type { UnitFigures } from '../../api/report-types';
import { useFormat, useT } from '../../i18n';
import { EChart } from './charts/EChart';
import { colors, textStyle } from './charts/palette';
import { Panel } from '../../components/Panel';

/** 按期办结率 per handling unit (承办单位), ranked as the server ranks them. */
export function UnitOnTimeChart({ units }: { units: UnitFigures[] }) {
  const t = useT();
  const f = useFormat();
  const rated = units.filter((u) => u.onTimeRate !== null);
  const option = useMemo(
    () => ({
      color: [colors.blue],
      textStyle,
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: rated.map((u) => u.name) },
      series: [
        {
          name: t('report.onTimeRate'),
          type: 'bar',
          barMaxWidth: 22,
          label: { show: true, position: 'right', formatter: '{c}%' },
          data: rated.map((u) => Math.round((u.onTimeRate ?? 0) * 1000) / 10),
        },
      ],
    }),
    [rated, t],
  );
  const summary = rated.map((u) => `${u.name} ${f.percent(u.onTimeRate)}`).join('; ');
  return (
    <Panel id="units-title" title={t('report.byUnit')} testId="report-units">
      {rated.length === 0 ? (
        <p className="muted">{t('report.noUnits')}</p>
      ) : (
        <EChart
          option={option}
          label={`${t('report.byUnit')} — ${summary}`}
          testId="chart-units"
          height={Math.max(160, rated.length * 36)}
        />
      )}
    </Panel>
  );
}
