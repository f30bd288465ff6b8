import { useMemo } from 'react';
import { useLang } from './use-lang';

/** Jurisdictions keep Beijing time; dates are shown there whatever the browser's zone. */
const timeZone = 'Asia/Shanghai';

export interface Formatters {
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  percent: (ratio: number | null | undefined) => string;
}

/** Locale-aware date and number formatting for the current language. */
export function useFormat(): Formatters {
  const { lang } = useLang();
  return useMemo(() => {
    const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
    const date = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    const dateTime = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const safe = (f: Intl.DateTimeFormat) => (iso: string | null | undefined) =>
      iso && !Number.isNaN(Date.parse(iso)) ? f.format(new Date(iso)) : '—';
    return {
      date: safe(date),
      dateTime: safe(dateTime),
      percent: (r) => (r === null || r === undefined ? '—' : pct.format(r)),
    };
  }, [lang]);
}
