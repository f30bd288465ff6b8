/**
 * Every way a year's arrangement is entered — the notice's text, the structured form, a .csv /
 * .xlsx / .ics file — ends here as one checked, canonical HolidayArrangement, or a 400 naming the
 * line, row or field.
 */
import { InputError } from '../common/errors.js';
import { checkArrangement, type ItemPath, type Problem } from './arrangement-check.js';
import { readArrangementIcs, type ArrangementFile } from './arrangement-ics.js';
import { readArrangementSheet } from './arrangement-sheet.js';
import { normalizeArrangement, type HolidayArrangement } from './holiday-arrangement.js';
import { noticeLinePath, parseNotice } from './notice-parser.js';

export type ArrangementInput = { notice: string } | HolidayArrangement;

export interface ReadArrangement {
  arrangement: HolidayArrangement;
  warnings: Problem[];
}

export function readArrangement(year: number, input: ArrangementInput): ReadArrangement {
  if ('notice' in input) {
    const parsed = parseNotice(year, input.notice);
    if (parsed.problems.length) throw new InputError('通知内容无法识别', parsed.problems, 'invalid_notice');
    const line = (list: 'holidays' | 'workdays', i: number) =>
      noticeLinePath((list === 'holidays' ? parsed.holidayLines : parsed.workdayLines)[i] ?? 0);
    return checked(year, parsed.arrangement, line, []);
  }
  return checked(year, input, undefined, []);
}

/** A .csv, .xlsx or .ics file (told by its content, else its name). */
export async function readArrangementFile(
  year: number,
  file: Buffer,
  fileName: string,
): Promise<ReadArrangement> {
  const text = () => file.toString('utf8').replace(/^\uFEFF/, '');
  let read: ArrangementFile;
  if (file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    read = await readArrangementSheet(file, 'xlsx');
  else if (/\.ics$/i.test(fileName) || text().trimStart().startsWith('BEGIN:VCALENDAR'))
    read = readArrangementIcs(year, text());
  else if (/\.csv$/i.test(fileName)) read = await readArrangementSheet(file, 'csv');
  else
    throw new InputError(
      '请上传 .csv、.xlsx 或 .ics 文件',
      [{ path: '/file', reason: '不支持的文件类型', code: 'unsupported_file' }],
      'unsupported_file',
    );
  const path = (list: 'holidays' | 'workdays', i: number) =>
    (list === 'holidays' ? read.holidayPaths : read.workdayPaths)[i] ?? '/file';
  return checked(year, read.arrangement, path, read.warnings);
}

function checked(
  year: number,
  raw: HolidayArrangement,
  pathOf: ItemPath | undefined,
  warnings: Problem[],
): ReadArrangement {
  const check = checkArrangement(year, raw, pathOf);
  if (check.errors.length) throw new InputError('节假日安排有误', check.errors, 'invalid_arrangement');
  return { arrangement: normalizeArrangement(raw), warnings: [...warnings, ...check.warnings] };
}
