import { useT } from '../../i18n';
import { Button, Select } from 'antd';

/** Years the screen offers: from the data package's first year to two years ahead. */
export function yearRange(now: number): number[] {
  return Array.from({ length: now + 2 - 2004 + 1 }, (_, i) => now + 2 - i);
}

export interface YearPickerProps {
  year: number;
  years: number[];
  onChange: (year: number) => void;
}

/** ‹ 2027 年 › : the year shown, with previous/next buttons. */
export function YearPicker({ year, years, onChange }: YearPickerProps) {
  const t = useT();
  const first = years[years.length - 1] ?? year;
  const last = years[0] ?? year;
  return (
    <div className="cal-year-picker" role="group" aria-labelledby="cal-year-label">
      <label id="cal-year-label" htmlFor="cal-year" className="cal-field-label">
        {t('calendar.year')}
      </label>
      <Button
        onClick={() => onChange(year - 1)}
        disabled={year <= first}
        aria-label={t('calendar.prevYear')}
        data-testid="cal-year-prev"
      >
        ‹
      </Button>
      <Select
        id="cal-year"
        value={year}
        onChange={onChange}
        options={years.map((y) => ({ value: y, label: t('calendar.yearLabel', { year: y }) }))}
        popupMatchSelectWidth={false}
        style={{ minWidth: 110 }}
        data-testid="cal-year"
      />
      <Button
        onClick={() => onChange(year + 1)}
        disabled={year >= last}
        aria-label={t('calendar.nextYear')}
        data-testid="cal-year-next"
      >
        ›
      </Button>
    </div>
  );
}
