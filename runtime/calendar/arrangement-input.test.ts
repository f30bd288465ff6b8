import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { InputError } from '../common/errors.js';
import { writeSheet } from '../directory/sheet-file.js';
import { readArrangement, readArrangementFile } from './arrangement-input.js';
import { parseNotice } from './notice-parser.js';

const require = createRequire(import.meta.url);
/** The iCalendar feed the chinese-days package publishes (2024-2026, `春节(休)` / `春节(班)`). */
const packageIcs = readFileSync(require.resolve('chinese-days/dist/holidays.ics'));

const notice2026 = `元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
春节：2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
清明节：4月4日（周六）至6日（周一）放假，共3天。
劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
端午节：6月19日（周五）至21日（周日）放假，共3天。
中秋节：9月25日（周五）至27日（周日）放假，共3天。
国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

const csv = (rows: string[]) => Buffer.from(`\uFEFFdate,type,name\n${rows.join('\n')}\n`);
/** Details of the InputError a call throws. */
async function refusal(
  run: () => unknown,
): Promise<{ code: string; details: { path: string; code?: string }[] }> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    return { code: error.code, details: error.details };
  }
  assert.fail('expected an InputError');
}
/** The refusal of a 2027 .csv file of `rows`. */
const csvRefusal = (rows: string[]) => refusal(() => readArrangementFile(2027, csv(rows), 'x.csv'));

describe('arrangement files: .csv, .xlsx and .ics preview the same arrangement as the notice', () => {
  test("the package's .ics feed for 2026 equals the 2026 notice; other years are left out with a warning", async () => {
    const fromIcs = await readArrangementFile(2026, packageIcs, 'holidays.ics');
    const fromNotice = readArrangement(2026, { notice: notice2026 });
    assert.deepEqual(fromIcs.arrangement, fromNotice.arrangement);
    assert.deepEqual(
      fromIcs.warnings.map((w) => w.code),
      ['other_years_ignored'],
    );
  });

  test('a .csv of days (休 / 班) groups consecutive rest days into spans; an .xlsx of the same table too', async () => {
    const rows = [
      '2027-02-05,休,春节',
      '2027-02-06,休,春节',
      '2027-02-07,休,春节',
      '2027-02-08,休,春节',
      '2027-02-20,班,春节',
      '2027-01-01,休,元旦',
    ];
    const fromCsv = await readArrangementFile(2027, csv(rows), 'holidays-2027.csv');
    assert.deepEqual(fromCsv.arrangement, {
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-01' },
        { name: '春节', from: '2027-02-05', to: '2027-02-08' },
      ],
      workdays: [{ date: '2027-02-20', name: '春节' }],
    });
    const xlsx = await writeSheet(
      { headers: ['日期', '类型', '名称'], rows: rows.map((r) => r.split(',')) },
      'xlsx',
    );
    assert.deepEqual((await readArrangementFile(2027, xlsx, 'anything')).arrangement, fromCsv.arrangement);
  });

  test('a bad row names its spreadsheet row; a missing column names the header; nothing is read', async () => {
    const bad = await csvRefusal(['2027-02-05,休,春节', '2027-02-31,休,春节', '2027-02-20,加班,春节']);
    assert.equal(bad.code, 'invalid_calendar_file');
    assert.deepEqual(
      bad.details.map((d) => [d.path, d.code]),
      [
        ['/file/rows/3', 'invalid_date'],
        ['/file/rows/4', 'invalid_type'],
      ],
    );
    const header = await refusal(() =>
      readArrangementFile(2027, Buffer.from('day,kind\n2027-02-05,休\n'), 'x.csv'),
    );
    assert.deepEqual(
      header.details.map((d) => d.code),
      ['missing_columns'],
    );
  });

  test('rows that contradict each other are refused like a notice: the row of the offending item', async () => {
    const clash = await csvRefusal(['2027-02-05,休,春节', '2027-02-06,休,春节', '2027-02-06,班,春节']);
    assert.equal(clash.code, 'invalid_arrangement');
    assert.deepEqual(
      clash.details.map((d) => [d.path, d.code]),
      [['/file/rows/4', 'workday_in_rest_span']],
    );
  });

  test('an .ics event marked with neither 休 nor 班 is left out with a warning; a broken .ics is refused', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//CN',
      'BEGIN:VEVENT',
      'UID:1',
      'DTSTART;VALUE=DATE:20270205',
      'DTEND;VALUE=DATE:20270214',
      'SUMMARY:春节（休）',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:2',
      'DTSTART;VALUE=DATE:20270220',
      'DTEND;VALUE=DATE:20270221',
      'SUMMARY:春节补班',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:3',
      'DTSTART;VALUE=DATE:20270214',
      'DTEND;VALUE=DATE:20270215',
      'SUMMARY:情人节',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const read = await readArrangementFile(2027, Buffer.from(ics), 'feed.ics');
    assert.deepEqual(read.arrangement, {
      holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-13' }],
      workdays: [{ date: '2027-02-20', name: '春节' }],
    });
    assert.deepEqual(
      read.warnings.filter((w) => w.path.startsWith('/file')).map((w) => [w.path, w.code]),
      [['/file/events/3', 'event_ignored']],
    );
    const broken = await refusal(() =>
      readArrangementFile(2027, Buffer.from('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n'), 'feed.ics'),
    );
    assert.deepEqual(
      broken.details.map((d) => d.code),
      ['invalid_ics'],
    );
  });

  test('a file of another kind is refused', async () => {
    const other = await refusal(() => readArrangementFile(2027, Buffer.from('%PDF-1.7'), 'notice.pdf'));
    assert.equal(other.code, 'unsupported_file');
  });

  test('a notice and its structured form give one canonical arrangement', () => {
    const parsed = parseNotice(2026, notice2026).arrangement;
    const shuffled = { holidays: [...parsed.holidays].reverse(), workdays: [...parsed.workdays].reverse() };
    assert.deepEqual(
      readArrangement(2026, shuffled).arrangement,
      readArrangement(2026, { notice: notice2026 }).arrangement,
    );
  });
});
