import { Button } from 'antd';
import { useT } from '../../i18n';
import { currentMonth, shiftMonth } from './month';

/** Month list (labelled in the interface language) with previous/next buttons. */
export function MonthPicker({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const t = useT();
  const latest = currentMonth();
  // The last three years, newest first, and the chosen month even when it is older.
  const recent = Array.from({ length: 36 }, (_, i) => shiftMonth(latest, -i));
  const options = recent.includes(month) ? recent : [month, ...recent];
  return (
    <div className="month-picker">
      <Button size="small" onClick={() => onChange(shiftMonth(month, -1))} data-testid="report-prev">
        {t('report.prevMonth')}
      </Button>
      <label className="inline-field">
        <span>{t('report.month')}</span>
        <select value={month} onChange={(e) => onChange(e.target.value)} data-testid="report-month">
          {options.map((m) => (
            <option key={m} value={m}>
              {t('report.monthLabel', { y: m.slice(0, 4), m: Number(m.slice(5)) })}
            </option>
          ))}
        </select>
      </label>
      <Button
        size="small"
        disabled={month >= latest}
        onClick={() => onChange(shiftMonth(month, 1))}
        data-testid="report-next"
      >
        {t('report.nextMonth')}
      </Button>
    </div>
  );
}
