/**
 * Reads the spans of a 国务院办公厅 holiday notice (关于XXXX年部分节假日安排的通知), one holiday
 * per line, as published:
 *
 *   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 *
 * `名称：` then sentences: one with 放假 gives the rest span (`M月D日至[M月]D日`, optional `共N天`
 * checked), one with 上班 the make-up workdays. A weekday in brackets (周六 / 星期六) is checked
 * against the date. Lines without any date (the notice's preamble) are skipped.
 */
import type { Problem } from './arrangement-check.js';
import type { HolidayArrangement } from './holiday-arrangement.js';
import { formatLocalDate, parseLocalDate, weekdayOf } from './local-day.js';

export interface ParsedNotice {
  arrangement: HolidayArrangement;
  /** 1-based line of each holiday span and each workday, for error paths (`/notice/lines/N`). */
  holidayLines: number[];
  workdayLines: number[];
  problems: Problem[];
}

const maxLines = 200;
const note = String.raw`(?:[（(]([^）)]*)[）)])?`;
const date = String.raw`(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日${note}`;
const restSpan = new RegExp(
  String.raw`^${date}(?:\s*[至到—-]\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日${note})?`,
);
const oneDate = new RegExp(date);
const weekdays = '日一二三四五六';

export const noticeLinePath = (line: number) => `/notice/lines/${line}`;

export function parseNotice(year: number, text: string): ParsedNotice {
  const out: ParsedNotice = {
    arrangement: { holidays: [], workdays: [] },
    holidayLines: [],
    workdayLines: [],
    problems: [],
  };
  const lines = text.split(/\r?\n/);
  if (lines.length > maxLines) {
    out.problems.push({ path: '/notice', code: 'notice_too_long', reason: `通知不超过 ${maxLines} 行` });
    return out;
  }
  lines.forEach((raw, i) => parseLine(year, raw, i + 1, out));
  if (
    out.problems.length === 0 &&
    out.arrangement.holidays.length === 0 &&
    out.arrangement.workdays.length === 0
  )
    out.problems.push({
      path: '/notice',
      code: 'empty_notice',
      reason:
        '没有识别出任何放假安排（每行一个节日，如“春节：2月15日至23日放假调休，共9天。2月14日（周六）上班。”）',
    });
  return out;
}

function parseLine(year: number, raw: string, line: number, out: ParsedNotice): void {
  const text = raw.trim().replace(/^[一二三四五六七八九十]+[、.．]\s*|^\d+[、.．]\s*/, '');
  if (!oneDate.test(text)) return;
  const path = noticeLinePath(line);
  const problem = (code: string, reason: string) => void out.problems.push({ path, code, reason });
  const colon = text.search(/[：:]/);
  const name = colon > 0 ? text.slice(0, colon).trim() : '';
  if (!name || name.length > 20 || /\d/.test(name))
    return problem(
      'missing_holiday_name',
      '每行以节日名称和冒号开头，如“春节：2月15日至23日放假调休，共9天。”',
    );
  for (const sentence of text
    .slice(colon + 1)
    .split(/[。；;]/)
    .map((s) => s.trim())) {
    if (!sentence) continue;
    const context: LineContext = { year, name, line, out, problem };
    if (sentence.includes('放假')) restSentence(context, sentence);
    else if (sentence.includes('上班')) workSentence(context, sentence);
    else if (oneDate.test(sentence))
      problem('malformed_sentence', `无法识别“${sentence}”：写明“放假”或“上班”`);
  }
}

type Report = (code: string, reason: string) => void;

/** One line being read: its year, holiday name, number, where items go, and how problems are told. */
interface LineContext {
  year: number;
  name: string;
  line: number;
  out: ParsedNotice;
  problem: Report;
}

function restSentence({ year, name, line, out, problem }: LineContext, s: string) {
  const m = restSpan.exec(s);
  if (!m) return problem('malformed_span', `无法识别放假时间“${s}”：应写“2月15日至23日放假”`);
  const fromYear = m[1] ? Number(m[1]) : year;
  const from = dayOf(fromYear, Number(m[2]), Number(m[3]), m[4], problem);
  let to = from;
  if (m[7]) {
    const toMonth = m[6] ? Number(m[6]) : Number(m[2]);
    const toYear = m[5] ? Number(m[5]) : fromYear + (toMonth < Number(m[2]) ? 1 : 0);
    to = dayOf(toYear, toMonth, Number(m[7]), m[8], problem);
  }
  if (from === null || to === null) return;
  const count = /共\s*(\d+)\s*天/.exec(s);
  if (count && Number(count[1]) !== to - from + 1)
    problem(
      'day_count_mismatch',
      `写明共${count[1]}天，但 ${formatLocalDate(from)} 至 ${formatLocalDate(to)} 是 ${to - from + 1} 天`,
    );
  out.arrangement.holidays.push({ name, from: formatLocalDate(from), to: formatLocalDate(to) });
  out.holidayLines.push(line);
}

function workSentence({ year, name, line, out, problem }: LineContext, s: string) {
  for (const m of s.matchAll(new RegExp(date, 'g'))) {
    const day = dayOf(m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3]), m[4], problem);
    if (day === null) continue;
    out.arrangement.workdays.push({ date: formatLocalDate(day), name });
    out.workdayLines.push(line);
  }
}

/** The day of a written date; null (with a problem) if it does not exist or its 周X is wrong. */
function dayOf(
  year: number,
  month: number,
  day: number,
  bracket: string | undefined,
  problem: Report,
): number | null {
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const n = parseLocalDate(text);
  if (Number.isNaN(n)) {
    problem('invalid_date', `${year}年${month}月${day}日 不是有效日期`);
    return null;
  }
  const written = bracket && /(?:周|星期)([日天一二三四五六])/.exec(bracket);
  if (written) {
    const actual = weekdays[weekdayOf(n)];
    const claimed = written[1] === '天' ? '日' : written[1];
    if (claimed !== actual) {
      problem('weekday_mismatch', `${month}月${day}日是${year}年的周${actual}，不是周${claimed}`);
      return null;
    }
  }
  return n;
}
