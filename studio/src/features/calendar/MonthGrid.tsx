import { useT } from '../../i18n';
import type { CalendarDay } from '../../api/calendar-types';
import { dayKind, shortName, toneOf, weekdayColumn } from './day-kind';

export interface MonthGridProps {
  month: number;
  days: CalendarDay[];
  changed: ReadonlySet<string>;
  pending: ReadonlySet<string>;
  /** When set, every day is a button (a jurisdiction admin's local overrides). */
  onPick?: (day: CalendarDay) => void;
  describePick?: (day: CalendarDay) => string;
}

/** One month, Monday to Sunday: 休 / 班 marks coloured by source, the holiday's name under the date. */
export function MonthGrid({ month, days, changed, pending, onPick, describePick }: MonthGridProps) {
  const t = useT();
  const heads = t('calendar.weekdays').split(',');
  const names = t('calendar.weekdayNames').split(',');
  const lead = days[0] ? weekdayColumn(days[0].date) : 0;
  const cells: (CalendarDay | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const kindText = {
    holiday: t('calendar.kindHoliday'),
    makeup: t('calendar.kindMakeup'),
    weekend: t('calendar.kindWeekend'),
    working: t('calendar.kindWorking'),
  };
  const describe = (d: CalendarDay) =>
    `${d.date} ${d.name ?? ''} ${kindText[dayKind(d)]}${changed.has(d.date) ? t('calendar.changed') : ''}${pending.has(d.date) ? t('calendar.pending') : ''}`;
  const cell = (d: CalendarDay) => {
    const kind = dayKind(d);
    const tone = kind === 'holiday' || kind === 'makeup' ? toneOf(d.source) : null;
    const mark = kind === 'holiday' ? t('calendar.rest') : kind === 'makeup' ? t('calendar.work') : '';
    const body = (
      <>
        <span className="cal-num">{Number(d.date.slice(8))}</span>
        {mark && <span className="cal-mark">{mark}</span>}
        {(d.name || d.source === 'local') && kind !== 'working' && kind !== 'weekend' && (
          <span className="cal-name">
            {d.source === 'local' || !d.name ? t('calendar.localShort') : shortName(d.name)}
          </span>
        )}
      </>
    );
    const cls = [
      'cal-day',
      `cal-${kind}`,
      tone ? `cal-tone-${tone}` : '',
      changed.has(d.date) ? 'cal-changed' : '',
      pending.has(d.date) ? 'cal-pending' : '',
    ].join(' ');
    return (
      <td key={d.date} className={cls} title={describe(d)} data-date={d.date} data-kind={kind}>
        {onPick ? (
          <button
            type="button"
            className="cal-pick"
            onClick={() => onPick(d)}
            aria-label={describePick?.(d) ?? describe(d)}
            data-testid={`cal-day-${d.date}`}
          >
            {body}
          </button>
        ) : (
          body
        )}
      </td>
    );
  };
  return (
    <table className="cal-month" data-testid={`cal-month-${month}`}>
      <caption>{t('calendar.month', { month })}</caption>
      <thead>
        <tr>
          {heads.map((h, i) => (
            <th key={h} scope="col" className={i >= 5 ? 'cal-weekend-head' : undefined}>
              <abbr title={names[i]}>{h}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((w, i) => (
          <tr key={i}>{w.map((d, j) => (d ? cell(d) : <td key={`x${j}`} className="cal-blank" />))}</tr>
        ))}
      </tbody>
    </table>
  );
}
