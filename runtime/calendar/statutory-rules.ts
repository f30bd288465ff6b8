/**
 * 《全国年节及纪念日放假办法》 as data: which days the law makes rest days for all citizens
 * (全体公民放假的节日), rule set by rule set, each with the date it took effect and the clause it
 * quotes. The next revision of the law is one more entry here.
 *
 * Only the holidays of all citizens count (部分公民放假的节日 such as 妇女节 do not close offices).
 * 第六条's 补假 for a holiday falling on a weekend is not computed: when it is taken is decided by
 * the 国务院办公厅 notice of the year, so a year without its notice counts the statutory days only.
 */

/** One day of a holiday, as the law names it. */
export type HolidayDay =
  /** A Gregorian date, e.g. 元旦 1月1日. */
  | { kind: 'solar'; month: number; day: number }
  /** A lunar date of the lunar year starting in this Gregorian year, e.g. 正月初一. */
  | { kind: 'lunar'; month: number; day: number }
  /** 农历除夕: the last day of the 12th lunar month (29th or 30th), the day before 正月初一. */
  | { kind: 'lunar-new-years-eve' }
  /** 农历清明当日: the day of the 清明 solar term. */
  | { kind: 'qingming' };

export interface StatutoryHoliday {
  /** Chinese name as the notices write it, e.g. 春节. */
  name: string;
  days: HolidayDay[];
}

export interface StatutoryRuleSet {
  /** First day (YYYY-MM-DD) the rule set is in force; it ends where the next one begins. */
  effectiveFrom: string;
  /** The act, e.g. 国务院令第795号. */
  source: string;
  /** The clause as published. */
  clause: string;
  holidays: StatutoryHoliday[];
}

const solar = (month: number, day: number): HolidayDay => ({ kind: 'solar', month, day });
const lunar = (month: number, day: number): HolidayDay => ({ kind: 'lunar', month, day });
const chuxi: HolidayDay = { kind: 'lunar-new-years-eve' };
const qingming: HolidayDay = { kind: 'qingming' };

/** 国务院令第513号's seven holidays, the list the later amendments change item by item. */
const holidays2008: StatutoryHoliday[] = [
  { name: '元旦', days: [solar(1, 1)] },
  { name: '春节', days: [chuxi, lunar(1, 1), lunar(1, 2)] },
  { name: '清明节', days: [qingming] },
  { name: '劳动节', days: [solar(5, 1)] },
  { name: '端午节', days: [lunar(5, 5)] },
  { name: '中秋节', days: [lunar(8, 15)] },
  { name: '国庆节', days: [solar(10, 1), solar(10, 2), solar(10, 3)] },
];

/** A holiday list with the named holidays' days replaced (an amendment of those items), order kept. */
const amended = (holidays: StatutoryHoliday[], ...changes: StatutoryHoliday[]): StatutoryHoliday[] =>
  holidays.map((h) => changes.find((c) => c.name === h.name) ?? h);

/** Oldest first. */
export const statutoryRuleSets: readonly StatutoryRuleSet[] = [
  {
    effectiveFrom: '1949-12-23',
    source: '政务院《全国年节及纪念日放假办法》（1949年12月23日）',
    clause:
      '第二条 全体人民放假的节日：新年，放假一日（一月一日）；春节，放假三日（夏历正月初一日、初二日、初三日）；劳动节，放假一日（五月一日）；国庆纪念日，放假二日（十月一日、二日）。',
    holidays: [
      { name: '元旦', days: [solar(1, 1)] },
      { name: '春节', days: [lunar(1, 1), lunar(1, 2), lunar(1, 3)] },
      { name: '劳动节', days: [solar(5, 1)] },
      { name: '国庆节', days: [solar(10, 1), solar(10, 2)] },
    ],
  },
  {
    effectiveFrom: '1999-09-18',
    source: '国务院令第270号（1999年9月18日公布施行）',
    clause:
      '第二条 全体公民放假的节日：（一）新年，放假1天（1月1日）；（二）春节，放假3天（农历正月初一、初二、初三）；（三）劳动节，放假3天（5月1日、2日、3日）；（四）国庆节，放假3天（10月1日、2日、3日）。',
    holidays: [
      { name: '元旦', days: [solar(1, 1)] },
      { name: '春节', days: [lunar(1, 1), lunar(1, 2), lunar(1, 3)] },
      { name: '劳动节', days: [solar(5, 1), solar(5, 2), solar(5, 3)] },
      { name: '国庆节', days: [solar(10, 1), solar(10, 2), solar(10, 3)] },
    ],
  },
  {
    effectiveFrom: '2008-01-01',
    source: '国务院令第513号（2007年12月14日公布，2008年1月1日起施行）',
    clause:
      '第二条 全体公民放假的节日：（一）新年，放假1天（1月1日）；（二）春节，放假3天（农历除夕、正月初一、初二）；（三）清明节，放假1天（农历清明当日）；（四）劳动节，放假1天（5月1日）；（五）端午节，放假1天（农历端午当日）；（六）中秋节，放假1天（农历中秋当日）；（七）国庆节，放假3天（10月1日、2日、3日）。',
    holidays: holidays2008,
  },
  {
    effectiveFrom: '2014-01-01',
    source: '国务院令第644号（2013年12月11日公布，2014年1月1日起施行）',
    clause: '第二条第（二）项修改为：“春节，放假3天（农历正月初一、初二、初三）”。',
    holidays: amended(holidays2008, { name: '春节', days: [lunar(1, 1), lunar(1, 2), lunar(1, 3)] }),
  },
  {
    effectiveFrom: '2025-01-01',
    source: '国务院令第795号（2024年11月10日公布，2025年1月1日起施行）',
    clause:
      '第二条 全体公民放假的节日：（一）元旦，放假1天（1月1日）；（二）春节，放假4天（农历除夕、正月初一至初三）；（三）清明节，放假1天（农历清明当日）；（四）劳动节，放假2天（5月1日、2日）；（五）端午节，放假1天（农历端午当日）；（六）中秋节，放假1天（农历中秋当日）；（七）国庆节，放假3天（10月1日至3日）。',
    holidays: amended(
      holidays2008,
      { name: '春节', days: [chuxi, lunar(1, 1), lunar(1, 2), lunar(1, 3)] },
      { name: '劳动节', days: [solar(5, 1), solar(5, 2)] },
    ),
  },
];
