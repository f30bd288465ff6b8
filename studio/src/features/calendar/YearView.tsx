import type { CalendarDay } from '../../api/calendar-types';
import { byMonth } from './day-kind';
import { MonthGrid } from './MonthGrid';

const none: ReadonlySet<string> = new Set();

export interface YearViewProps {
  days: CalendarDay[];
  changed?: ReadonlySet<string>;
  pending?: ReadonlySet<string>;
  onPick?: (day: CalendarDay) => void;
  describePick?: (day: CalendarDay) => string;
}

/** The twelve month grids of a year (four, three, two or one per row as the width allows). */
export function YearView({ days, changed = none, pending = none, onPick, describePick }: YearViewProps) {
  return (
    <div className="cal-year" data-testid="cal-year">
      {byMonth(days).map((monthDays, i) => (
        <MonthGrid
          key={i}
          month={i + 1}
          days={monthDays}
          changed={changed}
          pending={pending}
          onPick={onPick}
          describePick={describePick}
        />
      ))}
    </div>
  );
}
