/**
 * Checks a year's holiday arrangement before it may be previewed or saved: errors (nothing is
 * saved) and warnings (shown, saving allowed), each with the path of the offending line or field,
 * a reason in Chinese and a code.
 */
import type { ErrorDetail } from '../common/errors.js';
import { statutoryNamesOf, type HolidayArrangement } from './holiday-arrangement.js';
import { formatLocalDate, isMondayToFriday, parseLocalDate } from './local-day.js';
import { statutoryHolidays } from './statutory-holidays.js';

export type Problem = Required<ErrorDetail>;

/** Where an item came from: `/holidays/0/from` by default, a notice line or a file row otherwise. */
export type ItemPath = (list: 'holidays' | 'workdays', index: number, field: string) => string;

export interface ArrangementCheck {
  errors: Problem[];
  warnings: Problem[];
}

const fieldPath: ItemPath = (list, index, field) => `/${list}/${index}/${field}`;
/** The longest rest span a notice has ever needed is 9 days; a month means a typo. */
const maxSpanDays = 31;

export function checkArrangement(
  year: number,
  arrangement: HolidayArrangement,
  pathOf: ItemPath = fieldPath,
): ArrangementCheck {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const err = (path: string, code: string, reason: string) => errors.push({ path, code, reason });
  const warn = (path: string, code: string, reason: string) => warnings.push({ path, code, reason });
  const dateIn = (value: string, path: string): number | null => {
    const day = parseLocalDate(value);
    if (Number.isNaN(day)) err(path, 'invalid_date', `不是有效日期（YYYY-MM-DD）：${value}`);
    else if (!value.startsWith(`${year}-`))
      err(path, 'outside_year', `${value} 不在 ${year} 年内（跨年的日子请在其所在年份录入）`);
    else return day;
    return null;
  };

  const rest = new Map<number, number>(); // day -> span index
  const spans: { index: number; from: number; to: number; name: string }[] = [];
  arrangement.holidays.forEach((span, i) => {
    if (!span.name.trim()) err(pathOf('holidays', i, 'name'), 'missing_name', '缺少节日名称');
    const from = dateIn(span.from, pathOf('holidays', i, 'from'));
    const to = dateIn(span.to, pathOf('holidays', i, 'to'));
    if (from === null || to === null) return;
    if (to < from)
      return err(pathOf('holidays', i, 'to'), 'span_reversed', `结束日 ${span.to} 早于开始日 ${span.from}`);
    if (to - from + 1 > maxSpanDays)
      return err(
        pathOf('holidays', i, 'to'),
        'span_too_long',
        `放假 ${to - from + 1} 天，超过 ${maxSpanDays} 天`,
      );
    for (let day = from; day <= to; day++) {
      const other = rest.get(day);
      if (other !== undefined) {
        err(
          pathOf('holidays', i, 'from'),
          'overlapping_spans',
          `与「${arrangement.holidays[other]?.name ?? ''}」的放假时间重叠（${formatLocalDate(day)}）`,
        );
        break;
      }
      rest.set(day, i);
    }
    spans.push({ index: i, from, to, name: span.name });
  });

  const statutory = statutoryHolidays(year);
  const statutoryNames = new Map<number, string[]>();
  for (const h of statutory)
    for (const d of h.days) statutoryNames.set(d, [...(statutoryNames.get(d) ?? []), h.name]);
  const seen = new Map<number, number>();
  arrangement.workdays.forEach((workday, i) => {
    const path = pathOf('workdays', i, 'date');
    const day = dateIn(workday.date, path);
    if (day === null) return;
    if (seen.has(day)) return err(path, 'duplicate_workday', `${workday.date} 重复列为上班日`);
    seen.set(day, i);
    const inSpan = rest.get(day);
    if (inSpan !== undefined)
      return err(
        path,
        'workday_in_rest_span',
        `${workday.date} 列为上班日，却在「${arrangement.holidays[inSpan]?.name ?? ''}」的放假时间内`,
      );
    const holidayNames = statutoryNames.get(day);
    if (holidayNames)
      return err(
        path,
        'workday_on_statutory_holiday',
        `${workday.date} 是法定节假日（${holidayNames.join('、')}），不能调休上班`,
      );
    if (isMondayToFriday(day))
      warn(path, 'workday_not_weekend', `${workday.date} 是周一至周五，本来就上班，无需列为调休上班日`);
  });

  for (const span of spans) {
    const names = statutoryNamesOf(span.name);
    const path = pathOf('holidays', span.index, 'name');
    if (names.length === 0) {
      warn(
        path,
        'unknown_holiday',
        `「${span.name}」不是法定节日名称（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）`,
      );
      continue;
    }
    for (const h of statutory.filter((s) => names.includes(s.name))) {
      const missed = h.days.filter((d) => d < span.from || d > span.to);
      if (missed.length)
        warn(
          path,
          'span_misses_statutory_days',
          `「${span.name}」的放假时间未包含${h.name}的法定假日 ${missed.map(formatLocalDate).join('、')}`,
        );
    }
  }
  const arranged = new Set(spans.flatMap((s) => statutoryNamesOf(s.name)));
  for (const h of statutory)
    if (!arranged.has(h.name))
      warn(
        '/holidays',
        'statutory_holiday_missing',
        `未安排${h.name}（法定假日 ${h.days.map(formatLocalDate).join('、')}，仍按法定节假日休息）`,
      );
  return { errors, warnings };
}
