import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { currentMonth, isMonth, shiftMonth } from './month';

/** Month field with previous/next buttons; browsers without `type=month` get a YYYY-MM text box. */
export function MonthPicker({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const t = useT();
  const [text, setText] = useState(month);
  useEffect(() => setText(month), [month]);
  const latest = currentMonth();
  return (
    <div className="month-picker">
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange(shiftMonth(month, -1))}
        data-testid="report-prev"
      >
        {t('report.prevMonth')}
      </button>
      <label className="inline-field">
        <span>{t('report.month')}</span>
        <input
          type="month"
          value={text}
          max={latest}
          pattern="\d{4}-\d{2}"
          placeholder="YYYY-MM"
          onChange={(e) => {
            setText(e.target.value);
            if (isMonth(e.target.value)) onChange(e.target.value);
          }}
          data-testid="report-month"
        />
      </label>
      <button
        type="button"
        className="btn btn-small"
        disabled={month >= latest}
        onClick={() => onChange(shiftMonth(month, 1))}
        data-testid="report-next"
      >
        {t('report.nextMonth')}
      </button>
    </div>
  );
}
