import { useMemo } from 'react';
import { useLang } from './use-lang';

/** Jurisdictions keep Beijing time; dates are shown there whatever the browser's zone. */
const timeZone = 'Asia/Shanghai';

export interface Formatters {
  date: (iso: string | null | undefined) => string;
  /** Date and time; a deadline at local midnight reads as "24:00" of the day before. */
  dateTime: (iso: string | null | undefined) => string;
  /**
   * 办理期限, one form on every screen: the last day it allows, with its weekday —
   * "2026-12-15（周二）前" (a deadline at midnight belongs to the day before; another time is shown).
   */
  deadline: (iso: string | null | undefined) => string;
  percent: (ratio: number | null | undefined) => string;
}

const valid = (iso: string | null | undefined): iso is string => !!iso && !Number.isNaN(Date.parse(iso));

/** Locale-aware date and number formatting for the current language. */
export function useFormat(): Formatters {
  const { lang } = useLang();
  return useMemo(() => {
    const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
    const day = { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' } as const;
    const date = new Intl.DateTimeFormat(locale, day);
    const time = new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const isoDay = new Intl.DateTimeFormat('en-CA', day);
    const week = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short' });
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      date: (iso) => (valid(iso) ? date.format(new Date(iso)) : '—'),
      dateTime: (iso) => {
        if (!valid(iso)) return '—';
        const at = new Date(iso);
        const hhmm = time.format(at);
        if (hhmm !== '00:00') return `${date.format(at)} ${hhmm}`;
        return `${date.format(new Date(at.getTime() - 1))} 24:00`;
      },
      deadline: (iso) => {
        if (!valid(iso)) return '—';
        const at = new Date(iso);
        const hhmm = time.format(at);
        const last = hhmm === '00:00' ? new Date(at.getTime() - 1) : at;
        const ymd = isoDay.format(last); // en-CA: 2026-12-15
        const weekday = week.format(last);
        const clock = hhmm === '00:00' ? '' : ` ${hhmm}`;
        return lang === 'zh' ? `${ymd}（${weekday}）${clock}前` : `by ${weekday} ${ymd}${clock}`;
      },
      percent: (r) => (r === null || r === undefined ? '—' : pct.format(r)),
    };
  }, [lang]);
}
