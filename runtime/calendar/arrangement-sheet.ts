/**
 * A year's arrangement from a simple table (.csv or .xlsx, read through the directory's sheet
 * reader): one row per day, columns `date,type,name` (or 日期,类型,名称). `type` is 休 / 放假 / rest
 * for a rest day and 班 / 上班 / work for a make-up workday; consecutive rest days of one name
 * become one span. Paths name the spreadsheet row (`/file/rows/2` is the first row under the header).
 */
import { InputError } from '../common/errors.js';
import { readSheet, type SheetFormat } from '../directory/sheet-file.js';
import type { Problem } from './arrangement-check.js';
import type { ArrangementFile } from './arrangement-ics.js';
import { dayNumberOf, formatLocalDate, parseLocalDate } from './local-day.js';

/** A year has at most 366 days. */
const maxRows = 400;
const headerNames = {
  date: ['date', '日期'],
  type: ['type', '类型', '休/班'],
  name: ['name', '名称', '节日', '节日名称'],
};
const restWords = new Set(['休', '放假', '休息', 'rest', 'holiday', 'off']);
const workWords = new Set(['班', '上班', '补班', 'work', 'workday']);

export async function readArrangementSheet(file: Buffer, format: SheetFormat): Promise<ArrangementFile> {
  const sheet = await readSheet(file, format);
  const column = (names: string[]) => sheet.headers.findIndex((h) => names.includes(h.trim().toLowerCase()));
  const at = {
    date: column(headerNames.date),
    type: column(headerNames.type),
    name: column(headerNames.name),
  };
  if (at.date < 0 || at.type < 0)
    throw new InputError('表头应为 date,type,name（或 日期,类型,名称）', [
      { path: '/file/rows/1', reason: '缺少 date（日期）或 type（类型）列', code: 'missing_columns' },
    ]);
  if (sheet.rows.length > maxRows)
    throw new InputError(`至多 ${maxRows} 行`, [
      { path: '/file', reason: `共 ${sheet.rows.length} 行，超过 ${maxRows} 行`, code: 'too_many_rows' },
    ]);
  const problems: Problem[] = [];
  const rest: { day: number; name: string; row: number }[] = [];
  const out: ArrangementFile = {
    arrangement: { holidays: [], workdays: [] },
    holidayPaths: [],
    workdayPaths: [],
    warnings: [],
  };
  sheet.rows.forEach((cells, i) => {
    const path = `/file/rows/${i + 2}`;
    const date = dateOf(cells[at.date] ?? '');
    const type = (cells[at.type] ?? '').trim().toLowerCase();
    const name = at.name >= 0 ? (cells[at.name] ?? '').trim() : '';
    if (date === null)
      return void problems.push({
        path,
        code: 'invalid_date',
        reason: `日期无法识别：${cells[at.date] ?? ''}（应为 YYYY-MM-DD）`,
      });
    if (restWords.has(type)) rest.push({ day: dayNumberOf(date), name, row: i + 2 });
    else if (workWords.has(type)) {
      out.arrangement.workdays.push(name ? { date, name } : { date });
      out.workdayPaths.push(path);
    } else
      problems.push({ path, code: 'invalid_type', reason: `类型应为“休”或“班”：${cells[at.type] ?? ''}` });
  });
  if (problems.length) throw new InputError('文件中有无法识别的行', problems, 'invalid_calendar_file');
  rest.sort((a, b) => a.day - b.day);
  for (const r of rest) {
    const last = out.arrangement.holidays.at(-1);
    if (last && last.name === r.name && dayNumberOf(last.to) === r.day - 1) last.to = formatLocalDate(r.day);
    else {
      out.arrangement.holidays.push({
        name: r.name,
        from: formatLocalDate(r.day),
        to: formatLocalDate(r.day),
      });
      out.holidayPaths.push(`/file/rows/${r.row}`);
    }
  }
  return out;
}

/**
 * `2027-02-05`, `2027/2/5`, `2027.2.5`, `2027年2月5日`, or a date cell: exceljs turns a date cell (and
 * an ISO date in a .csv) into a Date at UTC midnight and the sheet reader gives its `toString()`, so
 * such a text is read back as that instant's UTC date.
 */
function dateOf(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) {
    const cell = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} /.test(text) ? new Date(text) : null;
    return cell && !Number.isNaN(cell.getTime()) ? cell.toISOString().slice(0, 10) : null;
  }
  const date = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  return Number.isNaN(parseLocalDate(date)) ? null : date;
}
