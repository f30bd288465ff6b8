import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import packageData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { parseNotice } from './notice-parser.js';

/** 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号), as published. */
const notice2026 = `国务院办公厅关于2026年部分节假日安排的通知
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。`;

const codes = (text: string, year = 2027) => parseNotice(year, text).problems.map((p) => [p.path, p.code]);

describe('notice parser: the 国务院办公厅 notice, one holiday per line', () => {
  test("the 2026 notice gives exactly the package's 2026 days (spans and make-up workdays)", () => {
    const parsed = parseNotice(2026, notice2026);
    assert.deepEqual(parsed.problems, []);
    const data = packageData as { holidays: Record<string, string>; workdays: Record<string, string> };
    const rest = new Set<string>();
    for (const span of parsed.arrangement.holidays)
      for (
        let d = new Date(`${span.from}T00:00:00Z`);
        d <= new Date(`${span.to}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + 1)
      )
        rest.add(d.toISOString().slice(0, 10));
    assert.deepEqual(
      [...rest].sort(),
      Object.keys(data.holidays)
        .filter((d) => d.startsWith('2026-'))
        .sort(),
    );
    assert.deepEqual(
      parsed.arrangement.workdays.map((w) => w.date),
      Object.keys(data.workdays)
        .filter((d) => d.startsWith('2026-'))
        .sort(),
    );
    assert.deepEqual(parsed.arrangement.holidays[1], { name: '春节', from: '2026-02-15', to: '2026-02-23' });
    assert.deepEqual(parsed.arrangement.workdays[1], { date: '2026-02-14', name: '春节' });
    // and each item remembers its line (preamble lines skipped)
    assert.deepEqual(parsed.holidayLines, [3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(parsed.workdayLines, [3, 4, 4, 6, 9, 9]);
  });

  test('a joint span across months and a year-prefixed date are read', () => {
    const parsed = parseNotice(
      2023,
      '中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。',
    );
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.arrangement.holidays, [
      { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06' },
    ]);
    assert.deepEqual(
      parsed.arrangement.workdays.map((w) => w.date),
      ['2023-10-07', '2023-10-08'],
    );
    const crossing = parseNotice(2023, '元旦：2022年12月31日至2023年1月2日放假调休，共3天。');
    assert.deepEqual(crossing.arrangement.holidays, [{ name: '元旦', from: '2022-12-31', to: '2023-01-02' }]);
  });

  test('a line with dates but no holiday name is refused, naming the line', () => {
    assert.deepEqual(codes('2月15日至23日放假调休，共9天。'), [['/notice/lines/1', 'missing_holiday_name']]);
  });

  test('a weekday in brackets that does not match the date is refused (a wrong year or a typo)', () => {
    const [problem] = parseNotice(2027, '\n春节：2月5日（周六）至13日放假，共9天。').problems;
    assert.deepEqual(problem, {
      path: '/notice/lines/2',
      code: 'weekday_mismatch',
      reason: '2月5日是2027年的周五，不是周六',
    });
  });

  test('a date that does not exist is refused', () => {
    assert.deepEqual(codes('春节：2月30日放假，共1天。'), [['/notice/lines/1', 'invalid_date']]);
  });

  test('a day count that does not match the span is refused', () => {
    const [problem] = parseNotice(2027, '春节：2月5日至13日放假调休，共8天。').problems;
    assert.equal(problem?.code, 'day_count_mismatch');
    assert.equal(problem?.reason, '写明共8天，但 2027-02-05 至 2027-02-13 是 9 天');
  });

  test('a sentence with dates that says neither 放假 nor 上班, or a 放假 sentence without a leading date, is refused', () => {
    assert.deepEqual(codes('春节：2月5日至13日休息。'), [['/notice/lines/1', 'malformed_sentence']]);
    assert.deepEqual(codes('春节：放假时间为2月5日至13日。'), [['/notice/lines/1', 'malformed_span']]);
  });

  test('a text without any arrangement, or far too long, is refused', () => {
    assert.deepEqual(codes('经国务院批准，现将有关安排通知如下。'), [['/notice', 'empty_notice']]);
    assert.deepEqual(codes('元旦：1月1日放假。\n'.repeat(201)), [['/notice', 'notice_too_long']]);
  });
});
